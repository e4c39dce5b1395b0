import OnboardingModel

/// Renders surveys.csv (grain: one onboarding survey response): about 30% of the
/// accounts that reached first value answer within three weeks of it; customers
/// who got there late score lower.
struct SurveysWriter {
    let teller: StoryTeller

    static let header = ["account_id", "responded_at", "score"]
    /// Relative weights of scores 0...10.
    private static let onTime = [1, 1, 1, 1, 1, 2, 3, 6, 12, 20, 18]
    private static let late = [2, 2, 2, 3, 4, 6, 8, 10, 10, 8, 5]

    func write(to path: String) throws {
        var out = try ByteSink(path: path)
        try out.header(Self.header)
        let through = teller.through
        for i in 0..<teller.accounts {
            let story = teller.story(i)
            guard let firstValue = story.firstValue(by: through) else { continue }
            var r = SampleRandom(seed: teller.seed, purpose: .surveys, index: i)
            guard r.chance(0.3) else { continue }
            let responded = firstValue + r.int(in: 2...20)
            guard responded <= through else { continue }
            let ttv = firstValue - story.close
            let weights = ttv <= story.segment.dueDays[Plan.firstValue] ? Self.onTime : Self.late
            out.text(AccountID.prefix); out.int(teller.accountNumber(i), width: AccountID.width); out.comma()
            MessyFormats.write(responded, r.chance(0.2) ? .dateTime : .iso, to: &out, &r); out.comma()
            out.int(r.weighted(weights))
            try out.endRow()
        }
        try out.close()
    }
}
