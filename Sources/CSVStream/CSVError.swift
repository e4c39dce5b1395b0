/// Why a file could not be read at all (as opposed to a bad row).
public struct CSVError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case cannotOpen(reason: String)
        case unclosedQuote(line: Int)
        /// A quoted field whose closing quote is followed by more text (`"Acme"Inc`).
        case quoteClosedMidField(line: Int)
        case parser(reason: String)
    }
    public let path: String
    public let kind: Kind
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
    public var description: String { "\(path): \(kind)" }
}
