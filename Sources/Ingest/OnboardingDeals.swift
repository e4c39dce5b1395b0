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
/// Team names and handoff patterns repeat across a million deals, so each
/// distinct value is stored once and shared. The deals are handed over to
/// `accounts` once and released then, so that they are not kept beside the
/// accounts while the other files are read.
struct AccountBook {
    /// Reference storage, so that handing the deals over releases them even
    /// from a non-mutating context (the ingest's `finish`).
    private final class Storage {
        var slots = AccountSlots()
        var onboarding: [DealRecord] = []
        var churn: [Day?] = []
        var expansions = CountedNote()
        var names = Interner<String>()
        /// Handoff presence as bits (under a marker bit at the field count) → the shared array.
        var handoffPatterns: [UInt64: [Bool]] = [:]

        /// `deal` with its repeated values swapped for the stored copies.
        func shared(_ deal: DealRecord) -> DealRecord {
            var deal = deal
            deal.ae = sharedName(deal.ae)
            deal.csm = sharedName(deal.csm)
            deal.region = sharedName(deal.region)
            deal.handoffPresent = sharedPattern(deal.handoffPresent)
            return deal
        }

        /// Names of up to 15 bytes live inside the `String` itself: nothing to share.
        private func sharedName(_ name: String) -> String {
            name.utf8.count <= 15 ? name : names.intern(name)
        }

        private func sharedPattern(_ present: [Bool]) -> [Bool] {
            guard present.count < 64 else { return present }
            var bits: UInt64 = 1 << UInt64(present.count)
            for (field, isPresent) in present.enumerated() where isPresent { bits |= 1 << UInt64(field) }
            if let stored = handoffPatterns[bits] { return stored }
            // Bounded like `Interner`: past 4096 patterns new ones stay unshared.
            if handoffPatterns.count < 4096 { handoffPatterns[bits] = present }
            return present
        }
    }

    private let storage = Storage()

    mutating func add(_ deal: DealRecord) {
        let book = storage
        guard let slot = book.slots.slot(of: deal.accountID, idAt: { book.onboarding[$0].accountID }) else {
            book.slots.insert(deal.accountID, slot: book.onboarding.count)
            book.onboarding.append(book.shared(deal))
            book.churn.append(deal.churnDate)
            return
        }
        book.expansions.add(example: deal.accountID)
        if deal.precedes(book.onboarding[slot]) { book.onboarding[slot] = book.shared(deal) }
        if let day = deal.churnDate, book.churn[slot].map({ day > $0 }) ?? true { book.churn[slot] = day }
    }

    /// The accounts sorted by account_id bytes, with every milestone pending;
    /// the book is empty afterwards.
    ///
    /// - Returns: the accounts; `expansions` counts deals after each account's
    ///   first; `unmatchedLabels` counts onboarding deals whose non-missing
    ///   segment label named no configured segment.
    func accounts(assigner: inout SegmentAssigner, milestoneCount: Int)
        -> (accounts: [OnboardedAccount], expansions: CountedNote, unmatchedLabels: CountedNote) {
        let book = storage
        let onboarding = book.onboarding, churn = book.churn, expansions = book.expansions
        book.onboarding = []
        book.churn = []
        book.slots = AccountSlots()
        book.names = Interner()
        book.handoffPatterns = [:]
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
