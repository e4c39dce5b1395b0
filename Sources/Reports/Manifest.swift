import OnboardingModel

/// manifest.json: what a report was made from and what it contains (SPEC §7).
///
/// Hand-written rather than encoded so the bytes are fixed: keys in a fixed
/// order, 2-space indent, a trailing newline, and no wall-clock time, so that
/// re-running the same inputs gives the same file.
enum Manifest {
    static let fileName = "manifest.json"
    static let toolName = "onboarding-report"

    /// One written output and the SHA-256 of its bytes.
    struct Output: Equatable {
        var file: String
        var sha256: String
    }

    /// - Parameter outputs: every file written except the manifest; sorted
    ///   here by file name in byte order.
    static func json(_ content: ReportContent, outputs: [Output]) -> String {
        let w = content.window
        let inputs = content.data.files.map { f in
            object([
                ("name", string(f.name)), ("file", string(f.fileName)), ("sha256", string(f.sha256)),
                ("rows_read", String(f.rowsRead)), ("accepted", String(f.accepted)),
                ("skipped", String(f.skipped)), ("rejected", String(f.rejected)),
            ], indent: 2)
        }
        let sortedOutputs = outputs.sorted { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }
        let outputObjects = sortedOutputs.map { o in
            object([("file", string(o.file)), ("sha256", string(o.sha256))], indent: 2)
        }
        let root = object([
            ("tool", string(toolName)),
            ("version", string(content.toolVersion)),
            ("as_of", string(w.asOf.description)),
            ("period", string(w.period.rawValue)),
            ("window", object([
                ("label", string(w.label)), ("start", string(w.start.description)),
                ("end", string(w.end.description)),
            ], indent: 1)),
            ("snapshot", string(w.snapshot.description)),
            ("config_sha256", string(content.configDigest)),
            ("inputs", array(inputs, indent: 1)),
            ("outputs", array(outputObjects, indent: 1)),
        ], indent: 0)
        return root + "\n"
    }

    /// `{ … }` whose members sit one level deeper than `indent`; values are
    /// already JSON text.
    static func object(_ members: [(String, String)], indent: Int) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let body = members.map { "\(inner)\(string($0.0)): \($0.1)" }.joined(separator: ",\n")
        return "{\n\(body)\n\(String(repeating: "  ", count: indent))}"
    }

    /// `[ … ]` of JSON texts (each starting at the element's indent), `[]` when empty.
    static func array(_ elements: [String], indent: Int) -> String {
        guard !elements.isEmpty else { return "[]" }
        let inner = String(repeating: "  ", count: indent + 1)
        let body = elements.map { inner + $0 }.joined(separator: ",\n")
        return "[\n\(body)\n\(String(repeating: "  ", count: indent))]"
    }

    /// A JSON string literal.
    static func string(_ text: String) -> String { quotedLiteral(text) }
}
