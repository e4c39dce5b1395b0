/// rejects.csv and the manifest's row counts (SPEC §3 "Bad rows: nothing is
/// lost"; §7 rejects.csv "every rejected row", manifest.json "rows
/// read/accepted/skipped/rejected"): every row read was accepted, skipped or
/// rejected, and every rejected one is in rejects.csv.
extension ReportChecker {
    static let rejectsFile = "rejects.csv"

    mutating func checkRejects() {
        let file = Self.rejectsFile
        var rejected: [String: Int] = [:]
        do {
            try table(file).forEachRow(["file", "line"], exactHeader: ["file", "line", "reason", "raw"]) { row in
                rejected[row["file"], default: 0] += 1
                if (Int(row["line"]) ?? 0) < 2 {
                    log.record(.statisticInRange, file, line: row.line, "line \(row["line"]) is not a data row's line")
                }
            }
        } catch {
            return log.record(error.violation)
        }
        guard let manifest else { return }
        for input in manifest.inputs {
            if input.rowsRead != input.accepted + input.skipped + input.rejected {
                log.record(.rowAccounting, "manifest.json", "\(input.file): rows_read \(input.rowsRead) is not accepted "
                           + "\(input.accepted) + skipped \(input.skipped) + rejected \(input.rejected)")
            }
            if rejected[input.file, default: 0] != input.rejected {
                log.record(.rowAccounting, file, "\(input.file): \(rejected[input.file, default: 0]) rows; "
                           + "manifest.json says \(input.rejected) rejected")
            }
        }
        let inputs = Set(manifest.inputs.map(\.file))
        for name in rejected.keys.sorted() where !inputs.contains(name) {
            log.record(.rowAccounting, file, "\(rejected[name]!) rows of \(name), an input manifest.json does not list")
        }
    }
}
