/// The options of the two analyses that ask "does onboarding pay off?"
/// (SPEC §4 `outcomes`, `compare`; §5).
extension Config {
    /// `outcomes`: retention horizons and the TTV bands of outcomes.csv.
    public struct OutcomesOptions: Sendable, Equatable {
        /// Days after close at which retention is judged, ascending.
        public var horizons = [90, 365]
        /// Upper ends of the TTV bands, ascending: [30, 60] gives 0-30, 31-60, 61+.
        public var ttvBands = [30, 60]
        public init() {}
    }

    /// `compare`: a pilot cohort against a baseline (comparison.csv).
    public struct CompareOptions: Sendable, Equatable {
        /// Names the pilot in the summary's section.
        public var name: String
        public var pilot: CohortSelector
        /// Nil: every account that is not in the pilot.
        public var baseline: CohortSelector?

        public init(name: String, pilot: CohortSelector, baseline: CohortSelector? = nil) {
            self.name = name
            self.pilot = pilot
            self.baseline = baseline
        }
    }
}

/// How `compare.pilot` or `compare.baseline` picks its accounts.
public enum CohortSelector: Sendable, Equatable {
    /// The onboarding deal's value of a deals.csv column is one of `values`
    /// (both normalized as headers are).
    case column(name: String, values: [String])
    /// Closed on or after this day.
    case closedFrom(Day)
    /// These account ids.
    case accounts([String])

    /// The deals.csv column this selector reads, if any.
    public var columnName: String? {
        if case .column(let name, _) = self { return name }
        return nil
    }

    /// How a message shows the selector: `track in [pilot]`, `closed from 2026-09-01`, `accounts [A1, A2]`.
    public var description: String {
        switch self {
        case .column(let name, let values): "\(name) in [\(values.joined(separator: ", "))]"
        case .closedFrom(let day): "closed from \(day)"
        case .accounts(let ids): "accounts [\(ids.joined(separator: ", "))]"
        }
    }
}

extension Config {
    /// The deals.csv columns `compare` reads, pilot's first, without repeats;
    /// `OnboardedAccount.compareValues` is aligned with it.
    public var compareColumns: [String] {
        guard let compare else { return [] }
        var columns: [String] = []
        for name in [compare.pilot.columnName, compare.baseline?.columnName].compactMap({ $0 })
        where !columns.contains(name) {
            columns.append(name)
        }
        return columns
    }
}
