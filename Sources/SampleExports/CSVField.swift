import CSVStream

/// One field's RFC 4180 bytes for the sample columns whose text can hold a comma,
/// quote, CR or LF (names, handoff notes), quoted by the product's own `CSVWriter`
/// rules so the sample reads back exactly as written.
///
/// `CSVWriter` takes whole records of Strings; the sample writer instead caches
/// field bytes and appends them to its own buffer (`ByteSink`).
enum CSVField {
    static func encode(_ s: String) -> [UInt8] {
        // An empty field stays empty (`encode([""])` quotes a lone empty record).
        guard !s.isEmpty else { return [] }
        return Array(CSVWriter.encode([s]).utf8.dropLast())
    }
}
