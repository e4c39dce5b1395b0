import Foundation
import OnboardingModel

/// The rejected rows of one input file: kept in memory (tests, a library
/// caller), or handed to a `RejectSink` as they come and only counted here
/// by reason pattern, so that memory does not grow with them (SPEC §3).
///
/// A class shared by the copies of a `RowTally`, so that the reader can
/// attach a sink to an ingester it only reads; used by the one thread that
/// reads the file.
final class RejectCollector: @unchecked Sendable {
    private(set) var rows: [RejectedRow] = []
    private(set) var count = 0
    private(set) var first: RejectedRow?
    private var sink: (any RejectSink)?
    /// Rows by reason pattern, only while streaming.
    private var reasons: [String: Int] = [:]

    /// Streams every later row to `sink` instead of keeping it.
    func attach(_ sink: any RejectSink) {
        self.sink = sink
    }

    var isStreaming: Bool { sink != nil }

    func add(_ row: RejectedRow) {
        count += 1
        if first == nil { first = row }
        guard let sink else { return rows.append(row) }
        reasons[RejectReasonCount.pattern(row.reason), default: 0] += 1
        sink.write(row)
    }

    /// The counts by reason of the streamed rows of `fileName`.
    func reasonCounts(file fileName: String) -> [RejectReasonCount] {
        guard isStreaming else { return RejectReasonCount.count(rows) }
        return reasons.map { RejectReasonCount(file: fileName, reason: $0.key, rows: $0.value) }
    }
}
