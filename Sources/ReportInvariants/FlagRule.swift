/// The red-flag rules of SPEC §6: the scope each fires on, and the side of its
/// threshold its value is on when it fires.
enum FlagRule: String, CaseIterable {
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

    enum Scope: String {
        case account, csm, segment
    }

    /// How a firing flag's value compares with its threshold (SPEC §6 "fires when").
    enum Side {
        /// value ≥ threshold
        case atLeast
        /// value > threshold
        case above
        /// value < threshold
        case below
    }

    var scope: Scope {
        switch self {
        case .stalled, .firstValueOverdue, .onboardingOverdue, .handoffIncomplete, .noEarlyEngagement, .onHoldLong:
            .account
        case .csmOverCapacity:
            .csm
        case .completionRateLow, .ttvAboveBaseline, .ttvSustainedAboveBaseline, .stallShareHigh:
            .segment
        }
    }

    var side: Side {
        switch self {
        case .stalled: .atLeast
        case .handoffIncomplete, .noEarlyEngagement, .completionRateLow: .below
        default: .above
        }
    }

    /// The rule's bit in `AccountFacts.flaggedRules`.
    var bit: UInt16 { 1 << UInt16(Self.allCases.firstIndex(of: self)!) }

    /// Whether `value` is on the firing side of `threshold`. Whole numbers (days) compare
    /// exactly; decimals are rounded in the file, so there the boundary itself counts too
    /// (a utilization of 1.00004 over 1.0000 is written `1.0000`).
    func fires(value: String, threshold: String) -> Bool {
        if let v = Int(value), let t = Int(threshold) {
            switch side {
            case .atLeast: return v >= t
            case .above: return v > t
            case .below: return v < t
            }
        }
        guard let v = Double(value), let t = Double(threshold) else { return false }
        switch side {
        case .atLeast, .above: return v >= t
        case .below: return v <= t
        }
    }
}
