import Foundation
import TestSupport

/// Runs a built binary (`onboarding-report`, `report-invariants`) the way a
/// user or cron does and captures what it printed and how it exited.
struct BinaryResult {
    var exitCode: Int32
    var stdout: String
    var stderr: String
}

enum BinaryRunner {
    static let executableURL = executable(named: "onboarding-report")

    /// The executable `name` built beside the test bundle (SwiftPM puts both in
    /// the same products directory).
    static func executable(named name: String) -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return PackagePaths.root.appendingPathComponent(".build/debug/\(name)")
    }

    /// The repository root, for the committed sample data and example report.
    static let packageRoot = PackagePaths.root

    static func run(_ arguments: [String], executable: URL = executableURL, currentDirectory: URL? = nil,
                    environment: [String: String] = ["ONBOARDING_REPORT_TODAY": "2026-11-23"]) throws -> BinaryResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryResult(exitCode: process.terminationStatus,
                            stdout: String(decoding: outData, as: UTF8.self),
                            stderr: String(decoding: errData, as: UTF8.self))
    }
}
