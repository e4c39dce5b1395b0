import Foundation
import OnboardingModel

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
}
