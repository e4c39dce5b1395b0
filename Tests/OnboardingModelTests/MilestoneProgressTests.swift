import OnboardingModel
import Testing

struct MilestoneProgressTests {
    @Test func pendingSkippedAndAchievedReadBack() {
        let day = Day(year: 2025, month: 3, day: 4)!
        #expect(MilestoneProgress.pending.achievedDate == nil)
        #expect(!MilestoneProgress.pending.skipped)
        #expect(MilestoneProgress(skipped: true).skipped)
        #expect(MilestoneProgress(skipped: true).achievedDate == nil)
        #expect(MilestoneProgress(achievedDate: day).achievedDate == day)
        #expect(!MilestoneProgress(achievedDate: day).skipped)
    }

    @Test func achievingOverridesASkip() {
        let day = Day(year: 2025, month: 3, day: 4)!
        let progress = MilestoneProgress(achievedDate: day, skipped: true)
        #expect(progress.achievedDate == day)
        #expect(!progress.skipped)
        #expect(progress == MilestoneProgress(achievedDate: day))
    }

    @Test func theFirstAndLastDaysADateCanNameSurvive() {
        // The codes for pending and skipped sit below every ordinal a parsed
        // date can have (years 1...9999).
        for day in [Day(year: 1, month: 1, day: 1)!, Day(year: 9999, month: 12, day: 31)!,
                    Day(year: 1970, month: 1, day: 1)!] {
            #expect(MilestoneProgress(achievedDate: day).achievedDate == day)
            #expect(!MilestoneProgress(achievedDate: day).skipped)
        }
        #expect(MemoryLayout<MilestoneProgress>.stride == 4)
    }
}
