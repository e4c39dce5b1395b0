#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OnboardingModel
import Runtime
import Testing

struct ParallelJobsTests {
    @Test func everyJobRunsAndItsSlotKeepsItsOwnValue() {
        let slots = (0..<50).map { _ in JobSlot<Int>() }
        ParallelJobs.run(slots.indices.map { i in { slots[i].fill(i * i) } })
        #expect(slots.map(\.value) == (0..<50).map { $0 * $0 })
    }

    @Test func resultsJoinInTheOrderGivenWhateverFinishesFirst() {
        // The first jobs sleep longest, so the last ones tend to finish first:
        // the joined results must not show it.
        let count = 8
        let slots = (0..<count).map { _ in JobSlot<String>() }
        ParallelJobs.run(slots.indices.map { i in
            {
                usleep(useconds_t((count - i) * 3_000))
                slots[i].fill("job \(i)")
            }
        })
        #expect(slots.map { $0.takeValue() } == (0..<count).map { "job \($0)" })
    }

    @Test func anErrorInAJobIsRethrownAtTakeAndTheOtherJobsKeepTheirValues() throws {
        let slots = (0..<6).map { _ in JobSlot<Int>() }
        ParallelJobs.run(slots.indices.map { i in
            {
                slots[i].fill { () throws(PipelineError) in
                    if i == 3 { throw PipelineError(.data, "job 3 failed") }
                    return i + 100
                }
            }
        })
        for i in [0, 1, 2, 4, 5] { #expect(try slots[i].take() == i + 100) }
        #expect {
            try slots[3].take()
        } throws: { error in
            (error as? PipelineError).map { $0.kind == .data && $0.message == "job 3 failed" } ?? false
        }
    }

    @Test func noJobsIsNothingToRun() {
        ParallelJobs.run([])
    }
}
