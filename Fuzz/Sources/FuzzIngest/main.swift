/// libFuzzer target: one input is a data directory of deals.csv and milestones.csv,
/// ingested with `Ingestor` and then run through every metric, as `run` does.
///
/// Input layout: a mode byte, then deals.csv, a NUL byte, then milestones.csv (no NUL:
/// an empty milestones.csv). Mode bit 0 picks `csv.date_order: dmy`, bit 1 the month
/// period (else the week), bits 2... the delimiter (`,` `;` tab, by value modulo 3).
/// A `PipelineError` is a fine outcome; a crash, a hang or a broken row count is not.
import FuzzSupport
import Ingest
import Logging
import Metrics
import OnboardingModel

/// Set up on the first input. Not top-level variables, which Swift 6 isolates to the main actor.
private enum Fixture {
    static let scratch = ScratchDirectory(label: "fuzz-ingest", fileNames: ["deals.csv", "milestones.csv"])
    static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    /// A fixed run day: ingest keeps input dates after it from becoming the as-of day.
    static let today = Day(year: 2026, month: 6, day: 30)!
    static let logger = Logger(label: "fuzz-ingest") { _ in SwiftLogNoOpLogHandler() }
}

runFuzzer(testOneInput)

private func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = UnsafeRawBufferPointer(UnsafeBufferPointer(start: data, count: size))
    guard let mode = input.first else { return 0 }
    let files = input[1...]
    let separator = files.firstIndex(of: 0) ?? files.endIndex
    Fixture.scratch.files[0].replaceContents(with: UnsafeRawBufferPointer(rebasing: files[..<separator]))
    Fixture.scratch.files[1].replaceContents(
        with: UnsafeRawBufferPointer(rebasing: files[min(separator + 1, files.endIndex)...]))

    var config = Config()
    config.csv.dateOrder = mode & 1 == 0 ? .mdy : .dmy
    config.csv.delimiter = Fixture.delimiters[Int(mode >> 2) % 3]
    let period: Period = mode & 2 == 0 ? .week : .month
    let ingested: IngestedData
    do {
        ingested = try Ingestor(config: config, dataDirectory: Fixture.scratch.path, today: Fixture.today,
                                logger: Fixture.logger).ingest()
    } catch {
        return 0
    }
    checkRowAccounting(ingested)
    computeMetrics(ingested, config: config, period: period)
    return 0
}

/// Nothing is lost: every data row read is accepted, skipped or rejected (SPEC §3).
private func checkRowAccounting(_ data: IngestedData) {
    for file in data.files {
        invariant(file.rowsRead == file.accepted + file.skipped + file.rejected,
                  "\(file.fileName): \(file.rowsRead) read != \(file.accepted) + \(file.skipped) + \(file.rejected)")
        let rejects = data.rejects.lazy.filter { $0.file == file.fileName }.count
        invariant(rejects == file.rejected, "\(file.fileName): \(rejects) rejects listed, \(file.rejected) counted")
    }
}

/// The metric stages of `run`, at the as-of day it would pick, for the window and its prior.
private func computeMetrics(_ data: IngestedData, config: Config, period: Period) {
    let window = ReportWindow(period: period, asOf: data.newestDate ?? Fixture.today)
    let engine = MetricsEngine(config: config, hasEvents: data.hasEvents, hasSurveys: data.hasSurveys)
    for window in [window, window.prior] {
        let snapshots = engine.snapshots(of: data.accounts, at: window.snapshot)
        _ = engine.cohortRows(snapshots, at: window.snapshot)
        _ = engine.segmentRows(snapshots, window: window)
        _ = engine.survivalRows(snapshots, at: window.snapshot)
        _ = engine.operationalViews(snapshots, csms: data.csms, forecast: data.forecast, at: window.snapshot)
    }
}
