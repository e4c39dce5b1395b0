import OnboardingModel

/// Ingest of accounts.csv (SPEC §3 "accounts.csv (input)"): one row per CRM
/// account (company), read to fill what the onboarding deal lacks — a deal
/// export often carries account ids but no names.
///
/// A value here fills the account's name, segment, CSM or region only where
/// the onboarding deal's is missing; the deal's own value always wins.
/// Accounts that onboarded nothing are counted as skipped rows, and a repeated account_id
/// keeps its first row and rejects the rest.
struct AccountsIngest: FileIngester {
    static let requiredColumns = ["account_id"]
    static let optionalColumns = ["account_name", "segment", "csm", "region"]

    private(set) var tally: RowTally
    private let config: Config
    private let index: AccountIDIndex
    private var header: [String] = []
    private var accountColumn = 0
    private var nameColumn: Int?, segmentColumn: Int?, csmColumn: Int?, regionColumn: Int?
    private var segments: SegmentAssigner
    /// account_id → line of the row that defined it, to reject repeats.
    private var firstLine: [String: Int] = [:]
    /// What the file says of each onboarded account it names, by position.
    private var fills: [(account: Int, fill: AccountFill)] = []
    private var unknownAccounts = CountedNote()
    private var unknownSegments = CountedNote()

    /// - Parameter index: `AccountIDIndex` of the onboarded accounts.
    init(config: Config, index: AccountIDIndex) {
        self.config = config
        self.index = index
        self.tally = RowTally(name: "accounts", fileName: config.data.accounts)
        self.segments = SegmentAssigner(segments: config.segments)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "accounts", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: Self.optionalColumns,
                                columns: config.columns, preset: .accounts(config.csv.preset))
        self.header = header
        tally.columnSources = map.sources
        accountColumn = map["account_id"]!
        nameColumn = map["account_name"]
        segmentColumn = map["segment"]
        csmColumn = map["csm"]
        regionColumn = map["region"]
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let accountID = trimmedField(row.string(accountColumn))
        guard !isMissingText(accountID) else { return tally.reject(row, missingValueReason("account_id", accountID)) }
        if let line = firstLine[accountID] {
            return tally.reject(row, "duplicate account_id \(shown(accountID)): the row at line \(line) has it "
                + "and is kept; list each account once")
        }
        firstLine[accountID] = row.line
        // Like events of unknown accounts: valid, but about no onboarding.
        guard let account = index.position(of: accountID) else {
            unknownAccounts.add(example: accountID)
            return tally.skip()
        }
        tally.accept()
        var fill = AccountFill()
        fill.name = Self.text(row, nameColumn)
        if let label = Self.text(row, segmentColumn) {
            fill.segmentIndex = segments.segmentIndex(named: label)
            if fill.segmentIndex == nil { unknownSegments.add(example: label) }
        }
        fill.csm = Self.text(row, csmColumn)
        fill.region = Self.text(row, regionColumn)
        fills.append((account, fill))
    }

    /// Fills the onboarded accounts (the array the index was built from)
    /// where their deal left a value missing, and returns the file's notes.
    /// A segment given here replaces the one derived from the ACV only when
    /// the onboarding deal named none.
    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        var filled = CountedNote()
        for (account, fill) in fills {
            var changed = false
            if accounts[account].accountName.isEmpty, let name = fill.name {
                accounts[account].accountName = name
                changed = true
            }
            if !accounts[account].segmentLabeled, let segment = fill.segmentIndex, segment != accounts[account].segmentIndex {
                accounts[account].segmentIndex = segment
                changed = true
            }
            if accounts[account].csm.isEmpty, let csm = fill.csm {
                accounts[account].csm = csm
                changed = true
            }
            if accounts[account].region.isEmpty, let region = fill.region {
                accounts[account].region = region
                changed = true
            }
            if changed { filled.add(example: accounts[account].accountID) }
        }
        let file = tally.fileName
        let names = config.segments.map(\.name).joined(separator: ", ")
        return [
            filled.note(file: file, "onboarded accounts given a name, segment, CSM or region their deal lacked"),
            unknownAccounts.note(file: file, "accounts with no closed-won deal counted and ignored"),
            unknownSegments.note(file: file, "segment matches no configured segment (\(names)); segment left as derived"),
        ].compactMap { $0 }
    }

    /// An optional column's trimmed text; missing text and an absent column read as nil.
    private static func text(_ row: some IngestRecord, _ column: Int?) -> String? {
        guard let column else { return nil }
        let value = trimmedField(row.string(column))
        return isMissingText(value) ? nil : value
    }
}

/// What one accounts.csv row may give its onboarded account.
private struct AccountFill {
    var name: String?
    var segmentIndex: Int?
    var csm: String?
    var region: String?
}
