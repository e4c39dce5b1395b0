// CONTRACT STUB: the public API below is fixed; the implementation is to be written.

/// Writes RFC 4180 CSV (LF line ends, quoting only where needed) through a buffer.
public final class CSVWriter {
    /// Creates or truncates the file at `path`.
    public init(path: String) throws { fatalError("stub") }
    public func writeRow(_ fields: [String]) throws { fatalError("stub") }
    /// Flushes and closes; must be called once.
    public func close() throws { fatalError("stub") }

    /// One record as CSV text, with its trailing LF.
    public static func encode(_ fields: [String]) -> String { fatalError("stub") }
}

/// Prefixes `'` to text that a spreadsheet would execute as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or CR). Apply to text cells that come from inputs.
public func spreadsheetSafe(_ text: String) -> String { fatalError("stub") }
