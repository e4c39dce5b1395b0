import OnboardingModel

/// The stage values of deals.csv (SPEC §3 "deals.csv"): which mean
/// closed-won under `deals.won_stages`, and how many rows carry each distinct
/// value, so `validate` can show a renamed won stage (`6 - Closed Won`,
/// `Gewonnen`) that would otherwise be skipped in silence.
///
/// A million rows carry a handful of spellings: each raw spelling is looked
/// up by its bytes and counted in a slot; a `String` is made once per
/// spelling.
struct StageCensus {
    /// Normalized stage values that mean closed-won.
    private let wonStages: Set<String>
    /// Raw spelling → its slot in `values`.
    private var spellings = SpellingCache<Int>(limit: 1024)
    /// Trimmed value → slot, for spellings that differ only in surrounding
    /// spaces or once the cache is full.
    private var slots: [String: Int] = [:]
    private var values: [String] = []
    private var rows: [Int] = []
    private var won: [Bool] = []
    /// Distinct values beyond which rows are counted under one "other" slot.
    private static let valueLimit = 1000

    init(wonStages: [String]) {
        self.wonStages = Set(wonStages)
    }

    /// Counts one row's stage and tells whether it means closed-won.
    mutating func count(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let slot: Int
        if let known = spellings.lookup(raw) {
            slot = known
        } else {
            slot = self.slot(for: raw)
            spellings.remember(raw, slot)
        }
        rows[slot] += 1
        return won[slot]
    }

    private mutating func slot(for raw: UnsafeBufferPointer<UInt8>) -> Int {
        var value = String(decoding: trimmedBytes(raw), as: UTF8.self)
        if let slot = slots[value] { return slot }
        let isWon = wonStages.contains(normalizedName(value))
        if values.count >= Self.valueLimit, !isWon { value = "(other values)" }
        if let slot = slots[value] { return slot }
        slots[value] = values.count
        values.append(value)
        rows.append(0)
        won.append(isWon)
        return values.count - 1
    }

    /// Rows whose stage means closed-won.
    var wonRows: Int { zip(rows, won).reduce(0) { $0 + ($1.1 ? $1.0 : 0) } }
    var totalRows: Int { rows.reduce(0, +) }

    /// Every distinct value, most rows first, then by value bytes.
    var counts: [StageCount] {
        values.indices.map { StageCount(value: values[$0], rows: rows[$0], won: won[$0]) }
            .sorted { a, b in
                a.rows != b.rows ? a.rows > b.rows : a.value.utf8.lexicographicallyPrecedes(b.value.utf8)
            }
    }

    /// The error of a non-empty deals file with no closed-won row: the stage
    /// values found and the key that would make one of them count.
    static func noWonRowError(fileName: String, stageLabel: String, counts: [StageCount],
                              wonStages: [String]) -> PipelineError {
        let shownValues = counts.prefix(10).map { "\(quotedValue($0.value)) (\($0.rows))" }.joined(separator: ", ")
        let more = counts.count > 10 ? ", and \(counts.count - 10) more" : ""
        let example = counts.first.map { normalizedName($0.value) } ?? "closed_won"
        let list = (wonStages + [example]).map(yamlScalar).joined(separator: ", ")
        return PipelineError(.data, """
            \(fileName): no row has a closed-won stage, so no account starts onboarding. \(stageLabel) values \
            found: \(shownValues)\(more); deals.won_stages is [\(wonStages.joined(separator: ", "))]. If one of \
            these values means closed-won, add it to deals.won_stages in the config, e.g. \
            deals: {won_stages: [\(list)]}.
            """)
    }

    private static func quotedValue(_ value: String) -> String { "\"\(value)\"" }

    /// A value as a YAML flow scalar: quoted unless it is a plain word.
    private static func yamlScalar(_ value: String) -> String {
        value.utf8.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || $0 == UInt8(ascii: "_")
            || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) } ? value : "\"\(value)\""
    }
}
