import ArgumentParser
import Foundation
import OnboardingModel

/// `init`: writes the default configuration, fully commented.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the default configuration, fully commented, to a new file."
    )

    @Argument(help: ArgumentHelp("File to create; an existing file is never overwritten.", valueName: "file"))
    var path: String = "onboarding.yaml"

    func run() throws {
        try ErrorReporting.exitOnFailure {
            // O_EXCL makes "refuse to overwrite" atomic: no check-then-write race.
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let reason = errno == EEXIST ? "already exists; it was left untouched. Remove it or choose another path"
                    : "cannot be created (\(String(cString: strerror(errno))))"
                throw PipelineError(.cannotWrite, "\(path) \(reason).")
            }
            let bytes = Array(ConfigLoader.defaultYAML.utf8)
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            guard written == bytes.count else {
                throw PipelineError(.cannotWrite, "\(path): could not write the configuration.")
            }
        }
        print("Wrote the default configuration to \(path).")
    }
}
