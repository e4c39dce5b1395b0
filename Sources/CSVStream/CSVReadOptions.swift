/// Options of the CSV dialect (SPEC §3) and of the reading.
public struct CSVReadOptions: Sendable {
    /// `,` by default; `;` and tab are common in European exports.
    public var delimiter: UInt8
    /// Parse on a thread of its own while the caller consumes the records
    /// (see `RecordPipeline`); records still arrive in file order.
    public var pipelined: Bool

    /// Bytes read from the file at a time.
    var chunkSize = 1 << 20
    /// Whether spaces and tabs reach libcsv as `SpacePlaceholders` (else
    /// through its per-byte space function); tests compare the two.
    var spacePlaceholders = true

    public init(delimiter: UInt8 = UInt8(ascii: ","), pipelined: Bool = true) {
        self.delimiter = delimiter
        self.pipelined = pipelined
    }
}
