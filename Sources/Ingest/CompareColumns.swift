import OnboardingModel

/// The deals.csv columns that `compare` picks accounts by (SPEC §5 "Pilot
/// versus baseline"): each must be in the export, or the run stops.
enum CompareColumns {
    /// Field indexes of `config.compareColumns` in deals.csv's header.
    ///
    /// - Throws: `PipelineError(.data)` (exit 65) naming the config key and
    ///   the headers found when a column is not in the export.
    static func indexes(in map: HeaderMap, config: Config, fileName: String,
                        header: [String]) throws(PipelineError) -> [Int] {
        var indexes: [Int] = []
        for column in config.compareColumns {
            guard let index = map[column] else {
                let key = config.compare?.pilot.columnName == column ? "compare.pilot.column" : "compare.baseline.column"
                let found = header.map { "\"\($0)\"" }.joined(separator: ", ")
                throw PipelineError(.data, "\(fileName): has no column \(column), which \(key) picks the accounts by. "
                    + "Headers found: \(found). Add the column to the export, map it with "
                    + "columns: {deals: {\(column): \"<header in \(fileName)>\"}}, or pick the accounts "
                    + "with closed_from or accounts instead.")
            }
            indexes.append(index)
        }
        return indexes
    }
}
