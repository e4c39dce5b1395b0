/// The whole configuration of a run (SPEC §4), with every default from the
/// playbooks. Built by `ConfigLoader` from YAML and validated there; the rest
/// of the product may assume every invariant listed on `ConfigLoader.validate`.
public struct Config: Sendable, Equatable {
    public var data = DataFiles()
    public var deals = DealsOptions()
    public var csv = CSVOptions()
    public var currency = CurrencyOptions()
    /// Per file (`deals`, `milestones`, ...), canonical column name -> export header.
    public var columns: [String: [String: String]] = [:]
    public var milestones = MilestonePlan()
    public var segments: [Segment] = Segment.defaults
    public var handoff = HandoffOptions()
    public var stall = StallOptions()
    public var calendar = CalendarOptions()
    public var hold = HoldOptions()
    public var adoption = AdoptionOptions()
    public var health = HealthOptions()
    public var outcomes = OutcomesOptions()
    /// Nil without a `compare` section: no comparison.csv.
    public var compare: CompareOptions?
    public var thresholds = Thresholds()
    /// Segment name -> baseline TTV days; missing segments use their TTV target.
    public var baselineTTVDays: [String: Rational] = [:]
    public var email = EmailOptions()

    public init() {}

    public struct DataFiles: Sendable, Equatable {
        public var deals = "deals.csv"
        public var milestones = "milestones.csv"
        public var events = "events.csv"
        /// The warehouse rollup of events (SPEC §10), read in place of `events`.
        public var eventsDaily = "events_daily.csv"
        /// Each user's first day per event name, the rollup beside `eventsDaily`.
        public var eventsUsers = "events_users.csv"
        public var csms = "csms.csv"
        public var forecast = "forecast.csv"
        public var surveys = "surveys.csv"
        public var accounts = "accounts.csv"
        public var holds = "holds.csv"
        public init() {}
    }

    public struct DealsOptions: Sendable, Equatable {
        /// Stage values, normalized as headers are, that mean closed-won.
        public var wonStages = ["closed_won", "closedwon", "won"]
        public init() {}
    }

    public enum DateOrder: String, Sendable, Equatable, CaseIterable { case mdy, dmy }
    public enum Preset: String, Sendable, Equatable, CaseIterable { case none, salesforce, hubspot }

    public struct CSVOptions: Sendable, Equatable {
        /// One byte: `,`, `;` or a tab.
        public var delimiter: UInt8 = UInt8(ascii: ",")
        public var dateOrder: DateOrder = .mdy
        public var preset: Preset = .none
        public init() {}
    }

    public struct CurrencyOptions: Sendable, Equatable {
        public var report = "USD"
        /// Currency code -> units of `report` per unit of that currency.
        public var rates: [String: Rational] = [:]
        public init() {}
    }

    public struct MilestonePlan: Sendable, Equatable {
        public var order = ["kickoff", "setup", "training", "first_value", "handoff"]
        public var firstValue = "first_value"
        /// Export milestone name -> plan milestone name.
        public var aliases: [String: String] = [:]
        /// Plan milestone (normalized) -> how events achieve it (SPEC §5).
        public var fromEvents: [String: EventMilestone] = [:]
        /// Export status value (normalized as headers are) -> the status it
        /// means: one of `MilestonePlan.statusNames`.
        public var statusAliases: [String: String] = [:]
        public init() {}

        /// The statuses a `status_aliases` value may name.
        public static let statusNames = ["complete", "in_progress", "pending", "skipped", "blocked"]

        /// Index of the first-value milestone in `order`.
        public var firstValueIndex: Int { order.firstIndex(of: firstValue) ?? 0 }

        /// Whether every plan milestone comes from events, so that
        /// milestones.csv is not needed.
        public var allFromEvents: Bool { order.allSatisfy { fromEvents[$0] != nil } }
    }

    public struct HandoffOptions: Sendable, Equatable {
        public var fields = ["goals", "success_criteria", "exec_sponsor", "champion", "backup_champion",
                             "technical_contact", "technical_requirements", "timeline_expectation",
                             "commitments", "competitive_context"]
        /// Field -> weight; fields not listed weigh 1.
        public var weights: [String: Rational] = [:]
        public var minScore = Rational(8, 10)
        public init() {}

        public func weight(of field: String) -> Rational { weights[field] ?? .one }
    }

    public struct StallOptions: Sendable, Equatable {
        public var days = 7
        public var criticalDays = 14
        /// What days since progress counts (SPEC §5 "The clock").
        public var unit: StallUnit = .calendar
        public init() {}
    }

    public enum StallUnit: String, Sendable, Equatable, CaseIterable { case calendar, business }

    /// Business days for `stall.unit: business`.
    public struct CalendarOptions: Sendable, Equatable {
        /// ISO weekdays (1 Monday … 7 Sunday) that are not business days.
        public var weekend = [6, 7]
        /// Days that are not business days, as written in the config.
        public var holidays: [Day] = []
        public init() {}

        /// Weekday names as `calendar.weekend` takes them, Monday first (index + 1 is the ISO weekday).
        public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                          "sunday"]
    }

    public struct HoldOptions: Sendable, Equatable {
        /// `on_hold_long` fires when a customer hold has lasted more than this many days.
        public var maxDays = 30
        public init() {}
    }

    public struct Thresholds: Sendable, Equatable {
        public var completionRateWarning = Rational(60, 100)
        public var completionRateCritical = Rational(50, 100)
        public var ttvOverBaselineWarning = Rational(20, 100)
        public var ttvOverBaselineSustained = Rational(25, 100)
        public var stallShareWarning = Rational(15, 100)
        public var utilizationWarning = Rational(1)
        public var utilizationCritical = Rational(12, 10)
        public var minGroupSize = 5
        public var maxRejectRate = Rational(5, 100)
        public init() {}
    }

    public struct EmailOptions: Sendable, Equatable {
        public var from = ""
        public var to: [String] = []
        public var cc: [String] = []
        /// Write csm/<name>.eml for each CSM with an email in csms.csv (SPEC §7).
        public var csmDigests = false
        public init() {}
    }

    /// TTV target of a segment: its due day of the first-value milestone.
    public func ttvTarget(_ segment: Segment) -> Int {
        segment.dueDays[milestones.firstValue] ?? 0
    }

    /// Onboarding window of a segment: its largest due day.
    public func window(_ segment: Segment) -> Int {
        segment.dueDays.values.max() ?? 0
    }

    /// Baseline TTV of a segment: `baseline.ttv_days`, else its TTV target.
    public func baselineTTV(_ segment: Segment) -> Rational {
        baselineTTVDays[segment.name] ?? Rational(ttvTarget(segment))
    }
}

/// One onboarding tier: which ACVs fall in it, how many onboardings a CSM
/// carries, and the day each plan milestone is due after close.
public struct Segment: Sendable, Equatable {
    public var name: String
    /// Smallest ACV, in report currency units, that falls in this segment.
    public var minACV: Rational
    public var capacityPerCSM: Rational
    /// Plan milestone name -> days after close it is due.
    public var dueDays: [String: Int]

    public init(name: String, minACV: Rational, capacityPerCSM: Rational, dueDays: [String: Int]) {
        self.name = name
        self.minACV = minACV
        self.capacityPerCSM = capacityPerCSM
        self.dueDays = dueDays
    }

    public static let defaults: [Segment] = [
        Segment(name: "enterprise", minACV: Rational(100_000), capacityPerCSM: Rational(10),
                dueDays: ["kickoff": 5, "setup": 21, "training": 35, "first_value": 60, "handoff": 90]),
        Segment(name: "mid_market", minACV: Rational(25_000), capacityPerCSM: Rational(25),
                dueDays: ["kickoff": 3, "setup": 10, "training": 21, "first_value": 30, "handoff": 45]),
        Segment(name: "smb", minACV: Rational(0), capacityPerCSM: Rational(75),
                dueDays: ["kickoff": 3, "setup": 7, "training": 10, "first_value": 14, "handoff": 30]),
    ]
}
