import OnboardingModel
@testable import Metrics
import Testing

/// SPEC §4: `handoff.fields: []` is an export with no handoff data — no
/// handoff figures anywhere and `handoff_incomplete` never fires.
struct NoHandoffDataTests {
    private typealias F = OperationalFixtures

    private static let noHandoff: Config = {
        var config = Config()
        config.handoff.fields = []
        return config
    }()

    @Test func handoffIncompleteNeverFiresWithoutHandoffFields() {
        // Score 0 of 10 fields fires under the default config; with no fields it cannot.
        let cases = [F.make("A1", handoffPresent: 0)]
        #expect(F.flags(cases, rule: .handoffIncomplete).count == 1)
        #expect(F.flags(cases, rule: .handoffIncomplete, config: Self.noHandoff).isEmpty)
    }

    @Test func csmHandoffQualityIsEmptyWithoutHandoffFields() {
        let cases = [F.make("A1", handoffPresent: 5)]
        #expect(F.views(cases).csmPortfolio.map(\.handoffQuality) == [Rational(1, 2)])
        #expect(F.views(cases, config: Self.noHandoff).csmPortfolio.map(\.handoffQuality) == [nil])
    }

    @Test func groupHandoffQualityIsEmptyWithoutHandoffFields() {
        let snapshot = F.make("A1", handoffPresent: 5).snapshot
        let accounts = [F.make("A1", handoffPresent: 5).account]
        for (config, expected) in [(Config(), Rational(1, 2)), (Self.noHandoff, nil)] {
            let rules = GroupRules(config: config, hasEvents: false, hasSurveys: false, at: F.snapshotDay)
            var group = GroupAccumulator()
            group.add(AccountAtSnapshot(snapshot, in: accounts), rules: rules)
            #expect(group.finish(rules: rules).handoffQuality == expected)
        }
    }
}
