import OnboardingModel

/// The three onboarding tiers of the default config, as the generator uses them.
enum SampleSegment: Int, CaseIterable {
    case enterprise = 0, midMarket, smb

    /// The configured segment (SPEC §4 defaults) this tier stands for.
    var config: Segment { Segment.defaults[rawValue] }
    var name: String { config.name }
    /// Active onboardings one CSM carries at full load.
    var capacity: Int { Int(config.capacityPerCSM.numerator / config.capacityPerCSM.denominator) }

    /// Due day of each plan milestone, in plan order.
    var dueDays: [Int] { SampleSegment.dueTable[rawValue] }

    private static let dueTable = allCases.map { s in Plan.milestones.map { s.config.dueDays[$0] ?? 0 } }
}

/// The onboarding plan the sample follows: the default `milestones.order`.
enum Plan {
    static let milestones = Config().milestones.order
    static let count = milestones.count
    static let firstValue = Config().milestones.firstValueIndex
}

/// One account's whole onboarding, decided once from its story stream (grain: one
/// onboarded account). Every file writer renders this same story, so deals,
/// milestones, events and surveys agree with each other.
struct AccountStory {
    /// 0-based position; the account id is derived from it.
    let index: Int
    let segment: SampleSegment
    /// Close date of the onboarding deal.
    let close: Day
    /// Whole report-currency units.
    let acv: Int
    /// Days after close each plan milestone is achieved (or, when skipped, reached);
    /// nil when the account churns before getting there.
    let offsets: [Int?]
    /// Plan milestones the account skips (bit i = milestone i).
    let skippedMask: UInt8
    /// The milestone a stall held up, and how long the stall lasted.
    let stall: (milestone: Int, days: Int)?
    let churn: Day?
    /// No product usage in the first seven days after close.
    let quietFirstWeek: Bool
    /// Picks the CSM within the segment's pool; nil leaves the account unassigned.
    let csmDraw: UInt64?
    /// Onboarded with the new playbook (deals.csv `track` = pilot).
    var pilot = false

    func isSkipped(_ m: Int) -> Bool { skippedMask & (1 << m) != 0 }

    /// The day milestone `m` is achieved or reached, whether or not it is after `through`.
    func day(of m: Int) -> Day? { offsets[m].map { close + $0 } }

    /// Plan milestones achieved or skipped on or before `through`.
    func reached(by through: Day) -> Int {
        var n = 0
        while n < Plan.count, let d = day(of: n), d <= through { n += 1 }
        return n
    }

    /// Still onboarding at `through`: not every milestone reached, not churned.
    func isActive(at through: Day) -> Bool {
        if let churn, churn <= through { return false }
        return reached(by: through) < Plan.count
    }

    /// Last day the account moved: latest milestone achieved by `through`, else close.
    func lastProgress(by through: Day) -> Day {
        let n = reached(by: through)
        return n == 0 ? close : max(close, day(of: n - 1)!)
    }

    /// First-value day when achieved (not skipped) by `through`.
    func firstValue(by through: Day) -> Day? {
        guard !isSkipped(Plan.firstValue), let d = day(of: Plan.firstValue), d <= through else { return nil }
        return max(d, close)
    }
}
