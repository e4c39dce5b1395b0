import CSVStream
import Foundation
import Metrics
import OnboardingModel

/// Everything one report is made of; computed by the CLI, written by `ReportWriter`.
public struct ReportContent: Sendable {
    public var toolVersion: String
    public var config: Config
    /// SHA-256 hex of the canonical config (the file's bytes, or of the defaults' text).
    public var configDigest: String
    public var window: ReportWindow
    public var data: IngestedData
    public var snapshots: [AccountSnapshot]
    public var cohorts: [CohortRow]
    public var segments: [SegmentRow]
    /// segments.csv rows at the prior window's snapshot, for the summary's comparison.
    public var priorSegments: [SegmentRow]
    /// Today is more than 2 days after as-of: the exports look stale.
    public var staleExportDays: Int?
    /// Red flags, CSM portfolio, milestone on-time rates and capacity at the snapshot.
    public var operations: OperationalViews

    public init(toolVersion: String, config: Config, configDigest: String, window: ReportWindow,
                data: IngestedData, snapshots: [AccountSnapshot], cohorts: [CohortRow],
                segments: [SegmentRow], priorSegments: [SegmentRow], staleExportDays: Int?,
                operations: OperationalViews = OperationalViews(redFlags: [], csmPortfolio: [], milestones: [],
                                                                capacity: [])) {
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
    }
}

/// Writes a report's files into a directory (SPEC §7).
///
/// Every failure surfaces as a `PipelineError` of kind `.cannotWrite` naming
/// the file, so the CLI maps it to exit 73.
public enum ReportWriter {
    /// Writes every output file, then `manifest.json` last (it hashes the others);
    /// `summary.eml` only when the config names recipients.
    public static func write(_ content: ReportContent, to directory: String) throws {
        try writing(directory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        func path(_ file: String) -> String { directory + "/" + file }
        let config = content.config
        let accounts = content.data.accounts

        try writeCSV(path(SegmentsTable.fileName), header: SegmentsTable.header,
                     rows: SegmentsTable.rows(content.segments, config: config))
        try writeCSV(path(CohortsTable.fileName), header: CohortsTable.header,
                     rows: CohortsTable.rows(content.cohorts, config: config))
        try writeCSV(path(AccountsTable.fileName), header: AccountsTable.header,
                     rows: AccountsTable.ordered(content.snapshots, accounts: accounts).lazy.map { s in
                         AccountsTable.row(s, account: accounts[s.accountIndex], config: config)
                     })
        try writeRejects(content.data.rejects, to: path(RejectsTable.fileName))
        let operations = content.operations
        try writeCSV(path(RedFlagsTable.fileName), header: RedFlagsTable.header,
                     rows: operations.redFlags.lazy.map(RedFlagsTable.row))
        try writeCSV(path(CSMPortfolioTable.fileName), header: CSMPortfolioTable.header(config),
                     rows: CSMPortfolioTable.rows(operations.csmPortfolio, config: config))
        try writeCSV(path(MilestonesTable.fileName), header: MilestonesTable.header,
                     rows: MilestonesTable.rows(operations.milestones, config: config))
        try writeCSV(path(CapacityTable.fileName), header: CapacityTable.header,
                     rows: CapacityTable.rows(operations.capacity, config: config))
        let summary = Summary.markdown(content)
        try writeText(path(Summary.fileName), summary)
        var written = [AccountsTable.fileName, CapacityTable.fileName, CohortsTable.fileName,
                       CSMPortfolioTable.fileName, MilestonesTable.fileName, RedFlagsTable.fileName,
                       RejectsTable.fileName, SegmentsTable.fileName, Summary.fileName]
        let trend = CohortTrend(content)
        for chart in TrendChart.all {
            try writeText(path(chart.fileName), TrendSVG.svg(chart, trend, config: config))
            written.append(chart.fileName)
        }
        if let email = SummaryEmail.message(content, markdown: summary) {
            try writeText(path(SummaryEmail.fileName), email)
            written.append(SummaryEmail.fileName)
        }

        let outputs = try written.map { file in
            Manifest.Output(file: file, sha256: try sha256(ofFileAt: path(file)))
        }
        try writeText(path(Manifest.fileName), Manifest.json(content, outputs: outputs))
    }

    /// Writes only `rejects.csv` (used when the reject gate stops a run).
    public static func writeRejects(_ rejects: [RejectedRow], to path: String) throws {
        try writeCSV(path, header: RejectsTable.header, rows: rejects.lazy.map(RejectsTable.row))
    }

    // MARK: Files

    static func writeCSV(_ path: String, header: [String], rows: some Sequence<[String]>) throws {
        try writing(path) {
            let writer = try CSVWriter(path: path)
            try writer.writeRow(header)
            for row in rows { try writer.writeRow(row) }
            try writer.close()
        }
    }

    static func writeText(_ path: String, _ text: String) throws {
        try writing(path) {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    /// Lowercase hex SHA-256 of a file, read in 1 MiB chunks.
    static func sha256(ofFileAt path: String) throws -> String {
        try writing(path) {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            var digest = SHA256Digest()
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                chunk.withUnsafeBytes { digest.update($0) }
            }
            return digest.hexDigest()
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
