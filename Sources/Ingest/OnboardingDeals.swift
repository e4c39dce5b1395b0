import OnboardingModel

/// One accepted closed-won deal row, reduced to what an account needs.
struct DealRecord {
    var dealID: String
    var accountID: String
    var closeDate: Day
    var acvCents: Int64
    var accountName: String
    /// The raw `segment` value, or nil without that column.
    var segmentLabel: String?
    var ae: String
    var csm: String
    var region: String
    var renewalDate: Day?
    var churnDate: Day?
    /// Aligned with `Config.handoff.fields`.
    var handoffPresent: [Bool]

    /// Whether this deal onboards its account ahead of `other`: earlier close
    /// date, ties broken by the smaller deal_id in byte order.
    func precedes(_ other: DealRecord) -> Bool {
        if closeDate != other.closeDate { return closeDate < other.closeDate }
        return dealID.utf8.lexicographicallyPrecedes(other.dealID.utf8)
    }
}

/// Folds closed-won deals, in any order, into one onboarding deal per account
/// (SPEC §3 deals.csv): the earliest deal onboards, later ones are expansions,
/// and the churn date is the latest any deal states.
///
/// Holds one deal per account, not every deal, so memory grows with accounts.
struct AccountBook {
    private var slotOf: [String: Int] = [:]
    private var onboarding: [DealRecord] = []
    private var churn: [Day?] = []
    private var expansions = CountedNote()

    mutating func add(_ deal: DealRecord) {
        guard let slot = slotOf[deal.accountID] else {
            slotOf[deal.accountID] = onboarding.count
            onboarding.append(deal)
            churn.append(deal.churnDate)
            return
        }
        expansions.add(example: deal.accountID)
        if deal.precedes(onboarding[slot]) { onboarding[slot] = deal }
        if let day = deal.churnDate, churn[slot].map({ day > $0 }) ?? true { churn[slot] = day }
    }

    /// The accounts sorted by account_id bytes, with every milestone pending.
    ///
    /// - Returns: the accounts; `expansions` counts deals after each account's
    ///   first; `unmatchedLabels` counts onboarding deals whose non-missing
    ///   segment label named no configured segment.
    func accounts(assigner: inout SegmentAssigner, milestoneCount: Int)
        -> (accounts: [OnboardedAccount], expansions: CountedNote, unmatchedLabels: CountedNote) {
        let order = onboarding.indices.sorted {
            onboarding[$0].accountID.utf8.lexicographicallyPrecedes(onboarding[$1].accountID.utf8)
        }
        let pending = Array(repeating: MilestoneProgress.pending, count: milestoneCount)
        var unmatched = CountedNote()
        var accounts: [OnboardedAccount] = []
        accounts.reserveCapacity(order.count)
        for slot in order {
            let deal = onboarding[slot]
            let segment = assigner.assign(label: deal.segmentLabel, acvCents: deal.acvCents)
            if segment.unmatchedLabel { unmatched.add(example: trimmedField(deal.segmentLabel ?? "")) }
            accounts.append(OnboardedAccount(
                accountID: deal.accountID, dealID: deal.dealID, accountName: deal.accountName,
                segmentIndex: segment.index, closeDate: deal.closeDate, acvCents: deal.acvCents,
                ae: deal.ae, csm: deal.csm, region: deal.region, churnDate: churn[slot],
                renewalDate: deal.renewalDate, handoffPresent: deal.handoffPresent,
                milestones: pending))
        }
        return (accounts, expansions, unmatched)
    }
}
