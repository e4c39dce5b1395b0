import OnboardingModel

/// Ingest of deals.csv (SPEC §3): one row per CRM deal; closed-won deals are
/// validated and folded into one onboarding deal per account.
struct DealsIngest: FileIngester {
    static let requiredColumns = ["deal_id", "account_id", "close_date", "acv"]
    static let optionalColumns = ["account_name", "stage", "segment", "ae", "csm", "region",
                                  "renewal_date", "churn_date", "currency"]

    private(set) var tally: RowTally
    private(set) var newest: NewestDate
    private let config: Config
    private let dates: DateParser
    private let preset: CRMPreset
    private let currency: CurrencyConverter
    private var columns = DealColumns()
    private var labels = DealLabels()
    private var header: [String] = []
    /// Raw stage spelling → whether it means closed-won.
    private var stageCache: [String: Bool] = [:]
    /// deal_id → line of the accepted row, to reject repeats.
    private var firstLine: [String: Int] = [:]
    private var book = AccountBook()
    private var badRenewal = CountedNote()
    private var badChurn = CountedNote()

    init(config: Config, today: Day) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder)
        self.preset = CRMPreset.deals(config.csv.preset)
        self.currency = CurrencyConverter(config.currency)
        self.tally = RowTally(name: "deals", fileName: config.data.deals)
        self.newest = NewestDate(today: today)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let fields = config.handoff.fields
        let map = try HeaderMap(header: header, file: "deals", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: Self.optionalColumns + fields,
                                columns: config.columns, preset: preset)
        self.header = header
        columns = DealColumns(
            dealID: map["deal_id"]!, accountID: map["account_id"]!, closeDate: map["close_date"]!,
            acv: map["acv"]!, accountName: map["account_name"], stage: map["stage"],
            segment: map["segment"], ae: map["ae"], csm: map["csm"], region: map["region"],
            renewalDate: map["renewal_date"], churnDate: map["churn_date"], currency: map["currency"],
            handoff: fields.map { map[$0] })
        func label(_ canonical: String) -> String { columnLabel(canonical, header: header, index: map[canonical]) }
        labels = DealLabels(dealID: label("deal_id"), accountID: label("account_id"),
                            closeDate: label("close_date"), acv: label("acv"), currency: label("currency"))
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        if let stage = columns.stage, !isClosedWon(row.string(stage)) {
            tally.skip()
            return
        }
        let dealID = trimmedField(row.string(columns.dealID))
        guard !isMissingText(dealID) else { return tally.reject(row, missingValueReason(labels.dealID, dealID)) }
        var accountID = trimmedField(row.string(columns.accountID))
        if preset.firstOfList.contains("account_id") { accountID = CRMPreset.firstListItem(accountID) }
        guard !isMissingText(accountID) else {
            return tally.reject(row, missingValueReason(labels.accountID, accountID))
        }
        let rawClose = row.string(columns.closeDate)
        guard let closeDate = dates.parse(rawClose) else {
            return tally.reject(row, dates.invalidDateReason(labels.closeDate, rawClose))
        }
        let rawACV = row.string(columns.acv)
        let acvCents: Int64
        switch parseMoney(rawACV) {
        case .failure(let problem): return tally.reject(row, invalidMoneyReason(labels.acv, rawACV, problem))
        case .success(let money):
            switch currency.reportCents(money, column: columns.currency.map { row.string($0) }) {
            case .success(let cents): acvCents = cents
            case .failure(let problem):
                return tally.reject(row, currency.reason(problem, rawACV: rawACV, acvLabel: labels.acv,
                                                         currencyLabel: labels.currency))
            }
        }
        if let first = firstLine[dealID] {
            return tally.reject(row, "duplicate \(labels.dealID) \(shown(dealID)): the row at line \(first) has it "
                + "and is kept; give each deal its own id or remove the repeat")
        }
        firstLine[dealID] = row.line

        let deal = DealRecord(
            dealID: dealID, accountID: accountID, closeDate: closeDate, acvCents: acvCents,
            accountName: text(row, columns.accountName), segmentLabel: columns.segment.map { row.string($0) },
            ae: text(row, columns.ae), csm: text(row, columns.csm), region: text(row, columns.region),
            renewalDate: optionalDate(row, columns.renewalDate, &badRenewal),
            churnDate: optionalDate(row, columns.churnDate, &badChurn),
            handoffPresent: columns.handoff.map { $0.map { !isMissingText(row.string($0)) } ?? false })
        tally.accept()
        newest.see(closeDate)
        newest.see(deal.churnDate)
        book.add(deal)
    }

    /// The onboarded accounts, sorted by account_id bytes, with the notes the
    /// fold produced and the deals' own notes.
    func finish() -> (accounts: [OnboardedAccount], notes: [DataQualityNote]) {
        var assigner = SegmentAssigner(segments: config.segments)
        let folded = book.accounts(assigner: &assigner, milestoneCount: config.milestones.order.count)
        let file = tally.fileName
        let notes = [
            folded.expansions.note(
                file: file, "later closed-won deals of an onboarded account counted as expansions, not onboarded again"),
            badRenewal.note(file: file, "renewal_date not a valid date, treated as missing"),
            badChurn.note(file: file, "churn_date not a valid date, treated as missing"),
            folded.unmatchedLabels.note(
                file: file, "segment label matches no configured segment; segment derived from ACV"),
        ].compactMap { $0 }
        return (folded.accounts, notes)
    }

    /// Whether a stage value means closed-won: normalized as headers are, it
    /// is `closed_won`, `closedwon` or `won`.
    private mutating func isClosedWon(_ raw: String) -> Bool {
        if let known = stageCache[raw] { return known }
        let normalized = normalizedName(raw)
        let won = normalized == "closed_won" || normalized == "closedwon" || normalized == "won"
        if stageCache.count < 256 { stageCache[raw] = won }
        return won
    }

    /// A trimmed optional text field; missing text and an absent column read as "".
    private func text(_ row: some IngestRecord, _ column: Int?) -> String {
        guard let column else { return "" }
        let value = row.string(column)
        return isMissingText(value) ? "" : trimmedField(value)
    }

    /// An optional date: missing or absent is nil; unparsable is nil and noted.
    private func optionalDate(_ row: some IngestRecord, _ column: Int?, _ note: inout CountedNote) -> Day? {
        guard let column else { return nil }
        let raw = row.string(column)
        if isMissingText(raw) { return nil }
        guard let day = dates.parse(raw) else {
            note.add(example: trimmedField(raw))
            return nil
        }
        return day
    }
}

/// Field indexes of deals.csv's columns once the header is read.
private struct DealColumns {
    var dealID = 0, accountID = 0, closeDate = 0, acv = 0
    var accountName: Int?, stage: Int?, segment: Int?, ae: Int?, csm: Int?, region: Int?
    var renewalDate: Int?, churnDate: Int?, currency: Int?
    /// Aligned with `Config.handoff.fields`.
    var handoff: [Int?] = []
}

/// How reject reasons name deals.csv's columns (`Amount (acv)` under a preset).
private struct DealLabels {
    var dealID = "deal_id", accountID = "account_id", closeDate = "close_date", acv = "acv"
    var currency = "currency"
}
