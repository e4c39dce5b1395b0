/// "Did you mean" for a misspelled key: the valid key nearest by edit
/// distance, or nil when none is near enough to be a likely typo.
///
/// Near enough: at most a third of the shorter key's length in edits (at
/// least one), so `stall_share_warn` finds `stall_share_warning` (3 edits
/// of 16) while `foo` finds nothing among `deals`, `csms`, ... Failing that,
/// a key of 4 or more characters that starts exactly one valid key
/// (`capacity` → `capacity_per_csm`) names it. Ties go to the first key in
/// `candidates`, which keeps hints deterministic.
func closestKey(to key: String, among candidates: [String]) -> String? {
    let typed = normalizedName(key)
    var best: (key: String, distance: Int)?
    for candidate in candidates {
        let d = editDistance(typed, candidate)
        let limit = max(1, min(typed.count, candidate.count) / 3)
        if d <= limit, d < (best?.distance ?? .max) { best = (candidate, d) }
    }
    if let best { return best.key }
    let extended = candidates.filter { typed.count >= 4 && $0.hasPrefix(typed) }
    return extended.count == 1 ? extended[0] : nil
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions
/// and transpositions of neighbours (`emial` → `email` is one edit) each count 1.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows of the DP table: the two before the current one suffice.
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                d = min(d, before[j - 2] + 1)
            }
            current[j] = d
        }
        (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
}
