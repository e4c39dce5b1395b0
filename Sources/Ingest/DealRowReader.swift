import OnboardingModel

/// Reads deals.csv rows into `DealRow`s (SPEC §3 "deals.csv"): each field
/// typed from its bytes, and each row's fate decided here: not closed-won is
/// skipped, a missing or unparsable required value or a repeated deal_id is
/// rejected with its reason.
///
/// A million rows of twenty-odd columns: each row is read from its bytes.
/// Stages, segment labels and team names repeat, so their spellings are
/// looked up in caches; handoff fields are only tested for a value; a
/// `String` is made only for what an account keeps.
struct DealRowReader {
    /// What one row comes to.
    enum Reading {
        case deal(DealRow)
        /// Its stage is not closed-won: skipped (counted in the stage census).
        case notWon
        /// Unusable, for the reason given.
        case rejected(String)
    }

    private let config: Config
    private let dates: DateParser
    private let preset: CRMPreset
    private let currency: CurrencyConverter
    private var columns = DealColumns()
    private var labels = DealLabels()
    /// Stage values counted, each known as closed-won or not.
    private(set) var stages: StageCensus
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
    private(set) var badRenewal = CountedNote()
    private(set) var badChurn = CountedNote()
    /// Optional dates outside 1900–2199 (placeholders such as `0001-01-01`).
    private(set) var outOfRangeDates = CountedNote()

    init(config: Config) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder)
        self.preset = CRMPreset.deals(config.csv.preset)
        self.currency = CurrencyConverter(config.currency)
        self.segments = SegmentAssigner(segments: config.segments)
        self.handoff = HandoffPatterns(fieldCount: config.handoff.fields.count)
        self.stages = StageCensus(wonStages: config.deals.wonStages)
    }

    /// Resolves the columns from the header row.
    ///
    /// - Returns: the header each canonical column was read from.
    /// - Throws: `PipelineError(.data)` when a required column is missing.
    mutating func readHeader(_ header: [String], fileName: String) throws(PipelineError) -> [ColumnSource] {
        let fields = config.handoff.fields
        let map = try HeaderMap(header: header, file: "deals", fileName: fileName,
                                required: DealsIngest.requiredColumns,
                                optional: DealsIngest.optionalColumns + fields + config.compareColumns,
                                columns: config.columns, preset: preset)
        columns = DealColumns(
            dealID: map["deal_id"]!, accountID: map["account_id"]!, closeDate: map["close_date"]!,
            acv: map["acv"]!, accountName: map["account_name"], stage: map["stage"],
            segment: map["segment"], ae: map["ae"], csm: map["csm"], region: map["region"],
            renewalDate: map["renewal_date"], churnDate: map["churn_date"], currency: map["currency"],
            handoff: fields.map { map[$0] },
            compare: try CompareColumns.indexes(in: map, config: config, fileName: fileName, header: header))
        func label(_ canonical: String) -> String { columnLabel(canonical, header: header, index: map[canonical]) }
        labels = DealLabels(dealID: label("deal_id"), accountID: label("account_id"),
                            closeDate: label("close_date"), acv: label("acv"), currency: label("currency"),
                            stage: label("stage"))
        return map.sources
    }

    /// One structurally sound row (`RowTally.admit` passed it), typed or judged.
    mutating func read(_ row: some IngestRecord) -> Reading {
        if let stage = columns.stage, !row.withFieldBytes(stage, { stages.count($0) }) {
            return .notWon
        }
        guard let dealID = Self.text(row, columns.dealID) else {
            return .rejected(missingValueReason(labels.dealID, row.string(columns.dealID)))
        }
        guard var accountID = Self.text(row, columns.accountID) else {
            return .rejected(missingValueReason(labels.accountID, row.string(columns.accountID)))
        }
        if preset.firstOfList.contains("account_id") {
            accountID = CRMPreset.firstListItem(accountID)
            if isMissingText(accountID) { return .rejected(missingValueReason(labels.accountID, accountID)) }
        }
        guard let closeDate = row.withFieldBytes(columns.closeDate, { dates.parse(bytes: $0) }) else {
            return .rejected(dates.invalidDateReason(labels.closeDate, row.string(columns.closeDate)))
        }
        let acvCents: Int64
        switch row.withFieldBytes(columns.acv, parseMoney(bytes:)) {
        case .failure(let problem):
            return .rejected(invalidMoneyReason(labels.acv, row.string(columns.acv), problem))
        case .success(let money):
            switch currency.reportCents(money, column: columns.currency.map { row.string($0) }) {
            case .success(let cents): acvCents = cents
            case .failure(let problem):
                return .rejected(currency.reason(problem, rawACV: row.string(columns.acv),
                                                 acvLabel: labels.acv, currencyLabel: labels.currency))
            }
        }
        if let slot = dealSlots.slot(of: dealID, orRecordAt: dealIDs.count, idAt: { dealIDs[$0] }) {
            return .rejected("duplicate \(labels.dealID) \(shown(dealID)): the row at line \(dealLines[slot]) "
                + "has it and is kept; give each deal its own id or remove the repeat")
        }
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
        var deal = DealRow(
            dealID: dealID, accountID: accountID, accountName: Self.text(row, columns.accountName) ?? "",
            closeDate: closeDate, acvCents: acvCents, segmentIndex: segment.index, segmentLabeled: labeled,
            ae: teamName(row, columns.ae), csm: teamName(row, columns.csm), region: teamName(row, columns.region),
            churnDate: churnDate, renewalDate: renewalDate,
            handoffPresent: handoff.presence { field in
                handoffColumns[field].map { column in !row.withFieldBytes(column, isMissingText(bytes:)) } ?? false
            })
        if !columns.compare.isEmpty { deal.compareValues = compareValues(row) }
        if segment.unmatchedLabel { deal.unmatchedSegmentLabel = row.string(columns.segment!) }
        return .deal(deal)
    }

    /// Forgets the deal ids read so far (what rejects a repeat): called once
    /// every row is read, so their memory is free before the accounts are sorted.
    mutating func releaseDealIDs() {
        dealSlots = AscendingIDSlots()
        dealIDs = []
        dealLines = []
    }

    /// The error of a file whose rows carry stages of which none means
    /// closed-won (SPEC §3 "deals.csv"); nil otherwise.
    func noWonRowError(fileName: String) -> PipelineError? {
        guard columns.stage != nil, stages.totalRows > 0, stages.wonRows == 0 else { return nil }
        return StageCensus.noWonRowError(fileName: fileName, stageLabel: labels.stage, counts: stages.counts,
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
