/// Readers for each top-level config section except `segments`: the YAML
/// keys of SPEC §4 mapped onto `Config`'s fields, types checked here and
/// cross-field rules left to `ConfigLoader.validate`.
extension ConfigBuilder {
    func readData(_ node: YAMLNode, into data: inout Config.DataFiles) throws(PipelineError) {
        let s = try reader.section(node, at: "data", keys: InputFileKind.allNames)
        let fileName = "a file name such as deals.csv"
        if let n = s["deals"] { data.deals = try reader.string(n, at: s.path("deals"), expected: fileName) }
        if let n = s["milestones"] { data.milestones = try reader.string(n, at: s.path("milestones"), expected: fileName) }
        if let n = s["events"] { data.events = try reader.string(n, at: s.path("events"), expected: fileName) }
        if let n = s["events_daily"] {
            data.eventsDaily = try reader.string(n, at: s.path("events_daily"), expected: fileName)
        }
        if let n = s["events_users"] {
            data.eventsUsers = try reader.string(n, at: s.path("events_users"), expected: fileName)
        }
        if let n = s["csms"] { data.csms = try reader.string(n, at: s.path("csms"), expected: fileName) }
        if let n = s["forecast"] { data.forecast = try reader.string(n, at: s.path("forecast"), expected: fileName) }
        if let n = s["surveys"] { data.surveys = try reader.string(n, at: s.path("surveys"), expected: fileName) }
        if let n = s["accounts"] { data.accounts = try reader.string(n, at: s.path("accounts"), expected: fileName) }
        if let n = s["holds"] { data.holds = try reader.string(n, at: s.path("holds"), expected: fileName) }
    }

    func readCSV(_ node: YAMLNode, into csv: inout Config.CSVOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "csv", keys: ["delimiter", "date_order", "preset"])
        if let n = s["delimiter"] {
            let expected = #"one of ",", ";", "|" or tab"#
            let text = try reader.string(n, at: s.path("delimiter"), expected: expected)
            guard let byte = delimiterByte(text) else {
                throw reader.failure(s.path("delimiter"), "must be \(expected), found \(n.found)")
            }
            csv.delimiter = byte
        }
        if let n = s["date_order"] {
            let expected = "mdy (3/4/2025 is March 4) or dmy (April 3)"
            let text = try reader.string(n, at: s.path("date_order"), expected: expected)
            guard let order = Config.DateOrder(rawValue: text.lowercased()) else {
                throw reader.failure(s.path("date_order"), "must be \(expected), found \(n.found)")
            }
            csv.dateOrder = order
        }
        if let n = s["preset"] {
            let expected = "none, salesforce or hubspot"
            let text = try reader.string(n, at: s.path("preset"), expected: expected)
            guard let preset = Config.Preset(rawValue: text.lowercased()) else {
                throw reader.failure(s.path("preset"), "must be \(expected), found \(n.found)")
            }
            csv.preset = preset
        }
    }

    /// `,` `;` `|`, or a tab written as a real tab (`"\t"` in double quotes),
    /// as the two characters `\t` (single quotes keep them), or as `tab`.
    private func delimiterByte(_ text: String) -> UInt8? {
        switch text {
        case ",", ";", "|", "\t": return text.utf8.first
        case "\\t": return UInt8(ascii: "\t")
        default: return text.lowercased() == "tab" ? UInt8(ascii: "\t") : nil
        }
    }

    func readCurrency(_ node: YAMLNode, into currency: inout Config.CurrencyOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "currency", keys: ["report", "rates"])
        let code = "a 3-letter currency code such as USD"
        if let n = s["report"] {
            currency.report = try reader.string(n, at: s.path("report"), expected: code).uppercased()
        }
        if let n = s["rates"] {
            var rates: [String: Rational] = [:]
            let path = s.path("rates")
            for entry in try reader.entries(n, at: path, expected: "currency code: units of the report currency") {
                let key = entry.key.uppercased()
                guard rates[key] == nil else { throw reader.failure(path, "names \(key) twice; keep one") }
                rates[key] = try reader.number(entry.value, at: join(path, key), example: "1.08")
            }
            currency.rates = rates
        }
    }

    func readColumns(_ node: YAMLNode) throws(PipelineError) -> [String: [String: String]] {
        var columns: [String: [String: String]] = [:]
        for entry in try reader.entries(node, at: "columns", expected: "input file: {canonical column: export header}") {
            guard InputFileKind.allNames.contains(entry.key) else {
                throw reader.unknownKey(entry.key, at: "columns", valid: InputFileKind.allNames)
            }
            var headers: [String: String] = [:]
            for column in try namedEntries(entry.value, at: join("columns", entry.key),
                                           expected: "canonical column: export header") {
                headers[column.name] = try reader.string(column.node, at: column.path,
                                                         expected: "the export's header text, such as \"Close Date\"")
            }
            columns[entry.key] = headers
        }
        return columns
    }

    func readMilestones(_ node: YAMLNode, into plan: inout Config.MilestonePlan) throws(PipelineError) {
        let s = try reader.section(node, at: "milestones",
                                   keys: ["order", "first_value", "aliases", "status_aliases", "from_events"])
        if let n = s["order"] {
            plan.order = try names(n, at: s.path("order"), item: "a milestone name", items: "milestone names")
        }
        if let n = s["first_value"] {
            plan.firstValue = normalizedName(try reader.string(n, at: s.path("first_value"), expected: "a milestone name"))
        }
        if let n = s["aliases"] {
            var aliases: [String: String] = [:]
            for alias in try namedEntries(n, at: s.path("aliases"), expected: "export name: plan milestone") {
                let target = try reader.string(alias.node, at: alias.path, expected: "a plan milestone name")
                aliases[alias.name] = normalizedName(target)
            }
            plan.aliases = aliases
        }
        if let n = s["status_aliases"] { plan.statusAliases = try readStatusAliases(n, at: s.path("status_aliases")) }
        if let n = s["from_events"] { plan.fromEvents = try readFromEvents(n, at: s.path("from_events")) }
    }

    func readHandoff(_ node: YAMLNode, into handoff: inout Config.HandoffOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "handoff", keys: ["fields", "weights", "min_score"])
        if let n = s["fields"] {
            handoff.fields = try names(n, at: s.path("fields"), item: "a deal column name", items: "deal column names")
        }
        if let n = s["weights"] {
            var weights: [String: Rational] = [:]
            for field in try namedEntries(n, at: s.path("weights"), expected: "handoff field: weight") {
                weights[field.name] = try reader.number(field.node, at: field.path, example: "2")
            }
            handoff.weights = weights
        }
        if let n = s["min_score"] { handoff.minScore = try reader.number(n, at: s.path("min_score"), example: "0.8") }
    }

    func readStall(_ node: YAMLNode, into stall: inout Config.StallOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "stall", keys: ["days", "critical_days", "unit"])
        if let n = s["days"] { stall.days = try reader.wholeNumber(n, at: s.path("days"), of: "days") }
        if let n = s["critical_days"] { stall.criticalDays = try reader.wholeNumber(n, at: s.path("critical_days"), of: "days") }
        if let n = s["unit"] {
            let expected = "calendar or business"
            let text = try reader.string(n, at: s.path("unit"), expected: expected)
            guard let unit = Config.StallUnit(rawValue: text.lowercased()) else {
                throw reader.failure(s.path("unit"), "must be \(expected), found \(n.found)")
            }
            stall.unit = unit
        }
    }

    func readThresholds(_ node: YAMLNode, into t: inout Config.Thresholds) throws(PipelineError) {
        let rates: [(key: String, field: WritableKeyPath<Config.Thresholds, Rational>, example: String)] = [
            ("completion_rate_warning", \.completionRateWarning, "0.6"),
            ("completion_rate_critical", \.completionRateCritical, "0.5"),
            ("ttv_over_baseline_warning", \.ttvOverBaselineWarning, "0.2"),
            ("ttv_over_baseline_sustained", \.ttvOverBaselineSustained, "0.25"),
            ("stall_share_warning", \.stallShareWarning, "0.15"),
            ("utilization_warning", \.utilizationWarning, "1.0"),
            ("utilization_critical", \.utilizationCritical, "1.2"),
            ("max_reject_rate", \.maxRejectRate, "0.05"),
        ]
        // SPEC order: min_group_size sits between the utilization keys and max_reject_rate.
        var keys = rates.map(\.key)
        keys.insert("min_group_size", at: keys.count - 1)
        let s = try reader.section(node, at: "thresholds", keys: keys)
        for rate in rates {
            if let n = s[rate.key] {
                t[keyPath: rate.field] = try reader.number(n, at: s.path(rate.key), example: rate.example)
            }
        }
        if let n = s["min_group_size"] {
            t.minGroupSize = try reader.wholeNumber(n, at: s.path("min_group_size"), of: "accounts")
        }
    }

    func readBaseline(_ node: YAMLNode) throws(PipelineError) -> [String: Rational] {
        let s = try reader.section(node, at: "baseline", keys: ["ttv_days"])
        guard let n = s["ttv_days"] else { return [:] }
        var days: [String: Rational] = [:]
        for segment in try namedEntries(n, at: s.path("ttv_days"), expected: "segment: days") {
            days[segment.name] = try reader.number(segment.node, at: segment.path, example: "30")
        }
        return days
    }

    func readEmail(_ node: YAMLNode, into email: inout Config.EmailOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "email", keys: ["from", "to", "cc", "csm_digests"])
        let address = "an email address such as cs-ops@example.com"
        if let n = s["from"] {
            email.from = String(try reader.string(n, at: s.path("from"), expected: address).trimmingWhitespace())
        }
        if let n = s["to"] { email.to = try addresses(n, at: s.path("to")) }
        if let n = s["cc"] { email.cc = try addresses(n, at: s.path("cc")) }
        if let n = s["csm_digests"] { email.csmDigests = try reader.boolean(n, at: s.path("csm_digests")) }
    }

    /// A list of addresses; one address alone is taken as a list of one.
    private func addresses(_ node: YAMLNode, at path: String) throws(PipelineError) -> [String] {
        let list: [String]
        if case .scalar(let one) = node.value { list = [one] } else {
            list = try reader.strings(node, at: path, item: "an email address", items: "email addresses")
        }
        var result: [String] = []
        for address in list { result.append(String(address.trimmingWhitespace())) }
        return result
    }
}
