import OnboardingModel

/// Which side of the comparison an account is on (SPEC §5 "Pilot versus baseline").
public enum CompareSide: Sendable, Equatable { case pilot, baseline }

/// Splits the snapshots into the pilot and the baseline of `compare`.
struct CompareCohorts {
    let compare: Config.CompareOptions
    /// `Config.compareColumns`, to find a column's value in `compareValues`.
    let columns: [String]

    /// The side of each snapshot (nil: in neither), aligned with `snapshots`.
    ///
    /// - Throws: `PipelineError(.data)` (exit 65) when the pilot or the
    ///   baseline has no account closed by S, or an account is in both.
    func sides(_ snapshots: [AccountSnapshot], accounts: [OnboardedAccount],
               snapshot: Day) throws(PipelineError) -> [CompareSide?] {
        let pilotIDs = ids(compare.pilot), baselineIDs = compare.baseline.map(ids) ?? []
        var sides: [CompareSide?] = []
        sides.reserveCapacity(snapshots.count)
        var pilots = 0, baselines = 0, overlap = 0
        var firstOverlap: String?
        for s in snapshots {
            let inPilot = picks(compare.pilot, accounts, s.accountIndex, pilotIDs)
            let inBaseline = compare.baseline.map { picks($0, accounts, s.accountIndex, baselineIDs) } ?? !inPilot
            if inPilot, inBaseline {
                overlap += 1
                if firstOverlap == nil { firstOverlap = accounts[s.accountIndex].accountID }
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
        if pilots == 0 { throw empty("pilot", compare.pilot, snapshots, accounts, snapshot) }
        if baselines == 0 {
            throw empty("baseline", compare.baseline ?? compare.pilot, snapshots, accounts, snapshot)
        }
        return sides
    }

    /// What the summary should say about ids that `compare` lists but that are
    /// not onboarded accounts closed by S (mistyped, or closed later): one
    /// sentence per id list that has some, so none is dropped in silence.
    func unmatchedIDNotes(_ snapshots: [AccountSnapshot], accounts: [OnboardedAccount], snapshot: Day) -> [String] {
        let lists = [("compare.pilot.accounts", compare.pilot), ("compare.baseline.accounts", compare.baseline)]
            .compactMap { key, selector -> (String, [String])? in
                guard case .accounts(let ids)? = selector else { return nil }
                return (key, ids)
            }
        guard !lists.isEmpty else { return [] }
        var present = Set<String>()
        for s in snapshots { present.insert(accounts[s.accountIndex].accountID) }
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

    /// Whether `selector` picks `accounts[index]` (read in place, not copied).
    private func picks(_ selector: CohortSelector, _ accounts: [OnboardedAccount], _ index: Int,
                       _ ids: Set<String>) -> Bool {
        switch selector {
        case .column(let name, let values):
            guard let column = columns.firstIndex(of: name),
                  accounts[index].compareValues.indices.contains(column) else { return false }
            return values.contains(accounts[index].compareValues[column])
        case .closedFrom(let day):
            return accounts[index].closeDate >= day
        case .accounts:
            return ids.contains(accounts[index].accountID)
        }
    }

    /// The message of an empty side, with the values the column holds when it picks by column.
    private func empty(_ side: String, _ selector: CohortSelector, _ snapshots: [AccountSnapshot],
                       _ accounts: [OnboardedAccount], _ snapshot: Day) -> PipelineError {
        let key = "compare.\(side)"
        var text = "\(key) (\(side == "baseline" && compare.baseline == nil ? "every account not in the pilot" : selector.description)) "
            + "picks no account closed on or before \(snapshot)"
        if case .column(let name, _) = selector, let index = columns.firstIndex(of: name) {
            var found = Set<String>()
            for s in snapshots where accounts[s.accountIndex].compareValues.indices.contains(index) {
                found.insert(accounts[s.accountIndex].compareValues[index])
            }
            let shown = found.sorted().prefix(10).map { $0.isEmpty ? "(empty)" : $0 }
            text += "; the values of \(name) in deals.csv are \(shown.isEmpty ? "none" : shown.joined(separator: ", "))"
        }
        return PipelineError(.data, text + ". Fix \(key) or the export so that both sides have accounts.")
    }
}
