import Foundation
@testable import Ingest
import OnboardingModel
import Testing

struct DigestAheadTests {
    private let csms = "csm,fte\nAda Lovelace,1\nGrace Hopper,0.5\n"

    @Test func theDigestTakenAheadIsTheFilesSHA256() throws {
        let directory = try TempDirectory()
        defer { directory.remove() }
        try directory.write("csms.csv", csms)
        let path = directory.path + "/csms.csv"
        var ingest = CSMsIngest(config: Config())
        let hex = try CSVFileReading.read(&ingest, path: path, fileName: "csms.csv", delimiter: UInt8(ascii: ","),
                                          digestAhead: DigestAhead(path: path))
        #expect(hex == SHA256Digest.hex(of: Array(csms.utf8)))
        #expect(ingest.tally.accepted == 2)
    }

    @Test func aFileChangedAfterItsHashStopsTheRunInsteadOfMisreportingIt() throws {
        let directory = try TempDirectory()
        defer { directory.remove() }
        try directory.write("csms.csv", csms)
        let path = directory.path + "/csms.csv"
        let ahead = DigestAhead(path: path)
        _ = ahead.wait()
        // The export is rewritten (another size, another modification time).
        try directory.write("csms.csv", csms + "Alan Turing,1\n")
        var ingest = CSMsIngest(config: Config())
        #expect(throws: PipelineError.self) {
            try CSVFileReading.read(&ingest, path: path, fileName: "csms.csv", delimiter: UInt8(ascii: ","),
                                    digestAhead: ahead)
        }
        do {
            _ = try CSVFileReading.read(&ingest, path: path, fileName: "csms.csv", delimiter: UInt8(ascii: ","),
                                        digestAhead: ahead)
        } catch {
            #expect(error.kind == .data)
            #expect(error.message.contains("csms.csv: the file changed while it was being read"))
        }
    }

    @Test func anUnreadableFileSaysWhy() {
        let ahead = DigestAhead(path: "/nonexistent/csms.csv")
        guard case .failure(let failure) = ahead.wait() else {
            Issue.record("a missing file was hashed")
            return
        }
        #expect(failure.reason.contains("No such file"))
    }
}
