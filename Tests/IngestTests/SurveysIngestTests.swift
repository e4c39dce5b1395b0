@testable import Ingest
import OnboardingModel
import Testing

/// Accounts A1 and A2, then the given survey rows.
private func ingestSurveys(_ rows: [[String]]) throws -> (ingest: SurveysIngest, accounts: [OnboardedAccount]) {
    let r = try ingestSurveysWithNotes(rows)
    return (r.ingest, r.accounts)
}

private func ingestSurveysWithNotes(_ rows: [[String]]) throws
    -> (ingest: SurveysIngest, accounts: [OnboardedAccount], notes: [DataQualityNote]) {
    let config = smallConfig()
    var deals = DealsIngest(config: config, today: day("2025-12-31"))
    try feed(&deals, header: ["deal_id", "account_id", "close_date", "acv"],
             rows: [["D1", "A1", "2025-03-01", "1"], ["D2", "A2", "2025-04-01", "1"]])
    var accounts = deals.finish().accounts
    var ingest = SurveysIngest(config: config, index: AccountIDIndex(accounts))
    try feed(&ingest, header: ["Account ID", "Responded At", "Score"], rows: rows)
    let notes = ingest.finish(into: &accounts)
    return (ingest, accounts, notes)
}

@Suite struct SurveysIngestTests {
    /// SPEC §3 surveys.csv: every score ≤ 5 warns that the file looks like a 1–5 rating.
    @Test(arguments: [
        (["1", "5", "3"], true),     // highest 5: at the boundary, warns
        (["1", "6", "3"], false),    // one 6: a 0-10 scale
        (["0", "0"], true),
        ([String](), false),         // no responses, nothing to judge
    ])
    func allScoresUpToFiveLookLikeARating(_ scores: [String], _ warns: Bool) throws {
        let r = try ingestSurveysWithNotes(scores.map { ["A1", "2025-04-01", $0] })
        #expect(r.notes == (warns ? [DataQualityNote(
            file: "surveys.csv", message: "every score is 5 or less: the file looks like a 1-5 rating, not a 0-10 NPS "
                + "score, and onboarding NPS counts every response as a detractor", count: scores.count)] : []))
    }

    @Test func responsesAttachToTheirAccountInFileOrder() throws {
        let r = try ingestSurveys([["A2", "2025-05-01", "9"],
                                   ["A1", "2025-04-10T23:30:00-02:00", "0"],
                                   ["A2", "5/20/2025", " 10 "],
                                   ["A2", "2025-05-02", "07"]])
        // A1's response is at 01:30 UTC on 2025-04-11.
        #expect(r.accounts[0].surveyResponses == [SurveyResponse(respondedAt: day("2025-04-11"), score: 0)])
        #expect(r.accounts[1].surveyResponses == [SurveyResponse(respondedAt: day("2025-05-01"), score: 9),
                                                  SurveyResponse(respondedAt: day("2025-05-20"), score: 10),
                                                  SurveyResponse(respondedAt: day("2025-05-02"), score: 7)])
        #expect(r.ingest.tally.accepted == 4)
    }

    @Test(arguments: [
        ("unknown account", ["A9", "2025-05-01", "9"], #"account_id "A9" not found in deals (no closed-won deal for it)"#),
        ("empty account", ["", "2025-05-01", "9"], "account_id is empty; every row needs one"),
        ("impossible date", ["A1", "2025-02-30", "9"],
         #"responded_at "2025-02-30" is not a valid date; accepted: "# + DateParser().acceptedFormatsText),
        ("empty date", ["A1", "", "9"], "responded_at is empty; every row needs one"),
        ("above 10", ["A1", "2025-05-01", "11"], #"score "11" is not a whole number from 0 to 10 (the NPS scale)"#),
        ("negative", ["A1", "2025-05-01", "-1"], #"score "-1" is not a whole number from 0 to 10 (the NPS scale)"#),
        ("fraction", ["A1", "2025-05-01", "8.5"], #"score "8.5" is not a whole number from 0 to 10 (the NPS scale)"#),
        ("word", ["A1", "2025-05-01", "ten"], #"score "ten" is not a whole number from 0 to 10 (the NPS scale)"#),
        ("plus sign", ["A1", "2025-05-01", "+9"], #"score "+9" is not a whole number from 0 to 10 (the NPS scale)"#),
        ("empty score", ["A1", "2025-05-01", ""], "score is empty; every row needs one"),
        ("placeholder score", ["A1", "2025-05-01", "n/a"], #"score "n/a" is a placeholder for no value; every row needs one"#),
    ])
    func badRowsAreRejectedNamingTheValue(_ name: String, _ fields: [String], _ reason: String) throws {
        let r = try ingestSurveys([fields])
        #expect(r.ingest.tally.rejects.map(\.reason) == [reason], "\(name)")
        #expect(r.ingest.tally.rejects.first?.raw == fields)
        #expect(r.accounts.allSatisfy { $0.surveyResponses.isEmpty })
    }

    @Test(arguments: [("0", 0), ("6", 6), ("10", 10), ("07", 7), ("00", 0)])
    func scoresOnTheScale(_ text: String, _ expected: Int) {
        #expect(SurveysIngest.score(text) == expected)
    }

    @Test(arguments: ["", "100", "010", "1 0", "٣", "9e0"])
    func notScores(_ text: String) {
        #expect(SurveysIngest.score(text) == nil)
    }
}
