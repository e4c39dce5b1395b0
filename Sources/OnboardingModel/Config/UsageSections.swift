/// Readers for the usage keys of SPEC §4: `milestones.from_events`,
/// `adoption` and `health`. Types are checked here; ranges and cross-field
/// rules in `ConfigChecks` (UsageChecks.swift).
extension ConfigBuilder {
    /// `milestones.from_events`: plan milestone -> `{event: NAME or [NAMES], count: N}` or `{users: N, event: ...}`.
    func readFromEvents(_ node: YAMLNode, at path: String) throws(PipelineError) -> [String: Config.EventMilestone] {
        var result: [String: Config.EventMilestone] = [:]
        for entry in try namedEntries(node, at: path, expected: "plan milestone: {event: name, count: N} or {users: N}") {
            let s = try reader.section(entry.node, at: entry.path, keys: ["event", "count", "users"])
            var events: [String] = []
            if let n = s["event"] {
                if case .scalar(let one) = n.value {
                    events = [normalizedName(one)]
                } else {
                    events = try names(n, at: s.path("event"), item: "an event name", items: "event names")
                    guard !events.isEmpty else {
                        throw reader.failure(s.path("event"), "is an empty list; name at least one event, "
                                             + "e.g. event: report_shared")
                    }
                }
            }
            let count = try s["count"].map { n throws(PipelineError) in
                try reader.wholeNumber(n, at: s.path("count"), of: "events")
            }
            let users = try s["users"].map { n throws(PipelineError) in
                try reader.wholeNumber(n, at: s.path("users"), of: "distinct users")
            }
            let rule: Config.EventMilestone.Rule
            switch (count, users) {
            case (.some, .some):
                throw reader.failure(entry.path, "has both count and users; use count (N-th event) or users "
                                     + "(N-th distinct user), not both")
            case (_, .some(let n)):
                rule = .users(n)
            case (let n, nil):
                guard s["event"] != nil else {
                    throw reader.failure(entry.path, "needs event (e.g. {event: report_shared}) or users "
                                         + "(e.g. {users: 3})")
                }
                rule = .count(n ?? 1)
            }
            result[entry.name] = Config.EventMilestone(events: events, rule: rule)
        }
        return result
    }

    func readAdoption(_ node: YAMLNode, into adoption: inout Config.AdoptionOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "adoption", keys: ["features", "target"])
        if let n = s["features"] {
            adoption.features = try names(n, at: s.path("features"), item: "an event name", items: "event names")
        }
        if let n = s["target"] { adoption.target = try reader.wholeNumber(n, at: s.path("target"), of: "features") }
    }

    func readHealth(_ node: YAMLNode, into health: inout Config.HealthOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "health", keys: ["weights", "active_days", "bands"])
        if let n = s["weights"] {
            let w = try reader.section(n, at: s.path("weights"), keys: Config.HealthWeights.keys.map(\.name))
            for key in Config.HealthWeights.keys {
                if let v = w[key.name] {
                    health.weights[keyPath: key.field] = try reader.number(v, at: w.path(key.name), example: "0.2")
                }
            }
        }
        if let n = s["active_days"] {
            health.activeDays = try reader.wholeNumber(n, at: s.path("active_days"), of: "days")
        }
        if let n = s["bands"] {
            let b = try reader.section(n, at: s.path("bands"), keys: ["green", "amber"])
            if let v = b["green"] { health.green = try reader.number(v, at: b.path("green"), example: "70") }
            if let v = b["amber"] { health.amber = try reader.number(v, at: b.path("amber"), example: "40") }
        }
    }
}
