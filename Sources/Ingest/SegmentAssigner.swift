import OnboardingModel

/// Decides an onboarding deal's segment (SPEC §3 "Segment"): the deal's
/// `segment` label when it names a configured segment, else the segment with
/// the largest `min_acv` not above the ACV.
struct SegmentAssigner {
    /// Normalized segment name → index in `Config.segments`.
    private let byLabel: [String: Int]
    /// Segment indexes by descending `min_acv` (config order among equals).
    private let byThreshold: [(index: Int, minACV: Rational)]
    /// A label's raw spelling → the segment it names, so a million deals
    /// normalize a few labels, read from their bytes.
    private var labels = SpellingCache<Int?>()

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
        guard var label else { return (segmentIndex(acvCents: acvCents), false) }
        return label.withUTF8 { assign(labelBytes: $0, acvCents: acvCents) }
    }

    /// `assign(label:acvCents:)` of the label field's UTF-8 bytes.
    mutating func assign(labelBytes: UnsafeBufferPointer<UInt8>, acvCents: Int64) -> (index: Int, unmatchedLabel: Bool) {
        if isMissingText(bytes: labelBytes) { return (segmentIndex(acvCents: acvCents), false) }
        if let index = segmentIndex(named: labelBytes) { return (index, false) }
        return (segmentIndex(acvCents: acvCents), true)
    }

    /// The configured segment a label names (normalized as headers are), if any.
    mutating func segmentIndex(named label: String) -> Int? {
        var label = label
        return label.withUTF8 { segmentIndex(named: $0) }
    }

    private mutating func segmentIndex(named label: UnsafeBufferPointer<UInt8>) -> Int? {
        let byLabel = byLabel
        return labels.value(of: label) { byLabel[normalizedName(String(decoding: $0, as: UTF8.self))] }
    }

    /// The segment with the largest `min_acv` not above the ACV.
    private func segmentIndex(acvCents: Int64) -> Int {
        let acv = Rational(acvCents, 100)
        // Config validation guarantees a `min_acv: 0` segment and ACVs are
        // never negative; the last entry (smallest threshold) is the floor.
        return byThreshold.first { $0.minACV <= acv }?.index ?? byThreshold.last?.index ?? 0
    }
}
