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
