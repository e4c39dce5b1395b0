import OnboardingModel

/// Markdown building blocks for summary.md that also read well as plain text.
enum MarkdownText {
    /// Text from the inputs made inert in a GitHub Markdown table or list:
    /// control and format characters as `HumanText.clean` has them, characters
    /// that split cells or start markup backslash-escaped, and line breaks and
    /// tabs made spaces so a value cannot end its row.
    ///
    /// `_` between two letters or digits is kept as is: GitHub never reads an
    /// intraword underscore as emphasis, and `mid_market` then stays readable
    /// in a plain-text email.
    static func escape(_ text: String) -> String {
        if let ascii = escapeASCII(text) { return ascii }
        return escapeCharacters(text)
    }

    /// `escape` one `Character` at a time: the rules for any text.
    static func escapeCharacters(_ text: String) -> String {
        // Line breaks (LF, CR, CRLF, U+2028...) first: clean would escape a CR.
        let chars = Array(HumanText.clean(String(text.map { $0.isNewline ? " " : $0 })))
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (i, c) in chars.enumerated() {
            switch c {
            case "|", "`", "<", ">", "*", "[", "]", "\\", "~":
                out.append("\\")
                out.append(c)
            case "_":
                let intraword = i > 0 && i + 1 < chars.count && isWordCharacter(chars[i - 1])
                    && isWordCharacter(chars[i + 1])
                out += intraword ? "_" : "\\_"
            case _ where c.isNewline || (c.isASCII && c.asciiValue! < 0x20):
                out.append(" ")
            default:
                out.append(c)
            }
        }
        return out
    }

    /// `escape` of a value from the inputs (an account id or name), cut to
    /// `HumanText.limit` characters first.
    static func input(_ text: String) -> String { escape(HumanText.cut(text)) }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    enum Alignment { case left, right }

    /// A pipe table whose columns are padded to equal width, so it lines up
    /// in a monospaced plain-text view as well as rendering on GitHub.
    /// Cells must already be escaped.
    static func table(_ header: [String], _ alignments: [Alignment], _ rows: [[String]]) -> String {
        let widths = header.indices.map { column in
            max(3, ([header] + rows).map { $0[column].count }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { column -> String in
                let fill = String(repeating: " ", count: widths[column] - cells[column].count)
                return alignments[column] == .right ? fill + cells[column] : cells[column] + fill
            }
            return "| " + padded.joined(separator: " | ") + " |\n"
        }
        let rule = widths.indices.map { column -> String in
            let dashes = String(repeating: "-", count: widths[column] - 1)
            return alignments[column] == .right ? dashes + ":" : ":" + dashes
        }
        return line(header) + "| " + rule.joined(separator: " | ") + " |\n" + rows.map(line).joined()
    }
}
