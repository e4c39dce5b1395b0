import OnboardingModel

/// Running counts and sums for one group of account snapshots; `finish`
/// turns them into the SPEC §5 group metrics.
///
/// Adding a snapshot is O(1), so every grouping (segment × cohort, segment,
/// all) is a single pass; TTVs are counted per day value for the percentiles.
struct GroupAccumulator {
    private(set) var accounts = 0
    private(set) var active = 0, complete = 0, churned = 0, stalled = 0
    private var ttvs = DayCounts()
    private(set) var ttvEligible = 0, ttvHits = 0
    private(set) var completionEligible = 0, completionHits = 0
    private var velocityDays = 0, velocityMilestones = 0
    private var handoffTotal = Rational.zero
    private(set) var retentionEligible = 0, retained = 0
    private(set) var day7Eligible = 0, day7Hits = 0
    private(set) var responses = 0, promoters = 0, detractors = 0
    private var adoptionMet = 0, adoptionNotMet = 0
    private var bands = [0, 0, 0]

    /// Counts one account at its snapshot.
    ///
    /// The account's fields are read in place, where a copy of the account
    /// would retain each of its strings and arrays.
    mutating func add(_ entry: AccountAtSnapshot, rules: GroupRules) {
        let s = entry.snapshot
        let close = entry.account.closeDate
        accounts += 1
        switch s.status {
        case .active: active += 1
        case .complete: complete += 1
        case .churned: churned += 1
        }
        if s.stalled { stalled += 1 }

        if let ttv = s.ttvDays { ttvs.add(ttv) }
        // An eligible account without TTV (first value skipped or not reached) is a miss.
        let target = rules.ttvTargets[s.segmentIndex]
        if s.netDaysSinceClose >= target {
            ttvEligible += 1
            if let ttv = s.ttvDays, ttv <= target { ttvHits += 1 }
        }

        let window = rules.windows[s.segmentIndex]
        if s.netDaysSinceClose >= window {
            completionEligible += 1
            // completedOnTime compares net(close, completion) with the window.
            if s.completionDate != nil, s.completedOnTime == true { completionHits += 1 }
        }

        if s.achievedCount > 0 {
            velocityDays += s.lastProgress - close - s.heldBeforeProgress
            velocityMilestones += s.achievedCount
        }

        handoffTotal += s.handoffScore

        if s.daysSinceClose >= GroupRules.retentionDays {
            retentionEligible += 1
            // The snapshot keeps only a churn on or before S: a later one has not happened.
            if s.churnDate.map({ $0 - close >= GroupRules.retentionDays }) ?? true { retained += 1 }
        }

        if s.daysSinceClose >= GroupRules.engagementDays {
            day7Eligible += 1
            if s.day7Engaged == true { day7Hits += 1 }
        }

        switch s.adoptionTargetMet {
        case true?: adoptionMet += 1
        case false?: adoptionNotMet += 1
        case nil: break
        }
        if let score = s.healthScore {
            switch HealthBand(score: score, options: rules.health) {
            case .green: bands[0] += 1
            case .amber: bands[1] += 1
            case .red: bands[2] += 1
            }
        }

        if rules.hasSurveys {
            for response in entry.account.surveyResponses where response.respondedAt <= rules.snapshot {
                responses += 1
                if response.score >= 9 { promoters += 1 } else if response.score <= 6 { detractors += 1 }
            }
        }
    }

    /// Adds another group's counts to this one (the `all` row from the segments).
    mutating func merge(_ other: GroupAccumulator) {
        accounts += other.accounts
        active += other.active
        complete += other.complete
        churned += other.churned
        stalled += other.stalled
        ttvs.merge(other.ttvs)
        ttvEligible += other.ttvEligible
        ttvHits += other.ttvHits
        completionEligible += other.completionEligible
        completionHits += other.completionHits
        velocityDays += other.velocityDays
        velocityMilestones += other.velocityMilestones
        handoffTotal += other.handoffTotal
        retentionEligible += other.retentionEligible
        retained += other.retained
        day7Eligible += other.day7Eligible
        day7Hits += other.day7Hits
        responses += other.responses
        promoters += other.promoters
        detractors += other.detractors
        adoptionMet += other.adoptionMet
        adoptionNotMet += other.adoptionNotMet
        for b in bands.indices { bands[b] += other.bands[b] }
    }

    /// The group's metrics; every rate over an empty denominator is nil.
    func finish(rules: GroupRules) -> GroupMetrics {
        var m = GroupMetrics()
        m.accounts = accounts
        m.active = active
        m.complete = complete
        m.churned = churned
        m.ttvN = ttvs.count
        m.ttvMedianDays = Percentile.type7(ttvs, Rational(1, 2))
        m.ttvP90Days = Percentile.type7(ttvs, Rational(9, 10))
        m.ttvWithinTargetRate = .ratio(ttvHits, ttvEligible)
        m.completionRate = .ratio(completionHits, completionEligible)
        m.milestoneVelocityDays = .ratio(velocityDays, velocityMilestones)
        m.stalled = stalled
        m.stallRate = .ratio(stalled, active)
        m.handoffQuality = accounts > 0 && rules.hasHandoff ? handoffTotal / Rational(accounts) : nil
        m.retention90dRate = .ratio(retained, retentionEligible)
        m.day7EngagementRate = rules.hasEvents ? .ratio(day7Hits, day7Eligible) : nil
        // (% promoters − % detractors) × 100 = 100 · (promoters − detractors) ÷ responses.
        m.onboardingNPS = rules.hasSurveys ? .ratio(100 * (promoters - detractors), responses) : nil
        m.adoptionRate = rules.hasEvents ? .ratio(adoptionMet, adoptionMet + adoptionNotMet) : nil
        (m.healthGreen, m.healthAmber, m.healthRed) = (bands[0], bands[1], bands[2])
        return m
    }
}
