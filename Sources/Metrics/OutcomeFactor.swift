import OnboardingModel

/// One factor of outcomes.csv (SPEC §5 "Does onboarding pay off?"): what
/// splits the accounts into bands, the first band being the reference.
struct OutcomeFactor {
    enum Kind { case ttv, completedOnTime, handoff, day7Engaged, nps, adoption }

    let kind: Kind
    let name: String
    let bands: [String]

    /// The factors a report has, in SPEC order: events add day7_engaged and
    /// adoption, surveys add nps.
    static func all(config: Config, hasEvents: Bool, hasSurveys: Bool) -> [OutcomeFactor] {
        var factors = [OutcomeFactor(kind: .ttv, name: "ttv", bands: OutcomeBands.ttv(config.outcomes.ttvBands)),
                       OutcomeFactor(kind: .completedOnTime, name: "completed_on_time", bands: ["true", "false"])]
        if !config.handoff.fields.isEmpty {
            factors.append(OutcomeFactor(kind: .handoff, name: "handoff", bands: ["complete", "incomplete"]))
        }
        if hasEvents { factors.append(OutcomeFactor(kind: .day7Engaged, name: "day7_engaged", bands: ["true", "false"])) }
        if hasSurveys { factors.append(OutcomeFactor(kind: .nps, name: "nps", bands: ["7+", "0-6"])) }
        if hasEvents { factors.append(OutcomeFactor(kind: .adoption, name: "adoption", bands: ["true", "false"])) }
        return factors
    }

    /// The account's band index at the snapshot, or nil when the factor
    /// does not place it yet (not complete nor past its window, day 7 not
    /// reached, no survey response, adoption target neither met nor missed yet).
    ///
    /// The account is read in place: a copy would retain each of its strings
    /// and arrays, a million times over.
    func band(of entry: AccountAtSnapshot, rules: OutcomeRules) -> Int? {
        let s = entry.snapshot
        switch kind {
        case .ttv:
            guard let ttv = s.ttvDays else { return bands.count - 1 }
            return rules.ttvBandLimits.firstIndex { ttv <= $0 } ?? rules.ttvBandLimits.count
        case .completedOnTime:
            return s.completedOnTime.map { $0 ? 0 : 1 }
        case .handoff:
            return s.handoffScore >= rules.handoffMinScore ? 0 : 1
        case .day7Engaged:
            return s.day7Engaged.map { $0 ? 0 : 1 }
        case .nps:
            return Self.latestScore(entry.account.surveyResponses, by: rules.snapshot).map { $0 >= 7 ? 0 : 1 }
        case .adoption:
            return s.adoptionTargetMet.map { $0 ? 0 : 1 }
        }
    }

    /// The score of the latest response dated ≤ S (the later in file order on a tie).
    static func latestScore(_ responses: [SurveyResponse], by snapshot: Day) -> Int? {
        var latest: SurveyResponse?
        for response in responses where response.respondedAt <= snapshot {
            if latest.map({ response.respondedAt >= $0.respondedAt }) ?? true { latest = response }
        }
        return latest?.score
    }
}

/// The band names of outcomes.csv's factors.
public enum OutcomeBands {
    /// `outcomes.ttv_bands` [30, 60] → `0-30`, `31-60`, `61+`, then `none` (no first value by S).
    public static func ttv(_ limits: [Int]) -> [String] {
        var names: [String] = []
        var low = 0
        for limit in limits {
            names.append("\(low)-\(limit)")
            low = limit + 1
        }
        return names + ["\(low)+", "none"]
    }
}

/// What placing an account in a band needs besides its snapshot.
struct OutcomeRules {
    let snapshot: Day
    let ttvBandLimits: [Int]
    let handoffMinScore: Rational
}
