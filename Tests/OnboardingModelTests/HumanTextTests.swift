import Testing
@testable import OnboardingModel

/// SPEC §3 "What reaches a person" and "Bad rows": input text shown to a
/// person is cut to 100 characters, its control characters escaped and its
/// bidi and zero-width characters dropped; one helper for every output.
struct HumanTextTests {
    @Test(arguments: [
        ("plain", "Acme, Inc.", "Acme, Inc."),
        ("tab and line feed kept", "a\tb\nc", "a\tb\nc"),
        ("ESC, BEL, CR and NUL escaped", "\u{1B}[2J\u{07}\r\0", "\\x1b[2J\\x07\\x0d\\x00"),
        ("OSC 52 clipboard write", "\u{1B}]52;c;ZXZpbA==\u{07}", "\\x1b]52;c;ZXZpbA==\\x07"),
        ("DEL and C1 escaped", "\u{7F}\u{85}\u{9B}", "\\x7f\\x85\\x9b"),
        ("bidi and zero-width dropped", "\u{202E}abc\u{202C}\u{200B}\u{200F}\u{2067}d", "abcd"),
        ("other Unicode kept", "Zoë 東京 🙂 \u{00A0}", "Zoë 東京 🙂 \u{00A0}"),
    ])
    func clean(_ name: String, _ text: String, _ expected: String) {
        #expect(HumanText.clean(text) == expected, "\(name)")
    }

    @Test func cutsAfterOneHundredCharacters() {
        let exactly = String(repeating: "é", count: 100)
        #expect(HumanText.shown(exactly) == exactly)
        #expect(HumanText.shown(exactly + "x") == exactly + "…")
        // A 5 MB name costs a 101-character message.
        #expect(HumanText.shown(String(repeating: "n", count: 5_000_000)).count == 101)
    }

    /// The ASCII fast path of `cut` counts bytes; it must cut where counting
    /// `Character`s does, CR LF (one character) included.
    @Test func cutCountsCharactersOnTheASCIIPathToo() {
        func characterCut(_ text: String) -> String {
            text.count <= HumanText.limit ? text : String(text.prefix(HumanText.limit)) + "…"
        }
        var generator = SystemRandomNumberGenerator()
        let ascii: [Character] = ["a", "Z", "0", " ", "\t", "\n", "\r", "\r\n", "~"]
        for round in 0..<2_000 {
            let alphabet = round.isMultiple(of: 2) ? ascii : ascii + ["é"]
            let length = Int.random(in: 90...110, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(HumanText.cut(text) == characterCut(text), "\(text.debugDescription)")
        }
        let crlf = String(repeating: "\r\n", count: 100)
        #expect(HumanText.cut(crlf) == crlf)
        #expect(HumanText.cut("x" + crlf) == "x" + String(repeating: "\r\n", count: 99) + "…")
    }
}
