/// The one rule for an address the product writes into a message header
/// (the config's `email:` and csms.csv's `email`, `manager_email`).
public enum EmailAddress {
    /// A plain `local@domain` in ASCII (SPEC §3 "Config"), so that one
    /// address can never become several recipients or a header of its own.
    ///
    /// What a mail header would read otherwise is refused: a display name or
    /// angle brackets (`Ops <ops@x.com>`), group syntax (`a:b@x.com`, read as
    /// a group named `a`), several addresses (`,` `;`), quoted or commented
    /// parts, whitespace, control characters (a NUL or ESC in a `To:` line)
    /// and raw non-ASCII. The local part is dot-separated runs of RFC 5322
    /// `atext`; the domain dot-separated labels of letters, digits and inner
    /// hyphens (`localhost` is one).
    public static func isPlain(_ text: String) -> Bool {
        let parts = Array(text.utf8).split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 64, parts[1].count <= 253 else { return false }
        let local = parts[0].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let domain = parts[1].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return local.allSatisfy { !$0.isEmpty && $0.allSatisfy(isAtext) } && domain.allSatisfy(isDomainLabel)
    }
}

/// RFC 5322 `atext`: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
private func isAtext(_ byte: UInt8) -> Bool {
    isLetterOrDigit(byte) || "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
}

private func isDomainLabel(_ label: ArraySlice<UInt8>) -> Bool {
    !label.isEmpty && label.count <= 63 && label.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "-") }
        && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
}

private func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
}
