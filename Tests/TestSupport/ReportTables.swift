import Foundation

/// Reading a written report's CSV tables in tests.
public enum ReportTables {
    /// The rows of a report CSV whose cells hold no commas, as cells.
    public static func rows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The cells of column `name` below the header of `table`.
    public static func column(_ name: String, of table: [[String]]) throws -> [String] {
        guard let i = table.first?.firstIndex(of: name) else { throw MissingColumn(name: name) }
        return table.dropFirst().map { $0[i] }
    }

    /// A table without the column a test asked for.
    public struct MissingColumn: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "no column \(name)" }
    }
}
