import Foundation

/// scripts/nightly run for one date over the committed sample data, with the binary under
/// test, the given config, report root and `sendmail` stand-in (and any other settings).
enum NightlyDriver {
    static func run(date: String, config: String, out: String, sendmail: String,
                    environment extra: [String: String]) throws -> BinaryResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [BinaryRunner.packageRoot.appendingPathComponent("scripts/nightly").path,
                             "--date", date]
        var env = ProcessInfo.processInfo.environment
        env["ONBOARDING_REPORT"] = BinaryRunner.executableURL.path
        env["ONBOARDING_DATA"] = BinaryRunner.packageRoot.appendingPathComponent("sample-data").path
        env["ONBOARDING_CONFIG"] = config
        env["ONBOARDING_OUT"] = out
        env["SENDMAIL"] = sendmail
        for (key, value) in extra { env[key] = value }
        process.environment = env
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let o = stdout.fileHandleForReading.readDataToEndOfFile()
        let e = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryResult(exitCode: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                            stderr: String(decoding: e, as: UTF8.self))
    }
}
