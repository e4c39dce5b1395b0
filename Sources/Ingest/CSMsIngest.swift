import OnboardingModel

/// Ingest of csms.csv (SPEC §3): one row per CSM on the team, with the FTE
/// they give to onboarding, the segment they serve, and where their digest goes.
struct CSMsIngest: FileIngester {
    static let requiredColumns = ["csm"]
    static let optionalColumns = ["fte", "segment", "email", "manager_email"]

    private(set) var tally: RowTally
    private(set) var records: [CSMRecord] = []
    private let config: Config
    private var header: [String] = []
    private var csmColumn = 0
    private var fteColumn: Int?, segmentColumn: Int?, emailColumn: Int?, managerEmailColumn: Int?
    private var segments: SegmentAssigner
    /// CSM name → line of the row that defined it.
    private var firstLine: [String: Int] = [:]
    private var unknownSegments = CountedNote()
    private var badAddresses = CountedNote()

    init(config: Config) {
        self.config = config
        self.tally = RowTally(name: "csms", fileName: config.data.csms)
        self.segments = SegmentAssigner(segments: config.segments)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "csms", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: Self.optionalColumns,
                                columns: config.columns)
        self.header = header
        tally.columnSources = map.sources
        csmColumn = map["csm"]!
        fteColumn = map["fte"]
        segmentColumn = map["segment"]
        emailColumn = map["email"]
        managerEmailColumn = map["manager_email"]
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let name = trimmedField(row.string(csmColumn))
        guard !isMissingText(name) else { return tally.reject(row, missingValueReason("csm", name)) }
        if let line = firstLine[name] {
            return tally.reject(row, "duplicate csm \(shown(name)): the row at line \(line) has it and is kept; "
                + "list each CSM once")
        }
        var fte = Rational.one
        if let fteColumn, case let raw = trimmedField(row.string(fteColumn)), !isMissingText(raw) {
            guard let value = Rational(decimal: raw), value > .zero, value <= Rational(10) else {
                return tally.reject(row, "fte \(shown(raw)) is not a positive number of full-time equivalents "
                    + "up to 10 (e.g. 1, 0.5); leave it empty for 1.0")
            }
            fte = value
        }
        var segmentIndex: Int?
        if let segmentColumn, case let raw = trimmedField(row.string(segmentColumn)), !isMissingText(raw) {
            segmentIndex = segments.segmentIndex(named: raw)
            if segmentIndex == nil { unknownSegments.add(example: raw) }
        }
        firstLine[name] = row.line
        records.append(CSMRecord(name: name, fte: fte, segmentIndex: segmentIndex, email: address(row, emailColumn),
                                 managerEmail: address(row, managerEmailColumn)))
        tally.accept()
    }

    /// The address in `column`, or empty when missing or not a plain address
    /// (counted: a CSM without a usable address gets no email, the rest of
    /// the row still counts).
    private mutating func address(_ row: some IngestRecord, _ column: Int?) -> String {
        guard let column, case let raw = trimmedField(row.string(column)), !isMissingText(raw) else { return "" }
        guard EmailAddress.isPlain(raw) else {
            badAddresses.add(example: raw)
            return ""
        }
        return raw
    }

    func notes() -> [DataQualityNote] {
        let names = config.segments.map(\.name).joined(separator: ", ")
        return [unknownSegments.note(file: tally.fileName,
                                     "CSMs with a segment that is not configured (\(names)); "
                                        + "their FTE counts toward no segment's assigned capacity"),
                badAddresses.note(file: tally.fileName,
                                  "email or manager_email values that are not a plain address such as "
                                    + "ana@example.com; no digest goes to them")].compactMap { $0 }
    }
}
