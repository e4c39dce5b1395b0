import Foundation
import Logging

/// Collects log lines so tests can check what ingest reported.
final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [(Logger.Level, String)] = []

    var entries: [(level: Logger.Level, message: String)] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }

    var logger: Logger {
        Logger(label: "ingest-tests") { _ in CaptureHandler(capture: self) }
    }

    fileprivate func append(_ level: Logger.Level, _ message: String) {
        lock.lock()
        defer { lock.unlock() }
        lines.append((level, message))
    }
}

private struct CaptureHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    func log(event: LogEvent) { capture.append(event.level, "\(event.message)") }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
}
