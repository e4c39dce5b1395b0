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

struct PlanProgressTests {
    private let day = Day(year: 2025, month: 3, day: 4)!

    @Test(arguments: [0, 1, 5, PlanProgress.inlineCapacity, PlanProgress.inlineCapacity + 1, 12])
    func readsAndWritesEveryMilestoneInlineOrSpilled(_ count: Int) {
        var plan = PlanProgress(repeating: .pending, count: count)
        #expect(plan.count == count)
        #expect(plan.allSatisfy { $0 == .pending })
        for m in plan.indices where m.isMultiple(of: 2) { plan[m] = MilestoneProgress(achievedDate: day + m) }
        for m in plan.indices where !m.isMultiple(of: 2) { plan[m] = MilestoneProgress(skipped: true) }
        let expected = (0..<count).map { m in
            m.isMultiple(of: 2) ? MilestoneProgress(achievedDate: day + m) : MilestoneProgress(skipped: true)
        }
        #expect(Array(plan) == expected)
        #expect(plan == PlanProgress(expected))
    }

    @Test(arguments: [0, 5, PlanProgress.inlineCapacity, PlanProgress.inlineCapacity + 2])
    func buildingFromAClosureMatchesBuildingFromAnArray(_ count: Int) {
        let each = { (m: Int) in m % 3 == 0 ? MilestoneProgress(skipped: true) : MilestoneProgress(achievedDate: day + m) }
        #expect(PlanProgress(count: count, each) == PlanProgress((0..<count).map(each)))
        #expect(Array(PlanProgress(count: count, each)) == (0..<count).map(each))
    }

    @Test func aCopyIsIndependentOfItsOriginal() {
        // Both storages are values: writing to a copy leaves the original.
        for count in [3, PlanProgress.inlineCapacity + 2] {
            let original = PlanProgress(repeating: .pending, count: count)
            var copy = original
            copy[count - 1] = MilestoneProgress(achievedDate: day)
            #expect(original[count - 1] == .pending)
            #expect(copy[count - 1].achievedDate == day)
        }
    }

    @Test func plansOfDifferentLengthsDiffer() {
        #expect(PlanProgress(repeating: .pending, count: 2) != PlanProgress(repeating: .pending, count: 3))
        #expect([MilestoneProgress.pending, .pending] == PlanProgress(repeating: .pending, count: 2))
    }

    @Test func anInlinePlanFitsInThirtyTwoBytes() {
        // What the type exists for: no per-account array.
        #expect(MemoryLayout<PlanProgress>.stride <= 32)
    }
}
