/// The one way names are compared across the product: CSV headers, milestone
/// names, statuses, stages, segment names and config keys that name them.
///
/// Trims surrounding whitespace, lowercases, and turns every run of
/// whitespace, hyphens and dots into one `_` (SPEC §3: `Close Date` →
/// `close_date`, `In-Progress` → `in_progress`, `Kick-off call` →
/// `kick_off_call`). Underscores are kept as they are.
///
/// - Complexity: O(n). ASCII input (nearly every export) takes a byte-level
///   path that allocates only the result, and nothing for results of up to
///   15 bytes, because ingest calls this for every milestone row.
public func normalizedName(_ s: some StringProtocol) -> String {
    // Outer nil: the bytes are not contiguous (bridged text), so copy them once.
    let ascii = s.utf8.withContiguousStorageIfAvailable(asciiNormalizedName)
        ?? Array(s.utf8).withUnsafeBufferPointer(asciiNormalizedName)
    return ascii ?? unicodeNormalizedName(s)
}

/// The byte-level normalization, or nil when the text is not all ASCII.
private func asciiNormalizedName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var start = 0, end = bytes.count
    while start < end, isASCIISpace(bytes[start]) { start += 1 }
    while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
    for i in start..<end where bytes[i] >= 0x80 { return nil }
    return String(unsafeUninitializedCapacity: end - start) { out in
        var count = 0, inRun = false
        for i in start..<end {
            let b = bytes[i]
            if isASCIISpace(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") {
                if !inRun { out[count] = UInt8(ascii: "_"); count += 1 }
                inRun = true
            } else {
                out[count] = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b
                count += 1
                inRun = false
            }
        }
        return count
    }
}

private func isASCIISpace(_ b: UInt8) -> Bool {
    b == 0x20 || (0x09...0x0D).contains(b)
}

/// The same rules over Characters, for names with non-ASCII letters.
private func unicodeNormalizedName(_ s: some StringProtocol) -> String {
    var result = ""
    var inRun = false
    for c in s.trimmingWhitespace().lowercased() {
        if c.isWhitespace || c == "-" || c == "." {
            if !inRun { result.append("_") }
            inRun = true
        } else {
            result.append(c)
            inRun = false
        }
    }
    return result
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (any Unicode space).
    func trimmingWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        return self[first...last]
    }
}
