import OnboardingModel

/// Ingest of surveys.csv (SPEC §3): one row per onboarding survey response,
/// kept on its account for `onboarding_nps`.
struct SurveysIngest: FileIngester {
    static let requiredColumns = ["account_id", "responded_at", "score"]

    private(set) var tally: RowTally
    private let config: Config
    private let dates: DateParser
    private let index: AccountIDIndex
    private var header: [String] = []
    private var accountColumn = 0, respondedColumn = 0, scoreColumn = 0
    /// Accepted responses with their account's position, in file order.
    private var responses: [(account: Int, response: SurveyResponse)] = []
    /// The highest accepted score: none above 5 looks like a 1–5 rating.
    private var highestScore = -1

    /// - Parameter index: `AccountIDIndex` of the onboarded accounts.
    init(config: Config, index: AccountIDIndex) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder)
        self.tally = RowTally(name: "surveys", fileName: config.data.surveys)
        self.index = index
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "surveys", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: [], columns: config.columns)
        self.header = header
        tally.columnSources = map.sources
        accountColumn = map["account_id"]!
        respondedColumn = map["responded_at"]!
        scoreColumn = map["score"]!
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let accountID = trimmedField(row.string(accountColumn))
        guard !isMissingText(accountID) else { return tally.reject(row, missingValueReason("account_id", accountID)) }
        let rawDate = trimmedField(row.string(respondedColumn))
        guard let respondedAt = dates.parse(rawDate) else {
            return tally.reject(row, dates.invalidDateReason("responded_at", rawDate))
        }
        let rawScore = trimmedField(row.string(scoreColumn))
        guard let score = Self.score(rawScore) else {
            return tally.reject(row, isMissingText(rawScore) ? missingValueReason("score", rawScore)
                : "score \(shown(rawScore)) is not a whole number from 0 to 10 (the NPS scale)")
        }
        guard let account = index.position(of: accountID) else {
            return tally.reject(row, "account_id \(shown(accountID)) not found in deals (no closed-won deal for it)")
        }
        responses.append((account, SurveyResponse(respondedAt: respondedAt, score: score)))
        highestScore = max(highestScore, score)
        tally.accept()
    }

    /// Appends the responses to their accounts in `accounts` (the accounts
    /// the index was built from), in file order.
    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        for (account, response) in responses { accounts[account].surveyResponses.append(response) }
        // On a 0–10 NPS scale every score ≤ 5 is a detractor: a 1–5 rating read as NPS gives −100.
        guard !responses.isEmpty, highestScore <= 5 else { return [] }
        return [DataQualityNote(file: tally.fileName, message: "every score is 5 or less: the file looks like a 1-5 "
            + "rating, not a 0-10 NPS score, and onboarding NPS counts every response as a detractor",
            count: responses.count)]
    }

    /// A score: one or two ASCII digits, 0 through 10 (`07` is 7).
    static func score(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard (1...2).contains(utf8.count), utf8.allSatisfy({ $0 &- UInt8(ascii: "0") <= 9 }),
              let value = Int(text), value <= 10 else { return nil }
        return value
    }
}
