/// Everything ingest produced from one data directory: the typed records the
/// metrics need, and the row accounting and rejects the reports show.
public struct IngestedData: Sendable {
    /// Sorted by `accountID` in byte order.
    public var accounts: [OnboardedAccount]
    public var csms: [CSMRecord]?
    public var forecast: [ForecastRecord]?
    /// True when events.csv was read: day-7 engagement is defined.
    public var hasEvents: Bool
    /// True when surveys.csv was read: onboarding NPS is defined.
    public var hasSurveys: Bool
    /// True when holds.csv was read: `on_hold_long` can fire and the summary counts holds.
    public var hasHolds: Bool
    /// One per input file read, in the order deals, milestones, events, csms,
    /// forecast, surveys, holds.
    public var files: [InputFileSummary]
    /// Every rejected row, in file order then line order; empty when ingest
    /// streamed them to a `RejectSink`, and `rejectCounts` then says what
    /// was rejected.
    public var rejects: [RejectedRow]
    /// The counts of streamed rejects; nil when they are in `rejects`.
    public var rejectCounts: RejectCounts?
    /// Counted, non-fatal data-quality notes ("churn_date unparsable" x 3).
    public var warnings: [DataQualityNote]
    /// Newest date among close, completed, churn and event dates that is not
    /// after the `today` ingest was given: the default as-of (SPEC §2).
    public var newestDate: Day?
    /// Every distinct deals.csv `stage` value with its row count, most rows
    /// first; empty without a stage column.
    public var stageCensus: [StageCount] = []
    /// Close, completed, churn and event dates after today: never the
    /// default as-of (SPEC §7 "rows dated after today").
    public var datesAfterToday = 0
    /// The newest of those dates.
    public var newestAfterToday: Day?

    public init(accounts: [OnboardedAccount], csms: [CSMRecord]? = nil, forecast: [ForecastRecord]? = nil,
                hasEvents: Bool = false, hasSurveys: Bool = false, hasHolds: Bool = false, files: [InputFileSummary] = [],
                rejects: [RejectedRow] = [], warnings: [DataQualityNote] = [], newestDate: Day? = nil) {
        self.accounts = accounts
        self.csms = csms
        self.forecast = forecast
        self.hasEvents = hasEvents
        self.hasSurveys = hasSurveys
        self.hasHolds = hasHolds
        self.files = files
        self.rejects = rejects
        self.warnings = warnings
        self.newestDate = newestDate
    }
}

/// Row accounting for one input file: read = accepted + skipped + rejected.
public struct InputFileSummary: Sendable, Equatable {
    /// Logical name: `deals`, `milestones`, `events`, `csms`, `forecast`, `surveys`.
    public var name: String
    /// File name as found in the data directory.
    public var fileName: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Data rows after the header; all-empty rows count here and as skipped,
    /// so that read = accepted + skipped + rejected always holds.
    public var rowsRead: Int
    public var accepted: Int
    /// Rows that are valid but out of scope (not closed-won, report footers).
    public var skipped: Int
    public var rejected: Int
    /// The canonical columns found, in the file's required-then-optional
    /// order, each with the header that fed it.
    public var columnSources: [ColumnSource] = []
    /// For a rollup whose rows each stand for several raw records
    /// (events_daily.csv: a row is `events` events), those records; nil when
    /// a row is one record. The reject gate judges the file by them.
    public var represented: RepresentedRows?

    public init(name: String, fileName: String, sha256: String, rowsRead: Int, accepted: Int,
                skipped: Int, rejected: Int) {
        self.name = name
        self.fileName = fileName
        self.sha256 = sha256
        self.rowsRead = rowsRead
        self.accepted = accepted
        self.skipped = skipped
        self.rejected = rejected
    }
}

/// A row that could not be used, kept whole so that nothing is lost.
public struct RejectedRow: Sendable, Equatable {
    public var file: String
    /// The row's first physical line in the file (the header is line 1).
    public var line: Int
    public var reason: String
    public var raw: [String]

    public init(file: String, line: Int, reason: String, raw: [String]) {
        self.file = file
        self.line = line
        self.reason = reason
        self.raw = raw
    }
}

/// A counted, non-fatal observation about the inputs.
public struct DataQualityNote: Sendable, Equatable {
    public var file: String
    public var message: String
    public var count: Int

    public init(file: String, message: String, count: Int) {
        self.file = file
        self.message = message
        self.count = count
    }
}
