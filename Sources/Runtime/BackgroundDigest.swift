/// SHA-256 of a byte stream, hashed on a thread of its own.
///
/// The thread that reads an export (or writes a report file) hands each chunk
/// over and goes on: hashing a gigabyte costs about as much as parsing it, and
/// on the thread that parses it sat on the longest path of a run. Chunks are
/// copied into a small ring of buffers (a copy costs a small fraction of the
/// hash); the caller waits only when the hasher is a whole ring behind. The
/// digest is of exactly the bytes handed over, in order.
public final class BackgroundDigest: @unchecked Sendable {
    private let slotSize: Int
    private let slots: [UnsafeMutableRawBufferPointer]
    /// Bytes in each slot; -1 marks the end of the stream.
    private var lengths: [Int]
    // Each slot is written by the caller only between `free.wait()` and
    // `filled.signal()`, and read by the hasher only between `filled.wait()`
    // and `free.signal()`: the semaphores order every access.
    private let free: Semaphore
    private let filled = Semaphore()
    private var nextToFill = 0
    private var hex: String?
    /// Written by the hasher thread; read after it is joined.
    private var finalHex = ""
    /// A thread of its own (it blocks waiting for chunks), joined and let go
    /// by `finish`, so that nothing of it outlives the digest.
    private var hasher: WorkerThread?

    /// - Parameters:
    ///   - slots: chunks the hasher may fall behind by.
    ///   - slotSize: bytes per chunk; longer updates are split.
    public init(slots: Int = 4, slotSize: Int = 1 << 20) {
        self.slotSize = slotSize
        self.slots = (0..<slots).map { _ in .allocate(byteCount: slotSize, alignment: 64) }
        self.lengths = Array(repeating: 0, count: slots)
        self.free = Semaphore(count: slots)
        let hasher = WorkerThread { [self] in hashUntilEnd() }
        hasher.start()
        self.hasher = hasher
    }

    deinit {
        precondition(hex != nil, "BackgroundDigest released without finish(): its thread would wait forever")
        slots.forEach { $0.deallocate() }
    }

    /// Hands `bytes` to the hasher; they may be reused once this returns.
    public func update(_ bytes: UnsafeRawBufferPointer) {
        precondition(hex == nil, "BackgroundDigest updated after finish()")
        var offset = 0
        while offset < bytes.count {
            let count = min(slotSize, bytes.count - offset)
            free.wait()
            let slot = nextToFill
            slots[slot].copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
            lengths[slot] = count
            filled.signal()
            nextToFill = (slot + 1) % slots.count
            offset += count
        }
    }

    /// Waits for the hasher and returns the lowercase hex digest; later calls
    /// return the same. Must be called once the stream ends, even after a
    /// failure, so that the thread stops.
    public func finish() -> String {
        if let hex { return hex }
        free.wait()
        lengths[nextToFill] = -1
        filled.signal()
        hasher?.join()
        hasher = nil
        hex = finalHex
        return finalHex
    }

    private func hashUntilEnd() {
        var digest = SHA256Digest()
        var slot = 0
        while true {
            filled.wait()
            let count = lengths[slot]
            if count < 0 { break }
            digest.update(UnsafeRawBufferPointer(rebasing: slots[slot][0..<count]))
            free.signal()
            slot = (slot + 1) % slots.count
        }
        finalHex = digest.hexDigest()
    }
}
