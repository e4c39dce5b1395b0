import CSVStream
import Foundation

/// One CSV file of a report, read through CSVStream a row at a time.
///
/// Only the columns a check names become `String`s: accounts.csv has a
/// million rows and red_flags.csv a message of a few hundred bytes on each.
struct ReportTable {
    let directory: String
    let name: String

    var path: String { directory + "/" + name }

    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Calls `body` with each row below the header, holding the cells of `columns`.
    ///
    /// - Parameter exactHeader: the header SPEC §7 fixes for this file, if it fixes one.
    /// - Throws: `TableProblem` when the file is missing or unreadable, its header is not
    ///   `exactHeader`, or it lacks one of `columns`; no row is handed over then.
    func forEachRow(_ columns: [String], exactHeader: [String]? = nil,
                    _ body: (TableRow) -> Void) throws(TableProblem) {
        guard exists else { throw TableProblem(.requiredFile, name, "missing") }
        var picks: [Int] = []
        let positions = Dictionary(columns.enumerated().map { ($1, $0) }) { first, _ in first }
        var sawHeader = false
        do {
            let reader = try CSVReader(path: path)
            try reader.forEachRecord { record in
                guard sawHeader else {
                    picks = try Self.pick(columns, from: record.fields, exactHeader: exactHeader, file: name)
                    sawHeader = true
                    return
                }
                body(TableRow(line: record.line, cells: picks.map { $0 < record.count ? record.string($0) : "" },
                              positions: positions))
            }
        } catch let problem as TableProblem {
            throw problem
        } catch {
            throw TableProblem(.requiredFile, name, "unreadable: \(error)")
        }
        if !sawHeader { throw TableProblem(.exactHeader, name, "empty: no header row") }
    }

    /// The rows of a small table, read whole.
    func rows(_ columns: [String], exactHeader: [String]? = nil) throws(TableProblem) -> [TableRow] {
        var rows: [TableRow] = []
        try forEachRow(columns, exactHeader: exactHeader) { rows.append($0) }
        return rows
    }

    /// The positions of `columns` in `header`, after checking it against `exactHeader`.
    private static func pick(_ columns: [String], from header: [String], exactHeader: [String]?,
                             file: String) throws(TableProblem) -> [Int] {
        if let exactHeader, header != exactHeader {
            throw TableProblem(.exactHeader, file, line: 1,
                               "header is \(header.joined(separator: ",")), "
                               + "SPEC §7 fixes \(exactHeader.joined(separator: ","))")
        }
        var picks: [Int] = []
        for column in columns {
            guard let i = header.firstIndex(of: column) else {
                throw TableProblem(.exactHeader, file, line: 1, "no column \(column)")
            }
            picks.append(i)
        }
        return picks
    }
}

/// A row of a report table: its line and the cells a check asked for, by column name.
struct TableRow {
    let line: Int
    let cells: [String]
    let positions: [String: Int]

    subscript(_ column: String) -> String { cells[positions[column]!] }
}

/// Why a table could not be checked: it stands for the one violation that says so.
struct TableProblem: Error {
    let violation: Violation

    init(_ invariant: Invariant, _ file: String, line: Int? = nil, _ detail: String) {
        violation = Violation(invariant, file, line: line, detail)
    }
}
