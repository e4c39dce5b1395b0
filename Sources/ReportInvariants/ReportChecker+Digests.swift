import Foundation

/// csm/ (SPEC §7 "csm/<name>.md ... per CSM with open flags; flags of accounts
/// without a CSM go to csm/unassigned.md"): one Markdown digest per CSM that
/// red_flags.csv gives a flag, and an `.eml` only beside its digest.
extension ReportChecker {
    static let digestDirectory = "csm"

    mutating func checkDigests() {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + Self.digestDirectory)) ?? []
        let digests = Set(files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) })
        if digests.count != digestOwners.count {
            log.record(.digestFiles, Self.digestDirectory,
                       "\(digests.count) digests for \(digestOwners.count) CSMs with open flags in red_flags.csv")
        }
        for name in files.filter({ $0.hasSuffix(".eml") }).sorted() where !digests.contains(String(name.dropLast(4))) {
            log.record(.digestFiles, Self.digestDirectory + "/" + name, "no digest beside it")
        }
    }
}
