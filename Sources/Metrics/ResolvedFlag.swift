import OnboardingModel

/// One row of resolved_flags.csv: a flag that fired at the prior window's
/// snapshot and no longer fires at S (SPEC §6).
public struct ResolvedFlag: Sendable, Equatable {
    /// Why it stopped: the account left `active`, or the rule no longer holds.
    public enum Outcome: String, Sendable, Equatable {
        case complete, churned, cleared
    }

    public var rule: RedFlag.Rule
    public var scope: RedFlag.Scope
    public var key: String
    public var segment: String
    public var csm: String
    public var priorSeverity: RedFlag.Severity
    /// The flag's value at the prior window's snapshot.
    public var priorValue: RedFlagNumber
    public var outcome: Outcome

    public init(rule: RedFlag.Rule, scope: RedFlag.Scope, key: String, segment: String, csm: String,
                priorSeverity: RedFlag.Severity, priorValue: RedFlagNumber, outcome: Outcome) {
        self.rule = rule
        self.scope = scope
        self.key = key
        self.segment = segment
        self.csm = csm
        self.priorSeverity = priorSeverity
        self.priorValue = priorValue
        self.outcome = outcome
    }

    /// The prior flag, resolved with `outcome`.
    init(_ flag: RedFlag, outcome: Outcome) {
        self.init(rule: flag.rule, scope: flag.scope, key: flag.key, segment: flag.segment, csm: flag.csm,
                  priorSeverity: flag.severity, priorValue: flag.value, outcome: outcome)
    }

    /// red_flags.csv order on the prior severity: critical first, then rule, then key, in byte order.
    public static func reportOrder(_ a: ResolvedFlag, _ b: ResolvedFlag) -> Bool {
        if a.priorSeverity != b.priorSeverity { return a.priorSeverity < b.priorSeverity }
        if a.rule != b.rule { return a.rule.rawValue.utf8.lexicographicallyPrecedes(b.rule.rawValue.utf8) }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }
}
