import Testing
@testable import OnboardingModel

/// Loading valid configuration text: defaults, overrides, normalization, exact numbers.
struct ConfigLoaderTests {
    @Test func defaultTemplateLoadsToTheDefaults() throws {
        let config = try ConfigLoader.load(yaml: ConfigLoader.defaultYAML, source: "onboarding.yaml")
        #expect(config == Config())
    }

    @Test func defaultTemplateSpellsOutEverySection() {
        // `init` writes every key, so each top-level section appears at the start of a line.
        for section in ConfigLoader.sections {
            #expect(ConfigLoader.defaultYAML.contains("\n\(section):"), "missing section \(section)")
        }
    }

    @Test(arguments: [
        ("empty", ""),
        ("only comments", "# nothing configured yet\n   # still nothing\n"),
        ("explicit null document", "~\n"),
        ("document markers only", "---\n...\n"),
        ("sections without values", "stall:\nemail:\nsegments:\n"),
    ])
    func textWithoutSettingsMeansDefaults(name: String, yaml: String) throws {
        #expect(try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml") == Config())
    }

    @Test func partialOverrideKeepsEveryOtherDefault() throws {
        let yaml = """
            csv: {delimiter: ";", date_order: dmy}
            stall: {days: 10}
            thresholds:
              completion_rate_warning: 0.7
            """
        var expected = Config()
        expected.csv.delimiter = UInt8(ascii: ";")
        expected.csv.dateOrder = .dmy
        expected.stall.days = 10          // critical_days stays 14 (>= 10, valid)
        expected.thresholds.completionRateWarning = Rational(7, 10)
        #expect(try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml") == expected)
    }

    @Test func everySectionOverridden() throws {
        let yaml = """
            data: {deals: opps.csv, milestones: ms.csv, events: ev.csv, csms: team.csv,
                   forecast: fc.csv, surveys: nps.csv, events_daily: ev_rollup.csv}
            csv: {delimiter: "|", date_order: DMY, preset: Salesforce}
            currency: {report: eur, rates: {usd: 0.92, gbp: 1.17}}
            columns: {deals: {"Close Date": "Closed Won Date", acv: Amount}}
            milestones:
              order: [Kick-off, Go Live]
              first_value: go live
              aliases: {"Kick-off call": Kick-off}
            segments:
              - {name: Large Accounts, min_acv: 50_000, capacity_per_csm: 12.5,
                 due_days: {kick-off: 7, go_live: 45}}
              - {name: small, min_acv: 0, capacity_per_csm: 40, due_days: {Kick-Off: 2, Go.Live: 20}}
            handoff: {fields: [Goals, Exec Sponsor], weights: {exec-sponsor: 2.5}, min_score: 0.75}
            stall: {days: 5, critical_days: 5}
            thresholds:
              completion_rate_warning: 0.55
              completion_rate_critical: 0.55
              ttv_over_baseline_warning: 1.5
              ttv_over_baseline_sustained: 0
              stall_share_warning: 1
              utilization_warning: 0.9
              utilization_critical: 0.9
              min_group_size: 1
              max_reject_rate: 0
            baseline: {ttv_days: {Large Accounts: 37.5}}
            email: {from: " ops@example.com ", to: vp@example.com, cc: [a@example.com, b@example.com], csm_digests: true}
            """
        var e = Config()
        e.data.deals = "opps.csv"; e.data.milestones = "ms.csv"; e.data.events = "ev.csv"
        e.data.csms = "team.csv"; e.data.forecast = "fc.csv"; e.data.surveys = "nps.csv"
        e.data.eventsDaily = "ev_rollup.csv"
        e.csv.delimiter = UInt8(ascii: "|"); e.csv.dateOrder = .dmy; e.csv.preset = .salesforce
        e.currency.report = "EUR"
        e.currency.rates = ["USD": Rational(92, 100), "GBP": Rational(117, 100)]
        // Canonical names are normalized; the export's header text is kept as written.
        e.columns = ["deals": ["close_date": "Closed Won Date", "acv": "Amount"]]
        e.milestones.order = ["kick_off", "go_live"]
        e.milestones.firstValue = "go_live"
        e.milestones.aliases = ["kick_off_call": "kick_off"]
        e.segments = [
            Segment(name: "large_accounts", minACV: Rational(50_000), capacityPerCSM: Rational(25, 2),
                    dueDays: ["kick_off": 7, "go_live": 45]),
            Segment(name: "small", minACV: .zero, capacityPerCSM: Rational(40),
                    dueDays: ["kick_off": 2, "go_live": 20]),
        ]
        e.handoff.fields = ["goals", "exec_sponsor"]
        e.handoff.weights = ["exec_sponsor": Rational(5, 2)]
        e.handoff.minScore = Rational(3, 4)
        e.stall.days = 5; e.stall.criticalDays = 5
        e.thresholds.completionRateWarning = Rational(55, 100)
        e.thresholds.completionRateCritical = Rational(55, 100)
        e.thresholds.ttvOverBaselineWarning = Rational(3, 2)
        e.thresholds.ttvOverBaselineSustained = .zero
        e.thresholds.stallShareWarning = .one
        e.thresholds.utilizationWarning = Rational(9, 10)
        e.thresholds.utilizationCritical = Rational(9, 10)
        e.thresholds.minGroupSize = 1
        e.thresholds.maxRejectRate = .zero
        e.baselineTTVDays = ["large_accounts": Rational(75, 2)]
        e.email.from = "ops@example.com"
        e.email.to = ["vp@example.com"]
        e.email.cc = ["a@example.com", "b@example.com"]
        e.email.csmDigests = true
        #expect(try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml") == e)
    }

    @Test(arguments: [
        ("double-quoted escape", #"csv: {delimiter: "\t"}"#),
        ("single-quoted backslash t", #"csv: {delimiter: '\t'}"#),
        ("word", "csv: {delimiter: tab}"),
        ("word in capitals", "csv: {delimiter: TAB}"),
    ])
    func tabDelimiterSpellings(name: String, yaml: String) throws {
        #expect(try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml").csv.delimiter == UInt8(ascii: "\t"))
    }

    @Test func decimalsAreExactNotFloatingPoint() throws {
        let config = try ConfigLoader.load(yaml: "thresholds: {utilization_critical: 1.2, stall_share_warning: 0.1}",
                                           source: "onboarding.yaml")
        // 30 accounts at 25 per CSM is a load of exactly 30/25 = 6/5, which must meet 1.2 exactly.
        #expect(config.thresholds.utilizationCritical == Rational(30, 25))
        // 0.1 as a Double is 0.1000000000000000055...; as text it is exactly 1/10.
        #expect(config.thresholds.stallShareWarning == Rational(1, 10))
    }

    @Test func segmentsListReplacesTheDefaultsInOrder() throws {
        let config = try ConfigLoader.load(yaml: segmentsYAML([("b", "500"), ("a", "0")]), source: "x.yaml")
        #expect(config.segments.map(\.name) == ["b", "a"])
        #expect(config.segments[0].minACV == Rational(500))
    }
}
