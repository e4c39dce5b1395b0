import Foundation
import Testing

/// Reading a written report's CSV tables in CLI tests.
enum ReportTables {
    /// The rows of a report CSV whose cells hold no commas, as cells.
    static func rows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The cells of column `name` below the header of `table`.
    static func column(_ name: String, of table: [[String]]) throws -> [String] {
        let i = try #require(table.first?.firstIndex(of: name))
        return table.dropFirst().map { $0[i] }
    }
}
