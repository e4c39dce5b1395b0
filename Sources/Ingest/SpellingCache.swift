/// What a few hundred distinct spellings of a field mean, looked up by the
/// field's bytes: a status or milestone name of a five-million-row file is
/// classified without making a `String` of it.
///
/// A `ByteKeyTable` of the spellings with their values beside it. Spellings
/// past `limit` (a file of all-different garbage) are worked out every time
/// rather than remembered, so memory stays bounded.
struct SpellingCache<Value: Sendable>: Sendable {
    private var spellings: ByteKeyTable
    /// The value of each spelling, by its number in `spellings`.
    private var values: [Value] = []
    private let limit: Int

    init(limit: Int = 256) {
        self.limit = limit
        spellings = ByteKeyTable(capacity: limit)
    }

    /// The value remembered for `bytes`, or `compute(bytes)`, remembered.
    mutating func value(of bytes: UnsafeBufferPointer<UInt8>,
                        compute: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        if let value = lookup(bytes) { return value }
        let value = compute(bytes)
        remember(bytes, value)
        return value
    }

    /// The value remembered for `bytes`, if any.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        spellings.index(of: bytes).map { values[$0] }
    }

    /// Remembers `value` for `bytes` (not yet remembered), while under `limit`.
    mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
        guard values.count < limit, spellings.insert(bytes).inserted else { return }
        values.append(value)
    }
}
