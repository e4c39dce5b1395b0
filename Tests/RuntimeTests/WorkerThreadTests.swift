import Runtime
import Testing

struct WorkerThreadTests {
    @Test func joinWaitsForTheWorkAndSeesWhatItWrote() {
        let box = Box()
        let worker = WorkerThread { box.value = (1...1_000).reduce(0, +) }
        worker.start()
        worker.join()
        #expect(box.value == 500_500)
    }

    @Test func semaphoresHandItemsBetweenThreadsInOrder() {
        // A one-slot hand-over, as RecordPipeline and BackgroundDigest use it:
        // the producer waits for `free`, the consumer for `filled`.
        let free = Semaphore(count: 1), filled = Semaphore()
        let slot = Box(), received = Box()
        let consumer = WorkerThread {
            for _ in 0..<100 {
                filled.wait()
                received.values.append(slot.value)
                free.signal()
            }
        }
        consumer.start()
        for item in 0..<100 {
            free.wait()
            slot.value = item
            filled.signal()
        }
        consumer.join()
        #expect(received.values == Array(0..<100))
    }
}

/// Shared mutable state whose accesses the test orders itself (join, semaphores).
private final class Box: @unchecked Sendable {
    var value = 0
    var values: [Int] = []
}
