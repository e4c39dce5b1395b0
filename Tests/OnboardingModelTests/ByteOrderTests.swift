import OnboardingModel
import Testing

struct ByteOrderTests {
    @Test(arguments: [("", "", false), ("", "a", true), ("a", "", false), ("A10", "A9", true), ("A9", "A10", false),
                      ("a", "a", false), ("ab", "abc", true), ("Z", "a", true), ("é", "z", false), ("z", "é", true)])
    func namedCases(_ a: String, _ b: String, _ precedes: Bool) {
        #expect(bytesPrecede(a, b) == precedes)
    }

    /// The same order as the UTF-8 views' element by element comparison, which it replaces.
    @Test func agreesWithTheUTF8ViewsOrder() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["A", "a", "0", "9", "-", " ", "é", "ß", "🙂", "\u{0}"]
        func random() -> String {
            String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for _ in 0..<5_000 {
            let a = random(), b = random()
            #expect(bytesPrecede(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) \(b.debugDescription)")
        }
    }
}

/// Sorting on `ByteSortKey`s with `bytesPrecede` for ties gives the order
/// `bytesPrecede` alone gives.
struct ByteSortKeyTests {
    @Test func keysThenTiesSortAsTheBytes() {
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        // Long shared prefixes (ties past 16 bytes), NUL bytes, non-ASCII, empty strings.
        let pieces = ["ACC-0000", "ACC-00001", "A", "a", "\u{0}", "é", "🙂", "9", "", "-"]
        let texts = (0..<3_000).map { _ in (0..<next(5)).map { _ in pieces[next(pieces.count)] }.joined() }
        let keys = texts.map(ByteSortKey.init)
        let byKeys = texts.indices.sorted { bytesPrecede($0, $1, in: texts, keys: keys) }.map { texts[$0] }
        let byBytes = texts.sorted { bytesPrecede($0, $1) }
        #expect(byKeys == byBytes)
    }

    @Test func namedKeys() {
        // By hand: "A" < "B" on the first byte; "A" < "A\u{1}" since zero padding sorts first;
        // "A" and "A\u{0}" share a key (the tie goes to bytesPrecede).
        #expect(ByteSortKey("A") < ByteSortKey("B"))
        #expect(ByteSortKey("A") < ByteSortKey("A\u{1}"))
        #expect(ByteSortKey("A") == ByteSortKey("A\u{0}"))
        #expect(ByteSortKey("0123456789abcdefX") == ByteSortKey("0123456789abcdefY"))
        #expect(ByteSortKey("0123456789abcdeX") < ByteSortKey("0123456789abcdeY"))
    }
}
