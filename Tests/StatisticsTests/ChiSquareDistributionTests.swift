import Testing
@testable import Statistics

/// χ²(1) upper tail against scipy's `chi2.sf(x, 1)` (recorded by
/// scripts/reference/outcomes_statistics.py), deep into the tail.
struct ChiSquareDistributionTests {
    @Test(arguments: [
        (3.841458820694124, 0.04999999999999989), (1.0, 0.31731050786291115),
        (6.634896601021214, 0.010000000000000005), (10.827566170662733, 0.0010000000000000007),
        (50.0, 1.537459794428033e-12), (200.0, 2.0884875837625688e-45),
    ])
    func scipyValues(_ x: Double, _ p: Double) {
        #expect(relativelyClose(Statistics.chiSquareOneDFSurvival(x), p))
    }

    @Test func zeroAndBelow() {
        #expect(Statistics.chiSquareOneDFSurvival(0) == 1)
        #expect(Statistics.chiSquareOneDFSurvival(-1) == 1)
    }
}
