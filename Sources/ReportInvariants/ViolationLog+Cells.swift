/// The checks every table repeats on its cells: a rate in [0, 1], a count or
/// day statistic not negative, a value among the accepted ones.
extension ViolationLog {
    /// A rate or probability: empty, or a number in [0, 1] (SPEC §5 "Rates are fractions").
    mutating func checkRate(_ row: TableRow, _ column: String, in file: String) {
        let text = row[column]
        guard !text.isEmpty else { return }
        guard let value = Cell.number(text), value >= 0, value <= 1 else {
            return record(.rateInRange, file, line: row.line, "\(column) \(text) is not in [0, 1]")
        }
    }

    /// A day statistic or other figure that cannot be negative: empty, or a number ≥ 0.
    mutating func checkNonNegative(_ row: TableRow, _ column: String, in file: String) {
        let text = row[column]
        guard !text.isEmpty else { return }
        guard let value = Cell.number(text), value >= 0 else {
            return record(.statisticInRange, file, line: row.line, "\(column) \(text) is negative or not a number")
        }
    }

    /// A count: a whole number ≥ 0, returned; nil (and a violation) otherwise.
    mutating func count(_ row: TableRow, _ column: String, in file: String) -> Int? {
        let text = row[column]
        guard let value = Cell.integer(text), value >= 0 else {
            record(.statisticInRange, file, line: row.line, "\(column) \"\(text)\" is not a count")
            return nil
        }
        return value
    }

    /// A cell holding one of `values`.
    mutating func checkAccepted(_ row: TableRow, _ column: String, _ values: Set<String>, in file: String) {
        let text = row[column]
        if !values.contains(text) {
            record(.acceptedValue, file, line: row.line,
                   "\(column) \"\(text)\" is not one of \(values.sorted().map { "\"\($0)\"" }.joined(separator: ", "))")
        }
    }

    /// A rate cell that SPEC §5 defines as `hits ÷ eligible`: empty exactly when
    /// `eligible` is 0, else the quotient to the 4 decimals it is written with.
    mutating func checkQuotient(_ row: TableRow, _ column: String, hits: Int, eligible: Int, in file: String) {
        let text = row[column]
        if eligible == 0 {
            if !text.isEmpty {
                record(.countsAddUp, file, line: row.line, "\(column) is \(text) with an empty denominator")
            }
        } else if let value = Cell.number(text) {
            if abs(value - Double(hits) / Double(eligible)) > 0.00005 + 1e-9 {
                record(.countsAddUp, file, line: row.line, "\(column) \(text) is not \(hits) ÷ \(eligible)")
            }
        } else {
            record(.countsAddUp, file, line: row.line, "\(column) is \"\(text)\"; \(hits) ÷ \(eligible) is defined")
        }
    }
}

extension ViolationLog {
    /// The grain: whether `key` is new to `seen` (the line each key was first on); a
    /// repeated key is a violation naming both lines.
    mutating func isFirst<Key: Hashable>(_ key: Key, _ name: String, _ row: TableRow, in seen: inout [Key: Int],
                                         file: String) -> Bool {
        if let first = seen[key] {
            record(.unique, file, line: row.line, "\(name) is also on line \(first)")
            return false
        }
        seen[key] = row.line
        return true
    }
}
