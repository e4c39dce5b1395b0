import Foundation
import Testing
import TestSupport

/// scripts/nightly with `email.csm_digests: true` over the committed sample
/// data (three CSMs with emails and managers in csms.csv): each CSM's digest
/// of the day report goes out once, the manager is copied only on new
/// critical flags, and a failing send stops nothing else (SPEC §8).
@Suite(.serialized) struct NightlyDigestTests {
    /// A report root, a config with CSM digests and a sendmail stand-in that
    /// keeps every message, or refuses the one addressed `To: $FAIL_TO`.
    final class Setup {
        let dir: TempDirectory
        var out: String { dir.path("out") }
        var capture: String { dir.path("sent") }

        init() throws {
            dir = try TempDirectory()
            let sample = BinaryRunner.packageRoot.appendingPathComponent("sample-data/onboarding.yaml").path
            try dir.write("onboarding.yaml", try String(contentsOfFile: sample, encoding: .utf8) + """
                email:
                  from: cs-ops@example.com
                  to: [vp-cs@example.com]
                  csm_digests: true

                """)
            try FileManager.default.createDirectory(atPath: capture, withIntermediateDirectories: true)
            let sendmail = try dir.write("sendmail", """
                #!/bin/sh
                message="$(cat)"
                if [ -n "$FAIL_TO" ] && printf '%s\\n' "$message" | grep -q "^To: $FAIL_TO"; then
                  echo "sendmail stand-in: refused $FAIL_TO" >&2
                  exit 1
                fi
                n=$(( $(ls "$CAPTURE" | wc -l) + 1 ))
                printf '%s\\n' "$message" > "$CAPTURE/$n.eml"

                """)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
        }

        func nightly(_ date: String, failTo: String = "") throws -> BinaryResult {
            try NightlyDriver.run(date: date, config: dir.path("onboarding.yaml"), out: out,
                                  sendmail: dir.path("sendmail"), environment: ["CAPTURE": capture, "FAIL_TO": failTo])
        }

        /// Every message sent so far, in sending order.
        func sent() throws -> [Message] {
            let count = try FileManager.default.contentsOfDirectory(atPath: capture).count
            return try (1...max(1, count)).prefix(count).map {
                Message(try String(contentsOfFile: capture + "/\($0).eml", encoding: .utf8))
            }
        }
    }

    /// The headers of a sent message.
    struct Message {
        var headers: [String: String] = [:]

        init(_ text: String) {
            for line in text.components(separatedBy: "\r\n") {
                guard !line.isEmpty else { break }
                if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") {
                    headers[String(line[..<colon])] = String(line[line.index(after: colon)...].dropFirst())
                }
            }
        }

        var isDigest: Bool { headers["Subject"]?.hasPrefix("Onboarding red flags for ") == true }
    }

    /// csms.csv of the sample: name → (email, manager email).
    static func team() throws -> [String: (email: String, manager: String)] {
        let text = try String(contentsOfFile: BinaryRunner.packageRoot.appendingPathComponent("sample-data/csms.csv").path,
                              encoding: .utf8)
        var team: [String: (email: String, manager: String)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            team[f[0]] = (f[3], f[4])
        }
        return team
    }

    /// (csm, severity, new) of every flag of a report's red_flags.csv that a
    /// CSM digest holds (account and CSM flags). The sample's ids and names
    /// hold no comma, so the first ten fields split plainly.
    static func flags(_ directory: String) throws -> [(csm: String, critical: Bool, new: Bool)] {
        let text = try String(contentsOfFile: directory + "/red_flags.csv", encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: ",", maxSplits: 10, omittingEmptySubsequences: false).map(String.init)
            guard f[2] != "segment" else { return nil }
            return (f[5], f[0] == "critical", f[9] == "true")
        }
    }

    @Test func aWeekOfNightsEachCSMGetsOneDigestADayAndTheManagerOnlyOnNewCriticalFlags() throws {
        let setup = try Setup()
        let team = try Self.team()
        let managerOf = Dictionary(team.values.map { ($0.email, $0.manager) }) { a, _ in a }
        var daysCopied = 0, daysNotCopied = 0
        // Tuesday 2026-11-17 ... Monday 2026-11-23: each night the day report of the day before.
        for night in 17...23 {
            let before = try setup.sent().count
            let run = try setup.nightly("2026-11-\(night)")
            #expect(run.exitCode == 0, "\(night): \(run.stderr)")
            #expect(run.stdout.isEmpty && run.stderr.isEmpty, "cron would mail: \(run.stdout)\(run.stderr)")
            let report = setup.out + "/day/2026-11-\(night - 1)"
            let flags = try Self.flags(report)
            let digests = try setup.sent().dropFirst(before).filter(\.isDigest)
            // One digest per CSM with open flags (the unassigned accounts have no address).
            let owners = Set(flags.map(\.csm).filter { !$0.isEmpty })
            #expect(digests.map { $0.headers["To"]! }.sorted() == owners.map { team[$0]!.email }.sorted(), "\(night)")
            for csm in owners {
                let email = team[csm]!.email
                let digest = try #require(digests.first { $0.headers["To"] == email })
                let newCritical = flags.contains { $0.csm == csm && $0.critical && $0.new }
                #expect(digest.headers["Cc"] == (newCritical ? managerOf[email] : nil), "\(night) \(csm)")
                #expect(digest.headers["Subject"]!.contains("day 2026-11-\(night - 1)"))
                if newCritical { daysCopied += 1 } else { daysNotCopied += 1 }
            }
        }
        // The week had both kinds of mornings, so the check above could fail either way.
        #expect(daysCopied > 0 && daysNotCopied > 0)
        // Monday also sent the week summary; a re-run of Monday sends nothing twice.
        let count = try setup.sent().count
        #expect(try setup.nightly("2026-11-23").exitCode == 0)
        #expect(try setup.sent().count == count)
    }

    @Test func aFailingDigestIsReportedAndTheOtherDigestsAndTheSummaryStillGo() throws {
        let setup = try Setup()
        let team = try Self.team()
        let refused = team["Ben Hughes"]!.email
        let run = try setup.nightly("2026-11-23", failTo: refused)
        #expect(run.exitCode == 69)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("nightly 2026-11-23: sending the CSM digest ") == true)
        #expect(lines.first?.contains("/day/2026-11-22/csm/ben-hughes.eml failed") == true)
        let sent = try setup.sent()
        #expect(sent.filter(\.isDigest).map { $0.headers["To"]! }.sorted()
            == ["Ava Adams", "Chloe Okafor"].map { team[$0]!.email }.sorted())
        #expect(sent.contains { $0.headers["Subject"]?.hasPrefix("Onboarding report, week 2026-W47") == true })
        // The next run sends only what did not go: Ben's digest.
        #expect(try setup.nightly("2026-11-23").exitCode == 0)
        #expect(try setup.sent().dropFirst(sent.count).map { $0.headers["To"]! } == [refused])
    }
}
