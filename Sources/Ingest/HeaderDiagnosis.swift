/// What a header row that maps no required column says about the file, for
/// the end of the missing-columns message (SPEC §3, issue 10 item 25).
enum HeaderDiagnosis {
    /// The usual other delimiters: the byte, how a message shows it, and
    /// how the config writes it.
    private static let delimiters: [(byte: UInt8, shown: String, yaml: String)] = [
        (UInt8(ascii: ";"), #"";""#, #"";""#),
        (UInt8(ascii: "\t"), "tabs", #""\t""#),
        (UInt8(ascii: "|"), #""|""#, #""|""#),
    ]

    /// A sentence starting with a space, or empty when the header looks like
    /// an ordinary CSV header: NUL bytes (UTF-16 without a byte-order mark,
    /// or a binary file), or one column holding `;`, tabs or `|`.
    static func hint(_ header: [String]) -> String {
        if header.contains(where: { $0.utf8.contains(0) }) {
            return " The header holds NUL bytes (\\0), so the file is not UTF-8 text: if it is UTF-16, save it "
                + "with a byte-order mark, or re-export it as UTF-8."
        }
        guard header.count == 1, let only = header.first else { return "" }
        for d in delimiters where only.utf8.contains(d.byte) {
            return " The header is one column holding \(d.shown): the file seems to be separated by them; "
                + "set csv.delimiter: \(d.yaml) in the config."
        }
        return ""
    }
}
