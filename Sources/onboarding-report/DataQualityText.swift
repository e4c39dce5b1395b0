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
            // Grouped as the summary groups them: by reason with the rows' own values masked.
            for reason in data.rejectReasons.filter({ $0.file == file.fileName }).prefix(topReasons) {
                out += "  \(reason.rows) × \(reason.reason)\n"
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
