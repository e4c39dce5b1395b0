import OnboardingModel

/// What `validate` shows of how it read an export (SPEC §3): the stage
/// values of deals.csv and whether each counts as won, and which header fed
/// each canonical column, so a user sees the choices the tool made.
enum ExportMappingText {
    /// `Stages in deals.csv (deals.won_stages: closed_won, won):` then one
    /// line per distinct value: `  won      5  "Closed Won"`.
    static func stages(_ census: [StageCount], config: Config) -> String {
        guard !census.isEmpty else { return "" }
        let width = String(census.map(\.rows).max() ?? 0).count
        var out = "\nStages in \(config.data.deals) (deals.won_stages: "
            + "\(config.deals.wonStages.joined(separator: ", "))):\n"
        for stage in census {
            let rows = String(stage.rows)
            out += "  \(stage.won ? "won    " : "not won")  \(String(repeating: " ", count: width - rows.count))"
                + "\(rows)  \(quotedLiteral(stage.value))\n"
        }
        return out
    }

    /// Per file, `  close_date <- "CloseDate"` for each canonical column read.
    static func columns(_ files: [InputFileSummary]) -> String {
        var out = ""
        for file in files where !file.columnSources.isEmpty {
            out += "\nColumns read from \(file.fileName):\n"
            let width = file.columnSources.map(\.canonical.count).max() ?? 0
            for source in file.columnSources {
                out += "  \(source.canonical.padding(toLength: width, withPad: " ", startingAt: 0)) <- "
                    + "\(quotedLiteral(source.header))\n"
            }
        }
        return out
    }
}
