import OnboardingModel
import Reports

/// The plain-text data-quality summary `validate` prints on stdout.
enum DataQualityText {
    static func render(_ data: IngestedData, configSource: String, config: Config = Config(),
                       topReasons: Int = 5) -> String {
        var out = "Configuration: \(configSource)\n\n"
        let header = ["file", "read", "accepted", "skipped", "rejected"]
        var rows = [header]
        for file in data.files {
            rows.append([file.fileName, String(file.rowsRead), String(file.accepted), String(file.skipped),
                         String(file.rejected)])
        }
        out += table(rows)
        for file in data.files where file.rejected > 0 {
            out += "\nTop reject reasons in \(file.fileName):\n"
            for (reason, count) in topRejectReasons(data.rejects, file: file.fileName, limit: topReasons) {
                out += "  \(count) × \(reason)\n"
            }
        }
        if !data.warnings.isEmpty {
            out += "\nWarnings:\n"
            for note in data.warnings {
                out += "  \(note.file): \(note.message) (\(note.count))\n"
            }
        }
        out += ExportMappingText.stages(data.stageCensus, config: config)
        out += ExportMappingText.columns(data.files)
        var lines: [String] = []
        if data.datesAfterToday > 0, let newest = data.newestAfterToday {
            lines.append(DataQualityLines.afterToday(count: data.datesAfterToday, newest: newest))
        }
        if config.handoff.fields.isEmpty { lines.append(DataQualityLines.handoffAbsent) }
        if !lines.isEmpty {
            out += "\nNotes:\n" + lines.map { "  \($0)\n" }.joined()
        }
        if let newest = data.newestDate {
            out += "\nNewest date in the exports: \(newest)\n"
        }
        return out
    }

    /// Most frequent reasons first; ties in byte order so output is stable.
    static func topRejectReasons(_ rejects: [RejectedRow], file: String, limit: Int) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for reject in rejects where reject.file == file { counts[reject.reason, default: 0] += 1 }
        return counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : Array(a.key.utf8).lexicographicallyPrecedes(Array(b.key.utf8))
        }.prefix(limit).map { ($0.key, $0.value) }
    }

    private static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
