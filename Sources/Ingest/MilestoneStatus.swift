import OnboardingModel

/// The status of one milestone row (milestones.csv `status`, SPEC §3).
enum MilestoneStatus: Equatable, Sendable {
    case complete
    case inProgress
    case pending
    case skipped
    case blocked

    /// The status a value spells once normalized as headers are, or nil for
    /// anything the spec does not list. Empty reads as pending.
    init?(normalized value: String) {
        switch value {
        case "complete", "completed", "done", "achieved": self = .complete
        case "in_progress", "active", "started": self = .inProgress
        case "pending", "not_started", "open", "": self = .pending
        case "skipped", "not_applicable", "n/a", "na": self = .skipped
        case "blocked": self = .blocked
        default: return nil
        }
    }

    /// Every accepted spelling, for the message that rejects another one.
    static let acceptedValues = "complete, completed, done, achieved, in_progress, active, started, "
        + "pending, not_started, open, (empty), skipped, not_applicable, n/a, na, blocked"
}

/// Reads `status` values from their bytes, remembering each raw spelling's
/// result so that five million rows normalize only the handful of spellings
/// an export uses.
struct MilestoneStatusReader {
    private var cache = SpellingCache<MilestoneStatus?>()
    /// `milestones.status_aliases`: normalized export value → status; an
    /// alias wins over the built-in meaning of the same value.
    private let aliases: [String: MilestoneStatus]

    init(aliases: [String: String] = [:]) {
        self.aliases = aliases.compactMapValues { MilestoneStatus(normalized: $0) }
    }

    /// The status `raw` spells (valid UTF-8), or nil when it is not one.
    mutating func status(of raw: UnsafeBufferPointer<UInt8>) -> MilestoneStatus? {
        let aliases = aliases
        return cache.value(of: raw) { bytes in
            let value = normalizedName(String(decoding: bytes, as: UTF8.self))
            return aliases[value] ?? MilestoneStatus(normalized: value)
        }
    }
}
