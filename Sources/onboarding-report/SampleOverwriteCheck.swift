import Foundation
import OnboardingModel

/// `sample` never overwrites exports or a config that are already in its
/// `--out` directory unless told to (`--force`): pointed at a real data
/// directory by mistake, it would replace the company's exports with fiction.
enum SampleOverwriteCheck {
    /// The names `sample` writes: every export file name of the default config
    /// (read off `Config.DataFiles`, so a new export is covered without a list to
    /// keep in step) and the config itself.
    static var fileNames: [String] {
        Mirror(reflecting: Config().data).children.compactMap { $0.value as? String } + [configFileName]
    }

    static let configFileName = "onboarding.yaml"

    /// Throws `.cannotWrite` (73) naming the first file of `fileNames` already in `directory`.
    static func refuseExisting(in directory: String) throws {
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            throw PipelineError(.cannotWrite, """
                \(path) already exists, and sample would overwrite it; choose an empty directory for --out, \
                or add --force to replace the files there with sample data.
                """)
        }
    }
}
