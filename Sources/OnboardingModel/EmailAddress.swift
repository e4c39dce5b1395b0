/// The one rule for an address the product writes into a message header
/// (the config's `email:` and csms.csv's `email`, `manager_email`).
public enum EmailAddress {
    /// A plain `local@domain` in printable ASCII: no display name, group
    /// syntax, whitespace or control character, so that one address can never
    /// become several recipients or a header of its own.
    public static func isPlain(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        // A comma, angle bracket or quote would turn one To: entry into
        // several recipients or a display name in the header.
        let headerSyntax: Set<UInt8> = Set(",;<>\"()".utf8)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && text.utf8.allSatisfy { $0 > 32 && $0 < 127 && !headerSyntax.contains($0) }
    }
}
