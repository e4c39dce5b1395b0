import Foundation
import TestSupport
import Testing

/// One change to a copy of a good report, made by hand to break one invariant.
struct ReportEdit: Sendable {
    let apply: @Sendable (_ report: String) throws -> Void

    /// Replaces the one occurrence of `old` in `file` with `new`.
    static func replace(_ file: String, _ old: String, with new: String) -> ReportEdit {
        ReportEdit { report in
            let path = report + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try #require(text.components(separatedBy: old).count == 2, "\(old) is not once in \(file)")
            try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// Sets the cell of `column` on physical line `line` of a table whose cells hold no comma.
    static func setCell(_ file: String, line: Int, _ column: String, to value: String) -> ReportEdit {
        ReportEdit { report in
            let path = report + "/" + file
            var table = try ReportTables.rows(path)
            let i = try #require(table.first?.firstIndex(of: column))
            table[line - 1][i] = value
            try (table.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// Edits the lines of `file` (numbered from 1 in the closure's array, header first).
    static func lines(_ file: String, _ change: @escaping @Sendable (inout [String]) -> Void) -> ReportEdit {
        ReportEdit { report in
            let path = report + "/" + file
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            change(&lines)
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    static func remove(_ file: String) -> ReportEdit {
        ReportEdit { report in try FileManager.default.removeItem(atPath: report + "/" + file) }
    }
}
