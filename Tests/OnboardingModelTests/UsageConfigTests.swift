import Testing
@testable import OnboardingModel

/// `milestones.from_events`, `adoption` and `health` (SPEC §4): what loads,
/// and each rule's exit-78 message with its key path.
struct UsageConfigTests {
    @Test func fromEventsForms() throws {
        let config = try ConfigLoader.load(yaml: """
            milestones:
              from_events:
                first_value: {event: Report Shared}
                setup: {event: [workflow_run, "Data Import"], count: 3}
                training: {users: 5}
                handoff: {users: 2, event: report_shared}
            """, source: "onboarding.yaml")
        #expect(config.milestones.fromEvents == [
            "first_value": .init(events: ["report_shared"], rule: .count(1)),
            "setup": .init(events: ["workflow_run", "data_import"], rule: .count(3)),
            "training": .init(events: [], rule: .users(5)),
            "handoff": .init(events: ["report_shared"], rule: .users(2)),
        ])
        #expect(!config.milestones.allFromEvents)
    }

    @Test func usageSectionsLoad() throws {
        let config = try ConfigLoader.load(yaml: """
            adoption: {features: [Report Created, workflow-run], target: 2}
            health: {weights: {engagement: 0, handoff: 0.5}, active_days: 7, bands: {green: 80, amber: 50.5}}
            """, source: "onboarding.yaml")
        #expect(config.adoption.features == ["report_created", "workflow_run"])
        #expect(config.adoption.target == 2)
        // Weights not given keep their defaults.
        #expect(config.health.weights.progress == Rational(35, 100))
        #expect(config.health.weights.engagement == .zero)
        #expect(config.health.weights.handoff == Rational(1, 2))
        #expect((config.health.activeDays, config.health.green, config.health.amber) == (7, Rational(80), Rational(101, 2)))
    }

    @Test(arguments: [
        ConfigErrorCase("milestone outside the plan", "milestones: {from_events: {first_valu: {event: x}}}",
                        "milestones.from_events.first_valu is not in milestones.order; did you mean first_value? "
                        + "the plan milestones are kickoff, setup, training, first_value, handoff"),
        ConfigErrorCase("count zero", "milestones: {from_events: {first_value: {event: x, count: 0}}}",
                        "milestones.from_events.first_value.count must be a whole number of at least 1, found 0"),
        ConfigErrorCase("users negative", "milestones: {from_events: {first_value: {users: -2}}}",
                        "milestones.from_events.first_value.users must be a whole number of at least 1, found -2"),
        ConfigErrorCase("count not a number", "milestones: {from_events: {first_value: {event: x, count: two}}}",
                        #"milestones.from_events.first_value.count must be a whole number of events, found "two""#),
        ConfigErrorCase("empty event list", "milestones: {from_events: {first_value: {event: []}}}",
                        "milestones.from_events.first_value.event is an empty list; name at least one event, "
                        + "e.g. event: report_shared"),
        ConfigErrorCase("no event and no users", "milestones: {from_events: {first_value: {count: 2}}}",
                        "milestones.from_events.first_value needs event (e.g. {event: report_shared}) or users "
                        + "(e.g. {users: 3})"),
        ConfigErrorCase("count and users", "milestones: {from_events: {first_value: {event: x, count: 2, users: 2}}}",
                        "milestones.from_events.first_value has both count and users; use count (N-th event) or "
                        + "users (N-th distinct user), not both"),
        ConfigErrorCase("unknown key", "milestones: {from_events: {first_value: {events: x}}}",
                        "unknown key milestones.from_events.first_value.events; did you mean event?"),
        ConfigErrorCase("adoption target zero", "adoption: {target: 0}",
                        "adoption.target must be a whole number of features of at least 1, found 0"),
        ConfigErrorCase("feature twice", "adoption: {features: [report_created, Report Created]}",
                        "adoption.features lists report_created twice; each feature appears once"),
        ConfigErrorCase("weights add up to 0",
                        "health: {weights: {progress: 0, recency: 0, engagement: 0, adoption: 0, handoff: 0}}",
                        "health.weights add up to 0; give at least one component a weight above 0"),
        ConfigErrorCase("negative weight", "health: {weights: {recency: -0.1}}",
                        "health.weights.recency must be 0 or more, found -0.1"),
        ConfigErrorCase("unknown component", "health: {weights: {progres: 1}}",
                        "unknown key health.weights.progres; did you mean progress?"),
        ConfigErrorCase("active days above 14", "health: {active_days: 15}",
                        "health.active_days must be a whole number of days from 1 to 14 (active days out of the "
                        + "last 14 that count as fully engaged), found 15"),
        ConfigErrorCase("band above 100", "health: {bands: {green: 101}}",
                        "health.bands.green must be a score from 0 to 100, found 101"),
        ConfigErrorCase("amber above green", "health: {bands: {green: 50, amber: 60}}",
                        "health.bands.amber (60) must not be above health.bands.green (50); amber is the lower band"),
    ])
    func rules(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }
}
