import OnboardingModel
import Testing
@testable import Reports

/// The printable-ASCII fast path of `MarkdownText.escape` gives exactly what the
/// `Character` path gives (the reports must stay byte-identical), and leaves
/// everything else to it.
@Suite("MarkdownText.escape: the ASCII fast path")
struct MarkdownEscapeTests {
    @Test("hand-picked texts: the same bytes as the Character path", arguments: [
        "", "plain", "mid_market", "_lead", "trail_", "a__b", "x_ y", "1_2", "|pipe|", "`code`", "<b>", "a*b*",
        "[link](x)", "back\\slash", "~strike~", "current milestone first_value; CSM Ana Silva.",
        "ACC-000123: Acme, Inc. (\"quoted\")", "_", "__", "a_", "_a", "!_!", "A_Z 9_9 a_-",
    ])
    func handPicked(text: String) {
        #expect(MarkdownText.escapeASCII(text) == MarkdownText.escapeCharacters(text))
        #expect(MarkdownText.escape(text) == MarkdownText.escapeCharacters(text))
    }

    @Test("known escapes: intraword underscores kept, markup backslashed")
    func knownEscapes() {
        // By hand: `_` between b and c stays; the leading `_` and `*`, `|` get a backslash.
        #expect(MarkdownText.escape("_a b_c *d| e_") == "\\_a b_c \\*d\\| e\\_")
    }

    @Test("control bytes, line breaks and non-ASCII take the Character path", arguments: [
        "line\nbreak", "tab\there", "cr\r\nlf", "café_crème", "Zoë_1", "del\u{7F}", "a\u{2028}b", "emoji 👍_x",
    ])
    func notASCII(text: String) {
        #expect(MarkdownText.escapeASCII(text) == nil)
        #expect(MarkdownText.escape(text) == MarkdownText.escapeCharacters(text))
    }

    @Test("20,000 random printable-ASCII texts rich in markup: the same bytes as the Character path")
    func randomTexts() {
        var state: UInt64 = 0x1234_5678_9ABC_DEF0
        let alphabet = Array("ab Z9_|`<>*[]\\~-.,:;!".utf8) + Array(0x20...0x7E)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(MarkdownText.escapeASCII(text) == MarkdownText.escapeCharacters(text), "\(text)")
        }
    }
}

/// The Markdown escape written straight into a `TextBytes` (the CSM digests)
/// gives the bytes `MarkdownText.escape` gives, whatever the text.
@Suite("TextBytes markdown interpolation")
struct MarkdownInterpolationTests {
    @Test("hand-picked texts, ASCII or not: the same bytes as escape", arguments: [
        "", "plain", "mid_market", "_lead", "|pipe|", "[link](x)", "line\nbreak", "tab\there", "cr\r\nlf",
        "café_crème", "del\u{7F}", "a\u{2028}b", "emoji 👍_x", "\u{1B}[31mred",
    ])
    func sameAsEscape(text: String) {
        let fromString: TextBytes = "<\(markdown: text)>"
        let fromBytes: TextBytes = "<\(markdown: TextBytes(text))>"
        #expect(fromString.description == "<" + MarkdownText.escape(text) + ">")
        #expect(fromBytes == fromString)
    }
}
