/// An error that stops a run, carrying the exit code the spec assigns to it.
///
/// Every stage throws this (or something the CLI translates into it); the CLI
/// alone turns it into a message on stderr and a process exit code. `message`
/// is complete and actionable: it names the file and line or the config key
/// path, what was found, and how to fix it.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; each maps to one sysexits code.
    public enum Kind: Sendable, Equatable {
        case usage            // 64
        case data             // 65
        case missingInput     // 66
        case cannotWrite      // 73
        case locked           // 75
        case config           // 78

        public var exitCode: Int32 {
            switch self {
            case .usage: 64
            case .data: 65
            case .missingInput: 66
            case .cannotWrite: 73
            case .locked: 75
            case .config: 78
            }
        }
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
