import OnboardingModel

/// Ingest of holds.csv (SPEC §3): periods an onboarding was on hold, kept on their account.
///
/// End before start is a rejected row; holds of accounts deals do not have are counted and
/// skipped; an empty owner is `customer`. Overlaps are kept as rows (the clock counts each
/// day once) and counted in a note, as are vendor holds (reported, not subtracted).
struct HoldsIngest: FileIngester {
    static let requiredColumns = ["account_id", "start_date"]
    static let optionalColumns = ["end_date", "owner", "reason"]

    private(set) var tally: RowTally
    private let config: Config
    private let dates: DateParser
    private let index: AccountIDIndex
    private var header: [String] = []
    private var accountColumn = 0, startColumn = 0
    private var endColumn: Int?, ownerColumn: Int?, reasonColumn: Int?
    /// Accepted holds with their account's position, in file order.
    private var holds: [(account: Int, hold: OnboardingHold)] = []
    private var unknownAccounts = CountedNote()

    /// - Parameter index: `AccountIDIndex` of the onboarded accounts.
    init(config: Config, index: AccountIDIndex) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder)
        self.tally = RowTally(name: "holds", fileName: config.data.holds)
        self.index = index
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "holds", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: Self.optionalColumns,
                                columns: config.columns)
        self.header = header
        accountColumn = map["account_id"]!
        startColumn = map["start_date"]!
        endColumn = map["end_date"]
        ownerColumn = map["owner"]
        reasonColumn = map["reason"]
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let accountID = trimmedField(row.string(accountColumn))
        guard !isMissingText(accountID) else { return tally.reject(row, missingValueReason("account_id", accountID)) }
        let rawStart = trimmedField(row.string(startColumn))
        guard let start = dates.parse(rawStart) else {
            return tally.reject(row, dates.invalidDateReason("start_date", rawStart))
        }
        var end: Day?
        if let endColumn {
            let rawEnd = trimmedField(row.string(endColumn))
            if !isMissingText(rawEnd) {
                guard let day = dates.parse(rawEnd) else {
                    return tally.reject(row, dates.invalidDateReason("end_date", rawEnd)
                                        + " (leave end_date empty while the hold is still open)")
                }
                guard day >= start else {
                    return tally.reject(row, "end_date \(shown(rawEnd)) is before start_date \(shown(rawStart)); "
                                        + "end_date is the day work resumed")
                }
                end = day
            }
        }
        var owner = OnboardingHold.Owner.customer
        if let ownerColumn {
            let rawOwner = trimmedField(row.string(ownerColumn))
            if !isMissingText(rawOwner) {
                guard let known = OnboardingHold.Owner(rawValue: normalizedName(rawOwner)) else {
                    return tally.reject(row, "owner \(shown(rawOwner)) is not customer or vendor "
                                        + "(who paused the onboarding; empty means customer)")
                }
                owner = known
            }
        }
        guard let account = index.position(of: accountID) else {
            unknownAccounts.add(example: accountID)
            return tally.skip()
        }
        let reason = reasonColumn.map { trimmedField(row.string($0)) }.flatMap { isMissingText($0) ? nil : $0 } ?? ""
        holds.append((account, OnboardingHold(start: start, end: end, owner: owner, reason: reason)))
        tally.accept()
    }

    /// Appends the holds to their accounts in `accounts` (the accounts the index was built
    /// from), each account's by start date then file order, and returns the file's notes.
    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        var touched: [Int] = []
        for (account, hold) in holds {
            if accounts[account].holds.isEmpty { touched.append(account) }
            accounts[account].holds.append(hold)
        }
        var vendor = 0, overlapping = 0
        for account in touched {
            // A stable sort keeps file order among holds starting on the same day.
            let sorted = accounts[account].holds.enumerated()
                .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
            accounts[account].holds = sorted
            vendor += sorted.count { $0.owner == .vendor }
            var openUntil: Day?
            var seenOpen = false
            for hold in sorted where hold.owner == .customer {
                if seenOpen || openUntil.map({ hold.start < $0 }) == true { overlapping += 1 }
                if let end = hold.end {
                    openUntil = max(openUntil ?? end, end)
                } else {
                    seenOpen = true
                }
            }
        }
        var notes = [unknownAccounts.note(file: tally.fileName,
                                          "holds of accounts not found in deals counted and ignored")]
        if vendor > 0 {
            notes.append(DataQualityNote(file: tally.fileName, message: "vendor holds reported, not subtracted "
                                         + "from the onboarding clock (only customer holds stop it)", count: vendor))
        }
        if overlapping > 0 {
            notes.append(DataQualityNote(file: tally.fileName, message: "customer holds overlapping an earlier hold "
                                         + "of the same account (each day counted once)", count: overlapping))
        }
        return notes.compactMap { $0 }
    }
}
