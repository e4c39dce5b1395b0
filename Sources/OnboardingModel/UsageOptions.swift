/// The configuration of SPEC §5 "Milestones from product usage" and
/// "Adoption breadth and onboarding health": plan milestones read from
/// events.csv, which event names count as features, and the health score.
extension Config {
    /// A plan milestone achieved from usage events (`milestones.from_events`)
    /// instead of from milestones.csv.
    public struct EventMilestone: Sendable, Equatable {
        public enum Rule: Sendable, Equatable {
            /// Achieved on the day of the N-th qualifying event.
            case count(Int)
            /// Achieved on the day the N-th distinct `user_id` had a qualifying event.
            case users(Int)
        }

        /// Normalized event names that qualify; empty means every event
        /// (only `users:` may leave `event:` out).
        public var events: [String]
        public var rule: Rule

        public init(events: [String], rule: Rule) {
            self.events = events
            self.rule = rule
        }

        /// N of the rule: how many events or distinct users achieve it.
        public var threshold: Int {
            switch rule {
            case .count(let n), .users(let n): n
            }
        }

        /// Whether an event of this normalized name counts toward the milestone.
        public func qualifies(_ event: String) -> Bool { events.isEmpty || events.contains(event) }
    }

    /// `adoption:`: which features count and how many make adoption.
    public struct AdoptionOptions: Sendable, Equatable {
        /// Normalized event names that count as features; empty means every
        /// event name but `login`.
        public var features: [String] = []
        /// Features adopted within the onboarding window that meet the target.
        public var target = 3
        public init() {}

        /// Whether events of this normalized name are a feature that counts.
        public func counts(_ event: String) -> Bool {
            features.isEmpty ? event != "login" : features.contains(event)
        }
    }

    /// `health:`: the onboarding health score of active accounts.
    public struct HealthOptions: Sendable, Equatable {
        /// Component weights, in SPEC order.
        public var weights = HealthWeights()
        /// Active days out of the last 14 that make engagement 1.
        public var activeDays = 5
        /// Scores at or above `green` are green, at or above `amber` amber, else red.
        public var green = Rational(70)
        public var amber = Rational(40)
        public init() {}
    }

    /// Weights of the five health components.
    public struct HealthWeights: Sendable, Equatable {
        public var progress = Rational(35, 100)
        public var recency = Rational(20, 100)
        public var engagement = Rational(20, 100)
        public var adoption = Rational(15, 100)
        public var handoff = Rational(10, 100)
        public init() {}

        /// The YAML keys, in SPEC order, with the field each sets.
        public static var keys: [(name: String, field: WritableKeyPath<HealthWeights, Rational>)] {
            [("progress", \.progress), ("recency", \.recency), ("engagement", \.engagement),
             ("adoption", \.adoption), ("handoff", \.handoff)]
        }
    }
}
