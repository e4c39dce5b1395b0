/// Closeness relative to the expected value however small it is (p-values far in the tail).
func relativelyClose(_ actual: Double?, _ expected: Double, _ relative: Double = 1e-9) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= relative * abs(expected)
}
