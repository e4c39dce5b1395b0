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

    public init(_ accounts: SnapshotAccounts, window: ReportWindow) {
        for entry in accounts {
            if entry.snapshot.onHold { onHoldNow += 1 }
            let holds = entry.account.holds
            guard !holds.isEmpty else { continue }
            let from = max(entry.account.closeDate, window.start)
            let held = OnboardingClock(holds: holds).heldDays(from: from, to: window.end + 1)
            if held > 0 {
                heldDaysInWindow += held
                accountsHeldInWindow += 1
            }
        }
    }
}
