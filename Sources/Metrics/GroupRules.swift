import OnboardingModel

/// What group metrics need besides the snapshots (SPEC §5): the snapshot day,
/// each segment's TTV target and onboarding window, and which optional
/// inputs were read.
struct GroupRules {
    /// Day-7 engagement looks at days [close, close + 6] once 7 days have passed.
    static let engagementDays = 7
    /// Retention is judged 90 days after close.
    static let retentionDays = 90

    let snapshot: Day
    /// TTV target per segment index.
    let ttvTargets: [Int]
    /// Onboarding window per segment index.
    let windows: [Int]
    let hasEvents: Bool
    let hasSurveys: Bool
    let health: Config.HealthOptions
    /// False when `handoff.fields` is empty: the export has no handoff data
    /// and handoff quality is undefined (SPEC §4).
    let hasHandoff: Bool

    init(config: Config, hasEvents: Bool, hasSurveys: Bool, at snapshot: Day) {
        self.snapshot = snapshot
        ttvTargets = config.segments.map(config.ttvTarget)
        windows = config.segments.map(config.window)
        self.hasEvents = hasEvents
        self.hasSurveys = hasSurveys
        health = config.health
        hasHandoff = !config.handoff.fields.isEmpty
    }
}
