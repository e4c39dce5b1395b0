/// Readers for the config keys that teach the tool an export's own values
/// (SPEC §3, §4): `deals.won_stages` and `milestones.status_aliases`.
extension ConfigBuilder {
    func readDeals(_ node: YAMLNode, into deals: inout Config.DealsOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "deals", keys: ["won_stages"])
        if let n = s["won_stages"] {
            deals.wonStages = try names(n, at: s.path("won_stages"), item: "a stage value such as Closed Won",
                                        items: "stage values")
        }
    }

    /// `{"TRUE": complete, "FALSE": pending}`: keys are the export's values
    /// (normalized as headers are), values one of the statuses.
    func readStatusAliases(_ node: YAMLNode, at path: String) throws(PipelineError) -> [String: String] {
        var aliases: [String: String] = [:]
        let statuses = Config.MilestonePlan.statusNames
        for alias in try namedEntries(node, at: path, expected: "export status value: status") {
            let expected = "one of \(statuses.joined(separator: ", "))"
            let target = normalizedName(try reader.string(alias.node, at: alias.path, expected: expected))
            guard statuses.contains(target) else {
                let hint = closestKey(to: target, among: statuses).map { "; did you mean \($0)?" } ?? ""
                throw reader.failure(alias.path, "must be \(expected), found \(alias.node.found)\(hint)")
            }
            aliases[alias.name] = target
        }
        return aliases
    }
}

extension ConfigChecks {
    func deals() throws(PipelineError) {
        guard !config.deals.wonStages.isEmpty else {
            throw reader.failure("deals.won_stages", "is empty; list the stage values that mean closed-won, "
                                 + "e.g. [closed_won, won]")
        }
        for (i, stage) in config.deals.wonStages.enumerated() where stage.isEmpty {
            throw reader.failure("deals.won_stages[\(i)]", "is empty; name a stage value such as Closed Won")
        }
    }
}
