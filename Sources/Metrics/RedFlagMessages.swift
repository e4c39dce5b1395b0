import OnboardingModel

/// The message of each red flag of one snapshot day, for the reports that
/// show flags (red_flags.csv, the summary, the CSM digests).
///
/// Account flags keep no text (there can be a million of them); their
/// message is worked out here, one at a time as it is written, from the
/// account and its snapshot.
public struct RedFlagMessages: Sendable {
    private let source: (rules: AccountRedFlags, accounts: SnapshotAccounts)?

    /// - Parameter accounts: the accounts at the snapshot the flags were raised at.
    public init(config: Config, accounts: SnapshotAccounts) {
        // Whether the run has events changes which rules fire, not what a fired one says.
        source = (AccountRedFlags(config: config, hasEvents: true), accounts)
    }

    private init() { source = nil }

    /// For flags that carry their text (CSM and segment flags, hand-made ones).
    public static let written = RedFlagMessages()

    /// What `flag` says.
    public func text(of flag: RedFlag) -> String {
        switch flag.message {
        case .text(let text): text
        case .account: bytes(of: flag).description
        }
    }

    /// What `flag` says, as UTF-8: for the files that write every flag.
    public func bytes(of flag: RedFlag) -> TextBytes {
        switch flag.message {
        case .text(let text):
            return TextBytes(text)
        case .account(let position):
            guard let (rules, accounts) = source, accounts.indices.contains(position),
                  accounts[position].accountIndex == flag.accountIndex
            else { preconditionFailure("red flag of account \(flag.key) worded from other accounts than it was raised over") }
            return rules.message(flag.rule, flag.severity, of: accounts[position])
        }
    }
}
