/// Parsed records, back to back in raw buffers that only ever grow: what the
/// libcsv callbacks fill and `CSVRecord`s view. Holds one record at a time
/// when rows are handed over as they end, a batch of them when parsing and
/// consuming run on two threads (`RecordPipeline`).
///
/// Raw memory rather than arrays: the callbacks run for every field of
/// millions of rows, and arrays would pay a uniqueness check and a retain there.
struct RecordBuffers {
    /// Field bytes of every record, back to back.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCount = 0
    private var byteCapacity = 1 << 16
    /// Per field: its end offset from the start of its record.
    private var fieldEnds: UnsafeMutablePointer<Int>
    private(set) var fieldCount = 0
    private var fieldCapacity = 1 << 12
    /// Per record: its first physical line, and where its fields and bytes end.
    private var lines: UnsafeMutablePointer<Int>
    private var recordFieldEnds: UnsafeMutablePointer<Int>
    private var recordByteEnds: UnsafeMutablePointer<Int>
    private(set) var recordCount = 0
    private var recordCapacity = 1 << 10
    /// Where the record being parsed starts.
    private var recordByteStart = 0

    init() {
        bytes = .allocate(capacity: byteCapacity)
        fieldEnds = .allocate(capacity: fieldCapacity)
        lines = .allocate(capacity: recordCapacity)
        recordFieldEnds = .allocate(capacity: recordCapacity)
        recordByteEnds = .allocate(capacity: recordCapacity)
    }

    func deallocate() {
        bytes.deallocate()
        fieldEnds.deallocate()
        lines.deallocate()
        recordFieldEnds.deallocate()
        recordByteEnds.deallocate()
    }

    /// Forgets every record, keeping the memory.
    mutating func removeAll() {
        byteCount = 0
        fieldCount = 0
        recordCount = 0
        recordByteStart = 0
    }

    /// Appends a field to the record being parsed.
    ///
    /// - Parameter restoring: turn `SpacePlaceholders` bytes back into
    ///   spaces and tabs while copying.
    @inline(__always)
    mutating func appendField(_ field: UnsafeRawPointer?, length: Int, restoring: Bool = false) {
        if byteCount + length > byteCapacity {
            while byteCount + length > byteCapacity { byteCapacity *= 2 }
            Self.grow(&bytes, count: byteCount, to: byteCapacity)
        }
        if let field, length > 0 {
            if restoring {
                Self.copyRestoring(length, from: field, to: UnsafeMutableRawPointer(bytes + byteCount))
            } else {
                Self.copy(length, from: field, to: UnsafeMutableRawPointer(bytes + byteCount))
            }
            byteCount += length
        }
        if fieldCount == fieldCapacity {
            fieldCapacity *= 2
            Self.grow(&fieldEnds, count: fieldCount, to: fieldCapacity)
        }
        fieldEnds[fieldCount] = byteCount - recordByteStart
        fieldCount += 1
    }

    /// Fields of the record being parsed so far.
    var openRecordFieldCount: Int {
        fieldCount - (recordCount == 0 ? 0 : recordFieldEnds[recordCount - 1])
    }

    /// The bytes of the field appended last, `length` long, to edit in place.
    func lastField(length: Int) -> UnsafeMutablePointer<UInt8> {
        bytes + (byteCount - length)
    }

    /// Ends the record being parsed, which started on `line`.
    @inline(__always)
    mutating func endRecord(line: Int) {
        if recordCount == recordCapacity {
            recordCapacity *= 2
            Self.grow(&lines, count: recordCount, to: recordCapacity)
            Self.grow(&recordFieldEnds, count: recordCount, to: recordCapacity)
            Self.grow(&recordByteEnds, count: recordCount, to: recordCapacity)
        }
        lines[recordCount] = line
        recordFieldEnds[recordCount] = fieldCount
        recordByteEnds[recordCount] = byteCount
        recordCount += 1
        recordByteStart = byteCount
    }

    /// Record `index`, valid until the buffers change.
    func record(_ index: Int) -> CSVRecord {
        let firstField = index == 0 ? 0 : recordFieldEnds[index - 1]
        let firstByte = index == 0 ? 0 : recordByteEnds[index - 1]
        return CSVRecord(
            line: lines[index],
            storage: UnsafeBufferPointer(start: bytes + firstByte, count: recordByteEnds[index] - firstByte),
            fieldEnds: UnsafeBufferPointer(start: fieldEnds + firstField, count: recordFieldEnds[index] - firstField))
    }

    /// Copies a field's bytes. Most fields are a few bytes long, where a
    /// `memmove` call costs more than the copy: up to 16 bytes move as two
    /// overlapping words instead (the measurement: docs/performance.md).
    @inline(__always)
    private static func copy(_ count: Int, from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer) {
        switch count {
        case 8...16:
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            for i in 0..<count { target.storeBytes(of: source.load(fromByteOffset: i, as: UInt8.self), toByteOffset: i, as: UInt8.self) }
        default:
            target.copyMemory(from: source, byteCount: count)
        }
    }

    /// `copy` turning placeholders back into spaces and tabs on the way, a
    /// word at a time (`SpacePlaceholders.restored`).
    @inline(__always)
    private static func copyRestoring(_ count: Int, from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer) {
        switch count {
        case 8...:
            // Whole words, then the last eight bytes (overlapping is harmless:
            // restoring twice is restoring once).
            var offset = 0
            while offset + 8 <= count {
                let word = source.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                target.storeBytes(of: SpacePlaceholders.restored(word), toByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            if offset < count {
                let word = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                target.storeBytes(of: SpacePlaceholders.restored(word), toByteOffset: count - 8, as: UInt64.self)
            }
        case 4..<8:
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: SpacePlaceholders.restored(head), as: UInt32.self)
            target.storeBytes(of: SpacePlaceholders.restored(tail), toByteOffset: count - 4, as: UInt32.self)
        default:
            for i in 0..<count {
                let byte = source.load(fromByteOffset: i, as: UInt8.self)
                target.storeBytes(of: SpacePlaceholders.restored(byte), toByteOffset: i, as: UInt8.self)
            }
        }
    }

    private static func grow<T>(_ pointer: inout UnsafeMutablePointer<T>, count: Int, to capacity: Int) {
        let larger = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        larger.moveInitialize(from: pointer, count: count)
        pointer.deallocate()
        pointer = larger
    }
}
