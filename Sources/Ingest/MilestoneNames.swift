import OnboardingModel

/// Matches export milestone names to plan milestones (`milestones.order`),
/// directly by normalized name or through `milestones.aliases`.
///
/// Each raw spelling is normalized once and its result remembered, so a
/// five-million-row file pays one dictionary lookup per row.
struct MilestoneNameMatcher {
    /// Normalized export name → index in `milestones.order`.
    private let planIndex: [String: Int]
    private var cache: [String: Int?] = [:]
    private static let cacheLimit = 1024

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

    /// Index in `milestones.order` of the milestone `raw` names, or nil when
    /// it names none.
    mutating func planIndex(of raw: String) -> Int? {
        if let known = cache[raw] { return known }
        let index = planIndex[normalizedName(raw)]
        if cache.count < Self.cacheLimit { cache[raw] = index }
        return index
    }
}
