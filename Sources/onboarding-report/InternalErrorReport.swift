import Foundation

/// An internal error (a bug) exits 70 with a message that asks for a report
/// with the command line (SPEC §2), whether it surfaces as an unexpected Swift
/// error or as a crash: a trap (SIGILL, SIGTRAP), an abort, a bad memory access.
enum InternalErrorReport {
    /// The message for an internal error described by `detail`.
    static func message(_ detail: String) -> String {
        "internal error (a bug in onboarding-report, not a problem with your data or config): \(detail). "
            + "Please report it with the command line (\(commandLine)) and, if you can, the exports that "
            + "trigger it. Files of an unfinished report are removed by the next run."
    }

    /// Exits 70 with the message when the process crashes from now on.
    static func installCrashHandler() {
        let text = "onboarding-report: error: " + message("the run stopped on a crash signal") + "\n"
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = bytes.initialize(from: text.utf8)
        crashMessage = UnsafeBufferPointer(bytes)
        // Its own stack, so that a stack overflow on the main thread still reaches the handler.
        let stackSize = 1 << 16
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: stackSize, alignment: 16)
        stack.ss_size = stackSize
        sigaltstack(&stack, nil)
        var action = sigaction()
        #if os(Linux)
        action.__sigaction_handler.sa_handler = crashHandler
        #else
        action.__sigaction_u.__sa_handler = crashHandler
        #endif
        action.sa_flags = Int32(SA_ONSTACK) | Int32(bitPattern: UInt32(SA_RESETHAND))
        sigemptyset(&action.sa_mask)
        for signalNumber in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            sigaction(signalNumber, &action, nil)
        }
    }

    /// The arguments as typed, quoted where a shell would need it, control characters escaped.
    static var commandLine: String {
        CommandLine.arguments.enumerated().map { index, argument in
            let shown = index == 0 ? "onboarding-report" : argument
            let plain = !shown.isEmpty && shown.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./=:,+@%".unicodeScalars.contains($0)
            }
            let escaped = shown.unicodeScalars.map { scalar in
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    ? String(format: "\\x%02x", scalar.value) : String(scalar)
            }.joined()
            return plain ? escaped : "'" + escaped.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}

/// Written once, before the handler is installed; only read in it.
nonisolated(unsafe) private var crashMessage = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

/// Async-signal-safe: one write(2), then _exit.
private let crashHandler: @convention(c) (Int32) -> Void = { _ in
    if let base = crashMessage.baseAddress { _ = write(2, base, crashMessage.count) }
    _exit(70)
}
