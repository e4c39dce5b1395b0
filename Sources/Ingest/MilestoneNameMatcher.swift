import OnboardingModel

/// Matches export milestone names to plan milestones (`milestones.order`),
/// directly by normalized name or through `milestones.aliases`.
///
/// Each raw spelling is normalized once and its result remembered, so a
/// five-million-row file pays one lookup of the field's bytes per row.
struct MilestoneNameMatcher {
    /// Normalized export name → index in `milestones.order`.
    private let planIndex: [String: Int]
    private var cache = SpellingCache<Int?>(limit: 1024)

    init(plan: Config.MilestonePlan) {
        var index: [String: Int] = [:]
        for (i, name) in plan.order.enumerated() where index[normalizedName(name)] == nil {
            index[normalizedName(name)] = i
        }
        let direct = index
        // Aliases are explicit, so they win over a plan name spelled the same;
        // one whose target is not in the plan matches nothing (config
        // validation reports it). Sorted so that two aliases normalizing
        // alike resolve the same way every run.
        for (alias, target) in plan.aliases.sorted(by: { $0.key < $1.key }) {
            if let i = direct[normalizedName(target)] { index[normalizedName(alias)] = i }
        }
        planIndex = index
    }

    /// Index in `milestones.order` of the milestone `raw` (valid UTF-8)
    /// names, or nil when it names none.
    mutating func planIndex(of raw: UnsafeBufferPointer<UInt8>) -> Int? {
        cache.value(of: raw) { [planIndex] in planIndex[normalizedName(String(decoding: $0, as: UTF8.self))] }
    }
}
