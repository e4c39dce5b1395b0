import Foundation

/// Where the repository's committed files are, for tests that read them
/// (sample-data, the example report, the golden reports).
public enum PackagePaths {
    /// The repository root: this file is Tests/TestSupport/PackagePaths.swift.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` under the repository root.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
