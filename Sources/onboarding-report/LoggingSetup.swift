import Logging
import OnboardingModel

/// Only the executable bootstraps logging; libraries take a `Logger`.
enum LoggingSetup {
    private static let bootstrapOnce: Void = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .trace
            return TerminalSafeLogHandler(handler)
        }
    }()

    static func logger(level: Logger.Level) -> Logger {
        _ = bootstrapOnce
        var logger = Logger(label: "onboarding-report")
        logger.logLevel = level
        return logger
    }
}

/// Log lines quote file names and values from the inputs; their control
/// characters reach the terminal escaped (`HumanText.clean`).
struct TerminalSafeLogHandler: LogHandler {
    private var wrapped: any LogHandler

    init(_ wrapped: any LogHandler) { self.wrapped = wrapped }

    var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = "\(HumanText.clean(event.message.description))"
        wrapped.log(event: event)
    }
}
