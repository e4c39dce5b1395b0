@testable import Ingest
import Testing

struct MissingTextTests {
    static let missing = ["", "   ", "n/a", "N/A", "na", "NA", "none", "None", "null", "NULL", "tbd", "TBD",
                          "-", "?", "unknown", "Unknown", " n/a ", "\tnull"]

    @Test(arguments: missing)
    func placeholdersAreMissing(_ text: String) {
        #expect(isMissingText(text))
    }

    static let present = ["Acme", "0", "nan", "n.a.", "--", "??", "unknownx", "no", "nil", "to be done"]

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
