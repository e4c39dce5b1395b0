import Testing
@testable import CSVStream

/// Tables the round-trip property (CSVRoundTripPropertyTests) flagged, kept exactly.
struct FuzzRegressionTests {
    // Seed +FXpIAT8kwZIrXZ02xNfvsSvk8m2b03yqZ6yku3XkTI=: a first cell starting with U+FEFF
    // was written bare (EF BB BF 0A); the reader dropped it as a byte-order mark and the
    // row read back as a blank line, which is skipped: the table came back empty.
    @Test func cellStartingWithByteOrderMarkIsQuoted() throws {
        #expect(CSVWriter.encode(["\u{FEFF}"]) == "\"\u{FEFF}\"\n")
        #expect(CSVWriter.encode(["\u{FEFF}x", "y\u{FEFF}"]) == "\"\u{FEFF}x\",y\u{FEFF}\n")
        let table = [["\u{FEFF}"], ["\u{FEFF}a", "b"]]
        let text = table.map(CSVWriter.encode).joined()
        #expect(try readAll(text: text).map(\.fields) == table)
    }
}
