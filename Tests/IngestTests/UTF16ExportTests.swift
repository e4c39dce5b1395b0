@testable import Ingest
import Logging
import OnboardingModel
import Testing
import TestSupport

/// Exports saved as Excel "Unicode text" (UTF-16 with a byte-order mark,
/// tab-delimited, CRLF) ingest exactly like their UTF-8 twins (SPEC §3).
struct UTF16ExportTests {
    private static let deals = [
        "Opportunity ID\tAccount ID\tAccount Name\tStage\tClose Date\tAmount\tAmount Currency",
        "006A1\t001A1\tMüller GmbH\tClosed Won\t6/30/2026\t\"12,000.00\"\tEUR",
        "006A2\t001A2\t株式会社テスト\tClosed Won\t6/29/2026\t5000\tUSD",
        "006A3\t001A3\tZoë 😀 Ltd\tClosed Lost\t6/28/2026\t1\tUSD",
        "006A4\t\tNo Account\tClosed Won\t6/27/2026\t1\tUSD",
    ].joined(separator: "\r\n") + "\r\n"

    private static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    private static func ingest(_ bytes: [UInt8]) throws -> IngestedData {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", bytes: bytes)
        try dir.write("milestones.csv", "account_id\tmilestone\tstatus\r\n")
        var config = smallConfig()
        config.csv.delimiter = UInt8(ascii: "\t")
        config.csv.preset = .salesforce
        config.currency.rates = ["EUR": Rational(108, 100)]
        return try Ingestor(config: config, dataDirectory: dir.path, today: day("2026-12-31"),
                            logger: Logger(label: "utf16-tests") { _ in SwiftLogNoOpLogHandler() }).ingest()
    }

    @Test(arguments: [("little-endian", false), ("big-endian", true)])
    func ingestsLikeTheUTF8File(_ name: String, _ bigEndian: Bool) throws {
        let utf8 = try Self.ingest(Array(Self.deals.utf8))
        let utf16 = try Self.ingest(Self.utf16(Self.deals, bigEndian: bigEndian))
        #expect(utf16.accounts == utf8.accounts, "\(name)")
        #expect(utf16.rejects == utf8.rejects, "\(name)")
        #expect(utf16.files.map { [$0.rowsRead, $0.accepted, $0.skipped, $0.rejected] }
            == utf8.files.map { [$0.rowsRead, $0.accepted, $0.skipped, $0.rejected] })
        // The values themselves: names outside ASCII and the BMP survive, and
        // €12,000.00 × 1.08 = 12,960.00 USD.
        #expect(utf16.accounts.map(\.accountName) == ["Müller GmbH", "株式会社テスト"])
        #expect(utf16.accounts.map(\.acvCents) == [1_296_000, 500_000])
        // Line numbers count the transcoded lines: the deal without an account is line 5.
        #expect(utf16.rejects.map(\.line) == [5])
        #expect(utf16.files.first.map { [$0.rowsRead, $0.accepted, $0.skipped, $0.rejected] } == [4, 2, 1, 1])
    }

    @Test func aLoneSurrogateIsARejectedRowNotACrash() throws {
        var bytes = Self.utf16("deal_id\taccount_id\tclose_date\tacv\r\nD1\tA", bigEndian: false)
        bytes += [0x00, 0xD8]  // a high surrogate with no low half
        bytes += Self.utf16("\t2026-01-01\t1\r\nD2\tA2\t2026-01-01\t1\r\n", bigEndian: false).dropFirst(2)
        let data = try Self.ingest(bytes)
        #expect(data.accounts.map(\.accountID) == ["A2"])
        #expect(data.rejects.map(\.line) == [2])
        // Issue 10 item 25: named as a lone surrogate, not "re-export as UTF-16" (it is UTF-16).
        #expect(data.rejects.first?.reason == "column 'account_id' (field 2) holds a lone UTF-16 surrogate at byte 1 "
            + "of the field, half of a character pair (an emoji cut in two?); the export damaged the text: fix the "
            + "value, or re-export the file")
    }
}
