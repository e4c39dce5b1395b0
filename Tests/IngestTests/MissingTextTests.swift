@testable import Ingest
import Testing

struct MissingTextTests {
    static let missing = ["", "   ", "n/a", "N/A", "na", "NA", "none", "None", "null", "NULL", "tbd", "TBD",
                          "-", "?", "unknown", "Unknown", " n/a ", "\tnull"]

    @Test(arguments: missing)
    func placeholdersAreMissing(_ text: String) {
        #expect(isMissingText(text))
        var bytes = text
        #expect(bytes.withUTF8 { isMissingText(bytes: $0) })
    }

    // Control bytes that lowercasing by bit would turn into `/`, `?` or `-` stay values.
    static let present = ["Acme", "0", "nan", "n.a.", "--", "??", "unknownx", "no", "nil", "to be done",
                          "N\u{0F}A", "\u{1F}", "\u{0D}-\u{0D}x", "ünknown"]

    @Test(arguments: present)
    func valuesArePresent(_ text: String) {
        #expect(!isMissingText(text))
    }

    @Test func trimsSpacesTabsAndLineBreaks() {
        #expect(trimmedField("  Acme Corp \t") == "Acme Corp")
        #expect(trimmedField("\r\nÉclair ") == "Éclair")
        #expect(trimmedField("clean") == "clean")
        #expect(trimmedField("   ") == "")
    }
}
