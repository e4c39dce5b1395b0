import OnboardingModel

/// Interns the `event` values of events.csv: each spelling is normalized as
/// headers are (`Report Shared`, `report-shared` → `report_shared`) once and
/// given a small id, with what the id means worked out once too: whether it
/// is the login event, a feature that counts for adoption, and which
/// `from_events` milestones it qualifies for.
///
/// A row pays one lookup of the field's bytes. Memory is bounded: at most
/// `maxNames` names get their own id; any further name shares `otherID`.
struct EventNames {
    static let maxNames = 4096
    /// The id every name past `maxNames` shares (a feature when every event
    /// name counts, never a milestone's event).
    static let otherID = maxNames

    private var cache = SpellingCache<Int32>(limit: 1024)
    private var ids: [String: Int32] = [:]
    private let adoption: Config.AdoptionOptions
    private let milestones: [Config.EventMilestone]
    /// Per id: is it `login`, does it count as a feature, which trackers it feeds (bit j: milestone j).
    private(set) var isLogin: [Bool] = []
    private(set) var isFeature: [Bool] = []
    private(set) var milestoneMask: [UInt64] = []
    /// Rows whose name got `otherID`.
    private(set) var overflowed = 0

    /// - Parameter milestones: the `from_events` rules, in tracker order (at most 64).
    init(adoption: Config.AdoptionOptions, milestones: [Config.EventMilestone]) {
        precondition(milestones.count <= 64, "at most 64 from_events milestones")
        self.adoption = adoption
        self.milestones = milestones
        // The names the config mentions get ids first, so that no flood of
        // other names can push them into `otherID`.
        for name in ["login"] + adoption.features + milestones.flatMap(\.events) { _ = intern(name) }
    }

    /// The id of an `event` field's name, or nil when it holds no value
    /// (empty, or a placeholder such as `n/a`).
    mutating func id(of raw: UnsafeBufferPointer<UInt8>) -> Int? {
        let id: Int32
        if let known = cache.lookup(raw) {
            id = known
        } else {
            let text = String(decoding: raw, as: UTF8.self)
            id = isMissingText(text) ? -1 : intern(normalizedName(text))
            cache.remember(raw, id)
        }
        if id == Int32(Self.otherID) { overflowed += 1 }
        return id < 0 ? nil : Int(id)
    }

    private mutating func intern(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        guard ids.count < Self.maxNames else {
            if isLogin.count == Self.maxNames { describe(name: nil) }
            return Int32(Self.otherID)
        }
        let id = Int32(ids.count)
        ids[name] = id
        describe(name: name)
        return id
    }

    /// Appends what the next id means; nil describes `otherID`.
    private mutating func describe(name: String?) {
        isLogin.append(name == "login")
        isFeature.append(name.map(adoption.counts) ?? adoption.features.isEmpty)
        var mask: UInt64 = 0
        for (j, rule) in milestones.enumerated() where name.map(rule.qualifies) ?? rule.events.isEmpty {
            mask |= 1 << UInt64(j)
        }
        milestoneMask.append(mask)
    }
}
