import Metrics
import OnboardingModel
import Testing

/// milestones.csv rows: per segment × plan milestone, eligibility by due day.
@Suite struct MilestoneOnTimeTests {
    typealias F = OperationalFixtures

    /// An smb account closed `daysSinceClose` days before S whose setup
    /// milestone (due day 7) was achieved `setupAfter` days after close, or skipped.
    static func account(_ id: String, daysSinceClose: Int, setupAfter: Int? = nil, skipped: Bool = false) -> F.Case {
        var c = F.make(id, daysSinceClose: daysSinceClose)
        if let setupAfter { c.account.milestones[1] = MilestoneProgress(achievedDate: c.account.closeDate + setupAfter) }
        if skipped { c.account.milestones[1] = MilestoneProgress(skipped: true) }
        return c
    }

    @Test func setupRowCountsEligibleOnTimeAndMedian() throws {
        let cases = [
            Self.account("A", daysSinceClose: 20, setupAfter: 5),   // eligible (20 ≥ 7), on time (5 ≤ 7)
            Self.account("B", daysSinceClose: 20, setupAfter: 9),   // eligible, late
            Self.account("C", daysSinceClose: 20),                  // eligible, not achieved
            Self.account("D", daysSinceClose: 20, skipped: true),   // skipped: not eligible
            Self.account("E", daysSinceClose: 6, setupAfter: 2),    // not yet due (6 < 7); achieved counts
            Self.account("F", daysSinceClose: 3, setupAfter: 4),    // achieved after S: ignored
        ]
        let rows = F.views(cases).milestones
        #expect(rows.count == 15)  // 3 segments × 5 plan milestones
        let setup = try #require(rows.first { $0.segmentIndex == F.smb && $0.milestoneIndex == 1 })
        #expect(setup.dueDays == 7)
        #expect(setup.eligible == 3)          // A, B, C
        #expect(setup.achievedOnTime == 1)    // A
        #expect(setup.onTimeRate == Rational(1, 3))
        #expect(setup.achieved == 3)          // A, B, E
        #expect(setup.medianDaysFromClose == Rational(5))  // median of 5, 9, 2
    }

    @Test func emptySegmentRowsHaveNoRates() {
        let rows = F.views([Self.account("A", daysSinceClose: 20, setupAfter: 5)]).milestones
        let enterprise = rows.filter { $0.segmentIndex == F.enterprise }
        #expect(enterprise.map(\.milestoneIndex) == [0, 1, 2, 3, 4])
        #expect(enterprise.allSatisfy { $0.eligible == 0 && $0.onTimeRate == nil && $0.medianDaysFromClose == nil })
    }
}
