import OnboardingModel

/// The health bands of SPEC §5, from the highest.
public enum HealthBand: String, Sendable, Equatable, CaseIterable {
    case green, amber, red

    /// green at ≥ `bands.green`, amber at ≥ `bands.amber`, else red.
    public init(score: Int, options: Config.HealthOptions) {
        let s = Rational(score)
        self = s >= options.green ? .green : s >= options.amber ? .amber : .red
    }
}

/// The five health components of an active account at S, each in [0, 1];
/// nil when the component has no data (engagement and adoption without
/// events.csv, handoff without handoff fields).
public struct HealthComponents: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case progress, recency, engagement, adoption, handoff
    }

    public var progress: Rational
    public var recency: Rational
    public var engagement: Rational?
    public var adoption: Rational?
    public var handoff: Rational?

    public subscript(kind: Kind) -> Rational? {
        switch kind {
        case .progress: progress
        case .recency: recency
        case .engagement: engagement
        case .adoption: adoption
        case .handoff: handoff
        }
    }
}

/// The onboarding health score of SPEC §5: 100 × Σ wᵢ·cᵢ ÷ Σ wᵢ over the
/// components with data, rounded half up; its band; and the two lowest
/// components, so a CSM sees why.
public struct HealthScoring: Sendable {
    let options: Config.HealthOptions
    let criticalDays: Int
    let target: Int
    let hasHandoff: Bool

    public init(config: Config) {
        options = config.health
        criticalDays = config.stall.criticalDays
        target = config.adoption.target
        hasHandoff = !config.handoff.fields.isEmpty
    }

    /// The components of an account from its snapshot's figures.
    public func components(_ s: AccountSnapshot) -> HealthComponents {
        // progress: satisfied ÷ due, 1 when nothing is due, at most 1.
        let progress = s.dueCount == 0 ? Rational.one : min(.one, Rational(Int64(s.satisfiedCount), Int64(s.dueCount)))
        let stalledDays = min(s.daysSinceProgress, criticalDays)
        let recency = Rational(Int64(criticalDays - stalledDays), Int64(criticalDays))
        return HealthComponents(
            progress: progress, recency: recency,
            engagement: s.recentActiveDays.map { min(.one, Rational(Int64($0), Int64(options.activeDays))) },
            adoption: s.featuresAdopted.map { min(.one, Rational(Int64($0), Int64(target))) },
            handoff: hasHandoff ? s.handoffScore : nil)
    }

    /// The weight of a component.
    public func weight(_ kind: HealthComponents.Kind) -> Rational {
        switch kind {
        case .progress: options.weights.progress
        case .recency: options.weights.recency
        case .engagement: options.weights.engagement
        case .adoption: options.weights.adoption
        case .handoff: options.weights.handoff
        }
    }

    /// The score 0–100, or nil when the components with data all weigh 0.
    public func score(_ c: HealthComponents) -> Int? {
        var weighted = Rational.zero, total = Rational.zero
        for kind in HealthComponents.Kind.allCases {
            guard let value = c[kind] else { continue }
            let w = weight(kind)
            weighted += w * value
            total += w
        }
        guard total > .zero else { return nil }
        // Half up: `formatted` rounds half away from zero, and the score is ≥ 0.
        return Int((Rational(100) * weighted / total).formatted(places: 0))
    }

    /// The two lowest components with data that count (weight above 0),
    /// lowest first, ties in component order: `recency 0.00; engagement 0.20`.
    public func drivers(_ c: HealthComponents) -> TextBytes {
        // Written once per active account and once per flag message: a scan
        // for the two lowest, where a strict `<` keeps component order among ties.
        var lowest: (kind: HealthComponents.Kind, value: Rational)?
        var second: (kind: HealthComponents.Kind, value: Rational)?
        for kind in HealthComponents.Kind.allCases {
            guard let value = c[kind], weight(kind) > .zero else { continue }
            if lowest.map({ value < $0.value }) ?? true {
                second = lowest
                lowest = (kind, value)
            } else if second.map({ value < $0.value }) ?? true {
                second = (kind, value)
            }
        }
        guard let lowest else { return TextBytes() }
        guard let second else { return "\(lowest.kind.rawValue) \(lowest.value, places: 2)" }
        return "\(lowest.kind.rawValue) \(lowest.value, places: 2); \(second.kind.rawValue) \(second.value, places: 2)"
    }

    public func band(_ score: Int) -> HealthBand { HealthBand(score: score, options: options) }
}
