import Foundation
import Ingest
import Logging
import OnboardingModel

/// A one-line progress display on stderr of the export files being read:
/// name, bar, percent and bytes read of total for each file still in
/// progress (several at once when files are read side by side).
///
/// Only for a person at a terminal: `onTerminal` gives none when stderr is not
/// a terminal (cron, pipes, CI) or under `--quiet`. The line is erased as soon
/// as no file is in progress, so the log lines ingest writes between its read
/// phases start on a clean line.
final class ProgressBar: @unchecked Sendable {
    /// The files still being read, in the order they started.
    private var files: [(name: String, read: Int, total: Int)] = []
    /// Whether a drawn line is on screen.
    private var lineShown = false
    private var lastDraw: ContinuousClock.Instant?
    private let lock = NSLock()
    private let width: Int
    /// Redraws are at most this often: a 600 MB file is read in 600 chunks.
    private static let redrawInterval = Duration.milliseconds(100)
    private static let barCells = 20

    private init(width: Int) { self.width = width }

    /// The bar for a run, or nil when stderr is not a terminal or `quiet` is set.
    static func onTerminal(quiet: Bool) -> ProgressBar? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        var size = winsize()
        let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : 0
        return ProgressBar(width: columns > 20 ? columns : 80)
    }

    /// Records that `bytesRead` of `fileName`'s `totalBytes` are read, and
    /// redraws when the last redraw is old enough or the file is done.
    func update(fileName: String, bytesRead: Int, totalBytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        let done = totalBytes > 0 && bytesRead >= totalBytes
        if let i = files.firstIndex(where: { $0.name == fileName }) {
            if done { files.remove(at: i) } else { files[i].read = bytesRead }
        } else if !done {
            files.append((fileName, bytesRead, totalBytes))
        }
        let now = ContinuousClock.now
        let due = lastDraw.map { $0.duration(to: now) >= Self.redrawInterval } ?? true
        guard files.isEmpty || done || due else { return }
        lastDraw = now
        draw()
    }

    /// Erases the line; call when ingest ends, however it ends.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        files.removeAll()
        draw()
    }

    /// Writes the current line, or erases it when no file is in progress.
    private func draw() {
        if files.isEmpty {
            if lineShown { write("\r\u{1B}[K") }
            lineShown = false
            return
        }
        let line = files.map(Self.describe).joined(separator: "  ")
        write("\r\u{1B}[K" + String(line.prefix(width - 1)))
        lineShown = true
    }

    /// `events.csv [########            ] 41% 251.3/612.8 MB`
    private static func describe(_ file: (name: String, read: Int, total: Int)) -> String {
        guard file.total > 0 else { return "\(file.name) \(megabytes(file.read)) MB" }
        let percent = min(100, file.read * 100 / file.total)
        let filled = min(barCells, file.read * barCells / file.total)
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: barCells - filled)
        return "\(file.name) [\(bar)] \(percent)% \(megabytes(file.read))/\(megabytes(file.total)) MB"
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 500_000) / 1_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension InputOptions {
    /// Ingests `--data` with `config`, showing a progress bar when a person
    /// is watching stderr.
    /// - Parameter rejectSinks: where rejected rows stream (`Ingestor`); nil keeps them.
    func ingest(config: Config, today: Day, logger: Logger, asOf: Day? = nil,
                rejectSinks: Ingestor.RejectSinks? = nil) throws(PipelineError) -> IngestedData {
        let bar = ProgressBar.onTerminal(quiet: quiet)
        defer { bar?.finish() }
        var progress: Ingestor.Progress?
        if let bar {
            progress = { bar.update(fileName: $0, bytesRead: $1, totalBytes: $2) }
        }
        return try Ingestor(config: config, dataDirectory: data, today: today, logger: logger, progress: progress,
                            asOf: asOf, rejectSinks: rejectSinks).ingest()
    }
}
