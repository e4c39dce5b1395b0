import OnboardingModel

/// Folds closed-won deals, in any order, into one onboarded account each
/// (SPEC §3 deals.csv): the earliest deal onboards (ties: the smaller deal_id
/// in byte order), later ones are expansions, and the churn date is the
/// latest any deal states. Grain: one account per account_id.
///
/// The marts step of the deals path, after `DealRowReader`'s staging: a pure
/// fold of `DealRow`s, one at a time as they are read, with no CSV in sight.
/// The book holds the accounts themselves, one per account_id, and hands
/// them over sorted without a second copy: memory grows with accounts, not
/// deals.
struct AccountBook {
    /// What the fold made of the deals.
    struct Folded {
        /// Sorted by account_id bytes.
        var accounts: [OnboardedAccount]
        /// Deals after each account's first.
        var expansions: CountedNote
        /// Accounts whose latest churn date fell before their close date:
        /// another relationship's date or a typo, ignored (nil) in `accounts`.
        var churnBeforeClose: CountedNote
        /// Onboarding deals whose non-missing segment label named no
        /// configured segment, examples in account order.
        var unmatchedLabels: CountedNote
    }

    /// The plan's milestones, all pending: where every account starts.
    private let milestonesPending: PlanProgress
    private var slots = AscendingIDSlots()
    private var accounts: [OnboardedAccount] = []
    /// Book slot → the segment label of its onboarding deal, when that label
    /// named no configured segment (rare: kept aside rather than per account).
    private var unmatchedLabels: [Int: String] = [:]
    private var expansions = CountedNote()

    /// - Parameter planMilestones: `Config.milestones.order.count`.
    init(planMilestones: Int) {
        milestonesPending = PlanProgress(repeating: .pending, count: planMilestones)
    }

    /// Folds one accepted deal into its account.
    mutating func add(_ deal: consuming DealRow) {
        guard let slot = slots.slot(of: deal.accountID, orRecordAt: accounts.count,
                                    idAt: { accounts[$0].accountID }) else {
            if let label = deal.unmatchedSegmentLabel { unmatchedLabels[accounts.count] = label }
            accounts.append(account(onboardedBy: deal))
            return
        }
        expansions.add(example: deal.accountID)
        let churnDate = Self.later(accounts[slot].churnDate, deal.churnDate)
        if Self.onboards(deal, before: accounts[slot]) {
            unmatchedLabels[slot] = deal.unmatchedSegmentLabel
            accounts[slot] = account(onboardedBy: deal)
        }
        accounts[slot].churnDate = churnDate
    }

    /// The accounts sorted by account_id bytes, with what the fold noticed;
    /// the book is empty afterwards.
    mutating func takeAccounts() -> Folded {
        var sorted = accounts
        accounts = []
        var unmatched = CountedNote()
        if slots.isAscending {
            // Accounts that arrived in id order are sorted already.
            for slot in unmatchedLabels.keys.sorted() { unmatched.add(example: trimmedField(unmatchedLabels[slot]!)) }
        } else {
            var order = Array(sorted.indices)
            let ids = sorted.indices.map { sorted[$0].accountID }
            let keys = ids.map(ByteSortKey.init)
            order.sort { bytesPrecede($0, $1, in: ids, keys: keys) }
            if !unmatchedLabels.isEmpty {
                for slot in order { if let label = unmatchedLabels[slot] { unmatched.add(example: trimmedField(label)) } }
            }
            sorted.rearrange(into: order)
        }
        slots = AscendingIDSlots()
        unmatchedLabels = [:]
        // A churn before the close is a typo or another relationship's date: not this onboarding's churn.
        var churnBeforeClose = CountedNote()
        for i in sorted.indices {
            if let churn = sorted[i].churnDate, churn < sorted[i].closeDate {
                churnBeforeClose.add(example: sorted[i].accountID)
                sorted[i].churnDate = nil
            }
        }
        return Folded(accounts: sorted, expansions: expansions, churnBeforeClose: churnBeforeClose,
                      unmatchedLabels: unmatched)
    }

    /// The account `deal` onboards, before its milestones and other exports.
    private func account(onboardedBy deal: consuming DealRow) -> OnboardedAccount {
        var account = OnboardedAccount(
            accountID: deal.accountID, dealID: deal.dealID, accountName: deal.accountName,
            segmentIndex: deal.segmentIndex, closeDate: deal.closeDate, acvCents: deal.acvCents,
            ae: deal.ae, csm: deal.csm, region: deal.region, churnDate: deal.churnDate,
            renewalDate: deal.renewalDate, handoffPresent: deal.handoffPresent, milestones: milestonesPending)
        account.compareValues = deal.compareValues
        account.segmentLabeled = deal.segmentLabeled
        return account
    }

    /// Whether `deal` onboards its account ahead of the one `other` came
    /// from: earlier close date, ties broken by the smaller deal_id in byte order.
    private static func onboards(_ deal: borrowing DealRow, before other: OnboardedAccount) -> Bool {
        if deal.closeDate != other.closeDate { return deal.closeDate < other.closeDate }
        return deal.dealID.utf8.lexicographicallyPrecedes(other.dealID.utf8)
    }

    private static func later(_ a: Day?, _ b: Day?) -> Day? {
        guard let a, let b else { return a ?? b }
        return max(a, b)
    }
}
