/// Range and cross-field rules of the usage keys (SPEC §4): a `from_events`
/// milestone is a plan milestone with a positive N, adoption features are
/// unique with a positive target, health weights add up to more than 0,
/// `active_days` lies in 1...14 and the bands in 0...100 with amber ≤ green.
extension ConfigChecks {
    func fromEvents() throws(PipelineError) {
        let plan = config.milestones
        guard plan.fromEvents.count <= 64 else {
            throw reader.failure("milestones.from_events", "defines \(plan.fromEvents.count) milestones; at most 64 "
                                 + "can come from events")
        }
        for milestone in plan.fromEvents.keys.sorted() {
            let path = "milestones.from_events.\(milestone)"
            let rule = plan.fromEvents[milestone]!
            guard plan.order.contains(milestone) else {
                let hint = closestKey(to: milestone, among: plan.order).map { "did you mean \($0)? " } ?? ""
                throw reader.failure(path, "is not in milestones.order; \(hint)the plan milestones are "
                                     + plan.order.joined(separator: ", "))
            }
            let key: String
            switch rule.rule {
            case .count: key = "count"
            case .users: key = "users"
            }
            guard rule.threshold >= 1 else {
                throw reader.failure("\(path).\(key)", "must be a whole number of at least 1, found \(rule.threshold)")
            }
            guard rule.threshold <= Self.maxEventThreshold else {
                throw reader.failure("\(path).\(key)", "must be at most \(Self.maxEventThreshold) (each account keeps "
                                     + "that many dates while events stream), found \(rule.threshold)")
            }
            try uniqueNames(rule.events, at: "\(path).event", what: "event name")
        }
    }

    /// N of a `from_events` rule: memory is accounts × N, so N stays small.
    static let maxEventThreshold = 1_000

    func adoption() throws(PipelineError) {
        let a = config.adoption
        try uniqueNames(a.features, at: "adoption.features", what: "feature")
        guard a.target >= 1 else {
            throw reader.failure("adoption.target", "must be a whole number of features of at least 1, found \(a.target)")
        }
    }

    func health() throws(PipelineError) {
        let h = config.health
        var total = Rational.zero
        for key in Config.HealthWeights.keys {
            let weight = h.weights[keyPath: key.field]
            guard weight >= .zero else {
                throw reader.failure("health.weights.\(key.name)", "must be 0 or more, found \(decimalText(weight))")
            }
            total += weight
        }
        guard total > .zero else {
            throw reader.failure("health.weights", "add up to 0; give at least one component a weight above 0")
        }
        guard (1...14).contains(h.activeDays) else {
            throw reader.failure("health.active_days", "must be a whole number of days from 1 to 14 (active days "
                                 + "out of the last 14 that count as fully engaged), found \(h.activeDays)")
        }
        for (name, value) in [("green", h.green), ("amber", h.amber)] where value < .zero || value > Rational(100) {
            throw reader.failure("health.bands.\(name)", "must be a score from 0 to 100, found \(decimalText(value))")
        }
        guard h.amber <= h.green else {
            throw reader.failure("health.bands.amber", "(\(decimalText(h.amber))) must not be above health.bands.green "
                                 + "(\(decimalText(h.green))); amber is the lower band")
        }
    }
}
