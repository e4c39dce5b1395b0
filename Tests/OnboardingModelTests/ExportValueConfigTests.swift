import Testing
@testable import OnboardingModel

/// SPEC §4 keys that teach the tool an export's own values: `deals.won_stages`,
/// `milestones.status_aliases`, `data.accounts`, and `handoff.fields: []`.
struct ExportValueConfigTests {
    @Test func wonStagesAreNormalizedAsHeadersAre() throws {
        let config = try ConfigLoader.load(yaml: #"deals: {won_stages: ["6 - Closed Won", Gewonnen, closed-won]}"#,
                                           source: "c.yaml")
        #expect(config.deals.wonStages == ["6_closed_won", "gewonnen", "closed_won"])
    }

    @Test func statusAliasesNormalizeKeysAndTargets() throws {
        let config = try ConfigLoader.load(yaml: #"milestones: {status_aliases: {"TRUE": complete, "FALSE": Pending, "In Review": In Progress}}"#,
                                           source: "c.yaml")
        #expect(config.milestones.statusAliases == ["true": "complete", "false": "pending", "in_review": "in_progress"])
    }

    @Test func accountsFileNameIsConfigurable() throws {
        let config = try ConfigLoader.load(yaml: "data: {accounts: Account.csv}", source: "c.yaml")
        #expect(config.data.accounts == "Account.csv")
        #expect(Config().data.accounts == "accounts.csv")
    }

    @Test func emptyHandoffFieldsAreAllowed() throws {
        let config = try ConfigLoader.load(yaml: "handoff: {fields: []}", source: "c.yaml")
        #expect(config.handoff.fields.isEmpty)
    }

    @Test(arguments: [
        ConfigErrorCase("empty won stages", "deals: {won_stages: []}",
                        "deals.won_stages is empty; list the stage values that mean closed-won, e.g. [closed_won, won]"),
        ConfigErrorCase("unknown deals key", "deals: {won_stage: [won]}",
                        "unknown key deals.won_stage; did you mean won_stages?"),
        ConfigErrorCase("status alias to an unknown status", #"milestones: {status_aliases: {"TRUE": completed}}"#,
                        #"milestones.status_aliases.true must be one of complete, in_progress, pending, skipped, "#
                        + #"blocked, found "completed"; did you mean complete?"#),
        ConfigErrorCase("status alias to a list", #"milestones: {status_aliases: {"TRUE": [complete]}}"#,
                        "milestones.status_aliases.true must be one of complete, in_progress, pending, skipped, "
                        + "blocked, found a list"),
        ConfigErrorCase("empty accounts file name", #"data: {accounts: ""}"#,
                        "data.accounts is empty; name the export file, e.g. accounts.csv"),
    ])
    func rejectsBadValues(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }

    @Test func initOutputHoldsTheNewKeys() {
        let yaml = ConfigLoader.defaultYAML
        #expect(yaml.contains("  accounts: accounts.csv"))
        #expect(yaml.contains("  won_stages: [closed_won, closedwon, won]"))
        #expect(yaml.contains("  status_aliases: {}"))
    }
}
