import ArgumentParser
import Foundation
import OnboardingModel

/// The one place that turns any error into a message on stderr and an exit code.
enum ErrorReporting {
    /// Runs `body`; on a `PipelineError` prints its message and exits with its
    /// code. Argument-parser errors and `ExitCode` pass through untouched.
    static func exitOnFailure<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PipelineError {
            printError(error.message)
            throw ExitCode(error.kind.exitCode)
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            // Anything unexpected is a bug; say what it was and ask for a report.
            printError(InternalErrorReport.message("unexpected error \(error)"))
            throw ExitCode(70)
        }
    }

    /// Prints `message` on stderr; input text in it cannot drive the terminal (`HumanText.clean`).
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("onboarding-report: error: \(HumanText.clean(message))\n".utf8))
    }
}
