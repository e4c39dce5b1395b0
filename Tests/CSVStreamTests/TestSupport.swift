import Foundation
@testable import CSVStream

/// A record copied out of the reader's callback, for comparing whole files.
struct ReadRecord: Equatable, Sendable, CustomStringConvertible {
    let line: Int
    let fields: [String]
    init(_ line: Int, _ fields: [String]) {
        self.line = line
        self.fields = fields
    }
    var description: String { "\(line): \(fields)" }
}

/// Writes `bytes` to a fresh temporary file, runs `body` with its path, then deletes it.
func withTemporaryFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("csvstream-\(UUID().uuidString).csv")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

func withTemporaryFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
    try withTemporaryFile(Array(text.utf8), body)
}

/// A path in the temporary directory that does not exist yet; deleted after `body`.
func withTemporaryPath<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("csvstream-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// Every record of the file at `path`, with its line.
func readAll(_ path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [ReadRecord] {
    let reader = try CSVReader(path: path, options: CSVReadOptions(delimiter: delimiter))
    var records: [ReadRecord] = []
    try reader.forEachRecord { records.append(ReadRecord($0.line, $0.fields)) }
    return records
}

/// Every record of a file holding `text`.
func readAll(text: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [ReadRecord] {
    try withTemporaryFile(text) { try readAll($0, delimiter: delimiter) }
}

/// Every record of a file holding `bytes`.
func readAll(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) throws -> [ReadRecord] {
    try withTemporaryFile(bytes) { try readAll($0, delimiter: delimiter) }
}
