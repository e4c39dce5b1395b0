import Metrics
import OnboardingModel
@testable import Reports
import Testing

@Suite struct RedFlagsSectionTests {
    static func flag(_ severity: RedFlag.Severity, _ rule: RedFlag.Rule, _ scope: RedFlag.Scope, _ key: String,
                     new: Bool = false) -> RedFlag {
        RedFlag(severity: severity, rule: rule, scope: scope, key: key, segment: "smb", csm: "", value: .days(1),
                threshold: .days(1), message: "m", isNew: new)
    }

    @Test func listsCriticalFirstThenSegmentAndCSMFlagsBeforeAccounts() {
        // In red_flags.csv order: critical, then rule, then key.
        let flags = [
            Self.flag(.critical, .onboardingOverdue, .account, "A1"),
            Self.flag(.critical, .ttvSustainedAboveBaseline, .segment, "smb"),
            Self.flag(.warning, .completionRateLow, .segment, "smb"),
            Self.flag(.warning, .csmOverCapacity, .csm, "Jane"),
            Self.flag(.warning, .stalled, .account, "A2"),
        ]
        let lines = RedFlagsSection.markdown(flags).split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(lines.map { String($0.split(separator: ":")[0]) } == [
            "- **critical** ttv_sustained_above_baseline, segment smb",
            "- **critical** onboarding_overdue, account A1",
            "- **warning** completion_rate_low, segment smb",
            "- **warning** csm_over_capacity, csm Jane",
            "- **warning** stalled, account A2",
        ])
    }

    @Test func capsTheListAndPointsToTheCSV() {
        let flags = (0..<12).map { Self.flag(.warning, .stalled, .account, "A\($0)") }
        let text = RedFlagsSection.markdown(flags)
        #expect(text.contains("The first 6 of 12 (all in red_flags.csv)"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("- ") }.count == 6)
        #expect(RedFlagsSection.markdown([]).contains("None at this snapshot."))
    }

    @Test func newCriticalFlagsComeFirstAndNewAndResolvedAreCounted() {
        // In red_flags.csv order; the new critical account flag A3 is listed
        // before the older critical segment flag, and warnings after both.
        let flags = [
            Self.flag(.critical, .onboardingOverdue, .account, "A1"),
            Self.flag(.critical, .stalled, .account, "A3", new: true),
            Self.flag(.critical, .ttvSustainedAboveBaseline, .segment, "smb"),
            Self.flag(.warning, .stalled, .account, "A2", new: true),
        ]
        let resolved = [ResolvedFlag(rule: .stalled, scope: .account, key: "A9", segment: "smb", csm: "",
                                     priorSeverity: .warning, priorValue: .days(9), outcome: .complete)]
        let text = RedFlagsSection.markdown(flags, resolved: resolved, priorSnapshot: Day(iso: "2026-11-15")!)
        #expect(text.contains("4 flags: 3 critical, 1 warning; 2 new and 1 resolved since 2026-11-15"))
        // stalled: 1 critical, 1 warning, 2 new, 1 resolved.
        #expect(text.contains("| stalled                      |        1 |       1 |   2 |        1 |"))
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(lines.map { String($0.split(separator: ":")[0]) } == [
            "- **critical** (new) stalled, account A3",
            "- **critical** ttv_sustained_above_baseline, segment smb",
            "- **critical** onboarding_overdue, account A1",
            "- **warning** (new) stalled, account A2",
        ])
        #expect(RedFlagsSection.markdown([], resolved: resolved, priorSnapshot: Day(iso: "2026-11-15")!)
            == "## Red flags\n\nNone at this snapshot; 1 resolved since 2026-11-15.\n\n")
    }
}
