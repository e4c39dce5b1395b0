import OnboardingModel

/// Where one account's onboarding stands at snapshot S (SPEC §5).
public enum OnboardingStatus: String, Sendable, Equatable {
    case active, complete, churned
}

/// One onboarded account as of snapshot S. Grain: one per account with
/// close date ≤ S; accounts closed after S have no snapshot.
///
/// A report holds a million of these, so the figures are stored in 32-bit
/// fields and flag bits (about 80 bytes a snapshot instead of 170) behind the
/// public properties.
public struct AccountSnapshot: Sendable, Equatable {
    private var storedAccountIndex: Int32
    private var storedSegmentIndex: Int16
    /// Plan index of the current milestone, or −1.
    private var storedCurrentMilestone: Int8
    private var flags: Flags
    private var storedDaysSinceClose: Int32
    private var storedLastProgress: Day
    private var storedDaysSinceProgress: Int32
    private var storedAchievedCount: Int32
    private var storedFirstValueDate: Int32
    private var storedTTVDays: Int32
    private var storedCompletionDate: Int32
    private var storedChurnDate: Int32
    /// Adoption and health inputs (SPEC §5); −1 means nil.
    private var storedFeaturesAdopted: Int16
    private var storedRecentActiveDays: Int8
    private var storedHealthScore: Int8
    private var storedSatisfiedCount: UInt8
    private var storedDueCount: UInt8
    /// Customer-hold days in [close, S) and in [close, last progress).
    private var storedHeldDays: Int32 = 0
    private var storedHeldBeforeProgress: Int32 = 0
    /// Close month `YYYY-MM`.
    public var cohort: String
    public var handoffScore: Rational
    /// Names of the handoff fields the onboarding deal left missing, in config order.
    public var missingHandoffFields: [String]

    public init(accountIndex: Int, segmentIndex: Int, cohort: String, daysSinceClose: Int,
                status: OnboardingStatus, currentMilestone: Int?, lastProgress: Day, daysSinceProgress: Int,
                stalled: Bool, achievedCount: Int, firstValueDate: Day?, ttvDays: Int?, completionDate: Day?,
                completedOnTime: Bool?, handoffScore: Rational, missingHandoffFields: [String],
                day7Engaged: Bool?, churnDate: Day?, featuresAdopted: Int? = nil, adoptionTargetMet: Bool? = nil,
                recentActiveDays: Int? = nil, satisfiedCount: Int = 0, dueCount: Int = 0, healthScore: Int? = nil) {
        storedAccountIndex = Int32(accountIndex)
        storedSegmentIndex = Int16(segmentIndex)
        storedCurrentMilestone = Int8(currentMilestone ?? -1)
        flags = Flags()
        storedDaysSinceClose = Int32(daysSinceClose)
        storedLastProgress = lastProgress
        storedDaysSinceProgress = Int32(daysSinceProgress)
        storedAchievedCount = Int32(achievedCount)
        storedFirstValueDate = Self.store(firstValueDate)
        storedTTVDays = Self.store(ttvDays)
        storedCompletionDate = Self.store(completionDate)
        storedChurnDate = Self.store(churnDate)
        storedFeaturesAdopted = Int16(clamping: featuresAdopted ?? -1)
        storedRecentActiveDays = Int8(clamping: recentActiveDays ?? -1)
        storedHealthScore = Int8(clamping: healthScore ?? -1)
        storedSatisfiedCount = UInt8(clamping: satisfiedCount)
        storedDueCount = UInt8(clamping: dueCount)
        self.cohort = cohort
        self.handoffScore = handoffScore
        self.missingHandoffFields = missingHandoffFields
        self.status = status
        self.stalled = stalled
        self.completedOnTime = completedOnTime
        self.day7Engaged = day7Engaged
        self.adoptionTargetMet = adoptionTargetMet
    }

    /// Index into the `accounts` array the snapshot was computed from.
    public var accountIndex: Int {
        get { Int(storedAccountIndex) }
        set { storedAccountIndex = Int32(newValue) }
    }
    public var segmentIndex: Int {
        get { Int(storedSegmentIndex) }
        set { storedSegmentIndex = Int16(newValue) }
    }
    /// days(close, S) ≥ 0.
    public var daysSinceClose: Int {
        get { Int(storedDaysSinceClose) }
        set { storedDaysSinceClose = Int32(newValue) }
    }
    public var status: OnboardingStatus {
        get { flags.status }
        set { flags.status = newValue }
    }
    /// Plan index of the first milestone neither achieved nor skipped by S;
    /// nil unless active.
    public var currentMilestone: Int? {
        get { storedCurrentMilestone < 0 ? nil : Int(storedCurrentMilestone) }
        set { storedCurrentMilestone = Int8(newValue ?? -1) }
    }
    /// Latest achieved date ≤ S, or the close date when none.
    public var lastProgress: Day {
        get { storedLastProgress }
        set { storedLastProgress = newValue }
    }
    public var daysSinceProgress: Int {
        get { Int(storedDaysSinceProgress) }
        set { storedDaysSinceProgress = Int32(newValue) }
    }
    public var stalled: Bool {
        get { flags[Flags.stalled] }
        set { flags[Flags.stalled] = newValue }
    }
    /// Milestones achieved on or before S (skipped ones not counted).
    public var achievedCount: Int {
        get { Int(storedAchievedCount) }
        set { storedAchievedCount = Int32(newValue) }
    }
    public var firstValueDate: Day? {
        get { Self.day(storedFirstValueDate) }
        set { storedFirstValueDate = Self.store(newValue) }
    }
    public var ttvDays: Int? {
        get { storedTTVDays == Self.none ? nil : Int(storedTTVDays) }
        set { storedTTVDays = Self.store(newValue) }
    }
    public var completionDate: Day? {
        get { Self.day(storedCompletionDate) }
        set { storedCompletionDate = Self.store(newValue) }
    }
    /// Nil while neither complete nor past its window.
    public var completedOnTime: Bool? {
        get { flags[optional: Flags.completedOnTime] }
        set { flags[optional: Flags.completedOnTime] = newValue }
    }
    /// Nil without events.csv or until days(close, S) ≥ 7.
    public var day7Engaged: Bool? {
        get { flags[optional: Flags.day7Engaged] }
        set { flags[optional: Flags.day7Engaged] = newValue }
    }
    /// Customer-hold days d with close ≤ d < S (0 without holds.csv).
    public var heldDays: Int {
        get { Int(storedHeldDays) }
        set { storedHeldDays = Int32(newValue) }
    }
    /// Customer-hold days d with close ≤ d < last progress.
    public var heldBeforeProgress: Int {
        get { Int(storedHeldBeforeProgress) }
        set { storedHeldBeforeProgress = Int32(newValue) }
    }
    /// A customer hold covers S itself (whatever the status).
    public var heldAtSnapshot: Bool {
        get { flags[Flags.heldAtSnapshot] }
        set { flags[Flags.heldAtSnapshot] = newValue }
    }
    /// net(close, S): the onboarding clock's days since close, which every comparison with a
    /// due day, the TTV target or the window uses (SPEC §5 "The clock").
    public var netDaysSinceClose: Int { daysSinceClose - heldDays }
    /// accounts.csv `hold_days`: customer-hold days in [close, S + 1).
    public var holdDays: Int { heldDays + (heldAtSnapshot ? 1 : 0) }
    /// Active and covered by a customer hold at S: not stalled (SPEC §5).
    public var onHold: Bool { status == .active && heldAtSnapshot }

    /// Churn date when it is ≤ S.
    public var churnDate: Day? {
        get { Self.day(storedChurnDate) }
        set { storedChurnDate = Self.store(newValue) }
    }

    /// Distinct features first used in [close, close + window] and ≤ S; nil without events.csv.
    public var featuresAdopted: Int? {
        get { storedFeaturesAdopted < 0 ? nil : Int(storedFeaturesAdopted) }
        set { storedFeaturesAdopted = Int16(clamping: newValue ?? -1) }
    }
    /// True once `adoption.target` features are adopted, false once the window
    /// passed without it, nil before (and without events.csv).
    public var adoptionTargetMet: Bool? {
        get { flags[optional: Flags.adoptionTargetMet] }
        set { flags[optional: Flags.adoptionTargetMet] = newValue }
    }
    /// Days with any event among S−13…S; nil without events.csv.
    public var recentActiveDays: Int? {
        get { storedRecentActiveDays < 0 ? nil : Int(storedRecentActiveDays) }
        set { storedRecentActiveDays = Int8(clamping: newValue ?? -1) }
    }
    /// Plan milestones achieved by S or skipped.
    public var satisfiedCount: Int {
        get { Int(storedSatisfiedCount) }
        set { storedSatisfiedCount = UInt8(clamping: newValue) }
    }
    /// Plan milestones whose due day has come by S on the onboarding clock.
    public var dueCount: Int {
        get { Int(storedDueCount) }
        set { storedDueCount = UInt8(clamping: newValue) }
    }
    /// Health score 0–100 of an active account; nil otherwise.
    public var healthScore: Int? {
        get { storedHealthScore < 0 ? nil : Int(storedHealthScore) }
        set { storedHealthScore = Int8(clamping: newValue ?? -1) }
    }

    /// The stored value that means nil; no day of years 1...9999 and no
    /// day count comes near it.
    private static let none = Int32.min

    private static func store(_ day: Day?) -> Int32 { day?.ordinal ?? none }
    private static func store(_ days: Int?) -> Int32 { days.map { Int32($0) } ?? none }
    private static func day(_ stored: Int32) -> Day? { stored == none ? nil : Day(ordinal: stored) }
}

/// The status and the boolean figures of a snapshot, packed in two bytes.
private struct Flags: Sendable, Equatable {
    private var bits: UInt16 = 0

    /// Bit positions: status takes bits 0–1; each optional Bool a "has
    /// value" bit and a value bit.
    static let stalled = 2
    static let completedOnTime = 3
    static let day7Engaged = 5
    static let heldAtSnapshot = 7
    static let adoptionTargetMet = 8

    var status: OnboardingStatus {
        get {
            switch bits & 0b11 {
            case 1: .complete
            case 2: .churned
            default: .active
            }
        }
        set {
            let code: UInt16 = switch newValue {
            case .active: 0
            case .complete: 1
            case .churned: 2
            }
            bits = bits & ~0b11 | code
        }
    }

    subscript(bit: Int) -> Bool {
        get { bits & (1 << bit) != 0 }
        set { bits = newValue ? bits | (1 << bit) : bits & ~(1 << bit) }
    }

    subscript(optional bit: Int) -> Bool? {
        get { self[bit] ? self[bit + 1] : nil }
        set {
            self[bit] = newValue != nil
            self[bit + 1] = newValue ?? false
        }
    }
}
