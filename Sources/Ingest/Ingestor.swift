import Foundation
import Logging
import OnboardingModel

/// Reads a data directory's exports into typed records (SPEC §3).
///
/// Files are read in a fixed order, deals first (milestone rows attach to the
/// accounts deals define), then milestones; each is streamed once.
public struct Ingestor {
    private let config: Config
    private let dataDirectory: String
    private let today: Day
    private let logger: Logger

    /// - Parameters:
    ///   - today: the run's UTC day; input dates after it never become the
    ///     default as-of.
    ///   - logger: receives one info line per file read.
    public init(config: Config, dataDirectory: String, today: Day, logger: Logger) {
        self.config = config
        self.dataDirectory = dataDirectory
        self.today = today
        self.logger = logger
    }

    /// Ingests every configured file. Throws `PipelineError` with kind
    /// `.missingInput` (66) for a missing required file, `.data` (65) for a
    /// missing required column or a structurally broken CSV. Rejected rows do
    /// not throw; see `RejectGate`.
    public func ingest() throws(PipelineError) -> IngestedData {
        var deals = DealsIngest(config: config, today: today)
        let dealsFile = try read(&deals)
        var (accounts, dealNotes) = deals.finish()

        var milestones = MilestonesIngest(config: config, accounts: accounts, today: today)
        let milestonesFile = try read(&milestones)
        let milestoneNotes = milestones.finish(into: &accounts)

        var csms = CSMsIngest(config: config)
        let csmsFile = try readIfPresent(&csms)
        var forecast = ForecastIngest(config: config)
        let forecastFile = try readIfPresent(&forecast)

        var newest = deals.newest
        newest.merge(milestones.newest)
        return IngestedData(
            accounts: accounts,
            csms: csmsFile == nil ? nil : csms.records,
            forecast: forecastFile == nil ? nil : forecast.records,
            files: [dealsFile, milestonesFile, csmsFile, forecastFile].compactMap { $0 },
            rejects: deals.tally.rejects + milestones.tally.rejects + csms.tally.rejects + forecast.tally.rejects,
            warnings: dealNotes + milestoneNotes + csms.notes(), newestDate: newest.value)
    }

    /// Reads an optional file when the data directory has it; nil otherwise.
    private func readIfPresent<I: FileIngester>(_ ingester: inout I) throws(PipelineError) -> InputFileSummary? {
        guard access(path(of: ingester.tally.fileName), F_OK) == 0 else {
            logger.debug("No '\(ingester.tally.fileName)' in the data directory; skipping it.")
            return nil
        }
        return try read(&ingester)
    }

    /// Streams one file into `ingester` and logs its row accounting.
    private func read<I: FileIngester>(_ ingester: inout I) throws(PipelineError) -> InputFileSummary {
        let fileName = ingester.tally.fileName
        let sha256 = try CSVFileReading.read(&ingester, path: path(of: fileName), fileName: fileName,
                                             delimiter: config.csv.delimiter)
        let summary = ingester.tally.summary(sha256: sha256)
        logger.info("""
            Read '\(fileName)': \(summary.rowsRead) rows, \(summary.accepted) accepted, \
            \(summary.skipped) skipped, \(summary.rejected) rejected.
            """)
        return summary
    }

    /// A configured file name resolved against the data directory; an
    /// absolute name stands as given.
    private func path(of fileName: String) -> String {
        if fileName.hasPrefix("/") || dataDirectory.isEmpty { return fileName }
        return dataDirectory.hasSuffix("/") ? dataDirectory + fileName : dataDirectory + "/" + fileName
    }
}
