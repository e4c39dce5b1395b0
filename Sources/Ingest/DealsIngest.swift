import OnboardingModel

/// Ingest of deals.csv (SPEC §3): one row per CRM deal; closed-won deals are
/// validated and folded into one onboarded account per account_id.
///
/// Staging, then marts: `DealRowReader` types each row into a `DealRow` or
/// decides it is skipped or rejected; `AccountBook` folds each row into its
/// account as soon as it is read, so no table of deals is ever held.
struct DealsIngest: FileIngester {
    static let requiredColumns = ["deal_id", "account_id", "close_date", "acv"]
    static let optionalColumns = ["account_name", "stage", "segment", "ae", "csm", "region",
                                  "renewal_date", "churn_date", "currency"]

    private(set) var tally: RowTally
    private(set) var newest: NewestDate
    private var header: [String] = []
    private var reader: DealRowReader
    private var book: AccountBook

    init(config: Config, today: Day) {
        self.tally = RowTally(name: "deals", fileName: config.data.deals)
        self.newest = NewestDate(today: today)
        self.reader = DealRowReader(config: config)
        self.book = AccountBook(planMilestones: config.milestones.order.count)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        tally.columnSources = try reader.readHeader(header, fileName: tally.fileName)
        self.header = header
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        switch reader.read(row) {
        case .notWon:
            tally.skip()
        case .rejected(let reason):
            tally.reject(row, reason)
        case .deal(let deal):
            tally.accept()
            newest.see(deal.closeDate)
            newest.see(deal.churnDate)
            book.add(deal)
        }
    }

    /// The onboarded accounts, sorted by account_id bytes, with the notes the
    /// fold produced and the deals' own notes; the ingest's memory of deals
    /// is released.
    mutating func finish() -> (accounts: [OnboardedAccount], notes: [DataQualityNote]) {
        reader.releaseDealIDs()
        let folded = book.takeAccounts()
        let file = tally.fileName
        let notes = [
            folded.expansions.note(
                file: file, "later closed-won deals of an onboarded account counted as expansions, not onboarded again"),
            reader.badRenewal.note(file: file, "renewal_date not a valid date, treated as missing"),
            reader.badChurn.note(file: file, "churn_date not a valid date, treated as missing"),
            reader.outOfRangeDates.note(file: file, "renewal_date or churn_date outside the years 1900-2199 (a "
                + "placeholder such as 0001-01-01), treated as missing"),
            folded.churnBeforeClose.note(file: file, "churn_date before the account's close date ignored"),
            folded.unmatchedLabels.note(
                file: file, "segment label matches no configured segment; segment derived from ACV"),
        ].compactMap { $0 }
        return (folded.accounts, notes)
    }

    /// Every distinct stage value with its rows, most first; empty without
    /// a stage column.
    var stageCounts: [StageCount] { reader.stages.counts }

    /// The error of a file whose rows carry stages of which none means
    /// closed-won (SPEC §3 "deals.csv"); nil otherwise.
    func noWonRowError() -> PipelineError? { reader.noWonRowError(fileName: tally.fileName) }
}
