import OnboardingModel
import Testing

@Suite struct RecentActiveDaysTests {
    private func d(_ text: String) -> Day { Day(iso: text)! }

    private func days(_ texts: [String]) -> RecentActiveDays {
        var r = RecentActiveDays()
        for t in texts { r.record(d(t)) }
        return r
    }

    @Test func countsDistinctDaysInARangeWhateverTheOrder() {
        // 06-17, 06-17, 06-20, 06-30 in mixed order; 06-16 is outside [06-17, 06-30].
        let r = days(["2025-06-30", "2025-06-17", "2025-06-20", "2025-06-17", "2025-06-16"])
        #expect(r.count(from: d("2025-06-17"), through: d("2025-06-30")) == 3)
        #expect(r.count(from: d("2025-06-16"), through: d("2025-06-29")) == 3)
        #expect(r.count(from: d("2025-07-01"), through: d("2025-07-14")) == 0)
    }

    @Test func keepsNinetySixDaysBackFromTheLatest() {
        // 2025-03-27 is 95 days before 06-30 (kept); 03-26 is 96 days before (dropped).
        let r = days(["2025-03-26", "2025-03-27", "2025-05-01", "2025-06-30"])
        #expect(r.count(from: d("2025-03-01"), through: d("2025-04-30")) == 1)
        #expect(r.count(from: d("2025-03-01"), through: d("2025-06-30")) == 3)
    }

    @Test func shiftsAcrossTheSixtyFourBitBoundary() {
        // 70 days apart: the first day moves into the upper word.
        let r = days(["2025-04-21", "2025-06-30"])
        #expect(r.count(from: d("2025-04-21"), through: d("2025-04-21")) == 1)
        #expect(r.count(from: d("2025-04-22"), through: d("2025-06-29")) == 0)
        // A jump of more than 96 days clears everything before it.
        var later = r
        later.record(d("2025-10-30"))
        #expect(later.count(from: d("2025-01-01"), through: d("2025-12-31")) == 1)
    }

    @Test func emptyHasNoActiveDays() {
        #expect(RecentActiveDays().count(from: d("2025-01-01"), through: d("2025-12-31")) == 0)
    }
}

@Suite struct FeatureFirstUseTests {
    @Test func keepsOffsetsAscendingAndCountsByDay() {
        // Given out of order; offset 0 (the close date) is a real first use, not an empty place.
        let f = FeatureFirstUse(offsets: [30, 0, 12, 12])
        #expect(f.count == 4)
        #expect((0..<f.count).map(f.offset) == [0, 12, 12, 30])
        #expect([-1, 0, 11, 12, 29, 30, 90].map(f.adopted(withinDays:)) == [0, 1, 1, 3, 3, 4, 4])
        #expect(FeatureFirstUse().count == 0)
        #expect(FeatureFirstUse(offsets: Array(0..<8)).adopted(withinDays: 100) == 8)
    }

    @Test func usageIsThirtyTwoBytesPerAccount() {
        #expect(MemoryLayout<AccountUsage>.size == 32)
    }
}
