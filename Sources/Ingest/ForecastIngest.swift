import OnboardingModel

/// Ingest of forecast.csv (SPEC §3): expected closed-won deals per segment
/// and month, the arrivals of the capacity forecast.
struct ForecastIngest: FileIngester {
    static let requiredColumns = ["segment", "month", "deals"]

    private(set) var tally: RowTally
    private(set) var records: [ForecastRecord] = []
    private let config: Config
    private var header: [String] = []
    private var segmentColumn = 0, monthColumn = 0, dealsColumn = 0
    private var segments: SegmentAssigner
    /// "segment index/month" → line of the row that defined it.
    private var firstLine: [String: Int] = [:]

    init(config: Config) {
        self.config = config
        self.tally = RowTally(name: "forecast", fileName: config.data.forecast)
        self.segments = SegmentAssigner(segments: config.segments)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "forecast", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: [], columns: config.columns)
        self.header = header
        tally.columnSources = map.sources
        segmentColumn = map["segment"]!
        monthColumn = map["month"]!
        dealsColumn = map["deals"]!
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let label = trimmedField(row.string(segmentColumn))
        guard let segmentIndex = segments.segmentIndex(named: label) else {
            let names = config.segments.map(\.name).joined(separator: ", ")
            return tally.reject(row, "segment \(shown(label)) is not a configured segment; accepted: \(names)")
        }
        let rawMonth = trimmedField(row.string(monthColumn))
        guard let month = Self.month(rawMonth) else {
            return tally.reject(row, "month \(shown(rawMonth)) is not a month; use YYYY-MM, e.g. 2027-01")
        }
        let rawDeals = trimmedField(row.string(dealsColumn))
        guard let deals = Rational(decimal: rawDeals), deals >= .zero else {
            return tally.reject(row, "deals \(shown(rawDeals)) is not a number of expected deals "
                + "(0 or more, e.g. 12.5)")
        }
        let key = "\(segmentIndex)/\(month)"
        if let line = firstLine[key] {
            return tally.reject(row, "duplicate forecast for \(config.segments[segmentIndex].name) \(shown(rawMonth)): "
                + "the row at line \(line) is kept; give each segment and month one row")
        }
        firstLine[key] = row.line
        records.append(ForecastRecord(segmentIndex: segmentIndex, month: month, deals: deals))
        tally.accept()
    }

    /// The first day of a `YYYY-MM` month.
    static func month(_ text: String) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return Day(year: year, month: month, day: 1)
    }
}
