import Metrics
import OnboardingModel
@testable import Reports
import Testing

/// The fixture's hand-computed health scores agree with `HealthScoring`, so
/// the golden accounts.csv shows a score and drivers that belong together.
@Suite struct HealthColumnsTests {
    @Test func fixtureScoresAreWhatTheScoringComputes() {
        let health = HealthScoring(config: Fixtures.config)
        for s in Fixtures.snapshots where s.status == .active {
            #expect(s.healthScore == health.score(health.components(s)))
        }
        #expect(health.drivers(health.components(Fixtures.snapshots[1])) == "recency 0.00; engagement 0.20")
        #expect(health.drivers(health.components(Fixtures.snapshots[2])) == "progress 0.00; engagement 0.00")
    }
}
