import OnboardingModel

/// Decides an onboarding deal's segment (SPEC §3 "Segment"): the deal's
/// `segment` label when it names a configured segment, else the segment with
/// the largest `min_acv` not above the ACV.
struct SegmentAssigner {
    /// Normalized segment name → index in `Config.segments`.
    private let byLabel: [String: Int]
    /// Segment indexes by descending `min_acv` (config order among equals).
    private let byThreshold: [(index: Int, minACV: Rational)]
    /// Raw label → matched segment, so a million deals normalize a few labels.
    private var labelCache: [String: Int?] = [:]
    private static let cacheLimit = 256

    init(segments: [Segment]) {
        var byLabel: [String: Int] = [:]
        for (i, segment) in segments.enumerated() where byLabel[normalizedName(segment.name)] == nil {
            byLabel[normalizedName(segment.name)] = i
        }
        self.byLabel = byLabel
        // Equal thresholds pick the segment listed first.
        byThreshold = segments.enumerated().map { ($0.offset, $0.element.minACV) }
            .sorted { $0.minACV != $1.minACV ? $0.minACV > $1.minACV : $0.index < $1.index }
    }

    /// The segment of a deal, and whether a non-missing label failed to match.
    ///
    /// - Parameters:
    ///   - label: the deal's `segment` value, or nil without that column.
    ///   - acvCents: the deal's ACV in cents, compared exactly with `min_acv`.
    mutating func assign(label: String?, acvCents: Int64) -> (index: Int, unmatchedLabel: Bool) {
        var unmatched = false
        if let label, !isMissingText(label) {
            if let index = segmentIndex(named: label) { return (index, false) }
            unmatched = true
        }
        let acv = Rational(acvCents, 100)
        // Config validation guarantees a `min_acv: 0` segment and ACVs are
        // never negative; the last entry (smallest threshold) is the floor.
        let index = byThreshold.first { $0.minACV <= acv }?.index ?? byThreshold.last?.index ?? 0
        return (index, unmatched)
    }

    /// The configured segment a label names (normalized as headers are), if any.
    mutating func segmentIndex(named label: String) -> Int? {
        if let known = labelCache[label] { return known }
        let index = byLabel[normalizedName(label)]
        if labelCache.count < Self.cacheLimit { labelCache[label] = index }
        return index
    }
}
