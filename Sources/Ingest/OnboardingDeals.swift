import OnboardingModel

/// Folds closed-won deals, in any order, into one onboarded account each
/// (SPEC §3 deals.csv): the earliest deal onboards, later ones are expansions,
/// and the churn date is the latest any deal states.
///
/// Each deal arrives already shaped as the account it would onboard, so the
/// book holds the accounts themselves, one per account_id, and hands them
/// over sorted without a second copy: memory grows with accounts, not deals.
struct AccountBook {
    private var slots = AscendingIDSlots()
    private var accounts: [OnboardedAccount] = []
    /// Book slot → the segment label of its onboarding deal, when that label
    /// named no configured segment (rare: kept aside rather than per account).
    private var unmatchedLabels: [Int: String] = [:]
    private var expansions = CountedNote()

    /// Adds one accepted deal, shaped as the account it onboards.
    ///
    /// - Parameter unmatchedLabel: the deal's segment label when it named no
    ///   configured segment and the segment came from the ACV instead.
    mutating func add(_ deal: OnboardedAccount, unmatchedLabel: String?) {
        guard let slot = slots.slot(of: deal.accountID, idAt: { accounts[$0].accountID }) else {
            slots.insert(deal.accountID, slot: accounts.count)
            if let unmatchedLabel { unmatchedLabels[accounts.count] = unmatchedLabel }
            accounts.append(deal)
            return
        }
        expansions.add(example: deal.accountID)
        let churnDate = Self.later(accounts[slot].churnDate, deal.churnDate)
        if Self.onboards(deal, before: accounts[slot]) {
            accounts[slot] = deal
            unmatchedLabels[slot] = unmatchedLabel
        }
        accounts[slot].churnDate = churnDate
    }

    /// The accounts sorted by account_id bytes; the book is empty afterwards.
    ///
    /// - Returns: the accounts; `expansions` counts deals after each account's
    ///   first; `unmatchedLabels` counts onboarding deals whose non-missing
    ///   segment label named no configured segment, examples in account order.
    mutating func takeAccounts() -> (accounts: [OnboardedAccount], expansions: CountedNote, unmatchedLabels: CountedNote) {
        var sorted = accounts
        accounts = []
        var unmatched = CountedNote()
        if slots.isAscending {
            // Accounts that arrived in id order are sorted already.
            for slot in unmatchedLabels.keys.sorted() { unmatched.add(example: trimmedField(unmatchedLabels[slot]!)) }
        } else {
            var order = Array(sorted.indices)
            order.sort { sorted[$0].accountID.utf8.lexicographicallyPrecedes(sorted[$1].accountID.utf8) }
            if !unmatchedLabels.isEmpty {
                for slot in order { if let label = unmatchedLabels[slot] { unmatched.add(example: trimmedField(label)) } }
            }
            sorted.rearrange(into: order)
        }
        slots = AscendingIDSlots()
        unmatchedLabels = [:]
        return (sorted, expansions, unmatched)
    }

    /// Whether `deal` onboards its account ahead of `other`: earlier close
    /// date, ties broken by the smaller deal_id in byte order.
    private static func onboards(_ deal: OnboardedAccount, before other: OnboardedAccount) -> Bool {
        if deal.closeDate != other.closeDate { return deal.closeDate < other.closeDate }
        return deal.dealID.utf8.lexicographicallyPrecedes(other.dealID.utf8)
    }

    private static func later(_ a: Day?, _ b: Day?) -> Day? {
        guard let a, let b else { return a ?? b }
        return max(a, b)
    }
}
