import Foundation

/// What the checks need of manifest.json (SPEC §7): the window, the snapshot,
/// and each input's rows read, accepted, skipped and rejected.
struct ReportManifest: Decodable {
    struct Window: Decodable {
        let start: String
        let end: String
    }

    struct Input: Decodable {
        let file: String
        let rowsRead: Int
        let accepted: Int
        let skipped: Int
        let rejected: Int
    }

    let window: Window
    let snapshot: String
    let inputs: [Input]

    static func read(_ path: String) throws -> ReportManifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(ReportManifest.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Whether the ISO date `day` (`YYYY-MM-DD`, which sorts as text) falls in the window.
    func windowHolds(_ day: String) -> Bool {
        !day.isEmpty && day >= window.start && day <= window.end
    }
}
