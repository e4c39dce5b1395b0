import Testing
@testable import OnboardingModel

/// Cross-field rules: well-typed configs whose values contradict each other
/// or the SPEC §4 invariants. One case per rule, each with its exact message.
struct ConfigValidationTests {
    static let plan = "(kickoff, setup, training, first_value, handoff)"

    @Test(arguments: [
        ConfigErrorCase("empty data file name", #"data: {deals: ""}"#,
                        "data.deals is empty; name the export file, e.g. deals.csv"),
        ConfigErrorCase("rollup named as the raw events", "data: {events: usage.csv, events_daily: usage.csv}",
                        #"data.events_daily names the same file as data.events ("usage.csv"); "#
                        + "each rollup is a file of its own, e.g. events_daily.csv"),
        ConfigErrorCase("two-letter currency", "currency: {report: US}",
                        #"currency.report must be a 3-letter currency code such as USD or EUR, found "US""#),
        ConfigErrorCase("four-letter rate code", "currency: {rates: {euro: 1.1}}",
                        #"currency.rates.EURO must be a 3-letter currency code such as USD or EUR, found "EURO""#),
        ConfigErrorCase("zero rate", "currency: {rates: {eur: 0}}",
                        "currency.rates.EUR must be more than 0 (units of USD per EUR), found 0"),
    ])
    func dataAndCurrency(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test(arguments: [
        ConfigErrorCase("empty plan", "milestones: {order: []}",
                        "milestones.order is empty; list the plan milestones in order, "
                        + "e.g. [kickoff, setup, training, first_value, handoff]"),
        ConfigErrorCase("milestone twice after normalization",
                        "milestones: {order: [kickoff, setup, KickOff, training, first_value, handoff]}",
                        "milestones.order lists kickoff twice; each plan milestone appears once"),
        ConfigErrorCase("empty milestone name",
                        #"milestones: {order: [kickoff, " ", setup, training, first_value, handoff]}"#,
                        "milestones.order[1] is empty; every plan milestone needs a name"),
        ConfigErrorCase("first value outside the plan", "milestones: {first_value: value}",
                        #"milestones.first_value is "value", which is not in milestones.order \#(plan); "#
                        + "name the plan milestone that marks first value"),
        ConfigErrorCase("alias to an unknown milestone", #"milestones: {aliases: {"Kick-off call": kickof}}"#,
                        #"milestones.aliases.kick_off_call points to "kickof", which is not in milestones.order "#
                        + "\(plan); aliases map export names to plan milestones"),
    ])
    func milestonePlan(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test(arguments: [
        ConfigErrorCase("no segments", "segments: []",
                        "segments is empty; configure at least one segment, one of them with min_acv: 0"),
        ConfigErrorCase("empty segment name", segmentsYAML([(#""""#, "0")]),
                        "segments[0].name is empty; give every segment a name"),
        ConfigErrorCase("duplicate segment name", segmentsYAML([("smb", "0"), ("SMB", "10")]),
                        #"segments[1].name "smb" repeats segments[0].name; segment names must be unique"#),
        ConfigErrorCase("no segment from zero", segmentsYAML([("big", "1000"), ("small", "1")]),
                        "segments has no segment with min_acv: 0; the smallest segment must start at 0 "
                        + "so that every ACV has a segment"),
        ConfigErrorCase("negative min_acv", segmentsYAML([("a", "0"), ("b", "-5")]),
                        "segments[1].min_acv must be 0 or more, found -5"),
        ConfigErrorCase("zero capacity",
                        "segments: [{name: a, min_acv: 0, capacity_per_csm: 0.0,\n"
                        + "  due_days: {kickoff: 3, setup: 7, training: 10, first_value: 14, handoff: 30}}]",
                        "segments[0].capacity_per_csm must be more than 0 (onboardings one CSM carries), found 0"),
        ConfigErrorCase("missing first value due day",
                        segmentsYAML([("a", "0")])
                        + "  - {name: b, min_acv: 9, capacity_per_csm: 1,\n"
                        + "     due_days: {kickoff: 3, setup: 7, training: 10, handoff: 30}}\n",
                        "segments[1].due_days is missing first_value; every plan milestone needs a due day in every segment"),
        ConfigErrorCase("due day outside the plan",
                        "segments: [{name: a, min_acv: 0, capacity_per_csm: 1,\n"
                        + "  due_days: {kickoff: 3, setup: 7, training: 10, first_value: 14, handoff: 30, golive: 9}}]",
                        "segments[0].due_days.golive is not a plan milestone; due_days may only name milestones.order \(plan)"),
        ConfigErrorCase("negative due day",
                        "segments: [{name: a, min_acv: 0, capacity_per_csm: 1,\n"
                        + "  due_days: {kickoff: -1, setup: 7, training: 10, first_value: 14, handoff: 30}}]",
                        "segments[0].due_days.kickoff must be 0 or more days after close, found -1"),
        ConfigErrorCase("due day beyond a century",
                        "segments: [{name: a, min_acv: 0, capacity_per_csm: 1,\n"
                        + "  due_days: {kickoff: 3, setup: 7, training: 10, first_value: 14, handoff: 36501}}]",
                        "segments[0].due_days.handoff must be at most 36500 days (100 years), found 36501"),
        ConfigErrorCase("plan changed but default segments kept", "milestones: {order: [kickoff, go_live], first_value: go_live}",
                        "segments[0].due_days is missing go_live; every plan milestone needs a due day in every segment"),
    ])
    func segments(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test(arguments: [
        ConfigErrorCase("weight with no handoff fields", "handoff: {fields: [], weights: {goals: 1}}",
                        "handoff.weights.goals is not in handoff.fields, which is empty; "
                        + "remove the weight or list the field"),
        ConfigErrorCase("field twice", "handoff: {fields: [goals, champion, Goals]}",
                        "handoff.fields lists goals twice; each handoff field appears once"),
        ConfigErrorCase("weight of a non-field", "handoff: {weights: {sponsor: 2}}",
                        "handoff.weights.sponsor is not in handoff.fields; weights may only name handoff fields"),
        ConfigErrorCase("negative weight", "handoff: {weights: {goals: -1}}",
                        "handoff.weights.goals must be 0 or more, found -1"),
        ConfigErrorCase("weights adding to zero", "handoff: {fields: [goals, champion], weights: {goals: 0, champion: 0}}",
                        "handoff.weights add up to 0; the weights of handoff.fields must add up to more than 0"),
        ConfigErrorCase("min score above one", "handoff: {min_score: 1.5}",
                        "handoff.min_score must be between 0 and 1 (a fraction: 0.6 is 60%), found 1.5"),
        ConfigErrorCase("stall days zero", "stall: {days: 0}",
                        "stall.days must be at least 1 day, found 0"),
        ConfigErrorCase("critical before warning", "stall: {days: 10, critical_days: 9}",
                        "stall.critical_days must be at least stall.days (10), found 9"),
        ConfigErrorCase("critical beyond a century", "stall: {critical_days: 99999999}",
                        "stall.critical_days must be at most 36500 days (100 years), found 99999999"),
    ])
    func handoffAndStall(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test(arguments: [
        ConfigErrorCase("completion warning above one", "thresholds: {completion_rate_warning: 1.2}",
                        "thresholds.completion_rate_warning must be between 0 and 1 (a fraction: 0.6 is 60%), found 1.2"),
        ConfigErrorCase("completion critical negative", "thresholds: {completion_rate_critical: -0.5}",
                        "thresholds.completion_rate_critical must be between 0 and 1 (a fraction: 0.6 is 60%), found -0.5"),
        ConfigErrorCase("completion critical above warning", "thresholds: {completion_rate_critical: 0.7}",
                        "thresholds.completion_rate_critical (0.7) must not be above thresholds.completion_rate_warning "
                        + "(0.6); critical is the lower completion rate"),
        ConfigErrorCase("ttv warning negative", "thresholds: {ttv_over_baseline_warning: -0.1}",
                        "thresholds.ttv_over_baseline_warning must be 0 or more (a fraction: 0.2 is 20% over), found -0.1"),
        ConfigErrorCase("ttv sustained negative", "thresholds: {ttv_over_baseline_sustained: -1}",
                        "thresholds.ttv_over_baseline_sustained must be 0 or more (a fraction: 0.2 is 20% over), found -1"),
        ConfigErrorCase("stall share above one", "thresholds: {stall_share_warning: 2}",
                        "thresholds.stall_share_warning must be between 0 and 1 (a fraction: 0.6 is 60%), found 2"),
        ConfigErrorCase("utilization warning zero", "thresholds: {utilization_warning: 0}",
                        "thresholds.utilization_warning must be more than 0 (load per FTE), found 0"),
        ConfigErrorCase("utilization critical zero", "thresholds: {utilization_warning: 0.5, utilization_critical: 0}",
                        "thresholds.utilization_critical must be more than 0 (load per FTE), found 0"),
        ConfigErrorCase("utilization critical below warning", "thresholds: {utilization_critical: 0.95}",
                        "thresholds.utilization_critical (0.95) must be at least thresholds.utilization_warning (1)"),
        ConfigErrorCase("group size zero", "thresholds: {min_group_size: 0}",
                        "thresholds.min_group_size must be at least 1 account, found 0"),
        ConfigErrorCase("reject rate above one", "thresholds: {max_reject_rate: 1.5}",
                        "thresholds.max_reject_rate must be between 0 and 1 (a fraction: 0.6 is 60%), found 1.5"),
    ])
    func thresholds(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test(arguments: [
        ConfigErrorCase("baseline of a misspelled segment", "baseline: {ttv_days: {enterprize: 40}}",
                        "baseline.ttv_days.enterprize is not a segment; did you mean enterprise? "
                        + "the segments are enterprise, mid_market, smb"),
        ConfigErrorCase("baseline of an unknown segment", "baseline: {ttv_days: {startup: 40}}",
                        "baseline.ttv_days.startup is not a segment; the segments are enterprise, mid_market, smb"),
        ConfigErrorCase("zero baseline", "baseline: {ttv_days: {SMB: 0}}",
                        "baseline.ttv_days.smb must be more than 0 (days), found 0"),
        ConfigErrorCase("sender without @", "email: {from: cs-ops, to: [a@b.com]}",
                        #"email.from must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "cs-ops""#),
        ConfigErrorCase("recipient with two @", #"email: {from: x@y.com, to: [a@b.com, "a@@b"]}"#,
                        #"email.to[1] must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "a@@b""#),
        ConfigErrorCase("recipient with empty domain", "email: {from: x@y.com, to: [a@]}",
                        #"email.to[0] must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "a@""#),
        ConfigErrorCase("a comma would split the header into two recipients",
                  "email: {from: ops@example.com, to: [\"a@example.com,b@evil.com\"]}",
                  #"email.to[0] must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "a@example.com,b@evil.com""#),
        ConfigErrorCase("copy with a space", #"email: {cc: ["x y@z.com"]}"#,
                        #"email.cc[0] must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "x y@z.com""#),
        // SPEC §3 "Config": a plain local@domain in ASCII; these reached the To: header.
        ConfigErrorCase("group syntax", "email: {from: ops@example.com, to: [\"a:b@example.com\"]}",
                        #"email.to[0] must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "a:b@example.com""#),
        ConfigErrorCase("display name", #"email: {from: "Ops <ops@example.com>"}"#,
                        #"email.from must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "Ops <ops@example.com>""#),
        ConfigErrorCase("NUL in a recipient", #"email: {from: ops@example.com, to: ["a\0@example.com"]}"#,
                        #"email.to[0] must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "a\u0000@example.com""#),
        ConfigErrorCase("ESC in a copy", #"email: {cc: ["a@exam\eple.com"]}"#,
                        #"email.cc[0] must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "a@exam\u001bple.com""#),
        ConfigErrorCase("raw non-ASCII", "email: {from: josé@example.com}",
                        #"email.from must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "josé@example.com""#),
        ConfigErrorCase("dot at the end of the local part", "email: {from: ops.@example.com}",
                        #"email.from must be a plain email address such as cs-ops@example.com (ASCII, no display "#
                        + #"name, no group or list), found "ops.@example.com""#),
        ConfigErrorCase("CSM digests without sender", "email: {csm_digests: true}",
                        "email.from is required when email.csm_digests is true; set the sender address, "
                        + "e.g. cs-ops@example.com"),
        ConfigErrorCase("CSM digests not a boolean", "email: {from: x@y.com, csm_digests: yes please}",
                        #"email.csm_digests must be true or false, found "yes please""#),
        ConfigErrorCase("recipients without sender", "email: {to: [a@b.com]}",
                        "email.from is required when email.to names recipients; set the sender address, "
                        + "e.g. cs-ops@example.com"),
    ])
    func baselineAndEmail(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    /// Rules only reachable by building a Config in code, since `load` normalizes first.
    @Test func rulesOnConfigBuiltInCode() {
        func message(_ edit: (inout Config) -> Void) -> String? {
            var config = Config()
            edit(&config)
            do { try ConfigLoader.validate(config, source: "c.yaml"); return nil } catch { return error.message }
        }
        #expect(message { _ in } == nil)
        #expect(message { $0.csv.delimiter = UInt8(ascii: ":") }
                == #"c.yaml: csv.delimiter must be one of ",", ";", "|" or tab, found ":""#)
        #expect(message { $0.columns = ["deal": [:]] }
                == "c.yaml: columns.deal is not an input file; use deals, milestones, events, csms, forecast, surveys, accounts, holds, events_daily, events_users")
        #expect(message { $0.currency.report = "usd" }
                == #"c.yaml: currency.report must be a 3-letter currency code such as USD or EUR, found "usd""#)
        // Weights of 1/3 cannot be written as decimals; messages fall back to a fraction.
        #expect(message { $0.handoff.minScore = Rational(4, 3) }
                == "c.yaml: handoff.min_score must be between 0 and 1 (a fraction: 0.6 is 60%), found 4/3")
    }

    @Test func boundaryValuesAreAccepted() throws {
        // Every bound is inclusive where the rule says "at least" or "between".
        let yaml = """
            handoff: {min_score: 1, weights: {goals: 0}}
            stall: {days: 1, critical_days: 36500}
            thresholds: {completion_rate_warning: 0, completion_rate_critical: 0, stall_share_warning: 0,
                         max_reject_rate: 1, min_group_size: 1}
            """
        #expect(loadError(yaml) == nil)
    }
}

/// SPEC §3 "Config": a `columns:` key that names no column, `all` as a segment
/// and two segments on one `min_acv` were accepted, and silently mapped or
/// assigned nothing.
struct ConfigInputRuleTests {
    @Test(arguments: [
        ConfigErrorCase("typo under columns", "columns: {deals: {cms: Owner}}",
                        "columns.deals.cms is not a column of deals; did you mean csm?"),
        ConfigErrorCase("column of another file", "columns: {milestones: {close_date: Date}}",
                        "columns.milestones.close_date is not a column of milestones; the columns of milestones are "
                        + "account_id, milestone, status, completed_date"),
        ConfigErrorCase("nothing near", "columns: {forecast: {xyz: Q}}",
                        "columns.forecast.xyz is not a column of forecast; the columns of forecast are "
                        + "segment, month, deals"),
        ConfigErrorCase("segment named all", segmentsYAML([("All", "0")]),
                        #"segments[0].name is "all", the name of the row for every segment together; "#
                        + "name the segment otherwise"),
        ConfigErrorCase("two segments on one min_acv", segmentsYAML([("big", "0"), ("small", "0")]),
                        "segments[1].min_acv (0) repeats segments[0].min_acv; the later segment would never get "
                        + "an account: give each segment its own min_acv"),
        ConfigErrorCase("same min_acv written two ways", segmentsYAML([("a", "0"), ("b", "2.5e4"), ("c", "25000.0")]),
                        "segments[2].min_acv (25000) repeats segments[1].min_acv; the later segment would never get "
                        + "an account: give each segment its own min_acv"),
    ])
    func refused(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test func handoffFieldsAndMappedCanonicalColumnsAreAccepted() throws {
        let yaml = """
            handoff: {fields: [goals, exec_sponsor]}
            columns: {deals: {close_date: "Close Date", Exec Sponsor: "Sponsor", CSM: Owner},
                      events: {occurred_at: Timestamp}}
            """
        let config = try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml")
        #expect(config.columns["deals"]?["exec_sponsor"] == "Sponsor")
        #expect(config.columns["deals"]?["csm"] == "Owner")
    }

    @Test func billionLaughsStopsAtOnce() {
        // 478 bytes that expanded to 7.5 GB: each level repeats the one before nine times.
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(previous)]\n"
        }
        let clock = ContinuousClock()
        var error: PipelineError?
        let elapsed = clock.measure { error = loadError(yaml) }
        #expect(error?.kind == .config)
        #expect(error?.message == "onboarding.yaml: the YAML expands to more than 100000 values, most likely "
            + "aliases (*name) that repeat anchors (&name) inside each other; a configuration needs far fewer: "
            + "write the values out without nested aliases")
        #expect(elapsed < .seconds(5))
    }

    @Test func aFewAliasesStillLoad() throws {
        let yaml = """
            segments:
              - {name: big, min_acv: 100000, capacity_per_csm: 10, due_days: &due {kickoff: 5, setup: 21,
                 training: 35, first_value: 60, handoff: 90}}
              - {name: small, min_acv: 0, capacity_per_csm: 50, due_days: *due}
            """
        let config = try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml")
        #expect(config.segments.map(\.dueDays) == [config.segments[0].dueDays, config.segments[0].dueDays])
    }
}
