import Foundation
@testable import Ingest
import Logging
import OnboardingModel
import Runtime
import Testing
import TestSupport

/// Events and surveys read from real files beside the other exports, side by
/// side: the reader's byte path, the fixed join order and progress reports.
@Suite struct EventsIngestorTests {
    static let deals = "deal_id,account_id,close_date,acv\n"
        + "D1,A1,2025-03-10,1000\nD2,A2,2025-04-01,1000\nD3,A3,2025-04-05,1000\n"
    static let milestones = "account_id,milestone,status,completed_date\n"
        + "A1,kickoff,complete,2025-03-12\nA9,kickoff,complete,2025-03-12\n"
    // Windows line ends, a BOM, quoted and padded fields: the byte path must read them as the String path does.
    static let events = "\u{FEFF}Account ID,Occurred At,Event,User ID\r\n"
        + "A1,2025-03-16T23:59:59Z,login,U1\r\n"              // close + 6
        + "\"A2\",\"2025-04-01T00:30:00+01:00\",login,U2\r\n"  // 03-31 UTC: before close
        + " A2 ,2025-04-07T09:00:00.5Z,\"report, created\",\r\n"
        + "A8,2025-04-07T09:00:00Z,login,U8\r\n"              // unknown account
        + "A3,2025-13-01T09:00:00Z,login,U3\r\n"              // rejected: month 13
        + "A3,2025-04-20T09:00:00Z,login\r\n"                 // rejected: ragged
        + "A3,2025-06-30T23:00:00-02:00,login,U3\r\n"         // 2025-07-01 UTC: newest date
    static let surveys = "account_id,responded_at,score\nA1,2025-05-01,9\nA2,2025-05-02,12\nA1,2025-05-03,6\n"
    static let csms = "csm,fte\nJane,1\n"

    private func writeAll(_ dir: TempDirectory) throws {
        try dir.write("deals.csv", Self.deals)
        try dir.write("milestones.csv", Self.milestones)
        try dir.write("events.csv", Self.events)
        try dir.write("surveys.csv", Self.surveys)
        try dir.write("csms.csv", Self.csms)
    }

    private func ingest(_ dir: TempDirectory, log: LogCapture = LogCapture(),
                        progress: Ingestor.Progress? = nil) throws(PipelineError) -> IngestedData {
        try Ingestor(config: smallConfig(), dataDirectory: dir.path, today: day("2025-12-31"), logger: log.logger,
                     progress: progress).ingest()
    }

    @Test func rejectsStreamToTheirSinksAndOnlyTheirCountsAreKept() throws {
        // SPEC §3: rejected rows are streamed, memory does not grow with them. The same files as
        // below: milestones.csv line 3, events.csv lines 6 and 7, surveys.csv line 3.
        let dir = try TempDirectory()
        defer { dir.remove() }
        try writeAll(dir)
        let sinks = CollectingSinks()
        let data = try Ingestor(config: smallConfig(), dataDirectory: dir.path, today: day("2025-12-31"),
                                logger: LogCapture().logger, rejectSinks: { sinks.sink($0) }).ingest()
        #expect(data.rejects.isEmpty)
        #expect(sinks.rows("events.csv").map(\.line) == [6, 7])
        #expect(sinks.rows("milestones.csv").map(\.line) == [3])
        #expect(sinks.rows("deals.csv").isEmpty)
        #expect(data.rejectCounts?.firstRows.map { "\($0.file):\($0.line)" }
            == ["milestones.csv:3", "events.csv:6", "surveys.csv:3"])
        #expect(data.rejectReasons.map(\.rows).reduce(0, +) == 4)
        #expect(data.rejectReasons.allSatisfy { !$0.reason.contains("2025-13-01") })  // values masked
        #expect(data.firstReject(in: "events.csv")?.line == 6)
        #expect(data.files.map(\.rejected) == [0, 1, 2, 0, 1])
    }

    @Test func eventsAndSurveysJoinTheAccountsInFileOrder() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try writeAll(dir)
        let log = LogCapture()
        let data = try ingest(dir, log: log)

        #expect(data.hasEvents && data.hasSurveys)
        #expect(data.accounts.map(\.firstEventOnOrAfterClose) == [day("2025-03-16"), day("2025-04-07"),
                                                                  day("2025-07-01")])
        #expect(data.accounts[0].surveyResponses.map(\.score) == [9, 6])
        #expect(data.files.map(\.name) == ["deals", "milestones", "events", "csms", "surveys"])
        // events: 7 rows = 4 accepted + 1 skipped (A8) + 2 rejected; surveys: 3 = 2 + 0 + 1.
        #expect(data.files.map { [$0.rowsRead, $0.accepted, $0.skipped, $0.rejected] } == [
            [3, 3, 0, 0], [2, 1, 0, 1], [7, 4, 1, 2], [1, 1, 0, 0], [3, 2, 0, 1],
        ])
        #expect(data.files[2].sha256 == SHA256Digest.hex(of: Array(Self.events.utf8)))
        #expect(data.rejects.map { "\($0.file):\($0.line)" } == [
            "milestones.csv:3", "events.csv:6", "events.csv:7", "surveys.csv:3",
        ])
        #expect(data.warnings == [DataQualityNote(
            file: "events.csv", message: "events of accounts not found in deals counted and ignored (e.g. 'A8')",
            count: 1)])
        #expect(data.newestDate == day("2025-07-01"))
        #expect(log.entries.filter { $0.level == .info }.map(\.message) == [
            "Read 'deals.csv': 3 rows, 3 accepted, 0 skipped, 0 rejected.",
            "Read 'milestones.csv': 2 rows, 1 accepted, 0 skipped, 1 rejected.",
            "Read 'events.csv': 7 rows, 4 accepted, 1 skipped, 2 rejected.",
            "Read 'csms.csv': 1 rows, 1 accepted, 0 skipped, 0 rejected.",
            "Read 'surveys.csv': 3 rows, 2 accepted, 0 skipped, 1 rejected.",
        ])
    }

    @Test func withoutEventsOrSurveysThoseMetricsAreUndefined() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", Self.deals)
        try dir.write("milestones.csv", Self.milestones)
        let data = try ingest(dir)
        #expect(!data.hasEvents && !data.hasSurveys)
        #expect(data.accounts.allSatisfy { $0.firstEventOnOrAfterClose == nil && $0.surveyResponses.isEmpty })
        #expect(data.files.map(\.name) == ["deals", "milestones"])
    }

    @Test func concurrentIngestIsDeterministic() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try writeAll(dir)
        // Enough rows that the reads overlap in time.
        var events = Self.events
        for i in 0..<20_000 { events += "A\(i % 5),2025-05-\(10 + i % 9)T10:00:00Z,e\(i % 7),\r\n" }
        try dir.write("events.csv", events)
        var milestones = Self.milestones
        for i in 0..<5_000 { milestones += "A\(i % 5),setup,complete,2025-0\(5 + i % 4)-01\n" }
        try dir.write("milestones.csv", milestones)

        let runs = try (0..<3).map { _ in try ingest(dir) }
        for other in runs.dropFirst() {
            #expect(other.accounts == runs[0].accounts)
            #expect(other.files == runs[0].files)
            #expect(other.rejects == runs[0].rejects)
            #expect(other.warnings == runs[0].warnings)
            #expect(other.csms == runs[0].csms)
            #expect(other.newestDate == runs[0].newestDate)
        }
        // A0, A4 and the like are unknown: 2 of every 5 synthetic rows, plus A8.
        #expect(runs[0].files[2].skipped == 8_001)
    }

    @Test func theFirstFailingFileInFileOrderIsReported() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try writeAll(dir)
        try dir.write("milestones.csv", "account_id,status\nA1,done\n")
        try dir.write("events.csv", "account_id,event\nA1,login\n")
        let error = #expect(throws: PipelineError.self) { try ingest(dir) }
        #expect(error?.message.hasPrefix("milestones.csv: missing required column milestone.") == true)
    }

    @Test func progressReportsEveryFileUpToItsSize() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try writeAll(dir)
        let seen = ProgressLog()
        _ = try ingest(dir, progress: { seen.append($0, $1, $2) })
        let last = seen.lastByFile
        #expect(last.keys.sorted() == ["csms.csv", "deals.csv", "events.csv", "milestones.csv", "surveys.csv"])
        #expect(last["events.csv"].map { [$0.read, $0.total] } == [Self.events.utf8.count, Self.events.utf8.count])
        #expect(last.values.allSatisfy { $0.read == $0.total })
    }
}

/// Progress reports collected from several threads.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var last: [String: (read: Int, total: Int)] = [:]

    func append(_ file: String, _ read: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        last[file] = (read, total)
    }

    var lastByFile: [String: (read: Int, total: Int)] {
        lock.lock()
        defer { lock.unlock() }
        return last
    }
}

/// Rejected rows as the sinks received them, per file.
private final class CollectingSinks: @unchecked Sendable {
    private let lock = NSLock()
    private var byFile: [String: Sink] = [:]

    func sink(_ fileName: String) -> any RejectSink {
        lock.withLock {
            let sink = Sink()
            byFile[fileName] = sink
            return sink
        }
    }

    func rows(_ fileName: String) -> [RejectedRow] { lock.withLock { byFile[fileName]?.rows ?? [] } }

    final class Sink: RejectSink, @unchecked Sendable {
        var rows: [RejectedRow] = []
        func write(_ row: RejectedRow) { rows.append(row) }
    }
}
