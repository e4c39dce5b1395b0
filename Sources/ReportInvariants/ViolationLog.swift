/// The violations found so far, at most `limit` kept per invariant.
///
/// A broken 1M-account report can break one invariant on every row; the first
/// few say what is wrong, and the count says how widely.
public struct ViolationLog: Sendable {
    public let limit: Int
    /// The kept violations, in the order they were found.
    public private(set) var kept: [Violation] = []
    /// Every violation found, by invariant, kept or not.
    public private(set) var counts: [Invariant: Int] = [:]

    public init(limit: Int = 20) {
        self.limit = limit
    }

    /// Whether every invariant held.
    public var isEmpty: Bool { counts.isEmpty }

    /// Violations found beyond the kept ones.
    public var omitted: Int { counts.values.reduce(0, +) - kept.count }

    mutating func record(_ violation: Violation) {
        let count = counts[violation.invariant, default: 0]
        counts[violation.invariant] = count + 1
        if count < limit { kept.append(violation) }
    }

    mutating func record(_ invariant: Invariant, _ file: String, line: Int? = nil, _ detail: String) {
        record(Violation(invariant, file, line: line, detail))
    }
}
