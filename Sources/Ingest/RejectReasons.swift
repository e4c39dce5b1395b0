import OnboardingModel

/// Wording shared by reject reasons: each says which column, what was found
/// and what would be accepted. Values from the row go in double quotes,
/// which the data-quality summary masks to group rows failing alike.

/// A field's value as a reason quotes it: trimmed, in double quotes, shown
/// as `HumanText.shown` shows input text (cut after 100 characters with `…`,
/// control characters escaped) so a runaway field cannot swamp the message.
func shown(_ value: String) -> String {
    "\"\(HumanText.shown(trimmedField(value)))\""
}

/// How messages name a canonical column: by itself when the export calls it
/// that, else the export's header with the canonical name
/// (`Amount (acv)`), so a preset user finds the column in their file.
func columnLabel(_ canonical: String, header: [String], index: Int?) -> String {
    guard let index, normalizedName(header[index]) != canonical else { return canonical }
    return "\(trimmedField(header[index])) (\(canonical))"
}

extension DateParser {
    /// The formats this parser accepts, slash dates in its own order.
    var acceptedFormatsText: String {
        // No digits: the data-quality summary masks numbers to group reasons.
        let slash = order == .mdy ? "M/D/YYYY or M/D/YY (csv.date_order: mdy)" : "D/M/YYYY or D/M/YY (csv.date_order: dmy)"
        return "YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS][ UTC], ISO date-times (YYYY-MM-DDTHH:MM:SS[.fff][Z|±hh:mm]), "
            + slash + " with an optional time H:MM[:SS][ AM|PM]"
            + (epochs ? ", Unix seconds or milliseconds" : "")
    }

    /// Why a required date field is unusable; points at `csv.date_order`
    /// when the value is a valid slash date in the other order, and says so
    /// when the value is a date outside the years 1900–2199.
    func invalidDateReason(_ label: String, _ raw: String) -> String {
        if isMissingText(raw) { return missingValueReason(label, raw) }
        if parseAnyYear(raw) != nil {
            return "\(label) \(shown(raw)) is outside the years 1900-2199, which a date here must be in "
                + "(a placeholder such as 0001-01-01 means no date)"
        }
        var other = self
        other.order = order == .mdy ? .dmy : .mdy
        if other.parse(raw) != nil {
            return "\(label) \(shown(raw)) is not a date in \(order == .mdy ? "M/D/YYYY" : "D/M/YYYY") order; "
                + "if the export writes \(other.order == .mdy ? "month first" : "day first"), set csv.date_order: \(other.order)"
        }
        return "\(label) \(shown(raw)) is not a valid date; accepted: \(acceptedFormatsText)"
    }
}

/// Why a required money field is unusable.
func invalidMoneyReason(_ label: String, _ raw: String, _ problem: MoneyProblem) -> String {
    switch problem {
    case .negative:
        return "\(label) \(shown(raw)) is negative; an ACV cannot be below zero"
    case .notAnAmount:
        if isMissingText(raw) { return missingValueReason(label, raw) }
        return "\(label) \(shown(raw)) is not an amount; accepted: \(acceptedMoneyFormats)"
    }
}
