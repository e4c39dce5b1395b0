/// Cross-field rules of a configuration (SPEC §4): what the rest of the
/// product relies on once a `Config` has been loaded.
extension ConfigLoader {
    /// Checks cross-field invariants of an already built Config (also called by `load`).
    ///
    /// After it returns: the plan is non-empty without duplicates and holds
    /// `first_value`; alias targets are plan milestones; segments have unique
    /// non-empty names, one has `min_acv` 0, all have positive capacity and a
    /// due day ≥ 0 for exactly the plan's milestones; handoff fields are
    /// unique with weights ≥ 0 summing to more than 0; thresholds are in range
    /// and ordered; baseline keys are segments; currency codes are 3 uppercase
    /// letters with positive rates; email addresses are well formed.
    ///
    /// - Throws: `PipelineError(.config, _)` for the first rule broken, rules
    ///   checked in the order the keys appear in the file `init` writes.
    public static func validate(_ config: Config, source: String) throws(PipelineError) {
        let check = ConfigChecks(config: config, reader: ConfigReader(source: source))
        try check.data()
        try check.deals()
        try check.csv()
        try check.currency()
        try check.columns()
        try check.milestones()
        try check.fromEvents()
        try check.segments()
        try check.distinctSegments()
        try check.handoff()
        try check.canonicalColumnNames()
        try check.stall()
        try check.calendar()
        try check.hold()
        try check.adoption()
        try check.health()
        try check.outcomes()
        try check.compare()
        try check.thresholds()
        try check.baseline()
        try check.email()
    }
}

/// The rules of `ConfigLoader.validate`, one method per section.
struct ConfigChecks {
    let config: Config
    let reader: ConfigReader

    func data() throws(PipelineError) {
        let d = config.data
        for (key, name) in [("deals", d.deals), ("milestones", d.milestones), ("events", d.events),
                            ("csms", d.csms), ("forecast", d.forecast), ("surveys", d.surveys),
                            ("accounts", d.accounts), ("holds", d.holds), ("events_daily", d.eventsDaily),
                            ("events_users", d.eventsUsers)]
        where name.trimmingWhitespace().isEmpty {
            throw reader.failure("data.\(key)", "is empty; name the export file, e.g. \(key).csv")
        }
        if Set([d.events, d.eventsDaily, d.eventsUsers]).count < 3 {
            let (key, other, name) = d.eventsDaily == d.events ? ("events_daily", "events", d.events)
                : d.eventsUsers == d.events ? ("events_users", "events", d.events) : ("events_users", "events_daily", d.eventsDaily)
            throw reader.failure("data.\(key)", "names the same file as data.\(other) (\(quoted(name))); "
                                 + "each rollup is a file of its own, e.g. \(key).csv")
        }
    }

    func csv() throws(PipelineError) {
        let allowed = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "\t")]
        guard allowed.contains(config.csv.delimiter) else {
            throw reader.failure("csv.delimiter", #"must be one of ",", ";", "|" or tab, found "#
                                 + quoted(String(UnicodeScalar(config.csv.delimiter))))
        }
    }

    func currency() throws(PipelineError) {
        try currencyCode(config.currency.report, at: "currency.report")
        for code in config.currency.rates.keys.sorted() {
            let path = "currency.rates.\(code)"
            try currencyCode(code, at: path)
            try positive(config.currency.rates[code]!, at: path, meaning: "units of \(config.currency.report) per \(code)")
        }
    }

    private func currencyCode(_ code: String, at path: String) throws(PipelineError) {
        guard code.utf8.count == 3, code.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            throw reader.failure(path, "must be a 3-letter currency code such as USD or EUR, found \(quoted(code))")
        }
    }

    func columns() throws(PipelineError) {
        for file in config.columns.keys.sorted() where !InputFileKind.allNames.contains(file) {
            throw reader.failure("columns.\(file)", "is not an input file; use "
                                 + InputFileKind.allNames.joined(separator: ", "))
        }
    }

    func milestones() throws(PipelineError) {
        let plan = config.milestones
        guard !plan.order.isEmpty else {
            throw reader.failure("milestones.order", "is empty; list the plan milestones in order, "
                                 + "e.g. [kickoff, setup, training, first_value, handoff]")
        }
        try uniqueNames(plan.order, at: "milestones.order", what: "plan milestone")
        guard plan.order.contains(plan.firstValue) else {
            throw reader.failure("milestones.first_value", "is \(quoted(plan.firstValue)), which is not in milestones.order "
                                 + "(\(plan.order.joined(separator: ", "))); name the plan milestone that marks first value")
        }
        for alias in plan.aliases.keys.sorted() where !plan.order.contains(plan.aliases[alias]!) {
            throw reader.failure("milestones.aliases.\(alias)", "points to \(quoted(plan.aliases[alias]!)), which is not "
                                 + "in milestones.order (\(plan.order.joined(separator: ", "))); aliases map export names "
                                 + "to plan milestones")
        }
    }

    func segments() throws(PipelineError) {
        guard !config.segments.isEmpty else {
            throw reader.failure("segments", "is empty; configure at least one segment, one of them with min_acv: 0")
        }
        let order = config.milestones.order
        var seen: [String: Int] = [:]
        for (i, segment) in config.segments.enumerated() {
            let path = "segments[\(i)]"
            guard !segment.name.isEmpty else { throw reader.failure("\(path).name", "is empty; give every segment a name") }
            if let first = seen[segment.name] {
                throw reader.failure("\(path).name", "\(quoted(segment.name)) repeats segments[\(first)].name; "
                                     + "segment names must be unique")
            }
            seen[segment.name] = i
            guard segment.minACV >= .zero else {
                throw reader.failure("\(path).min_acv", "must be 0 or more, found \(decimalText(segment.minACV))")
            }
            try positive(segment.capacityPerCSM, at: "\(path).capacity_per_csm", meaning: "onboardings one CSM carries")
            for milestone in order where segment.dueDays[milestone] == nil {
                throw reader.failure("\(path).due_days", "is missing \(milestone); every plan milestone needs a due day "
                                     + "in every segment")
            }
            for milestone in segment.dueDays.keys.sorted() {
                let days = segment.dueDays[milestone]!
                guard order.contains(milestone) else {
                    throw reader.failure("\(path).due_days.\(milestone)", "is not a plan milestone; due_days may only name "
                                         + "milestones.order (\(order.joined(separator: ", ")))")
                }
                guard days >= 0 else {
                    throw reader.failure("\(path).due_days.\(milestone)", "must be 0 or more days after close, found \(days)")
                }
                try withinDayLimit(days, at: "\(path).due_days.\(milestone)")
            }
        }
        guard config.segments.contains(where: { $0.minACV == .zero }) else {
            throw reader.failure("segments", "has no segment with min_acv: 0; the smallest segment must start at 0 "
                                 + "so that every ACV has a segment")
        }
    }

    func handoff() throws(PipelineError) {
        let h = config.handoff
        // An export with no handoff data: no handoff figures, no handoff flag (SPEC §4).
        guard !h.fields.isEmpty else {
            for field in h.weights.keys.sorted() {
                throw reader.failure("handoff.weights.\(field)", "is not in handoff.fields, which is empty; "
                                     + "remove the weight or list the field")
            }
            return try fraction(h.minScore, at: "handoff.min_score")
        }
        try uniqueNames(h.fields, at: "handoff.fields", what: "handoff field")
        for field in h.weights.keys.sorted() {
            let path = "handoff.weights.\(field)"
            guard h.fields.contains(field) else {
                throw reader.failure(path, "is not in handoff.fields; weights may only name handoff fields")
            }
            guard h.weights[field]! >= .zero else {
                throw reader.failure(path, "must be 0 or more, found \(decimalText(h.weights[field]!))")
            }
        }
        var total = Rational.zero
        for field in h.fields { total += h.weight(of: field) }
        guard total > .zero else {
            throw reader.failure("handoff.weights", "add up to 0; the weights of handoff.fields must add up to more than 0")
        }
        try fraction(h.minScore, at: "handoff.min_score")
    }

    func stall() throws(PipelineError) {
        let s = config.stall
        guard s.days >= 1 else { throw reader.failure("stall.days", "must be at least 1 day, found \(s.days)") }
        guard s.criticalDays >= s.days else {
            throw reader.failure("stall.critical_days", "must be at least stall.days (\(s.days)), found \(s.criticalDays)")
        }
        try withinDayLimit(s.criticalDays, at: "stall.critical_days")
    }

    func calendar() throws(PipelineError) {
        guard config.calendar.weekend.count < 7 else {
            throw reader.failure("calendar.weekend", "names every day of the week; leave at least one business day")
        }
    }

    func hold() throws(PipelineError) {
        guard config.hold.maxDays >= 1 else {
            throw reader.failure("hold.max_days", "must be at least 1 day, found \(config.hold.maxDays)")
        }
        try withinDayLimit(config.hold.maxDays, at: "hold.max_days")
    }

    func thresholds() throws(PipelineError) {
        let t = config.thresholds
        try fraction(t.completionRateWarning, at: "thresholds.completion_rate_warning")
        try fraction(t.completionRateCritical, at: "thresholds.completion_rate_critical")
        guard t.completionRateCritical <= t.completionRateWarning else {
            throw reader.failure("thresholds.completion_rate_critical", "(\(decimalText(t.completionRateCritical))) must not be "
                                 + "above thresholds.completion_rate_warning (\(decimalText(t.completionRateWarning))); "
                                 + "critical is the lower completion rate")
        }
        try notNegative(t.ttvOverBaselineWarning, at: "thresholds.ttv_over_baseline_warning")
        try notNegative(t.ttvOverBaselineSustained, at: "thresholds.ttv_over_baseline_sustained")
        try fraction(t.stallShareWarning, at: "thresholds.stall_share_warning")
        try positive(t.utilizationWarning, at: "thresholds.utilization_warning", meaning: "load per FTE")
        try positive(t.utilizationCritical, at: "thresholds.utilization_critical", meaning: "load per FTE")
        guard t.utilizationCritical >= t.utilizationWarning else {
            throw reader.failure("thresholds.utilization_critical", "(\(decimalText(t.utilizationCritical))) must be at least "
                                 + "thresholds.utilization_warning (\(decimalText(t.utilizationWarning)))")
        }
        guard t.minGroupSize >= 1 else {
            throw reader.failure("thresholds.min_group_size", "must be at least 1 account, found \(t.minGroupSize)")
        }
        try fraction(t.maxRejectRate, at: "thresholds.max_reject_rate")
    }

    func baseline() throws(PipelineError) {
        let names = config.segments.map(\.name)
        for segment in config.baselineTTVDays.keys.sorted() {
            let path = "baseline.ttv_days.\(segment)"
            guard names.contains(segment) else {
                let hint = closestKey(to: segment, among: names).map { "did you mean \($0)? " } ?? ""
                throw reader.failure(path, "is not a segment; \(hint)the segments are \(names.joined(separator: ", "))")
            }
            try positive(config.baselineTTVDays[segment]!, at: path, meaning: "days")
        }
    }

    func email() throws(PipelineError) {
        let e = config.email
        if !e.from.isEmpty { try address(e.from, at: "email.from") }
        for (i, a) in e.to.enumerated() { try address(a, at: "email.to[\(i)]") }
        for (i, a) in e.cc.enumerated() { try address(a, at: "email.cc[\(i)]") }
        guard e.to.isEmpty || !e.from.isEmpty else {
            throw reader.failure("email.from", "is required when email.to names recipients; "
                                 + "set the sender address, e.g. cs-ops@example.com")
        }
        guard !e.csmDigests || !e.from.isEmpty else {
            throw reader.failure("email.from", "is required when email.csm_digests is true; "
                                 + "set the sender address, e.g. cs-ops@example.com")
        }
    }

    // MARK: - Shared rules

    /// Day counts are added to `Day`s, whose ordinals are 32-bit; a century
    /// is far beyond any onboarding and keeps every sum in range.
    static let maxDays = 36_500

    func withinDayLimit(_ days: Int, at path: String) throws(PipelineError) {
        guard days <= Self.maxDays else {
            throw reader.failure(path, "must be at most \(Self.maxDays) days (100 years), found \(days)")
        }
    }

    private func address(_ text: String, at path: String) throws(PipelineError) {
        guard EmailAddress.isPlain(text) else {
            throw reader.failure(path, "must be a plain email address such as cs-ops@example.com (ASCII, no display "
                                 + "name, no group or list), found \(quoted(text))")
        }
    }

    func uniqueNames(_ names: [String], at path: String, what: String) throws(PipelineError) {
        var seen = Set<String>()
        for (i, name) in names.enumerated() {
            guard !name.isEmpty else { throw reader.failure("\(path)[\(i)]", "is empty; every \(what) needs a name") }
            guard seen.insert(name).inserted else {
                throw reader.failure(path, "lists \(name) twice; each \(what) appears once")
            }
        }
    }

    private func fraction(_ value: Rational, at path: String) throws(PipelineError) {
        guard value >= .zero, value <= .one else {
            throw reader.failure(path, "must be between 0 and 1 (a fraction: 0.6 is 60%), found \(decimalText(value))")
        }
    }

    private func notNegative(_ value: Rational, at path: String) throws(PipelineError) {
        guard value >= .zero else {
            throw reader.failure(path, "must be 0 or more (a fraction: 0.2 is 20% over), found \(decimalText(value))")
        }
    }

    private func positive(_ value: Rational, at path: String, meaning: String) throws(PipelineError) {
        guard value > .zero else {
            throw reader.failure(path, "must be more than 0 (\(meaning)), found \(decimalText(value))")
        }
    }
}

/// A rational as the user would have written it: `0.6`, `-5`, `1.08`; a
/// value with no finite decimal form (only built in code) as `1/3`.
func decimalText(_ value: Rational) -> String {
    var d = value.denominator, twos = 0, fives = 0
    while d % 2 == 0 { d /= 2; twos += 1 }
    while d % 5 == 0 { d /= 5; fives += 1 }
    let places = max(twos, fives)
    guard d == 1, places <= 18 else { return value.description }
    return value.formatted(places: places)
}
