import Foundation
import Ingest
import Logging
import Metrics
import OnboardingModel
import Reports
import Runtime

/// One execution of `run`: the only place that knows the stage order.
struct ReportRun {
    let input: InputOptions
    let outputDirectory: String
    let asOf: Day?
    let period: Period
    let logger: Logger

    /// What a published run leaves for the command to report.
    struct Outcome {
        var directory: String
        /// What the report was made of: the caller may end the process
        /// holding it, rather than free a million accounts one by one.
        var content: ReportContent
        /// Set when the report is published but `latest` could not be updated.
        var latestProblem: PipelineError?

        var redFlags: [RedFlag] { content.operations.redFlags }
    }

    /// Builds and publishes the report.
    func execute() throws -> Outcome {
        // Config is validated before any CSV is opened.
        let resolved = try ResolvedConfig.resolve(explicitPath: input.config, dataDirectory: input.data,
                                                  preset: input.preset)
        let today = try Clock.today()
        let lock = try OutputDirectoryLock(directory: outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        PublishDebris.clean(outputDirectory: outputDirectory, logger: logger)

        var clock = StageClock(logger: logger)
        // Rejected rows stream to disk as they are found (SPEC §3: memory does not grow with them).
        let periodDirectory = (outputDirectory as NSString).appendingPathComponent(period.rawValue)
        try OutputDirectoryLock.createDirectory(periodDirectory)
        let spoolPath = (periodDirectory as NSString).appendingPathComponent(".staging-rejects-\(getpid())")
        InterruptCleanup.shared.register(spoolPath)
        let spool = try RejectsSpool(directory: spoolPath)
        defer {
            spool.remove()
            InterruptCleanup.shared.unregister(spoolPath)
        }
        let data = try input.ingest(config: resolved.config, today: today, logger: logger, asOf: asOf,
                                    rejectSinks: { spool.sink(for: $0) })
        clock.finished("ingest")
        let asOfDay = asOf ?? data.newestDate ?? today
        let window = ReportWindow(period: period, asOf: asOfDay)
        let publisher = ReportPublisher(periodDirectory: periodDirectory, label: window.label)

        try stopIfTooManyRejects(data, spool: spool, config: resolved.config, publisher: publisher)

        let engine = MetricsEngine(config: resolved.config, hasEvents: data.hasEvents, hasSurveys: data.hasSurveys,
                                   runner: JobRunner(ParallelJobs.run))
        let snapshots = engine.snapshots(of: data.accounts, at: window.snapshot)
        // Before staging: a pilot that picks no account stops the run (exit 65).
        let payoff = try engine.payoffViews(snapshots, at: window.snapshot)
        let staging = try publisher.makeStagingDirectory()
        let content: ReportContent
        let latestProblem: PipelineError?
        do {
            let accountsFile = ReportWriter.startAccountsFile(snapshots, config: resolved.config, in: staging)
            content = compute(engine: engine, snapshots: snapshots, data: data, resolved: resolved, window: window,
                              today: today, payoff: payoff)
            clock.finished("metrics")
            try ReportWriter.write(content, to: staging, accountsFile: accountsFile, rejectsSpool: spool)
            spool.remove()  // copied into rejects.csv: gone before the publish's renames
            latestProblem = try publisher.publish(staging: staging)
            clock.finished("write")
        } catch {
            publisher.discard(staging: staging)
            throw error as? PipelineError ?? PipelineError(.cannotWrite,
                "\(publisher.finalPath): cannot write the report (\(error)); check the output directory.")
        }
        logger.info("Published report '\(publisher.finalPath)' for \(period.rawValue) \(window.label).")
        return Outcome(directory: publisher.finalPath, content: content,
                       latestProblem: latestProblem)
    }

    /// The report's content from the snapshots at the window's snapshot day.
    private func compute(engine: MetricsEngine, snapshots: SnapshotAccounts, data: IngestedData,
                         resolved: ResolvedConfig, window: ReportWindow, today: Day,
                         payoff: PayoffViews) -> ReportContent {
        let views = engine.views(snapshots, csms: data.csms, forecast: data.forecast, window: window)
        let staleDays = today - window.asOf
        var content = ReportContent(
            toolVersion: OnboardingReport.version,
            config: resolved.config,
            configDigest: resolved.digest,
            window: window,
            data: data,
            snapshots: snapshots,
            cohorts: views.cohorts,
            segments: views.segments,
            priorSegments: views.priorSegments,
            staleExportDays: staleDays > 2 ? staleDays : nil,
            operations: views.operations,
            survival: views.survival,
            priorSurvival: views.priorSurvival)
        content.payoff = payoff
        content.qualityLines = DataQualityLines.lines(
            window: window, today: today, asOfGiven: asOf != nil, data: data, config: resolved.config,
            windowHasActivity: WindowActivity.hasActivity(data.accounts, in: window))
        return content
    }

    /// The reject-rate gate: publishes nothing, but keeps the rejected rows
    /// where the message says, so the export can be fixed.
    private func stopIfTooManyRejects(_ data: IngestedData, spool: RejectsSpool, config: Config,
                                      publisher: ReportPublisher) throws {
        let over = RejectGate.filesOverLimit(data, maxRejectRate: config.thresholds.maxRejectRate)
        guard !over.isEmpty else { return }
        let rejectsPath = publisher.rejectsPath
        do {
            try publisher.publishRejects { path in
                try ReportWriter.writeRejects(data, spool: spool, to: path)
                spool.remove()
            }
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(.cannotWrite, "\(rejectsPath): cannot write the rejected rows (\(error)).")
        }
        throw PipelineError(.data, RejectGateMessage.text(
            over: over, data: data, limit: config.thresholds.maxRejectRate,
            outcome: "No report was published; every rejected row and its reason is in \(rejectsPath)."))
    }
}
