@testable import Ingest
import OnboardingModel

/// An in-memory data row: what a CSV record would give, without a file.
struct Row: IngestRecord {
    var line: Int
    var fields: [String]
    var invalidUTF8: (field: Int, byteOffset: Int)?

    init(_ line: Int, _ fields: [String], invalidUTF8: (field: Int, byteOffset: Int)? = nil) {
        self.line = line
        self.fields = fields
        self.invalidUTF8 = invalidUTF8
    }

    var count: Int { fields.count }
    func string(_ i: Int) -> String { fields[i] }
}

/// Feeds a header and rows (numbered from line 2, as after a one-line header)
/// into `ingester`.
func feed<I: FileIngester>(_ ingester: inout I, header: [String], rows: [[String]]) throws {
    try ingester.readHeader(header)
    for (i, fields) in rows.enumerated() { ingester.consume(Row(i + 2, fields)) }
}

func day(_ text: String) -> Day { Day(iso: text)! }

/// A plan and segments small enough to compute by hand: milestones a, b, c.
func smallConfig() -> Config {
    var config = Config()
    config.milestones.order = ["kickoff", "setup", "first_value"]
    config.handoff.fields = ["goals", "champion"]
    return config
}
