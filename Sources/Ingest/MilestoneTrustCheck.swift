import OnboardingModel

/// The trust check of SPEC §5 "Milestones from product usage": where the CS
/// platform's export (milestones.csv) also dates a milestone that events
/// define, how often the hand-entered date is more than a week off the
/// product's, so CS Ops learns whether such dates can be believed.
enum MilestoneTrustCheck {
    /// Dates further apart than this many days disagree.
    static let toleranceDays = 7

    /// One note per `from_events` milestone with accounts whose two dates
    /// disagree: how many, of how many with both dates, and the median
    /// absolute difference in days over all of those.
    ///
    /// - Parameters:
    ///   - accounts: with the event-defined milestones already filled in.
    ///   - reported: milestones.csv's day of (account index, plan index), raised to the close date.
    static func notes(config: Config, accounts: [OnboardedAccount], file: String,
                      reported: (Int, Int) -> Day?) -> [DataQualityNote] {
        let plan = config.milestones
        var notes: [DataQualityNote] = []
        for (m, name) in plan.order.enumerated() where plan.fromEvents[name] != nil {
            var differences: [Int] = []
            for a in accounts.indices {
                guard let product = accounts[a].milestones[m].achievedDate, let typed = reported(a, m) else { continue }
                differences.append(abs(typed - product))
            }
            let disagreeing = differences.lazy.filter { $0 > toleranceDays }.count
            guard disagreeing > 0 else { continue }
            differences.sort()
            let apart = Array(differences.drop { $0 <= toleranceDays })
            notes.append(DataQualityNote(file: file, message: """
                \(name) dated both here and by events (milestones.from_events): more than \(toleranceDays) days \
                apart for these accounts of the \(differences.count) with both dates; median difference \
                \(median(differences).formatted(places: 1)) days over all of them, \
                \(median(apart).formatted(places: 1)) over these
                """, count: disagreeing))
        }
        return notes
    }

    /// The median of sorted, non-empty values (the mean of the middle two when even).
    static func median(_ sorted: [Int]) -> Rational {
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Rational(sorted[mid]) : Rational(Int64(sorted[mid - 1] + sorted[mid]), 2)
    }
}
