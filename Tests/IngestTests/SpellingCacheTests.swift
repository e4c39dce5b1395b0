@testable import Ingest
import Testing

struct SpellingCacheTests {
    /// Looks `text` up, counting how often the value had to be computed.
    func lookUp(_ text: String, in cache: inout SpellingCache<Int>, computed: inout Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            cache.value(of: bytes) { bytes in
                computed += 1
                return bytes.count
            }
        }
    }

    @Test func remembersEachSpellingOnce() {
        var cache = SpellingCache<Int>()
        var computed = 0
        // Spellings that differ in case, length or one byte are different keys; "" is one too.
        let spellings = ["Complete", "complete", "Complete ", "Done", "", "Completf"]
        for _ in 0..<3 {
            for text in spellings { #expect(lookUp(text, in: &cache, computed: &computed) == text.utf8.count) }
        }
        #expect(computed == spellings.count)
    }

    @Test func pastTheLimitValuesAreComputedEveryTime() {
        var cache = SpellingCache<Int>(limit: 2)
        var computed = 0
        for text in ["a", "bb", "ccc", "ccc", "a"] { _ = lookUp(text, in: &cache, computed: &computed) }
        // "a" and "bb" are remembered; "ccc" is computed both times.
        #expect(computed == 4)
    }

    @Test func manyDistinctSpellingsStayCorrect() {
        var cache = SpellingCache<Int>(limit: 300)
        var computed = 0
        let spellings = (0..<300).map { "status-\($0)" }
        for text in spellings + spellings { #expect(lookUp(text, in: &cache, computed: &computed) == text.utf8.count) }
        #expect(computed == 300)
    }
}
