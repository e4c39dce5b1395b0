/// One broken invariant of a report: which one, where, and what was found.
///
/// `file` is relative to the report directory; `line` is the physical line
/// of the row in that file, nil when the invariant spans the file (a missing
/// file, a set of groups that differs).
public struct Violation: Sendable, Equatable, CustomStringConvertible {
    public let invariant: Invariant
    public let file: String
    public let line: Int?
    public let detail: String

    public init(_ invariant: Invariant, _ file: String, line: Int? = nil, _ detail: String) {
        self.invariant = invariant
        self.file = file
        self.line = line
        self.detail = detail
    }

    /// `accounts.csv:3: unique: account_id "A-001" is also on line 2`.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(invariant.rawValue): \(detail)"
    }
}
