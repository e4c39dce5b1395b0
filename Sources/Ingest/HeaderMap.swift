import OnboardingModel

/// Where each canonical column of one file sits in its header row.
///
/// Built once per file from the header; rows then read fields by index.
struct HeaderMap {
    /// Canonical name → field index.
    private let indexes: [String: Int]
    /// The header row as exported, for messages.
    let header: [String]

    /// Field index of a canonical column, or nil when the file lacks it.
    subscript(canonical: String) -> Int? { indexes[canonical] }

    /// Resolves `required` and `optional` canonical columns in `header`.
    ///
    /// A canonical name is looked for under its `columns:` mapping when the
    /// config has one (keys and values normalized); else under the preset's
    /// names for it, in order, then under itself. Extra columns are ignored;
    /// two columns under the name found (`acv,acv`, `close_date,Close Date`)
    /// are an error naming both (SPEC §3).
    ///
    /// - Parameters:
    ///   - file: logical file name, the key of `columns:` (`deals`).
    ///   - fileName: the file's name for messages (`deals.csv`).
    ///   - columns: the config's `columns:` section.
    ///   - preset: the CRM preset's mapping for this file.
    /// - Throws: `PipelineError(.data)` naming every missing required column,
    ///   the headers found and how to map them, or two columns for one.
    init(header: [String], file: String, fileName: String, required: [String], optional: [String],
         columns: [String: [String: String]], preset: CRMPreset = .deals(.none)) throws(PipelineError) {
        var positions: [String: [Int]] = [:]
        for (i, name) in header.enumerated() { positions[normalizedName(name), default: []].append(i) }
        var mapping: [String: (key: String, header: String)] = [:]
        let fileColumns = (columns[file] ?? [:]).sorted { $0.key < $1.key }
        for (key, value) in fileColumns where mapping[normalizedName(key)] == nil {
            mapping[normalizedName(key)] = (key, value)
        }
        var indexes: [String: Int] = [:]
        var missing: [String] = []
        for canonical in required + optional where indexes[canonical] == nil {
            let presetNames = preset.headers[canonical] ?? []
            let wanted = mapping[canonical].map { [normalizedName($0.header)] }
                ?? presetNames.map { normalizedName($0) } + [canonical]
            // The first wanted name the header has; a preset's name wins over the canonical one.
            let candidates = wanted.lazy.compactMap { positions[$0] }.first ?? []
            if candidates.count > 1 {
                throw PipelineError(.data, duplicateMessage(canonical, candidates, header: header, file: file,
                                                            fileName: fileName))
            }
            if let index = candidates.first {
                indexes[canonical] = index
            } else if required.contains(canonical) {
                if let mapped = mapping[canonical] {
                    missing.append("\(canonical) (mapped by columns.\(file).\(mapped.key) to \"\(mapped.header)\")")
                } else if !presetNames.isEmpty {
                    let names = presetNames.map { "\"\($0)\"" }.joined(separator: " or ")
                    missing.append("\(canonical) (the \(preset.preset.rawValue) preset looks for \(names))")
                } else {
                    missing.append(canonical)
                }
            }
        }
        guard missing.isEmpty else {
            let found = header.isEmpty ? "none" : header.map { "\"\($0)\"" }.joined(separator: ", ")
            let example = required.first { indexes[$0] == nil } ?? required[0]
            throw PipelineError(.data, """
                \(fileName): missing required column\(missing.count == 1 ? "" : "s") \
                \(missing.joined(separator: ", ")). Headers found: \(found). Rename the export's \
                header or map it in the config, e.g. columns: {\(file): {\(example): "<header in \(fileName)>"}}\
                \(presetHint(file: file, preset: preset.preset)).\(HeaderDiagnosis.hint(header))
                """)
        }
        self.indexes = indexes
        self.header = header
        sources = (required + optional).compactMap { canonical in
            indexes[canonical].map { ColumnSource(canonical: canonical, header: trimmedField(header[$0])) }
        }
    }

    /// Each canonical column found, in required-then-optional order, with
    /// the header that feeds it.
    let sources: [ColumnSource]
}

/// Points a deals.csv without a preset at the presets, since a CRM export's
/// headers are the commonest reason for a missing column there.
private func presetHint(file: String, preset: Config.Preset) -> String {
    guard file == "deals", preset == .none else { return "" }
    return ", or for a Salesforce or HubSpot export set csv.preset (or --preset) to salesforce or hubspot"
}

/// Two header columns that both read as `canonical`.
private func duplicateMessage(_ canonical: String, _ indexes: [Int], header: [String], file: String,
                              fileName: String) -> String {
    let named = indexes.map { "\(quotedLiteral(header[$0])) (column \($0 + 1))" }.joined(separator: " and ")
    return "\(fileName): columns \(named) are both \(canonical); keep one in the export, or map the one to use "
        + "in the config, e.g. columns: {\(file): {\(canonical): \(quotedLiteral(header[indexes[0]]))}}."
}
