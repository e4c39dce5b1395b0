import Foundation

/// Runs the built binary like `BinaryRunner`, but gives up after a deadline
/// (a run that blocks, on a FIFO say, fails its test instead of hanging the
/// suite) and tells an exit from a death by signal.
struct TimedBinaryRun {
    var exitCode: Int32?
    /// The signal that ended the process, when one did.
    var signal: Int32?
    var timedOut: Bool
    var stdout: String
    var stderr: String

    init(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 60) throws {
        let process = Process()
        process.executableURL = BinaryRunner.executableURL
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["ONBOARDING_REPORT_TODAY"] = "2026-11-23"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files, not pipes: nothing to drain while waiting for the deadline.
        let directory = FileManager.default.temporaryDirectory
        let outURL = directory.appendingPathComponent("timed-\(UUID().uuidString).out")
        let errURL = directory.appendingPathComponent("timed-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        timedOut = done.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        try out.close()
        try err.close()
        switch process.terminationReason {
        case .exit: (exitCode, signal) = (process.terminationStatus, nil)
        case .uncaughtSignal: (exitCode, signal) = (nil, process.terminationStatus)
        @unknown default: (exitCode, signal) = (nil, nil)
        }
        stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    }
}
