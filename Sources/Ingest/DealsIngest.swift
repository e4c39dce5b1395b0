import OnboardingModel

/// Ingest of deals.csv (SPEC §3): one row per CRM deal; closed-won deals are
/// validated and folded into one onboarded account per account_id.
///
/// A million rows of twenty-odd columns: each row is read from its bytes.
/// Stages, segment labels and team names repeat, so their spellings are
/// looked up in caches; handoff fields are only tested for a value; a
/// `String` is made only for what an account keeps.
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
    private let milestonesPending: PlanProgress
    private var columns = DealColumns()
    private var labels = DealLabels()
    private var header: [String] = []
    /// Stage values counted, each known as closed-won or not.
    private var stages: StageCensus
    /// AE, CSM and region spellings → one shared `String` each.
    private var teamNames = SpellingCache<String>(limit: 4096)
    /// Compare-column spellings → their normalized value.
    private var compareSpellings = SpellingCache<String>(limit: 4096)
    /// With one compare column (the usual case): its spellings → the
    /// account's whole `compareValues`, one shared array per value, so a
    /// million accounts hold a reference each rather than an array each.
    private var compareArrays = SpellingCache<[String]>(limit: 4096)
    private var segments: SegmentAssigner
    private var handoff: HandoffPatterns
    /// deal_id → its slot in `dealIDs` and `dealLines`, to reject repeats.
    private var dealSlots = AscendingIDSlots()
    private var dealIDs: [String] = []
    private var dealLines: [Int] = []
    private var book = AccountBook()
    private var badRenewal = CountedNote()
    private var badChurn = CountedNote()
    /// Optional dates outside 1900–2199 (placeholders such as `0001-01-01`).
    private var outOfRangeDates = CountedNote()

    init(config: Config, today: Day) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder)
        self.preset = CRMPreset.deals(config.csv.preset)
        self.currency = CurrencyConverter(config.currency)
        self.milestonesPending = PlanProgress(repeating: .pending, count: config.milestones.order.count)
        self.segments = SegmentAssigner(segments: config.segments)
        self.handoff = HandoffPatterns(fieldCount: config.handoff.fields.count)
        self.tally = RowTally(name: "deals", fileName: config.data.deals)
        self.stages = StageCensus(wonStages: config.deals.wonStages)
        self.newest = NewestDate(today: today)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let fields = config.handoff.fields
        let map = try HeaderMap(header: header, file: "deals", fileName: tally.fileName,
                                required: Self.requiredColumns,
                                optional: Self.optionalColumns + fields + config.compareColumns,
                                columns: config.columns, preset: preset)
        self.header = header
        tally.columnSources = map.sources
        columns = DealColumns(
            dealID: map["deal_id"]!, accountID: map["account_id"]!, closeDate: map["close_date"]!,
            acv: map["acv"]!, accountName: map["account_name"], stage: map["stage"],
            segment: map["segment"], ae: map["ae"], csm: map["csm"], region: map["region"],
            renewalDate: map["renewal_date"], churnDate: map["churn_date"], currency: map["currency"],
            handoff: fields.map { map[$0] },
            compare: try CompareColumns.indexes(in: map, config: config, fileName: tally.fileName, header: header))
        func label(_ canonical: String) -> String { columnLabel(canonical, header: header, index: map[canonical]) }
        labels = DealLabels(dealID: label("deal_id"), accountID: label("account_id"),
                            closeDate: label("close_date"), acv: label("acv"), currency: label("currency"),
                            stage: label("stage"))
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        if let stage = columns.stage, !row.withFieldBytes(stage, { stages.count($0) }) {
            tally.skip()
            return
        }
        guard let dealID = Self.text(row, columns.dealID) else {
            return tally.reject(row, missingValueReason(labels.dealID, row.string(columns.dealID)))
        }
        guard var accountID = Self.text(row, columns.accountID) else {
            return tally.reject(row, missingValueReason(labels.accountID, row.string(columns.accountID)))
        }
        if preset.firstOfList.contains("account_id") {
            accountID = CRMPreset.firstListItem(accountID)
            if isMissingText(accountID) { return tally.reject(row, missingValueReason(labels.accountID, accountID)) }
        }
        guard let closeDate = row.withFieldBytes(columns.closeDate, { dates.parse(bytes: $0) }) else {
            return tally.reject(row, dates.invalidDateReason(labels.closeDate, row.string(columns.closeDate)))
        }
        let acvCents: Int64
        switch row.withFieldBytes(columns.acv, parseMoney(bytes:)) {
        case .failure(let problem):
            let rawACV = row.string(columns.acv)
            return tally.reject(row, invalidMoneyReason(labels.acv, rawACV, problem))
        case .success(let money):
            switch currency.reportCents(money, column: columns.currency.map { row.string($0) }) {
            case .success(let cents): acvCents = cents
            case .failure(let problem):
                return tally.reject(row, currency.reason(problem, rawACV: row.string(columns.acv),
                                                         acvLabel: labels.acv, currencyLabel: labels.currency))
            }
        }
        if let slot = dealSlots.slot(of: dealID, idAt: { dealIDs[$0] }) {
            return tally.reject(row, "duplicate \(labels.dealID) \(shown(dealID)): the row at line \(dealLines[slot]) "
                + "has it and is kept; give each deal its own id or remove the repeat")
        }
        dealSlots.insert(dealID, slot: dealIDs.count)
        dealIDs.append(dealID)
        dealLines.append(row.line)

        let segment = columns.segment.map { column in
            row.withFieldBytes(column) { segments.assign(labelBytes: $0, acvCents: acvCents) }
        } ?? segments.assign(label: nil, acvCents: acvCents)
        let labeled = !segment.unmatchedLabel
            && columns.segment.map { column in !row.withFieldBytes(column, isMissingText(bytes:)) } ?? false
        let renewalDate = Self.optionalDate(row, columns.renewalDate, dates, &badRenewal, &outOfRangeDates)
        let churnDate = Self.optionalDate(row, columns.churnDate, dates, &badChurn, &outOfRangeDates)
        let handoffColumns = columns.handoff
        var account = OnboardedAccount(
            accountID: accountID, dealID: dealID, accountName: Self.text(row, columns.accountName) ?? "",
            segmentIndex: segment.index, closeDate: closeDate, acvCents: acvCents,
            ae: teamName(row, columns.ae), csm: teamName(row, columns.csm), region: teamName(row, columns.region),
            churnDate: churnDate, renewalDate: renewalDate,
            handoffPresent: handoff.presence { field in
                handoffColumns[field].map { column in !row.withFieldBytes(column, isMissingText(bytes:)) } ?? false
            },
            milestones: milestonesPending)
        if !columns.compare.isEmpty { account.compareValues = compareValues(row) }
        account.segmentLabeled = labeled
        tally.accept()
        newest.see(closeDate)
        newest.see(churnDate)
        book.add(account, unmatchedLabel: segment.unmatchedLabel ? row.string(columns.segment!) : nil)
    }

    /// The onboarded accounts, sorted by account_id bytes, with the notes the
    /// fold produced and the deals' own notes; the ingest's memory of deals
    /// is released.
    mutating func finish() -> (accounts: [OnboardedAccount], notes: [DataQualityNote]) {
        dealSlots = AscendingIDSlots()
        dealIDs = []
        dealLines = []
        var folded = book.takeAccounts()
        let file = tally.fileName
        // A churn before the close is a typo or another relationship's date: not this onboarding's churn.
        var churnBeforeClose = CountedNote()
        for i in folded.accounts.indices {
            if let churn = folded.accounts[i].churnDate, churn < folded.accounts[i].closeDate {
                churnBeforeClose.add(example: folded.accounts[i].accountID)
                folded.accounts[i].churnDate = nil
            }
        }
        let notes = [
            folded.expansions.note(
                file: file, "later closed-won deals of an onboarded account counted as expansions, not onboarded again"),
            badRenewal.note(file: file, "renewal_date not a valid date, treated as missing"),
            badChurn.note(file: file, "churn_date not a valid date, treated as missing"),
            outOfRangeDates.note(file: file, "renewal_date or churn_date outside the years 1900-2199 (a placeholder "
                + "such as 0001-01-01), treated as missing"),
            churnBeforeClose.note(file: file, "churn_date before the account's close date ignored"),
            folded.unmatchedLabels.note(
                file: file, "segment label matches no configured segment; segment derived from ACV"),
        ].compactMap { $0 }
        return (folded.accounts, notes)
    }

    /// Every distinct stage value with its rows, most first; empty without
    /// a stage column.
    var stageCounts: [StageCount] { stages.counts }

    /// The error of a file whose rows carry stages of which none means
    /// closed-won (SPEC §3 "deals.csv"); nil otherwise.
    func noWonRowError() -> PipelineError? {
        guard columns.stage != nil, stages.totalRows > 0, stages.wonRows == 0 else { return nil }
        return StageCensus.noWonRowError(fileName: tally.fileName, stageLabel: labels.stage, counts: stages.counts,
                                         wonStages: config.deals.wonStages)
    }

    /// A field's trimmed text, or nil when it is missing text (empty, `n/a`, ...).
    private static func text(_ row: some IngestRecord, _ column: Int) -> String? {
        row.withFieldBytes(column) { bytes in
            isMissingText(bytes: bytes) ? nil : String(decoding: trimmedBytes(bytes), as: UTF8.self)
        }
    }

    /// An optional text field's trimmed text; missing text and an absent column read as nil.
    private static func text(_ row: some IngestRecord, _ column: Int?) -> String? {
        column.flatMap { text(row, $0) }
    }

    /// An AE, CSM or region name, shared with every row that spells it the
    /// same; missing text and an absent column read as "".
    private mutating func teamName(_ row: some IngestRecord, _ column: Int?) -> String {
        guard let column else { return "" }
        return row.withFieldBytes(column) { bytes in
            if isMissingText(bytes: bytes) { return "" }
            return teamNames.value(of: trimmedBytes(bytes)) { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The row's values of the compare columns, normalized, shared with every
    /// row that spells them the same.
    private mutating func compareValues(_ row: some IngestRecord) -> [String] {
        if columns.compare.count == 1 {
            return row.withFieldBytes(columns.compare[0]) { bytes in
                compareArrays.value(of: trimmedBytes(bytes)) { trimmed in
                    [isMissingText(bytes: trimmed) ? "" : normalizedName(String(decoding: trimmed, as: UTF8.self))]
                }
            }
        }
        return columns.compare.map { column in
            row.withFieldBytes(column) { bytes in
                if isMissingText(bytes: bytes) { return "" }
                return compareSpellings.value(of: trimmedBytes(bytes)) { normalizedName(String(decoding: $0, as: UTF8.self)) }
            }
        }
    }

    /// An optional date: missing or absent is nil; unparsable is nil and
    /// noted in `bad`, a date outside 1900–2199 in `outOfRange`.
    private static func optionalDate(_ row: some IngestRecord, _ column: Int?, _ dates: DateParser,
                                     _ bad: inout CountedNote, _ outOfRange: inout CountedNote) -> Day? {
        guard let column else { return nil }
        return row.withFieldBytes(column) { bytes in
            if isMissingText(bytes: bytes) { return nil }
            guard let day = dates.parse(bytes: bytes) else {
                let text = String(decoding: trimmedBytes(bytes), as: UTF8.self)
                if dates.parseAnyYear(bytes: bytes) != nil {
                    outOfRange.add(example: text)
                } else {
                    bad.add(example: text)
                }
                return nil
            }
            return day
        }
    }
}

/// Field indexes of deals.csv's columns once the header is read.
private struct DealColumns {
    var dealID = 0, accountID = 0, closeDate = 0, acv = 0
    var accountName: Int?, stage: Int?, segment: Int?, ae: Int?, csm: Int?, region: Int?
    var renewalDate: Int?, churnDate: Int?, currency: Int?
    /// Aligned with `Config.handoff.fields`.
    var handoff: [Int?] = []
    /// Aligned with `Config.compareColumns`.
    var compare: [Int] = []
}

/// How reject reasons name deals.csv's columns (`Amount (acv)` under a preset).
private struct DealLabels {
    var dealID = "deal_id", accountID = "account_id", closeDate = "close_date", acv = "acv"
    var currency = "currency"
    var stage = "stage"
}
