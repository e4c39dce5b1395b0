import Runtime

/// Hands batches of parsed records from the thread that runs libcsv to the
/// thread that consumes them, so that parsing a file and using its rows take
/// two cores instead of one.
///
/// A fixed set of `RecordBuffers` circulates: the parser fills one while the
/// consumer reads another, then they trade. Memory stays at `depth` batches
/// however large the file; batches reach the consumer in file order.
final class RecordPipeline: @unchecked Sendable {
    /// A batch is handed over once it holds this many bytes or records.
    static let batchBytes = 1 << 18
    static let batchRecords = 4096

    // Every queue and flag below is read and written under `lock`.
    private var free: [RecordBuffers]
    private var filled: [RecordBuffers] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private let lock = Semaphore(count: 1)
    private let freeCount: Semaphore
    private let filledCount = Semaphore()

    init(depth: Int) {
        free = (0..<depth).map { _ in RecordBuffers() }
        freeCount = Semaphore(count: depth)
    }

    /// Frees every batch; call once both threads are done.
    func deallocate() {
        (free + filled).forEach { $0.deallocate() }
        free = []
        filled = []
    }

    // MARK: Parsing thread

    /// An empty batch to fill, or nil once the consumer has stopped.
    func takeEmpty() -> RecordBuffers? {
        freeCount.wait()
        return locked { cancelled ? nil : free.removeLast() }
    }

    /// Hands a filled batch to the consumer.
    func publish(_ batch: RecordBuffers) {
        locked { filled.append(batch) }
        filledCount.signal()
    }

    /// No more batches; `failure` is what stopped the parse early, if anything.
    func finish(failure: (any Error)?) {
        locked {
            finished = true
            self.failure = failure
        }
        filledCount.signal()
    }

    // MARK: Consuming thread

    /// The next batch in file order, or nil after the last one.
    func nextFilled() -> RecordBuffers? {
        filledCount.wait()
        return locked { filled.isEmpty ? nil : filled.removeFirst() }
    }

    /// Returns a consumed batch for refilling.
    func recycle(_ batch: RecordBuffers) {
        var batch = batch
        batch.removeAll()
        locked { free.append(batch) }
        freeCount.signal()
    }

    /// What stopped the parse, once `nextFilled` has returned nil.
    var parseFailure: (any Error)? { locked { failure } }

    /// Tells the parsing thread to stop at its next batch.
    func cancel() {
        locked { cancelled = true }
        freeCount.signal()
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.wait()
        defer { lock.signal() }
        return body()
    }
}
