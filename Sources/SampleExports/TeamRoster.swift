import OnboardingModel

/// The CS and sales team behind the sample: CSM pools sized to the active
/// onboardings of each segment, and the AEs who closed the deals.
///
/// Built from one pass over every story (counts only), before any file is written.
struct TeamRoster {
    /// One row of csms.csv.
    struct CSM {
        let name: String
        /// FTE in tenths (10 = full time).
        let fteTenths: Int
        let segment: SampleSegment

        /// `ava.adams@example.com`: where the CSM's digest goes.
        var email: String { TeamRoster.address(name) }
        /// The onboarding manager of the CSM's segment, copied on new critical flags.
        var managerEmail: String { TeamRoster.address(TeamRoster.manager(of: segment)) }
    }

    /// One onboarding manager per segment, none of them a CSM.
    static func manager(of segment: SampleSegment) -> String { Vocabulary.person(segment.rawValue, salt: 29) }

    /// `first.last@example.com`, lowercase ASCII.
    static func address(_ name: String) -> String {
        let local = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: ".")
        return local + "@example.com"
    }

    /// Every CSM once, in csms.csv order.
    let csms: [CSM]
    /// Per segment: indices into `csms`, with cumulative assignment weights.
    private let pools: [[(csm: Int, cumulative: UInt64)]]
    /// Account executives, in draw order.
    let aes: [String]
    /// Onboarding deals closed in the 90 days up to `through`, per segment.
    let recentCloses: [Int]

    init(teller: StoryTeller) {
        var active = [0, 0, 0], recent = [0, 0, 0]
        for i in 0..<teller.accounts {
            let s = teller.story(i)
            if s.isActive(at: teller.through) { active[s.segment.rawValue] += 1 }
            if teller.through - s.close < 90 { recent[s.segment.rawValue] += 1 }
        }
        recentCloses = recent
        // An AE closes about four onboarding deals a month over the 15 months.
        aes = (0..<max(3, teller.accounts / 60)).map { Vocabulary.person($0, salt: 17) }

        var r = SampleRandom(seed: teller.seed, purpose: .staff, index: 0)
        var csms: [CSM] = []
        var pools: [[(csm: Int, cumulative: UInt64)]] = []
        for segment in SampleSegment.allCases {
            // Hire slightly under the load so that some CSMs end up over capacity.
            let wanted = Double(active[segment.rawValue]) / (Double(segment.capacity) * 0.92)
            let headcount = max(1, Int(wanted.rounded()))
            var pool: [(csm: Int, cumulative: UInt64)] = []
            var total: UInt64 = 0
            if segment == .smb, let shared = pools.last?.last {
                // A mid-market CSM also takes some SMB accounts; csms.csv lists them once.
                total += 4
                pool.append((shared.csm, total))
            }
            for _ in 0..<headcount {
                let fte = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8, 8, 5, 5][r.below(20)]
                // Assignment follows FTE, but a few CSMs are handed noticeably more.
                let weight = UInt64(fte) * (r.chance(0.15) ? 14 : 10)
                total += weight
                pool.append((csms.count, total))
                csms.append(CSM(name: Vocabulary.person(csms.count, salt: 0), fteTenths: fte, segment: segment))
            }
            pools.append(pool)
        }
        self.csms = csms
        self.pools = pools
    }

    /// The CSM named on the account's deal, or nil when unassigned.
    func csm(for story: AccountStory) -> String? {
        guard let draw = story.csmDraw else { return nil }
        let pool = pools[story.segment.rawValue]
        let target = draw % pool.last!.cumulative
        var lo = 0, hi = pool.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if pool[mid].cumulative > target { hi = mid } else { lo = mid + 1 }
        }
        return csms[pool[lo].csm].name
    }
}
