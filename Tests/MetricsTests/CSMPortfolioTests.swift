import Metrics
import OnboardingModel
import Testing

/// Load, utilization and csm_over_capacity (SPEC §5 "Capacity", §6).
@Suite struct CSMPortfolioTests {
    typealias F = OperationalFixtures

    static func active(_ count: Int, csm: String, segment: Int, prefix: String = "") -> [F.Case] {
        (0..<count).map { F.make("\(prefix)\(csm)-\(segment)-\($0)", segment: segment, daysSinceClose: 2,
                                 daysSinceProgress: 1, csm: csm) }
    }

    @Test(arguments: [
        // mid_market capacity 25, fte 1: (active, severity, threshold)
        (25, nil, nil),                                      // 1.0 is not above 1.0
        (26, RedFlag.Severity.warning, Rational(1)),         // 1.04
        (30, .warning, Rational(1)),                         // exactly 1.2: not above critical
        (31, .critical, Rational(6, 5)),                     // 1.24
    ] as [(Int, RedFlag.Severity?, Rational?)])
    func overCapacityThresholdsAreExact(count: Int, severity: RedFlag.Severity?, threshold: Rational?) {
        let views = F.views(Self.active(count, csm: "Raj", segment: F.midMarket))
        let row = views.csmPortfolio.first { $0.csm == "Raj" }
        #expect(row?.load == Rational(Int64(count), 25))
        #expect(row?.utilization == Rational(Int64(count), 25))
        let flags = views.redFlags.filter { $0.rule == .csmOverCapacity }
        #expect(flags.first?.severity == severity)
        #expect(flags.first?.threshold.value == threshold)
        #expect(flags.first?.scope == (severity == nil ? nil : .csm))
    }

    @Test func csmServingTwoSegmentsWithFractionalFTE() {
        // Jane: 5 enterprise (capacity 10) + 25 smb (capacity 75) active, fte 0.8.
        // load = 5/10 + 25/75 = 1/2 + 1/3 = 5/6; utilization = (5/6) / (4/5) = 25/24 ≈ 1.0417.
        let cases = Self.active(5, csm: "Jane", segment: F.enterprise) + Self.active(25, csm: "Jane", segment: F.smb)
        let csms = [CSMRecord(name: "Jane", fte: Rational(4, 5), segmentIndex: F.enterprise)]
        let views = F.views(cases, csms: csms)
        let jane = try! #require(views.csmPortfolio.first { $0.csm == "Jane" })
        #expect(jane.active == 30)
        #expect(jane.activeBySegment == [5, 0, 25])
        #expect(jane.load == Rational(5, 6))
        #expect(jane.utilization == Rational(25, 24))
        let flag = views.redFlags.first { $0.rule == .csmOverCapacity }
        #expect(flag?.severity == .warning)
        #expect(flag?.segment == "enterprise")
        #expect(flag?.value.text == "1.0417")
    }

    @Test func unassignedAccountsAreGroupedButNeverFlagged() {
        let cases = Self.active(200, csm: "", segment: F.midMarket)
        let views = F.views(cases)
        let row = try! #require(views.csmPortfolio.first)
        #expect(row.csm == "(unassigned)")
        #expect(row.fte == nil && row.utilization == nil)
        #expect(row.load == Rational(8))
        #expect(views.redFlags.filter { $0.rule == .csmOverCapacity }.isEmpty)
    }

    @Test func csmsWithoutActiveAccountsStillAppearAndRowsSortByName() {
        let csms = [CSMRecord(name: "Zoe", fte: .one, segmentIndex: F.smb),
                    CSMRecord(name: "Amy", fte: Rational(1, 2), segmentIndex: nil)]
        let views = F.views(Self.active(1, csm: "Mia", segment: F.smb), csms: csms)
        #expect(views.csmPortfolio.map(\.csm) == ["Amy", "Mia", "Zoe"])
        #expect(views.csmPortfolio[0].active == 0 && views.csmPortfolio[0].utilization == .zero)
        #expect(views.csmPortfolio[0].handoffQuality == nil)
        // A CSM absent from csms.csv counts as 1 FTE.
        #expect(views.csmPortfolio[1].fte == .one)
    }

    @Test func stalledAndOverdueCountsAndHandoffQuality() {
        let cases = [
            F.make("A", daysSinceClose: 20, daysSinceProgress: 9, csm: "Li", handoffPresent: 10),  // stalled, fv overdue (>14)
            F.make("B", daysSinceClose: 5, daysSinceProgress: 1, csm: "Li", handoffPresent: 5),    // fine
            F.make("C", daysSinceClose: 40, status: .complete, csm: "Li", firstValueAfter: 5, completedAfter: 20),
        ]
        let li = try! #require(F.views(cases).csmPortfolio.first)
        #expect(li.active == 2 && li.stalled == 1 && li.overdue == 1)
        // Mean over the two active accounts: (1 + 0.5) / 2 = 0.75.
        #expect(li.handoffQuality == Rational(3, 4))
    }
}
