/// One logical CSV record, valid only inside the callback that receives it.
///
/// A view over the reader's reusable buffers: reading a field allocates nothing
/// unless a `String` is asked for.
public struct CSVRecord {
    /// 1-based physical line on which the record starts.
    public let line: Int
    /// The fields' bytes, back to back.
    private let storage: UnsafeBufferPointer<UInt8>
    /// End offset in `storage` of each field.
    private let fieldEnds: UnsafeBufferPointer<Int>

    init(line: Int, storage: UnsafeBufferPointer<UInt8>, fieldEnds: UnsafeBufferPointer<Int>) {
        self.line = line
        self.storage = storage
        self.fieldEnds = fieldEnds
    }

    /// Number of fields.
    public var count: Int { fieldEnds.count }

    /// Field `i` as a String (invalid UTF-8 is repaired with U+FFFD; check `invalidUTF8` first).
    public func string(_ i: Int) -> String {
        String(decoding: bytes(i), as: UTF8.self)
    }

    /// Field `i`'s bytes; valid only during the callback.
    public func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = i == 0 ? 0 : fieldEnds[i - 1]
        return UnsafeBufferPointer(rebasing: storage[start..<fieldEnds[i]])
    }

    /// All fields as Strings.
    public var fields: [String] {
        (0..<count).map(string)
    }

    /// The longest field the reader keeps whole (1 MiB, SPEC §3); a longer
    /// one is cut one byte past it, and its row is to be rejected.
    public static let maxFieldBytes = 1 << 20

    /// The first field longer than `maxFieldBytes`, or nil.
    public var tooLongField: Int? {
        var start = 0
        for i in 0..<count {
            if fieldEnds[i] - start > Self.maxFieldBytes { return i }
            start = fieldEnds[i]
        }
        return nil
    }

    /// Where the first invalid UTF-8 sequence is, or nil when the record is valid UTF-8.
    ///
    /// `byteOffset` counts from the start of the field.
    public var invalidUTF8: (field: Int, byteOffset: Int)? {
        if UTF8Validation.isASCII(storage) { return nil }
        for field in 0..<count {
            if let offset = UTF8Validation.firstInvalidOffset(bytes(field)) {
                return (field, offset)
            }
        }
        return nil
    }
}
