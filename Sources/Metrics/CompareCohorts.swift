import OnboardingModel

/// Which side of the comparison an account is on (SPEC §5 "Pilot versus baseline").
public enum CompareSide: Sendable, Equatable { case pilot, baseline }

/// Splits the accounts at S into the pilot and the baseline of `compare`.
struct CompareCohorts {
    let compare: Config.CompareOptions
    /// `Config.compareColumns`, to find a column's value in `compareValues`.
    let columns: [String]

    /// The side of each account (nil: in neither), aligned with `accounts`.
    ///
    /// - Throws: `PipelineError(.data)` (exit 65) when the pilot or the
    ///   baseline has no account closed by S, or an account is in both.
    func sides(_ accounts: SnapshotAccounts, snapshot: Day) throws(PipelineError) -> [CompareSide?] {
        let pilotIDs = ids(compare.pilot), baselineIDs = compare.baseline.map(ids) ?? []
        var sides: [CompareSide?] = []
        sides.reserveCapacity(accounts.count)
        var pilots = 0, baselines = 0, overlap = 0
        var firstOverlap: String?
        for entry in accounts {
            let inPilot = picks(compare.pilot, entry, pilotIDs)
            let inBaseline = compare.baseline.map { picks($0, entry, baselineIDs) } ?? !inPilot
            if inPilot, inBaseline {
                overlap += 1
                if firstOverlap == nil { firstOverlap = entry.account.accountID }
            }
            if inPilot { pilots += 1 } else if inBaseline { baselines += 1 }
            sides.append(inPilot ? .pilot : inBaseline ? .baseline : nil)
        }
        if let firstOverlap, let baseline = compare.baseline {
            throw PipelineError(.data, "compare: \(overlap) account(s) are picked by both compare.pilot "
                + "(\(compare.pilot.description)) and compare.baseline (\(baseline.description)), the first "
                + "\(quotedLiteral(firstOverlap)); an account is in the pilot or in the baseline, not both: "
                + "narrow one of them.")
        }
        if pilots == 0 { throw empty("pilot", compare.pilot, accounts, snapshot) }
        if baselines == 0 {
            throw empty("baseline", compare.baseline ?? compare.pilot, accounts, snapshot)
        }
        return sides
    }

    /// What the summary should say about ids that `compare` lists but that are
    /// not onboarded accounts closed by S (mistyped, or closed later): one
    /// sentence per id list that has some, so none is dropped in silence.
    func unmatchedIDNotes(_ accounts: SnapshotAccounts, snapshot: Day) -> [String] {
        let lists = [("compare.pilot.accounts", compare.pilot), ("compare.baseline.accounts", compare.baseline)]
            .compactMap { key, selector -> (String, [String])? in
                guard case .accounts(let ids)? = selector else { return nil }
                return (key, ids)
            }
        guard !lists.isEmpty else { return [] }
        var present = Set<String>()
        for entry in accounts { present.insert(entry.account.accountID) }
        return lists.compactMap { key, ids in
            let missing = ids.filter { !present.contains($0) }
            guard let first = missing.first else { return nil }
            return "\(missing.count) of the \(ids.count) ids in \(key) are not onboarded accounts closed by "
                + "\(snapshot) (first \(quotedLiteral(first))); they are left out."
        }
    }

    private func ids(_ selector: CohortSelector) -> Set<String> {
        if case .accounts(let list) = selector { return Set(list) }
        return []
    }

    /// Whether `selector` picks the entry's account (read in place, not copied).
    private func picks(_ selector: CohortSelector, _ entry: AccountAtSnapshot, _ ids: Set<String>) -> Bool {
        switch selector {
        case .column(let name, let values):
            guard let column = columns.firstIndex(of: name),
                  entry.account.compareValues.indices.contains(column) else { return false }
            return values.contains(entry.account.compareValues[column])
        case .closedFrom(let day):
            return entry.account.closeDate >= day
        case .accounts:
            return ids.contains(entry.account.accountID)
        }
    }

    /// The message of an empty side, with the values the column holds when it picks by column.
    private func empty(_ side: String, _ selector: CohortSelector, _ accounts: SnapshotAccounts,
                       _ snapshot: Day) -> PipelineError {
        let key = "compare.\(side)"
        var text = "\(key) (\(side == "baseline" && compare.baseline == nil ? "every account not in the pilot" : selector.description)) "
            + "picks no account closed on or before \(snapshot)"
        if case .column(let name, _) = selector, let index = columns.firstIndex(of: name) {
            var found = Set<String>()
            for entry in accounts where entry.account.compareValues.indices.contains(index) {
                found.insert(entry.account.compareValues[index])
            }
            let shown = found.sorted().prefix(10).map { $0.isEmpty ? "(empty)" : $0 }
            text += "; the values of \(name) in deals.csv are \(shown.isEmpty ? "none" : shown.joined(separator: ", "))"
        }
        return PipelineError(.data, text + ". Fix \(key) or the export so that both sides have accounts.")
    }
}
