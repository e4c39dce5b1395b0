import Foundation
import OnboardingModel
import Runtime
import Testing
@testable import Reports
import TestSupport

@Suite struct ManifestTests {
    @Test func keysInFixedOrderWithTwoSpaceIndent() {
        var content = Fixtures.content
        content.data.files = [Fixtures.files[0]]
        let json = Manifest.json(content, outputs: [
            .init(file: "summary.md", sha256: "s"), .init(file: "accounts.csv", sha256: "a"),
        ])
        // W47 of 2026 runs Monday 11-16 to Sunday 11-22; outputs sorted by name.
        let expected = """
        {
          "tool": "onboarding-report",
          "version": "0.1.0",
          "as_of": "2026-11-24",
          "period": "week",
          "window": {
            "label": "2026-W47",
            "start": "2026-11-16",
            "end": "2026-11-22"
          },
          "snapshot": "2026-11-22",
          "config_sha256": "\(String(repeating: "0f", count: 32))",
          "inputs": [
            {
              "name": "deals",
              "file": "deals.csv",
              "sha256": "\(String(repeating: "a1", count: 32))",
              "rows_read": 6,
              "accepted": 3,
              "skipped": 1,
              "rejected": 2
            }
          ],
          "outputs": [
            {
              "file": "accounts.csv",
              "sha256": "a"
            },
            {
              "file": "summary.md",
              "sha256": "s"
            }
          ]
        }

        """
        #expect(json == expected)
    }

    @Test func emptyListsAreEmptyArrays() {
        var content = Fixtures.content
        content.data.files = []
        let json = Manifest.json(content, outputs: [])
        #expect(json.contains("\n  \"inputs\": [],\n  \"outputs\": []\n}\n"))
    }

    @Test func jsonIsValidAndParsesBack() throws {
        var content = Fixtures.content
        content.toolVersion = "1.0 \"beta\"\\\n\u{01}é"
        let json = Manifest.json(content, outputs: [.init(file: "a.csv", sha256: "x")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? String == content.toolVersion)
        #expect((object["inputs"] as? [Any])?.count == 4)
    }

    struct Escape: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let literal: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Escape(name: "quote", text: "a\"b", literal: "\"a\\\"b\""),
        Escape(name: "backslash", text: "a\\b", literal: "\"a\\\\b\""),
        Escape(name: "newline and tab", text: "a\n\tb\r", literal: "\"a\\n\\tb\\r\""),
        Escape(name: "other control character", text: "\u{01}\u{1F}", literal: "\"\\u0001\\u001f\""),
        Escape(name: "non-ASCII kept as UTF-8", text: "Zoë ▲", literal: "\"Zoë ▲\""),
        Escape(name: "slash not escaped", text: "a/b", literal: "\"a/b\""),
    ])
    func stringEscaping(_ c: Escape) {
        #expect(Manifest.string(c.text) == c.literal)
    }

    @Test func outputHashesMatchTheWrittenFiles() throws {
        let dir = try TempDirectory()
        try ReportWriter.write(Fixtures.content, to: dir.path)
        let data = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/manifest.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let outputs = try #require(object["outputs"] as? [[String: String]])
        #expect(outputs.map { $0["file"] } == ["accounts.csv", "capacity.csv", "cohorts.csv", "completion_trend.svg",
                                               "csm/lee.eml", "csm/lee.md", "csm/unassigned.md", "csm_portfolio.csv",
                                               "milestones.csv", "outcomes.csv", "red_flags.csv", "rejects.csv",
                                               "resolved_flags.csv", "segments.csv", "stall_trend.svg", "summary.eml",
                                               "summary.md", "ttv_survival.csv", "ttv_trend.svg"])
        for output in outputs {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/" + output["file"]!))
            #expect(output["sha256"] == SHA256Digest.hex(of: Array(bytes)), "\(output["file"]!)")
        }
        // Every file in the directory except the manifest is listed.
        let listed = try reportFiles(dir.path).filter { $0 != "manifest.json" }
        #expect(listed.sorted() == outputs.compactMap { $0["file"] })
    }
}
