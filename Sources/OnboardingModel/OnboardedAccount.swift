/// One onboarded account: the account's earliest closed-won deal plus what the
/// rest of its deals and its milestone rows add. Grain: one per `accountID`.
///
/// Ingest builds these; metrics read them at a snapshot day. Nothing here
/// depends on the snapshot: a milestone achieved after the snapshot is stored
/// with its date and ignored by metrics, so one ingest can serve a window and
/// its prior window.
public struct OnboardedAccount: Sendable, Equatable {
    public var accountID: String
    /// The onboarding deal: earliest closed-won, ties by smallest deal_id bytes.
    public var dealID: String
    public var accountName: String
    /// Index into `Config.segments`.
    public var segmentIndex: Int
    /// Whether the onboarding deal named its segment (rather than the ACV
    /// deciding it): accounts.csv may then not change it.
    public var segmentLabeled = false
    public var closeDate: Day
    /// ACV in hundredths of the report currency, after conversion.
    public var acvCents: Int64
    public var ae: String
    /// Empty when the deal names no CSM.
    public var csm: String
    public var region: String
    /// Latest non-missing churn date among the account's closed-won deals.
    public var churnDate: Day?
    public var renewalDate: Day?
    /// Aligned with `Config.handoff.fields`: whether the onboarding deal has a
    /// non-missing value for that field.
    public var handoffPresent: [Bool]
    /// Aligned with `Config.milestones.order`.
    public var milestones: PlanProgress
    /// Earliest usage event dated on or after the close date (nil without
    /// events.csv or without such an event).
    public var firstEventOnOrAfterClose: Day?
    /// Recent active days and first feature use, from events.csv (empty without it).
    public var usage: AccountUsage
    /// Survey responses, in file order.
    public var surveyResponses: [SurveyResponse]
    /// Holds from holds.csv, customer and vendor, by start date then file order; empty
    /// without the file (and then every clock is plain calendar days).
    public var holds: [OnboardingHold] = []
    /// The onboarding deal's values of `Config.compareColumns`, normalized as
    /// headers are ("" when missing); empty without `compare`.
    public var compareValues: [String] = []

    public init(accountID: String, dealID: String, accountName: String, segmentIndex: Int,
                closeDate: Day, acvCents: Int64, ae: String = "", csm: String = "", region: String = "",
                churnDate: Day? = nil, renewalDate: Day? = nil, handoffPresent: [Bool],
                milestones: PlanProgress, firstEventOnOrAfterClose: Day? = nil,
                surveyResponses: [SurveyResponse] = [], usage: AccountUsage = AccountUsage()) {
        self.accountID = accountID
        self.dealID = dealID
        self.accountName = accountName
        self.segmentIndex = segmentIndex
        self.closeDate = closeDate
        self.acvCents = acvCents
        self.ae = ae
        self.csm = csm
        self.region = region
        self.churnDate = churnDate
        self.renewalDate = renewalDate
        self.handoffPresent = handoffPresent
        self.milestones = milestones
        self.firstEventOnOrAfterClose = firstEventOnOrAfterClose
        self.surveyResponses = surveyResponses
        self.usage = usage
    }
}

/// What the milestone rows say about one plan milestone of one account.
///
/// Four bytes: a million accounts hold several each, so the achieved day and
/// the skipped mark share one `Int32` (a day ordinal, or a code below every
/// ordinal `Day` can hold).
public struct MilestoneProgress: Sendable, Equatable {
    /// A day ordinal, or one of the two codes below; `PlanProgress` stores these.
    var code: Int32

    /// Codes below `Day`'s smallest ordinal (year 1 is about -719,000).
    private static let pendingCode = Int32.min
    private static let skippedCode = Int32.min + 1

    /// - Parameters:
    ///   - achievedDate: earliest achieved date over the account's rows for
    ///     this milestone, already raised to the close date when it fell before it.
    ///   - skipped: a row said skipped; ignored when `achievedDate` is set,
    ///     since achieving a milestone overrides any row that skipped it.
    public init(achievedDate: Day? = nil, skipped: Bool = false) {
        code = achievedDate?.ordinal ?? (skipped ? Self.skippedCode : Self.pendingCode)
    }

    init(code: Int32) { self.code = code }

    /// The day the milestone was achieved, or nil when it was not.
    public var achievedDate: Day? {
        code > Self.skippedCode ? Day(ordinal: code) : nil
    }

    /// A row said skipped and no row achieved it.
    public var skipped: Bool { code == Self.skippedCode }

    public static let pending = MilestoneProgress()
}

/// One onboarding survey response.
public struct SurveyResponse: Sendable, Equatable {
    public var respondedAt: Day
    /// 0...10.
    public var score: Int

    public init(respondedAt: Day, score: Int) {
        self.respondedAt = respondedAt
        self.score = score
    }
}

/// One CSM on the team (csms.csv).
public struct CSMRecord: Sendable, Equatable {
    public var name: String
    public var fte: Rational
    /// Index into `Config.segments` of the segment the CSM serves, if any.
    public var segmentIndex: Int?
    /// Where the CSM's digest goes; empty when csms.csv has no valid one.
    public var email: String
    /// Copied on a digest that holds a new critical flag; empty when none.
    public var managerEmail: String

    public init(name: String, fte: Rational = .one, segmentIndex: Int? = nil, email: String = "",
                managerEmail: String = "") {
        self.name = name
        self.fte = fte
        self.segmentIndex = segmentIndex
        self.email = email
        self.managerEmail = managerEmail
    }
}

/// Expected closed-won deals of one segment in one month (forecast.csv).
public struct ForecastRecord: Sendable, Equatable {
    public var segmentIndex: Int
    /// First day of the month.
    public var month: Day
    public var deals: Rational

    public init(segmentIndex: Int, month: Day, deals: Rational) {
        self.segmentIndex = segmentIndex
        self.month = month
        self.deals = deals
    }
}
