/// One period an onboarding was on hold (holds.csv, SPEC §3). Grain: one per accepted row.
///
/// The hold covers the days from `start` up to, not including, `end` (the day work resumed);
/// an open hold (`end` nil) covers every day through the snapshot.
public struct OnboardingHold: Sendable, Equatable {
    /// Who paused the onboarding: only customer holds stop the onboarding clock.
    public enum Owner: String, Sendable, Equatable, CaseIterable {
        case customer, vendor
    }

    public var start: Day
    /// The day work resumed; nil while still on hold.
    public var end: Day?
    public var owner: Owner
    /// Free text from the export ("security review"); empty when missing.
    public var reason: String

    public init(start: Day, end: Day? = nil, owner: Owner = .customer, reason: String = "") {
        self.start = start
        self.end = end
        self.owner = owner
        self.reason = reason
    }

    /// Whether the hold covers `day` as seen at `snapshot`: a hold that starts after the
    /// snapshot has not happened yet.
    public func covers(_ day: Day, at snapshot: Day) -> Bool {
        start <= day && day <= snapshot && end.map { day < $0 } ?? true
    }
}
