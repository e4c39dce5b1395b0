import OnboardingModel

/// Handoff completeness of one onboarding deal as an exact fraction (SPEC §5):
/// Σ weight of present fields ÷ Σ weight of all fields.
///
/// The weights are scaled to one common denominator up front, so scoring an
/// account is an integer sum and a single reduction rather than a chain of
/// fraction additions.
struct HandoffScoring {
    let fields: [String]
    /// Each field's weight × the common denominator of all weights.
    let scaledWeights: [Int64]
    let scaledTotal: Int64

    init(_ options: Config.HandoffOptions) {
        fields = options.fields
        let weights = options.fields.map(options.weight(of:))
        let common = weights.reduce(Int64(1)) { lcm($0, $1.denominator) }
        scaledWeights = weights.map { $0.numerator * (common / $0.denominator) }
        scaledTotal = scaledWeights.reduce(0, +)
    }

    /// The score and the names of the missing fields, in config order.
    ///
    /// - Parameter present: aligned with the configured fields; a field
    ///   beyond its end counts as missing.
    func score(_ present: [Bool]) -> (score: Rational, missing: [String]) {
        var have: Int64 = 0
        var missing: [String] = []
        for field in fields.indices {
            if field < present.count, present[field] {
                have += scaledWeights[field]
            } else {
                missing.append(fields[field])
            }
        }
        // Config validation guarantees a positive total; with no fields at
        // all there is nothing to miss.
        return (scaledTotal > 0 ? Rational(have, scaledTotal) : .one, missing)
    }
}

private func lcm(_ a: Int64, _ b: Int64) -> Int64 {
    var x = a, y = b
    while y != 0 { (x, y) = (y, x % y) }
    return a / x * b
}
