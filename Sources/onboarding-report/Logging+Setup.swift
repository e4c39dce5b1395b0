import Logging

/// Only the executable bootstraps logging; libraries take a `Logger`.
enum LoggingSetup {
    private static let bootstrapOnce: Void = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .trace
            return handler
        }
    }()

    static func logger(level: Logger.Level) -> Logger {
        _ = bootstrapOnce
        var logger = Logger(label: "onboarding-report")
        logger.logLevel = level
        return logger
    }
}
