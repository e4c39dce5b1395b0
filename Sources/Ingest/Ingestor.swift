import Foundation
import Logging
import OnboardingModel
import Runtime

/// Reads a data directory's exports into typed records (SPEC §3).
///
/// Deals are read first: every other file attaches to the accounts they
/// define. Milestones, events, CSMs, forecast and surveys then only look those
/// accounts up, so they are read side by side on the machine's cores and
/// folded in afterwards in one fixed order (deals, milestones, events, csms,
/// forecast, surveys): files, rejects, notes and log lines never depend on
/// which read finished first. Each file is streamed once.
public struct Ingestor: Sendable {
    /// Called while a file is read, with its name, bytes read so far and its
    /// size; from several threads at once when files are read side by side.
    public typealias Progress = @Sendable (_ fileName: String, _ bytesRead: Int, _ totalBytes: Int) -> Void

    private let config: Config
    private let dataDirectory: String
    private let today: Day
    private let eventHorizon: Day?
    private let logger: Logger
    private let progress: Progress?
    private let rejectSinks: RejectSinks?

    /// Makes the sink a file's rejected rows stream to, given its file name.
    public typealias RejectSinks = @Sendable (_ fileName: String) -> any RejectSink

    /// - Parameters:
    ///   - today: the run's UTC day; input dates after it never become the
    ///     default as-of.
    ///   - logger: receives one info line per file read.
    ///   - progress: receives read progress per file (for a progress bar).
    ///   - asOf: the run's `--as-of`, when given: no snapshot of the run is
    ///     later, so later events need no recent-activity state.
    ///   - rejectSinks: where each file's rejected rows go as they are found;
    ///     nil keeps them in `IngestedData.rejects`. With sinks, memory does
    ///     not grow with rejects and `IngestedData.rejectCounts` counts them.
    public init(config: Config, dataDirectory: String, today: Day, logger: Logger, progress: Progress? = nil,
                asOf: Day? = nil, rejectSinks: RejectSinks? = nil) {
        self.config = config
        self.dataDirectory = dataDirectory
        self.today = today
        self.eventHorizon = asOf
        self.logger = logger
        self.progress = progress
        self.rejectSinks = rejectSinks
    }

    /// Ingests every configured file. Throws `PipelineError` with kind
    /// `.missingInput` (66) for a missing required file, `.data` (65) for a
    /// missing required column or a structurally broken CSV; when several
    /// files fail, the error of the first in file order. Rejected rows do not
    /// throw; see `RejectGate`.
    public func ingest() throws(PipelineError) -> IngestedData {
        let emptyNotes = emptyOptionalNotes()
        var deals = DealsIngest(config: config, today: today)
        let dealsFile = try read(&deals)
        log(dealsFile)
        if let noneWon = deals.noWonRowError() { throw noneWon }
        try Self.requireDealRows(dealsFile)
        let folding = ContinuousClock.now
        var (accounts, dealNotes) = deals.finish()
        logger.debug("Folded deals into \(accounts.count) accounts in \(Self.seconds(since: folding)) s.")

        let attached = try readAttached(to: accounts)
        let milestonesRead = attached.milestones?.ingester
        var milestoneNotes = milestonesRead?.finish(into: &accounts) ?? []
        let eventNotes = attached.events?.finish(into: &accounts) ?? []
        let surveyNotes = attached.surveys?.ingester.finish(into: &accounts) ?? []
        let accountNotes = attached.accounts?.ingester.finish(into: &accounts) ?? []
        let holdNotes = attached.holds?.ingester.finish(into: &accounts) ?? []
        if let milestonesRead {
            milestoneNotes += MilestoneTrustCheck.notes(config: config, accounts: accounts,
                                                        file: milestonesRead.tally.fileName,
                                                        reported: milestonesRead.reportedDay)
        }

        var newest = deals.newest
        if let milestonesRead { newest.merge(milestonesRead.newest) }
        if let events = attached.events { newest.merge(events.accumulator.newest) }
        let csms = attached.csms?.ingester, forecast = attached.forecast?.ingester
        let others = [csms?.tally, forecast?.tally, attached.surveys?.ingester.tally,
                      attached.accounts?.ingester.tally, attached.holds?.ingester.tally]
        let tallies = ([milestonesRead?.tally] + (attached.events?.tallies.map { $0 } ?? []) + others).compactMap { $0 }
        var data = IngestedData(
            accounts: accounts,
            csms: csms?.records,
            forecast: forecast?.records,
            hasEvents: attached.events != nil,
            hasSurveys: attached.surveys != nil,
            hasHolds: attached.holds != nil,
            files: [dealsFile] + attached.summaries,
            rejects: ([deals.tally] + tallies).flatMap(\.rejects),
            warnings: dealNotes + milestoneNotes + eventNotes + (csms?.notes() ?? []) + surveyNotes + accountNotes
                + holdNotes + emptyNotes,
            newestDate: newest.value)
        if rejectSinks != nil {
            let all = [deals.tally] + tallies
            data.rejectCounts = RejectCounts(
                reasons: RejectReasonCount.ordered(all.flatMap { $0.collector.reasonCounts(file: $0.fileName) }),
                firstRows: all.compactMap(\.collector.first))
        }
        data.stageCensus = deals.stageCounts
        data.datesAfterToday = newest.afterToday
        data.newestAfterToday = newest.newestAfterToday
        return data
    }

    /// The files read after deals, each read once, side by side.
    private struct AttachedReads {
        /// Nil only when every plan milestone comes from events and the file is absent.
        var milestones: FileRead<MilestonesIngest>?
        var events: EventsRead?
        var csms: FileRead<CSMsIngest>?
        var forecast: FileRead<ForecastIngest>?
        var surveys: FileRead<SurveysIngest>?
        var accounts: FileRead<AccountsIngest>?
        var holds: FileRead<HoldsIngest>?

        /// In file order; absent optional files left out.
        var summaries: [InputFileSummary] {
            ([milestones?.summary] + (events?.summaries ?? []) + [csms?.summary, forecast?.summary, surveys?.summary,
             accounts?.summary, holds?.summary]).compactMap { $0 }
        }
    }

    /// Reads every file but deals concurrently and logs each in file order.
    ///
    /// Its own function so that the accounts it shares with the reads are
    /// released when it returns, and the caller's copy is then folded into
    /// without being copied.
    private func readAttached(to accounts: [OnboardedAccount]) throws(PipelineError) -> AttachedReads {
        let index = AccountIDIndex(accounts)
        let milestones = JobSlot<FileRead<MilestonesIngest>?>(), events = JobSlot<EventsRead?>()
        let csms = JobSlot<FileRead<CSMsIngest>?>(), forecast = JobSlot<FileRead<ForecastIngest>?>()
        let surveys = JobSlot<FileRead<SurveysIngest>?>(), crmAccounts = JobSlot<FileRead<AccountsIngest>?>()
        let holds = JobSlot<FileRead<HoldsIngest>?>()
        // Largest first: events, then milestones, dwarf the rest.
        ParallelJobs.run([
            { events.fill { () throws(PipelineError) in try readEvents(attachedTo: accounts, index: index) } },
            { milestones.fill { () throws(PipelineError) in
                let ingester = MilestonesIngest(config: config, accounts: accounts, index: index, today: today)
                return try config.milestones.allFromEvents ? readIfPresent(ingester) : read(ingester)
            } },
            { surveys.fill { () throws(PipelineError) in try readIfPresent(SurveysIngest(config: config, index: index)) } },
            { crmAccounts.fill { () throws(PipelineError) in
                try readIfPresent(AccountsIngest(config: config, index: index))
            } },
            { csms.fill { () throws(PipelineError) in try readIfPresent(CSMsIngest(config: config)) } },
            { holds.fill { () throws(PipelineError) in try readIfPresent(HoldsIngest(config: config, index: index)) } },
            { forecast.fill { () throws(PipelineError) in try readIfPresent(ForecastIngest(config: config)) } },
        ])
        let reads = AttachedReads(milestones: try milestones.take(), events: try events.take(),
                                  csms: try csms.take(), forecast: try forecast.take(), surveys: try surveys.take(),
                                  accounts: try crmAccounts.take(), holds: try holds.take())
        reads.summaries.forEach(log)
        return reads
    }

    /// Reads the product events: events.csv, or in its place the warehouse
    /// rollup (SPEC §10) events_daily.csv and, when there, events_users.csv
    /// into the same accumulator; nil when there are no events.
    /// - Throws: `.config` when the data directory holds both events.csv and
    ///   events_daily.csv, or events_users.csv without events_daily.csv.
    private func readEvents(attachedTo accounts: [OnboardedAccount], index: AccountIDIndex)
        throws(PipelineError) -> EventsRead? {
        let raw = config.data.events, rollup = config.data.eventsDaily, users = config.data.eventsUsers
        if isPresent(raw), isPresent(rollup) {
            throw PipelineError(.config, """
                The data directory holds both \(raw) (data.events) and \(rollup) (data.events_daily), \
                the raw events and their warehouse rollup; the report reads one of them. Remove \(raw) \
                when \(rollup) is its rollup, or remove \(rollup) (and \(users)) to read the raw events.
                """)
        }
        guard isPresent(rollup) else {
            if isPresent(users) {
                throw PipelineError(.config, """
                    The data directory holds \(users) (data.events_users) but not \(rollup) \
                    (data.events_daily): the users rollup is read only beside the daily one. Export \
                    \(rollup) too, or remove \(users).
                    """)
            }
            let ingester = EventsIngest(config: config, accounts: accounts, index: index, today: today,
                                        horizon: eventHorizon)
            let read = try config.milestones.fromEvents.isEmpty ? readIfPresent(ingester) : readRequiredEvents(ingester)
            return read.map { EventsRead(accumulator: $0.ingester.accumulator, tallies: [$0.ingester.tally],
                                         summaries: [$0.summary], noUsers: $0.ingester.noUsers) }
        }
        let daily = try read(EventsDailyIngest(config: config, accounts: accounts, index: index, today: today,
                                               horizon: eventHorizon))
        var events = EventsRead(accumulator: daily.ingester.accumulator, tallies: [daily.ingester.tally],
                                summaries: [daily.summary], noUsers: "no \(users) beside \(rollup)")
        if let usersRead = try readIfPresent(EventsUsersIngest(config: config, accumulator: events.accumulator,
                                                                index: index)) {
            events.accumulator = usersRead.ingester.accumulator
            events.tallies.append(usersRead.ingester.tally)
            events.summaries.append(usersRead.summary)
            events.noUsers = nil
        }
        return events
    }

    /// Whether an optional file is there to be read (an empty one counts as absent).
    private func isPresent(_ fileName: String) -> Bool { OptionalInput(path: path(of: fileName)) == .present }

    /// Reads an optional file when the data directory has one; nil when nothing
    /// is at its path or it is empty (see `OptionalInput`).
    private func readIfPresent<I: FileIngester>(_ ingester: I) throws(PipelineError) -> FileRead<I>? {
        switch OptionalInput(path: path(of: ingester.tally.fileName)) {
        case .absent:
            logger.debug("No '\(ingester.tally.fileName)' in the data directory; skipping it.")
            return nil
        case .empty:
            logger.debug("'\(ingester.tally.fileName)' is empty (0 bytes); reading it as absent.")
            return nil
        case .present:
            return try read(ingester)
        }
    }

    /// A note for each optional export that is there but empty, in file order.
    private func emptyOptionalNotes() -> [DataQualityNote] {
        [config.data.events, config.data.eventsDaily, config.data.eventsUsers, config.data.csms, config.data.forecast, config.data.surveys,
         config.data.accounts, config.data.holds]
            .filter { OptionalInput(path: path(of: $0)) == .empty }
            .map { OptionalInput.emptyNote(fileName: $0) }
    }

    /// events.csv when `milestones.from_events` defines plan milestones from it:
    /// without it they would silently never be achieved.
    private func readRequiredEvents(_ ingester: EventsIngest) throws(PipelineError) -> FileRead<EventsIngest> {
        let fileName = ingester.tally.fileName
        guard access(path(of: fileName), F_OK) == 0 else {
            let names = config.milestones.order.filter { config.milestones.fromEvents[$0] != nil }
            throw PipelineError(.missingInput, """
                \(fileName): not found in the data directory, and milestones.from_events defines \
                \(names.joined(separator: ", ")) from it. Export the product usage events there, point --data \
                at the directory that holds them, or remove milestones.from_events from the config.
                """)
        }
        return try read(ingester)
    }

    private func read<I: FileIngester>(_ ingester: I) throws(PipelineError) -> FileRead<I> {
        var ingester = ingester
        let summary = try read(&ingester)
        return FileRead(ingester: ingester, summary: summary)
    }

    /// Streams one file into `ingester`.
    private func read<I: FileIngester>(_ ingester: inout I) throws(PipelineError) -> InputFileSummary {
        let fileName = ingester.tally.fileName
        if let rejectSinks { ingester.tally.collector.attach(rejectSinks(fileName)) }
        let started = ContinuousClock.now
        defer { logger.debug("Streamed '\(fileName)' in \(Self.seconds(since: started)) s.") }
        let onProgress = progress.map { report in { (read: Int, total: Int) in report(fileName, read, total) } }
        let sha256 = try CSVFileReading.read(&ingester, path: path(of: fileName), fileName: fileName,
                                             delimiter: config.csv.delimiter, progress: onProgress)
        return ingester.tally.summary(sha256: sha256)
    }

    /// Every other file attaches to the accounts deals define: without a deal
    /// row, their rows would all be rejected and the gate would blame them.
    private static func requireDealRows(_ deals: InputFileSummary) throws(PipelineError) {
        if deals.rowsRead == 0 {
            throw PipelineError(.data, "\(deals.fileName): the file has a header but no data rows; every other "
                + "export attaches to its deals. Check that the deals export ran and wrote its rows.")
        }
        if deals.skipped == deals.rowsRead {
            throw PipelineError(.data, "\(deals.fileName): none of its \(deals.rowsRead) rows is a closed-won deal "
                + "(blank rows, other stages or a report footer); every other export attaches to its deals. "
                + "Check the export's filter: onboarding starts at a closed-won stage.")
        }
    }

    /// Seconds since `start`, to the hundredth, for `--verbose` logs.
    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = start.duration(to: .now).components
        return (Double(elapsed.seconds) * 100 + Double(elapsed.attoseconds) / 1e16).rounded() / 100
    }

    /// Logs a file's row accounting.
    private func log(_ summary: InputFileSummary) {
        logger.info("""
            Read '\(summary.fileName)': \(summary.rowsRead) rows, \(summary.accepted) accepted, \
            \(summary.skipped) skipped, \(summary.rejected) rejected.
            """)
    }

    /// A configured file name resolved against the data directory; an
    /// absolute name stands as given.
    private func path(of fileName: String) -> String {
        if fileName.hasPrefix("/") || dataDirectory.isEmpty { return fileName }
        return dataDirectory.hasSuffix("/") ? dataDirectory + fileName : dataDirectory + "/" + fileName
    }
}

/// The product events read to their end, from whichever input: what they
/// tell about the accounts, and each file's row accounting (events.csv, or
/// events_daily.csv then events_users.csv).
private struct EventsRead: Sendable {
    var accumulator: EventAccumulator
    var tallies: [RowTally]
    var summaries: [InputFileSummary]
    /// Why no event names a user, when none does (see `EventAccumulator.finish`).
    var noUsers: String?

    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        accumulator.finish(into: &accounts, fileName: tallies[0].fileName, noUsers: noUsers)
    }
}

/// One file read to its end: the ingester holding what it found, and the
/// file's row accounting.
private struct FileRead<Ingester: FileIngester & Sendable>: Sendable {
    var ingester: Ingester
    var summary: InputFileSummary
}
