import Foundation
import OnboardingModel
import Runtime

/// The configuration a run uses, and the digest the manifest records for it.
struct ResolvedConfig {
    var config: Config
    /// Where it came from, for messages: a path, or "built-in defaults".
    var source: String
    /// SHA-256 of the YAML text that produced it.
    var digest: String

    /// Loads `--config`, else `<data>/onboarding.yaml` when present, else the defaults.
    static func resolve(explicitPath: String?, dataDirectory: String, preset: Config.Preset?) throws -> ResolvedConfig {
        let fileManager = FileManager.default
        let path: String?
        if let explicitPath {
            guard fileManager.fileExists(atPath: explicitPath) else {
                throw PipelineError(.missingInput, "\(explicitPath): configuration file not found; "
                    + "check --config, or run `onboarding-report init \(explicitPath)` to create one.")
            }
            path = explicitPath
        } else {
            let candidate = (dataDirectory as NSString).appendingPathComponent("onboarding.yaml")
            path = fileManager.fileExists(atPath: candidate) ? candidate : nil
        }
        let text: String
        let source: String
        if let path {
            try requireRegularFile(path)
            guard let data = fileManager.contents(atPath: path) else {
                throw PipelineError(.missingInput, "\(path): configuration file cannot be read; check its permissions.")
            }
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw PipelineError(.config, "\(path): configuration is not valid UTF-8 text; save it as UTF-8.")
            }
            text = decoded
            source = path
        } else {
            text = ConfigLoader.defaultYAML
            source = "built-in defaults"
        }
        var config = try ConfigLoader.load(yaml: text, source: source)
        if let preset { config.csv.preset = preset }
        return ResolvedConfig(config: config, source: source, digest: SHA256Digest.hex(of: Array(text.utf8)))
    }

    /// A configuration is a regular file of a sensible size: a directory or a
    /// FIFO (which would block the read) is named as such.
    private static func requireRegularFile(_ path: String) throws {
        let what: String
        switch PathDiagnosis.kind(path) {
        case .regularFile:
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size > maxConfigBytes else { return }
            what = "is larger than 1 MiB; a configuration is a few kilobytes"
        case .directory: what = "is a directory, not a configuration file"
        case .fifo: what = "is a FIFO (named pipe), not a configuration file"
        case .missing: what = "cannot be found"
        case .other: what = "is not a regular file"
        }
        // Like an export that is not a regular file (SPEC §3), 66; an oversized one is a bad config, 78.
        let kind: PipelineError.Kind = PathDiagnosis.kind(path) == .regularFile ? .config : .missingInput
        throw PipelineError(kind, "\(path) \(what); point --config at the YAML file, e.g. onboarding.yaml.")
    }

    private static let maxConfigBytes = 1 << 20
}
