import OnboardingModel
import Testing

struct JobRunnerTests {
    @Test(arguments: [(0, 4), (3, 4), (4, 4), (103, 4), (1_000_000, 2), (7, 1)])
    func rangesCoverEveryIndexOnceInOrder(_ count: Int, _ parts: Int) {
        let ranges = JobRunner.ranges(of: count, parts: parts)
        #expect(ranges.count == parts)
        #expect(ranges.flatMap { Array($0) } == Array(0..<count))
        // Near-equal: sizes differ by at most one.
        let sizes = ranges.map(\.count)
        #expect(sizes.max()! - sizes.min()! <= 1)
    }

    @Test func serialRunsEveryJobInTheOrderGiven() {
        let started = StartOrder()
        let slots = (0..<5).map { _ in JobSlot<Int>() }
        JobRunner.serial.run(slots.indices.map { i in
            {
                started.jobs.append(i)
                slots[i].fill(i * 10)
            }
        })
        #expect(started.jobs == Array(0..<5))
        #expect(slots.map(\.value) == [0, 10, 20, 30, 40])
    }
}

/// Written by jobs that the serial runner runs one after another.
private final class StartOrder: @unchecked Sendable {
    var jobs: [Int] = []
}
