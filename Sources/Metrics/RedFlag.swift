import OnboardingModel

/// One row of red_flags.csv: something a person should act on (SPEC §6).
public struct RedFlag: Sendable, Equatable {
    public enum Severity: String, Sendable, Equatable, Comparable {
        case critical, warning

        /// Critical sorts first.
        public static func < (a: Severity, b: Severity) -> Bool { a == .critical && b == .warning }
    }

    public enum Rule: String, Sendable, Equatable, CaseIterable {
        case stalled
        case firstValueOverdue = "first_value_overdue"
        case onboardingOverdue = "onboarding_overdue"
        case handoffIncomplete = "handoff_incomplete"
        case noEarlyEngagement = "no_early_engagement"
        case onHoldLong = "on_hold_long"
        case csmOverCapacity = "csm_over_capacity"
        case completionRateLow = "completion_rate_low"
        case ttvAboveBaseline = "ttv_above_baseline"
        case ttvSustainedAboveBaseline = "ttv_sustained_above_baseline"
        case stallShareHigh = "stall_share_high"
    }

    public enum Scope: String, Sendable, Equatable { case account, csm, segment }

    /// A flag's message, or where to work it out.
    public enum Message: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
        case text(String)
        /// From the flagged account at its snapshot, the one at `snapshot` in
        /// the `SnapshotAccounts` the flag was raised over, by `RedFlagMessages`.
        case account(snapshot: Int)

        public init(stringLiteral text: String) { self = .text(text) }
        public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    }

    public var severity: Severity
    public var rule: Rule
    public var scope: Scope
    /// Account id, CSM name or segment name.
    public var key: String
    /// The account's segment, the CSM's segment from csms.csv, or the segment itself.
    public var segment: String
    /// The account's CSM (empty when none); the CSM for a CSM flag.
    public var csm: String
    /// What was measured, exactly.
    public var value: RedFlagNumber
    /// The threshold it crossed, exactly.
    public var threshold: RedFlagNumber
    /// What was measured, against what, and the next step: the text of a CSM
    /// or segment flag; an account flag's is worked out when shown
    /// (`RedFlagMessages`).
    public var message: Message
    /// First day of the current unbroken run of days on which an account rule
    /// has held at this severity; nil for CSM and segment rules (SPEC §6).
    public var since: Day?
    /// No flag of the same rule, scope, key and severity fired at the prior
    /// window's snapshot.
    public var isNew: Bool
    /// The account's index in the accounts array for an account flag, else −1:
    /// how a flag is matched with the prior snapshot's without its strings.
    var accountIndex: Int32 = -1

    public init(severity: Severity, rule: Rule, scope: Scope, key: String, segment: String, csm: String,
                value: RedFlagNumber, threshold: RedFlagNumber, message: Message, since: Day? = nil,
                isNew: Bool = true) {
        self.severity = severity
        self.rule = rule
        self.scope = scope
        self.key = key
        self.segment = segment
        self.csm = csm
        self.value = value
        self.threshold = threshold
        self.message = message
        self.since = since
        self.isNew = isNew
    }

    /// red_flags.csv order: critical first, then rule, then key, in byte order.
    public static func reportOrder(_ a: RedFlag, _ b: RedFlag) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.rule != b.rule { return a.rule.rawValue.utf8.lexicographicallyPrecedes(b.rule.rawValue.utf8) }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }
}

extension RedFlag {
    /// Sorts `flags` by `reportOrder`, for lists of a hundred thousand flags:
    /// positions are sorted on small integer keys, ties on the key's bytes,
    /// and each flag is moved once, in place.
    static func sortInReportOrder(_ flags: inout [RedFlag]) {
        let ruleRank = Dictionary(uniqueKeysWithValues: Rule.allCases
            .sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
            .enumerated().map { ($1, $0) })
        // Severity, then rule, as one small number per flag.
        let group = flags.map { ($0.severity == .critical ? 0 : Rule.allCases.count) + ruleRank[$0.rule]! }
        let keys = flags.indices.map { flags[$0].key }
        let sortKeys = keys.map(ByteSortKey.init)
        let order = flags.indices.sorted { a, b in
            if group[a] != group[b] { return group[a] < group[b] }
            return bytesPrecede(a, b, in: keys, keys: sortKeys)
        }
        flags.rearrange(into: order)
    }
}

/// An exact number with the decimals it is shown with: days as integers,
/// TTV medians with 1 decimal, rates, scores and utilization with 4.
public struct RedFlagNumber: Sendable, Equatable {
    public var value: Rational
    public var places: Int

    public init(_ value: Rational, places: Int) {
        self.value = value
        self.places = places
    }

    public static func days(_ days: Int) -> RedFlagNumber { RedFlagNumber(Rational(days), places: 0) }
    public static func rate(_ rate: Rational) -> RedFlagNumber { RedFlagNumber(rate, places: 4) }
    public static func dayStatistic(_ days: Rational) -> RedFlagNumber { RedFlagNumber(days, places: 1) }

    public var text: String { value.formatted(places: places) }
}
