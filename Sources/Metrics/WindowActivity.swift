import OnboardingModel

/// Whether anything happened in a report window (SPEC §7 data quality: "a
/// window with no data in it"): a deal closed, a milestone achieved, or an
/// account churned on one of its days.
///
/// A report of a window without any of these is empty for a reason the user
/// should hear about — usually a mid-week as-of over sparse data.
public enum WindowActivity {
    /// - Complexity: O(accounts × plan milestones), stopping at the first activity.
    public static func hasActivity(_ accounts: [OnboardedAccount], in window: ReportWindow) -> Bool {
        for account in accounts {
            if window.contains(account.closeDate) { return true }
            if let churn = account.churnDate, window.contains(churn) { return true }
            for progress in account.milestones {
                if let day = progress.achievedDate, window.contains(day) { return true }
            }
        }
        return false
    }
}
