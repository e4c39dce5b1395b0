@testable import Ingest
import OnboardingModel
import Testing

struct SegmentAssignmentTests {
    // Default segments: enterprise ≥ 100000, mid_market ≥ 25000, smb ≥ 0.
    @Test(arguments: [
        ("exactly the mid-market floor", Int64(2_500_000), 1),
        ("one cent below the floor", Int64(2_499_999), 2),
        ("exactly the enterprise floor", Int64(10_000_000), 0),
        ("zero", Int64(0), 2),
    ])
    func derivesFromACV(_ name: String, _ cents: Int64, _ expected: Int) {
        var assigner = SegmentAssigner(segments: Segment.defaults)
        let result = assigner.assign(label: nil, acvCents: cents)
        #expect(result.index == expected, "\(name)")
        #expect(!result.unmatchedLabel)
    }

    @Test func matchingLabelWinsOverACV() {
        var assigner = SegmentAssigner(segments: Segment.defaults)
        // ACV 1.00 would be smb; the label says enterprise.
        #expect(assigner.assign(label: "Enterprise", acvCents: 100) == (0, false))
        #expect(assigner.assign(label: " Mid-Market ", acvCents: 100) == (1, false))
    }

    @Test func unmatchedLabelFallsBackToACVAndIsFlagged() {
        var assigner = SegmentAssigner(segments: Segment.defaults)
        #expect(assigner.assign(label: "Strategic", acvCents: 2_500_000) == (1, true))
        // A placeholder is no label at all.
        #expect(assigner.assign(label: "n/a", acvCents: 2_500_000) == (1, false))
    }

    @Test func exactRationalThresholds() {
        // A floor of 1000.005 falls between cents: 1000.00 is below, 1000.01 above.
        let segments = [
            Segment(name: "big", minACV: Rational(1_000_005, 1000), capacityPerCSM: Rational(1), dueDays: [:]),
            Segment(name: "small", minACV: .zero, capacityPerCSM: Rational(1), dueDays: [:]),
        ]
        var assigner = SegmentAssigner(segments: segments)
        #expect(assigner.assign(label: nil, acvCents: 100_000).index == 1)
        #expect(assigner.assign(label: nil, acvCents: 100_001).index == 0)
    }

    @Test func dealsUseTheOnboardingDealsLabelAndNoteMisses() throws {
        var ingest = DealsIngest(config: Config(), today: day("2025-12-31"))
        try feed(&ingest, header: ["deal_id", "account_id", "close_date", "acv", "segment"], rows: [
            ["D1", "A1", "2025-01-01", "25,000.00", ""],
            ["D2", "A2", "2025-01-01", "24,999.99", ""],
            ["D3", "A3", "2025-01-01", "5", "enterprise"],
            ["D4", "A4", "2025-01-01", "5", "Strategic"],
        ])
        let (accounts, notes) = ingest.finish()
        #expect(accounts.map(\.segmentIndex) == [1, 2, 0, 2])
        #expect(notes == [DataQualityNote(
            file: "deals.csv",
            message: "segment label matches no configured segment; segment derived from ACV (e.g. 'Strategic')",
            count: 1)])
    }
}
