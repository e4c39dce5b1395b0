import OnboardingModel

/// What the data-quality section says about holds.csv (SPEC §7): how many onboardings are on
/// a customer hold at S and how many customer-hold days the clock left out in the window.
public struct HoldSummary: Sendable, Equatable {
    /// Active accounts a customer hold covers at S.
    public var onHoldNow = 0
    /// Σ over accounts of the customer-hold days d in the window with close ≤ d.
    public var heldDaysInWindow = 0
    /// Accounts with at least one such day.
    public var accountsHeldInWindow = 0

    public init(snapshots: [AccountSnapshot], accounts: [OnboardedAccount], window: ReportWindow) {
        for s in snapshots {
            if s.onHold { onHoldNow += 1 }
            let account = accounts[s.accountIndex]
            guard !account.holds.isEmpty else { continue }
            let from = max(account.closeDate, window.start)
            let held = OnboardingClock(holds: account.holds).heldDays(from: from, to: window.end + 1)
            if held > 0 {
                heldDaysInWindow += held
                accountsHeldInWindow += 1
            }
        }
    }
}
