/// Reading and checking the `outcomes` and `compare` sections (SPEC §4).
extension ConfigBuilder {
    func readOutcomes(_ node: YAMLNode, into outcomes: inout Config.OutcomesOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "outcomes", keys: ["horizons", "ttv_bands"])
        if let n = s["horizons"] { outcomes.horizons = try dayList(n, at: s.path("horizons")) }
        if let n = s["ttv_bands"] { outcomes.ttvBands = try dayList(n, at: s.path("ttv_bands")) }
    }

    /// `compare: {}` (or nothing) means no comparison.
    func readCompare(_ node: YAMLNode) throws(PipelineError) -> Config.CompareOptions? {
        let s = try reader.section(node, at: "compare", keys: ["name", "pilot", "baseline"])
        guard !s.values.isEmpty else { return nil }
        guard let pilotNode = s["pilot"] else {
            throw reader.failure("compare.pilot", "is missing; pick the pilot accounts, e.g. "
                                 + "pilot: {column: track, values: [pilot]}")
        }
        let pilot = try selector(pilotNode, at: s.path("pilot"))
        let baseline = try s["baseline"].map { node throws(PipelineError) in try selector(node, at: s.path("baseline")) }
        let name = try s["name"].map { node throws(PipelineError) in
            try reader.string(node, at: s.path("name"), expected: "a name for the pilot, such as \"New playbook\"")
        } ?? "Pilot"
        return Config.CompareOptions(name: name, pilot: pilot, baseline: baseline)
    }

    /// One of `{column: NAME, values: [...]}`, `{closed_from: DATE}`, `{accounts: [...]}`.
    private func selector(_ node: YAMLNode, at path: String) throws(PipelineError) -> CohortSelector {
        let s = try reader.section(node, at: path, keys: ["column", "values", "closed_from", "accounts"])
        let ways = ["column", "closed_from", "accounts"].filter { s[$0] != nil }
        guard ways.count == 1 else {
            let found = ways.isEmpty ? "none" : ways.joined(separator: " and ")
            throw reader.failure(path, "must pick accounts one way: column (with values), closed_from or accounts; "
                                 + "found \(found)")
        }
        if let n = s["column"] {
            let column = normalizedName(try reader.string(n, at: s.path("column"), expected: "a deals.csv column name"))
            guard let valuesNode = s["values"] else {
                throw reader.failure(s.path("values"), "is missing; list the \(column) values that pick the accounts, "
                                     + "e.g. values: [pilot]")
            }
            let values = try reader.strings(valuesNode, at: s.path("values"), item: "a value", items: "values")
            guard !values.isEmpty else {
                throw reader.failure(s.path("values"), "is empty; list the \(column) values that pick the accounts")
            }
            return .column(name: column, values: values.map(normalizedName))
        }
        guard s["values"] == nil else {
            throw reader.failure(s.path("values"), "goes with column; remove it or add column: NAME")
        }
        if let n = s["closed_from"] {
            let text = try reader.string(n, at: s.path("closed_from"), expected: "a date YYYY-MM-DD")
            guard let day = Day(iso: text) else {
                throw reader.failure(s.path("closed_from"), "must be a date YYYY-MM-DD, found \(n.found)")
            }
            return .closedFrom(day)
        }
        let ids = try reader.strings(s["accounts"]!, at: s.path("accounts"), item: "an account id", items: "account ids")
        let trimmed = ids.map { String($0.trimmingWhitespace()) }
        guard !trimmed.isEmpty else {
            throw reader.failure(s.path("accounts"), "is empty; list the account ids, e.g. accounts: [A1, A2]")
        }
        return .accounts(trimmed)
    }

    private func dayList(_ node: YAMLNode, at path: String) throws(PipelineError) -> [Int] {
        var days: [Int] = []
        for (i, item) in try reader.list(node, at: path, expected: "whole numbers of days").enumerated() {
            days.append(try reader.wholeNumber(item, at: "\(path)[\(i)]", of: "days"))
        }
        return days
    }
}

extension ConfigChecks {
    func outcomes() throws(PipelineError) {
        for (key, days) in [("horizons", config.outcomes.horizons), ("ttv_bands", config.outcomes.ttvBands)] {
            let path = "outcomes.\(key)"
            guard !days.isEmpty else { throw reader.failure(path, "is empty; list at least one number of days") }
            for (i, day) in days.enumerated() {
                guard day >= 1, day <= Self.maxDays else {
                    throw reader.failure("\(path)[\(i)]", "must be between 1 and \(Self.maxDays) days, found \(day)")
                }
                guard i == 0 || day > days[i - 1] else {
                    throw reader.failure(path, "must be ascending without repeats, found \(days[i - 1]) before \(day)")
                }
            }
        }
    }

    func compare() throws(PipelineError) {
        guard let compare = config.compare else { return }
        guard !compare.name.trimmingWhitespace().isEmpty else {
            throw reader.failure("compare.name", "is empty; name the pilot, e.g. \"New playbook\"")
        }
        // Two id lists that share an account: the overlap is known before any export is read.
        if case .accounts(let pilot) = compare.pilot, case .accounts(let baseline)? = compare.baseline {
            let shared = Set(pilot).intersection(baseline).sorted()
            if let first = shared.first {
                throw reader.failure("compare.baseline.accounts", "shares \(shared.count) account(s) with "
                                     + "compare.pilot.accounts (first \(quoted(first))); an account is in the pilot "
                                     + "or in the baseline, not both")
            }
        }
    }
}
