import CSVStream
import Foundation
import Metrics
import OnboardingModel
import Runtime

/// Everything one report is made of; computed by the CLI, written by `ReportWriter`.
public struct ReportContent: Sendable {
    public var toolVersion: String
    public var config: Config
    /// SHA-256 hex of the canonical config (the file's bytes, or of the defaults' text).
    public var configDigest: String
    public var window: ReportWindow
    public var data: IngestedData
    /// The accounts closed by the window's snapshot day with their snapshots,
    /// over `data.accounts` (the same array, not a copy).
    public var snapshots: SnapshotAccounts
    public var cohorts: [CohortRow]
    public var segments: [SegmentRow]
    /// segments.csv rows at the prior window's snapshot, for the summary's comparison.
    public var priorSegments: [SegmentRow]
    /// Today is more than 2 days after as-of: the exports look stale.
    public var staleExportDays: Int?
    /// Red flags, CSM portfolio, milestone on-time rates and capacity at the snapshot.
    public var operations: OperationalViews
    /// ttv_survival.csv rows, and the prior window's per-segment and `all` rows (the headline).
    public var survival: [SurvivalRow]
    public var priorSurvival: [SurvivalRow]
    /// outcomes.csv and comparison.csv (SPEC §5 "Does onboarding pay off?").
    public var payoff = PayoffViews()
    /// Run-wide data-quality sentences (`DataQualityLines`), shown first in
    /// the data-quality section.
    public var qualityLines: [String] = []

    public init(toolVersion: String, config: Config, configDigest: String, window: ReportWindow,
                data: IngestedData, snapshots: SnapshotAccounts, cohorts: [CohortRow],
                segments: [SegmentRow], priorSegments: [SegmentRow], staleExportDays: Int?,
                operations: OperationalViews = OperationalViews(redFlags: [], csmPortfolio: [], milestones: [],
                                                                capacity: []),
                survival: [SurvivalRow] = [], priorSurvival: [SurvivalRow] = []) {
        self.toolVersion = toolVersion
        self.config = config
        self.configDigest = configDigest
        self.window = window
        self.data = data
        self.snapshots = snapshots
        self.cohorts = cohorts
        self.segments = segments
        self.priorSegments = priorSegments
        self.staleExportDays = staleExportDays
        self.operations = operations
        self.survival = survival
        self.priorSurvival = priorSurvival
    }
}

extension ReportContent {
    /// The words of this report's red flags.
    var flagMessages: RedFlagMessages { RedFlagMessages(config: config, accounts: snapshots) }
}

/// Writes a report's files into a directory (SPEC §7).
///
/// Every failure surfaces as a `PipelineError` of kind `.cannotWrite` naming
/// the file, so the CLI maps it to exit 73.
public enum ReportWriter {
    /// Starts writing accounts.csv into `directory` on a thread of its own.
    ///
    /// The file needs only the accounts at their snapshots, and at a million
    /// rows it is the longest write: started as soon as the snapshots exist,
    /// it overlaps the rest of the metrics instead of following them. Pass it
    /// to `write`, which waits for it.
    public static func startAccountsFile(_ accounts: SnapshotAccounts, config: Config,
                                         in directory: String) -> BackgroundJob<String> {
        let path = directory + "/" + AccountsTable.fileName
        return BackgroundJob {
            try writeCSV(path, header: AccountsTable.header) { writer in
                let ordered = AccountsTable.ordered(accounts)
                // Read in place: copying a million snapshots out of their
                // array would retain every string they hold.
                try ordered.snapshots.withUnsafeBufferPointer { snapshots in
                    for i in snapshots.indices {
                        try writer.writeRow {
                            AccountsTable.write(snapshots[i], of: ordered.accounts, config: config, to: &$0)
                        }
                    }
                }
            }
        }
    }

    /// Starts writing the CSM digests (`csm/`) into `directory` beside the other files.
    ///
    /// Rendered and written one file at a time, they are most of the stage's
    /// work and need nothing the other files hold: started first, they run
    /// side by side with the tables instead of after them, in two jobs that
    /// take every other digest (the tables alone would leave a core idle).
    /// The files are listed in digest order whichever job wrote them. Pass
    /// the job to `write`, which waits for it.
    static func startCSMDigests(_ content: ReportContent, in directory: String) -> BackgroundJob<[Manifest.Output]> {
        BackgroundJob {
            let digests = CSMDigest.all(content)
            // A report without digests has no csm/.
            guard !digests.isEmpty else { return [] }
            let csmDirectory = directory + "/" + CSMDigestFiles.directory
            try writing(csmDirectory) {
                try FileManager.default.createDirectory(atPath: csmDirectory, withIntermediateDirectories: true)
            }
            let records = CSMDigestFiles.emailRecords(content)
            let parts = 2
            // Per part, the files of each of its digests, in its digests' order.
            let slots = (0..<parts).map { _ in JobSlot<Result<[[Manifest.Output]], any Error>>() }
            ParallelJobs.run((0..<parts).map { part in
                { @Sendable in
                    slots[part].fill(Result {
                        try stride(from: part, to: digests.count, by: parts).map { i in
                            var files: [Manifest.Output] = []
                            try CSMDigestFiles.forEachFile(of: digests[i], content, records: records) { file, text in
                                files.append(Manifest.Output(file: file, sha256: try writeText(directory + "/" + file, text)))
                            }
                            return files
                        }
                    })
                }
            })
            let written = try slots.map { try $0.value.get() }
            return digests.indices.flatMap { written[$0 % parts][$0 / parts] }
        }
    }

    /// Writes every output file, then `manifest.json` last (it lists the
    /// others' SHA-256, taken from their bytes as they were written);
    /// `summary.eml` only when the config names recipients.
    ///
    /// - Parameter accountsFile: accounts.csv already being written into
    ///   `directory` (`startAccountsFile`); started here when nil. Waited for
    ///   before returning or throwing.
    /// - Parameter rejectsSpool: rejected rows ingest streamed to disk,
    ///   written into rejects.csv after `content.data.rejects`.
    public static func write(_ content: ReportContent, to directory: String,
                             accountsFile: BackgroundJob<String>? = nil, rejectsSpool: RejectsSpool? = nil) throws {
        if accountsFile == nil {
            try writing(directory) {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        }
        let accountsFile = accountsFile ?? startAccountsFile(content.snapshots, config: content.config,
                                                             in: directory)
        let digests = startCSMDigests(content, in: directory)
        // Every job is waited for before anything is thrown, so that none goes on
        // writing into a directory about to be discarded; the first failure in
        // the order below is the one thrown.
        let tables = Result { try writeTablesAndSummary(content, to: directory, rejectsSpool: rejectsSpool) }
        let digestFiles = Result { try digests.wait() }
        let accountsDigest = Result { try accountsFile.wait() }
        let outputs = try tables.get() + digestFiles.get()
            + [Manifest.Output(file: AccountsTable.fileName, sha256: try accountsDigest.get())]
        try writeText(directory + "/" + Manifest.fileName, Manifest.json(content, outputs: outputs))
    }

    /// Writes the CSV tables but accounts.csv, then summary.md, its charts and
    /// summary.eml, one after the other.
    ///
    /// - Returns: the files written, in that order, with their SHA-256.
    private static func writeTablesAndSummary(_ content: ReportContent, to directory: String,
                                              rejectsSpool: RejectsSpool?) throws -> [Manifest.Output] {
        func path(_ file: String) -> String { directory + "/" + file }
        let config = content.config
        var outputs: [Manifest.Output] = []
        func csv(_ file: String, header: [String], rows: (CSVWriter) throws -> Void) throws {
            outputs.append(Manifest.Output(file: file, sha256: try writeCSV(path(file), header: header, rows: rows)))
        }
        func text(_ file: String, _ text: String) throws {
            outputs.append(Manifest.Output(file: file, sha256: try writeText(path(file), text)))
        }
        try csv(SegmentsTable.fileName, header: SegmentsTable.header) { writer in
            for row in SegmentsTable.rows(content.segments, config: config) { try writer.writeRow(row) }
        }
        try csv(CohortsTable.fileName, header: CohortsTable.header) { writer in
            for row in CohortsTable.rows(content.cohorts, config: config) { try writer.writeRow(row) }
        }
        try csv(RejectsTable.fileName, header: RejectsTable.header) { writer in
            for reject in content.data.rejects { try writer.writeRow(RejectsTable.row(reject)) }
            try rejectsSpool?.copy(to: writer, fileOrder: content.data.files.map(\.fileName))
        }
        let operations = content.operations
        try csv(RedFlagsTable.fileName, header: RedFlagsTable.header) { writer in
            let messages = content.flagMessages
            for flag in operations.redFlags {
                try writer.writeRow { RedFlagsTable.write(flag, messages: messages, to: &$0) }
            }
        }
        try csv(ResolvedFlagsTable.fileName, header: ResolvedFlagsTable.header) { writer in
            for flag in operations.resolvedFlags { try writer.writeRow { ResolvedFlagsTable.write(flag, to: &$0) } }
        }
        try csv(CSMPortfolioTable.fileName, header: CSMPortfolioTable.header(config)) { writer in
            for row in CSMPortfolioTable.rows(operations.csmPortfolio, config: config) { try writer.writeRow(row) }
        }
        try csv(MilestonesTable.fileName, header: MilestonesTable.header) { writer in
            for row in MilestonesTable.rows(operations.milestones, config: config) { try writer.writeRow(row) }
        }
        try csv(TTVSurvivalTable.fileName, header: TTVSurvivalTable.header) { writer in
            for row in TTVSurvivalTable.rows(content.survival, config: config) { try writer.writeRow(row) }
        }
        try csv(CapacityTable.fileName, header: CapacityTable.header) { writer in
            for row in CapacityTable.rows(operations.capacity, config: config) { try writer.writeRow(row) }
        }
        try csv(OutcomesTable.fileName, header: OutcomesTable.header) { writer in
            for row in content.payoff.outcomes { try writer.writeRow(OutcomesTable.row(row)) }
        }
        if content.config.compare != nil {
            try csv(ComparisonTable.fileName, header: ComparisonTable.header) { writer in
                for row in content.payoff.comparison { try writer.writeRow(ComparisonTable.row(row)) }
            }
        }
        let summary = Summary.markdown(content)
        try text(Summary.fileName, summary)
        let trend = CohortTrend(content)
        for chart in TrendChart.all { try text(chart.fileName, TrendSVG.svg(chart, trend, config: config)) }
        if let email = SummaryEmail.message(content, markdown: summary) { try text(SummaryEmail.fileName, email) }
        return outputs
    }

    /// Writes only `rejects.csv` holding `rejects`.
    public static func writeRejects(_ rejects: [RejectedRow], to path: String) throws {
        try writeRejects(IngestedData(accounts: [], rejects: rejects), to: path)
    }

    /// Writes only `rejects.csv` (used when the reject gate stops a run):
    /// `data.rejects`, then the rows spooled in `spool`.
    public static func writeRejects(_ data: IngestedData, spool: RejectsSpool? = nil, to path: String) throws {
        try writeCSV(path, header: RejectsTable.header) { writer in
            for reject in data.rejects { try writer.writeRow(RejectsTable.row(reject)) }
            try spool?.copy(to: writer, fileOrder: data.files.map(\.fileName))
        }
    }

    // MARK: Files

    /// Writes a CSV file: the header, then whatever `rows` writes.
    ///
    /// - Returns: lowercase hex SHA-256 of the bytes written.
    @discardableResult
    static func writeCSV(_ path: String, header: [String], rows: (CSVWriter) throws -> Void) throws -> String {
        try writing(path) {
            let writer = try CSVWriter(path: path)
            // Hashed beside the writing, which is the longest job of the stage.
            let digest = BackgroundDigest()
            defer { _ = digest.finish() }
            writer.onWrite = digest.update
            try writer.writeRow(header)
            try rows(writer)
            try writer.close()
            return digest.finish()
        }
    }

    /// Writes a text file.
    ///
    /// - Returns: lowercase hex SHA-256 of its bytes.
    @discardableResult
    static func writeText(_ path: String, _ text: String) throws -> String {
        try writeText(path, TextBytes(text))
    }

    /// Writes a text file given as UTF-8.
    ///
    /// - Returns: lowercase hex SHA-256 of its bytes.
    @discardableResult
    static func writeText(_ path: String, _ text: TextBytes) throws -> String {
        try writing(path) {
            try Data(text.bytes).write(to: URL(fileURLWithPath: path))
            return SHA256Digest.hex(of: text.bytes)
        }
    }

    /// Runs `body`, turning any failure into a `.cannotWrite` error about `path`.
    static func writing<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PipelineError {
            throw error
        } catch {
            let reason = (error as? CSVWriteError)?.reason ?? error.localizedDescription
            throw PipelineError(.cannotWrite, "cannot write \(path): \(reason). "
                + "Check that the output directory exists, is writable and has free space.")
        }
    }
}
