// CONTRACT STUB: the public API below is fixed; the implementation is to be written.

/// Options of the CSV dialect (SPEC §3).
public struct CSVReadOptions: Sendable {
    /// `,` by default; `;` and tab are common in European exports.
    public var delimiter: UInt8
    public init(delimiter: UInt8 = UInt8(ascii: ",")) { self.delimiter = delimiter }
}

/// One logical CSV record, valid only inside the callback that receives it.
public struct CSVRecord {
    /// 1-based physical line on which the record starts.
    public let line: Int
    /// Number of fields.
    public var count: Int { fatalError("stub") }
    /// Field `i` as a String (invalid UTF-8 is repaired with U+FFFD; check `invalidUTF8` first).
    public func string(_ i: Int) -> String { fatalError("stub") }
    /// Field `i`'s bytes; valid only during the callback.
    public func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> { fatalError("stub") }
    /// All fields as Strings.
    public var fields: [String] { fatalError("stub") }
    /// Where the first invalid UTF-8 sequence is, or nil when the record is valid UTF-8.
    public var invalidUTF8: (field: Int, byteOffset: Int)? { fatalError("stub") }
}

/// Why a file could not be read at all (as opposed to a bad row).
public struct CSVError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case cannotOpen(reason: String)
        case unclosedQuote(line: Int)
        case parser(reason: String)
    }
    public let path: String
    public let kind: Kind
    public var description: String { "\(path): \(kind)" }
}

/// Streams the records of a CSV file through libcsv without holding the file.
public final class CSVReader {
    public init(path: String, options: CSVReadOptions = CSVReadOptions()) throws(CSVError) { fatalError("stub") }
    /// Total size of the file in bytes.
    public var totalBytes: Int { fatalError("stub") }
    /// Called with every chunk of raw file bytes as it is read (e.g. to hash the file).
    public var onBytes: ((UnsafeRawBufferPointer) -> Void)?
    /// Called after each chunk with bytes read so far (for progress).
    public var onProgress: ((Int) -> Void)?
    /// Calls `body` for every record, header included, in file order.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws { fatalError("stub") }
}
