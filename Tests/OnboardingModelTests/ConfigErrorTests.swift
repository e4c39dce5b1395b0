import Testing
@testable import OnboardingModel

/// Config text that cannot be read: YAML syntax, unknown keys, wrong types.
/// Each message is checked whole, key path included.
struct ConfigErrorTests {
    @Test(arguments: [
        ConfigErrorCase("misspelled threshold", "thresholds: {stall_share_warn: 0.1}",
                        "unknown key thresholds.stall_share_warn; did you mean stall_share_warning?"),
        ConfigErrorCase("misspelled section", "segmnets: []",
                        "unknown key segmnets; did you mean segments?"),
        ConfigErrorCase("transposed letters", "emial: {}",
                        "unknown key emial; did you mean email?"),
        ConfigErrorCase("capitalized section", "Stall: {days: 3}",
                        "unknown key Stall; did you mean stall?"),
        ConfigErrorCase("misspelled csv key", #"csv: {delimter: ";"}"#,
                        "unknown key csv.delimter; did you mean delimiter?"),
        ConfigErrorCase("prefix of a key", "segments: [{name: a, min_acv: 0, capacity: 5, due_days: {}}]",
                        "unknown key segments[0].capacity; did you mean capacity_per_csm?"),
        ConfigErrorCase("singular file name under columns", "columns: {deal: {acv: Amount}}",
                        "unknown key columns.deal; did you mean deals?"),
        ConfigErrorCase("nothing close", "stall: {foo: 1}",
                        "unknown key stall.foo; the keys here are days, critical_days, unit"),
        ConfigErrorCase("nothing close at the root", "reports: {}",
                        "unknown key reports; the keys here are data, deals, csv, currency, columns, milestones, "
                        + "segments, handoff, stall, calendar, hold, adoption, health, outcomes, compare, thresholds, "
                        + "baseline, email"),
    ])
    func unknownKeys(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test(arguments: [
        ConfigErrorCase("word for days", "stall: {days: seven}",
                        #"stall.days must be a whole number of days, found "seven""#),
        ConfigErrorCase("fraction for days", "stall: {critical_days: 7.5}",
                        #"stall.critical_days must be a whole number of days, found "7.5""#),
        ConfigErrorCase("word for due day",
                        "segments: [{name: a, min_acv: 0, capacity_per_csm: 5, due_days: {kickoff: soon}}]",
                        #"segments[0].due_days.kickoff must be a whole number of days, found "soon""#),
        ConfigErrorCase("list for group size", "thresholds: {min_group_size: [5]}",
                        "thresholds.min_group_size must be a whole number of accounts, found a list"),
        ConfigErrorCase("percent sign", "handoff: {min_score: 80%}",
                        #"handoff.min_score must be a number such as 0.8, found "80%""#),
        ConfigErrorCase("word for rate", "currency: {rates: {eur: one}}",
                        #"currency.rates.EUR must be a number such as 1.08, found "one""#),
        ConfigErrorCase("comma decimal for min_acv",
                        "segments: [{name: a, min_acv: \"1,5\", capacity_per_csm: 5, due_days: {}}]",
                        #"segments[0].min_acv must be a number such as 25000, found "1,5""#),
        ConfigErrorCase("mapping for weight", "handoff: {weights: {goals: {x: 1}}}",
                        "handoff.weights.goals must be a number such as 2, found a mapping"),
        ConfigErrorCase("colon delimiter", #"csv: {delimiter: ":"}"#,
                        #"csv.delimiter must be one of ",", ";", "|" or tab, found ":""#),
        ConfigErrorCase("two-character delimiter", #"csv: {delimiter: ",,"}"#,
                        #"csv.delimiter must be one of ",", ";", "|" or tab, found ",,""#),
        ConfigErrorCase("unknown date order", "csv: {date_order: ymd}",
                        #"csv.date_order must be mdy (3/4/2025 is March 4) or dmy (April 3), found "ymd""#),
        ConfigErrorCase("unknown preset", "csv: {preset: pipedrive}",
                        #"csv.preset must be none, salesforce or hubspot, found "pipedrive""#),
        ConfigErrorCase("list for a section", "stall: [7, 14]",
                        "stall must be a mapping of days, critical_days, unit, found a list"),
        ConfigErrorCase("list at the root", "- stall\n",
                        "the configuration must be a mapping of data, deals, csv, currency, columns, milestones, "
                        + "segments, handoff, stall, calendar, hold, adoption, health, outcomes, compare, thresholds, "
                        + "baseline, email, found a list"),
        ConfigErrorCase("scalar for order", "milestones: {order: kickoff}",
                        #"milestones.order must be a list of milestone names, found "kickoff""#),
        ConfigErrorCase("list inside order", "milestones: {order: [kickoff, [a]]}",
                        "milestones.order[1] must be a milestone name, found a list"),
        ConfigErrorCase("list for aliases", "milestones: {aliases: [a]}",
                        "milestones.aliases must be a mapping of export name: plan milestone, found a list"),
        ConfigErrorCase("mapping for segments", "segments: {name: smb}",
                        "segments must be a list of segments ({name, min_acv, capacity_per_csm, due_days}), "
                        + "found a mapping"),
        ConfigErrorCase("scalar segment", "segments: [smb]",
                        #"segments[0] must be a mapping of name, min_acv, capacity_per_csm, due_days, found "smb""#),
        ConfigErrorCase("list for a file name", "data: {deals: [a.csv]}",
                        "data.deals must be a file name such as deals.csv, found a list"),
        ConfigErrorCase("null list item", "email: {from: a@b.co, to: [x@y.co, ~]}",
                        "email.to[1] must be an email address, found nothing"),
    ])
    func wrongTypes(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test(arguments: [
        ConfigErrorCase("segment without capacity", "segments: [{name: smb, min_acv: 0, due_days: {}}]",
                        "segments[0] is missing capacity_per_csm; every segment needs name, min_acv, "
                        + "capacity_per_csm and due_days"),
        ConfigErrorCase("second segment without name",
                        segmentsYAML([("a", "0")]) + "  - {min_acv: 5, capacity_per_csm: 1, due_days: {}}\n",
                        "segments[1] is missing name; every segment needs name, min_acv, capacity_per_csm and due_days"),
        ConfigErrorCase("segment with empty due_days value",
                        "segments: [{name: a, min_acv: 0, capacity_per_csm: 5, due_days: }]",
                        "segments[0] is missing due_days; every segment needs name, min_acv, capacity_per_csm and due_days"),
        ConfigErrorCase("due day named twice after normalization",
                        "segments: [{name: a, min_acv: 0, capacity_per_csm: 5, due_days: {Kick-off: 3, kick_off: 4}}]",
                        #"segments[0].due_days names kick_off twice (as "Kick-off" and "kick_off"); keep one"#),
        ConfigErrorCase("rate named twice after uppercasing", "currency: {rates: {eur: 1, EUR: 1.1}}",
                        "currency.rates names EUR twice; keep one"),
    ])
    func incompleteOrAmbiguousEntries(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test(arguments: [
        ConfigErrorCase("bad indentation", "stall:\n  days: 7\n critical_days: 14\n",
                        "line 3, column 2: invalid YAML: did not find expected key (while parsing a block mapping "
                        + "at line 1); check the indentation and quoting there"),
        ConfigErrorCase("unclosed flow mapping", "stall: {days: 7\nemail: {}\n",
                        "line 2, column 6: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping "
                        + "at line 1); check the indentation and quoting there"),
        ConfigErrorCase("unclosed quote", "data: {deals: \"deals.csv}\n",
                        "line 2, column 1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar "
                        + "at line 1); check the indentation and quoting there"),
        ConfigErrorCase("key given twice", "stall:\n  days: 7\n  days: 8\n",
                        "line 2: key days appears twice in the same mapping; keep one"),
    ])
    func yamlSyntaxErrorsNameTheLine(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test func messagesNameTheGivenSource() {
        let error = try? #require(throws: PipelineError.self) {
            try ConfigLoader.load(yaml: "stall: {days: x}", source: "/etc/onboarding/prod.yaml")
        }
        #expect(error?.message == #"/etc/onboarding/prod.yaml: stall.days must be a whole number of days, found "x""#)
        #expect(error?.kind.exitCode == 78)
    }
}
