import Testing
@testable import Statistics

/// Shared support for the statistics tests: closeness to a reference value.
func close(_ actual: Double?, _ expected: Double, tolerance: Double = 5e-5) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

@Suite struct StatisticsSupportTests {
    @Test func closenessIsRelativeAboveOne() {
        #expect(close(1000.04, 1000.0))
        #expect(!close(1000.2, 1000.0))
        #expect(!close(nil, 0))
    }
}
