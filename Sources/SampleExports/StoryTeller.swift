import OnboardingModel

/// Decides account stories: when each deal closed, its tier and ACV, how fast it
/// moves through the plan, where it stalls and whether it churns.
///
/// Stories are recomputed from (seed, index) whenever a writer needs one, so the
/// generator holds no per-account memory however many accounts it writes.
struct StoryTeller {
    let accounts: Int
    let seed: UInt64
    let through: Day
    /// Account numbers in no particular order (`ACC-` ids; users are `U<number>-k`).
    let accountNumbers: ShuffledNumbers

    init(accounts: Int, seed: UInt64, through: Day) {
        self.accounts = accounts
        self.seed = seed
        self.through = through
        accountNumbers = ShuffledNumbers(count: accounts, seed: seed)
    }

    /// The account id number of account `index`, in `1...accounts`.
    func accountNumber(_ index: Int) -> Int { accountNumbers.number(index) }

    /// Close dates cover the three years (1,096 days) ending at `through`.
    static let spanDays = 1096
    /// Share of onboardings, by tier, abandoned without a churn date: the customer stops
    /// working through the plan and nobody closes the record, so it stays open (and
    /// flagged) for good, as in real CS platforms.
    static let abandonment = [0.18, 0.25, 0.34]
    /// The newest day is this much busier than the oldest (linear ramp).
    static let growth = 0.6

    func story(_ index: Int) -> AccountStory {
        var r = SampleRandom(seed: seed, purpose: .story, index: index)
        let close = closeDay(index, &r)
        let segment = SampleSegment(rawValue: r.weighted([10, 30, 60]))!
        let acv = Self.acv(segment, &r)
        let skipped = Self.skippedMask(segment, &r)
        // Outcomes draw from a stream of their own, so the rest of each story stays as it was.
        var outcome = SampleRandom(seed: seed, purpose: .outcome, index: index)
        let pilot = through - close < Self.pilotDays && outcome.chance(0.12)
        var offsets = Self.plannedOffsets(segment, skipped: skipped, &r)
        // The pilot's new playbook gets customers to each milestone about a fifth sooner.
        if pilot { offsets = offsets.map { $0.map { $0 <= 0 ? $0 : Int((Double($0) * 0.8).rounded()) } } }

        var stall: (milestone: Int, days: Int)?
        var churn: Day?
        if r.chance([0.14, 0.18, 0.22][segment.rawValue]) {
            // Stalls cluster where customers wait on themselves: setup and first value.
            let m = r.weighted([2, 4, 3, 3, 2])
            let u = r.unit()
            let days = 8 + Int(110 * u * u)
            stall = (m, days)
            let stalledFrom = m == 0 ? 0 : offsets[m - 1]!
            if r.chance(0.25) {
                // A quarter of stalls end the relationship before the plan resumes.
                churn = close + stalledFrom + 14 + r.below(max(1, days))
                for k in m..<Plan.count { offsets[k] = nil }
            } else {
                for k in m..<Plan.count { offsets[k] = offsets[k]! + days }
            }
        }
        if churn == nil, r.chance(Self.abandonment[segment.rawValue]) {
            // Abandoned: from some milestone on, nothing is ever reached, and nothing churns.
            let m = r.weighted([1, 4, 3, 3, 2])
            for k in m..<Plan.count { offsets[k] = nil }
        }
        if churn == nil { churn = Self.laterChurn(segment, offsets: offsets, close: close, &outcome) }
        let quiet = r.chance(stall.map { $0.milestone <= 1 } == true ? 0.5 : 0.1)
        let csmDraw: UInt64? = r.chance(0.015) ? nil : r.next()
        return AccountStory(index: index, segment: segment, close: close, acv: acv, offsets: offsets,
                            skippedMask: skipped, stall: stall, churn: churn,
                            quietFirstWeek: quiet, csmDraw: csmDraw, pilot: pilot)
    }

    /// Accounts closed this many days before `through` may be in the pilot cohort.
    static let pilotDays = 150

    /// Churn after a finished onboarding, somewhat likelier the slower first value
    /// came against the segment's target (6% at or under 0.8 of it, up to 26% at
    /// 2.8 times it and beyond): a real relationship, but a noisy one.
    private static func laterChurn(_ segment: SampleSegment, offsets: [Int?], close: Day,
                                   _ r: inout SampleRandom) -> Day? {
        guard let firstValue = offsets[Plan.firstValue], let done = offsets.last ?? nil else { return nil }
        let slowness = Double(firstValue) / Double(max(1, segment.dueDays[Plan.firstValue]))
        let chance = 0.06 + 0.10 * min(2, max(0, slowness - 0.8))
        guard r.chance(chance) else { return nil }
        return close + max(done, 0) + 20 + r.below(340)
    }

    /// Account `index`'s close day: accounts are laid out in close-date order (ids
    /// grow with time, as in a CRM), following a density that ramps up toward `through`.
    private func closeDay(_ index: Int, _ r: inout SampleRandom) -> Day {
        var day = rampDay((Double(index) + r.unit()) / Double(accounts))
        // Deals close on weekdays far more often: most weekend dates slide back to Friday.
        let weekday = day.isoWeekday
        if weekday >= 6, r.chance(0.85) { day = day - (weekday - 5) }
        return day
    }

    /// A day on or before the close of account `index` and of every later account
    /// (close days grow with the index, but a weekend close may slide back two days).
    func closeFloor(_ index: Int) -> Day {
        rampDay(Double(index) / Double(max(accounts, 1))) - 2
    }

    /// The day at quantile `u` of the close-date density (never decreasing in `u`).
    private func rampDay(_ u: Double) -> Day {
        // Inverse CDF of f(x) ∝ 1 + a·x on [0, 1].
        let a = Self.growth
        let x = ((1 + 2 * a * u * (1 + a / 2)).squareRoot() - 1) / a
        let offset = min(Self.spanDays - 1, Int(x * Double(Self.spanDays)))
        return through - (Self.spanDays - 1) + offset
    }

    private static func acv(_ segment: SampleSegment, _ r: inout SampleRandom) -> Int {
        let u = r.unit()
        switch segment {
        case .enterprise: return 100_000 + Int(480_000 * u * u) / 500 * 500
        case .midMarket: return 25_000 + Int(74_900 * u * (0.4 + 0.6 * u)) / 100 * 100
        case .smb: return 2_400 + Int(22_500 * u * (0.3 + 0.7 * u)) / 10 * 10
        }
    }

    /// Tech-touch SMB plans drop training most often; a first value is rarely waived.
    private static func skippedMask(_ segment: SampleSegment, _ r: inout SampleRandom) -> UInt8 {
        var mask: UInt8 = 0
        let rates = segment == .smb ? [0.02, 0.015, 0.07, 0.01, 0.0] : [0.0, 0.01, 0.02, 0.01, 0.0]
        for (m, p) in rates.enumerated() where r.chance(p) { mask |= 1 << m }
        return mask
    }

    /// Days after close each milestone would be reached with no stall: the plan's
    /// due days scaled by the account's pace (bell-shaped around 0.85 of plan, with
    /// a long slow tail), never going backwards.
    private static func plannedOffsets(_ segment: SampleSegment, skipped: UInt8,
                                       _ r: inout SampleRandom) -> [Int?] {
        var pace = 0.5 + 0.7 * (r.unit() + r.unit() + r.unit()) / 3
        if r.chance(0.12) { pace *= 1.3 + 1.7 * r.unit() }
        if segment == .enterprise { pace *= 1.05 }
        let due = segment.dueDays
        var offsets: [Int?] = []
        offsets.reserveCapacity(Plan.count)
        var previous = 0
        for m in 0..<Plan.count {
            var day = Int((Double(due[m]) * pace * (0.85 + 0.3 * r.unit())).rounded())
            // A skipped milestone is marked as such when the one before it is done.
            if skipped & (1 << m) != 0 { day = previous }
            day = max(day, previous)
            // Kickoff sometimes happens on the closing call, occasionally just before it.
            if m == 0, r.chance(0.01) { day = -r.int(in: 1...2) }
            offsets.append(day)
            previous = max(day, 0)
        }
        return offsets
    }
}
