import CSVStream
import Foundation
import OnboardingModel

/// Rejected rows streamed to disk as ingest finds them, one file per input
/// file, in rejects.csv's row format: rejects.csv is then their
/// concatenation in input-file order, and memory does not grow with them
/// (SPEC §3 "Bad rows"). The CLI makes one per run, in a hidden directory of
/// the output, and removes it when the run ends.
public final class RejectsSpool: @unchecked Sendable {
    public let directory: String
    private let lock = NSLock()
    private var parts: [String: Part] = [:]

    /// Creates `directory` (its parent must exist), replacing a leftover one.
    public init(directory: String) throws {
        self.directory = directory
        try? FileManager.default.removeItem(atPath: directory)
        try ReportWriter.writing(directory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        }
    }

    /// The sink of one input file's rejected rows (`Ingestor.RejectSinks`).
    public func sink(for fileName: String) -> any RejectSink {
        lock.lock()
        defer { lock.unlock() }
        if let part = parts[fileName] { return part }
        let part = Part(path: (directory as NSString).appendingPathComponent("\(parts.count).csv"))
        parts[fileName] = part
        return part
    }

    /// Appends the spooled rows to `writer`, the files in `fileOrder` (the
    /// input files' order) one after the other.
    ///
    /// - Throws: `.cannotWrite` when a row could not be spooled (disk full)
    ///   or read back.
    func copy(to writer: CSVWriter, fileOrder: [String]) throws {
        for fileName in fileOrder {
            guard let part = lock.withLock({ parts[fileName] }) else { continue }
            try part.finish()
            guard part.hasRows else { continue }
            try ReportWriter.writing(part.path) {
                guard let input = FileHandle(forReadingAtPath: part.path) else {
                    throw PipelineError(.cannotWrite, "\(part.path): the spooled rejected rows cannot be read back")
                }
                defer { try? input.close() }
                while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                    try chunk.withUnsafeBytes { try writer.writeEncoded($0) }
                }
            }
        }
    }

    /// Removes the spool directory.
    public func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// One input file's spooled rows.
    private final class Part: RejectSink, @unchecked Sendable {
        let path: String
        private var writer: CSVWriter?
        private var failure: (any Error)?
        /// Whether a row was spooled (the file is made at the first one).
        var hasRows: Bool { writer != nil }

        init(path: String) { self.path = path }

        func write(_ row: RejectedRow) {
            guard failure == nil else { return }
            do {
                if writer == nil { writer = try CSVWriter(path: path) }
                try writer!.writeRow(RejectsTable.row(row))
            } catch {
                failure = error
            }
        }

        /// Flushes the rows; rethrows the first failure to spool one.
        func finish() throws {
            if let writer, failure == nil {
                do { try writer.close() } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }
}
