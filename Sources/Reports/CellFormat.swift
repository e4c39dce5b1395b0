import CSVStream
import OnboardingModel

/// How one value becomes one CSV cell (SPEC §7): fixed decimals per kind of
/// figure, `true`/`false`, `YYYY-MM-DD`, and an empty cell for nil.
///
/// Every table goes through these so that the same figure is written the same
/// way in every file, and analysts' week-over-week diffs only show real changes.
enum CellFormat {
    /// Rates and scores (`…_rate`, `handoff_quality`, `handoff_score`): 4 decimals.
    static func rate(_ value: Rational?) -> String {
        value?.formatted(places: 4) ?? ""
    }

    /// Day statistics (medians, percentiles, velocity): 1 decimal.
    static func days(_ value: Rational?) -> String {
        value?.formatted(places: 1) ?? ""
    }

    /// Onboarding NPS, already on the −100...100 scale: 1 decimal.
    static func nps(_ value: Rational?) -> String {
        value?.formatted(places: 1) ?? ""
    }

    /// Counts and whole days.
    static func integer(_ value: Int?) -> String {
        value.map { String($0) } ?? ""
    }

    static func bool(_ value: Bool?) -> String {
        value.map { $0 ? "true" : "false" } ?? ""
    }

    static func date(_ value: Day?) -> String {
        value?.description ?? ""
    }

    /// Hundredths of the report currency as a plain decimal with 2 places.
    static func money(cents: Int64) -> String {
        Rational(cents, 100).formatted(places: 2)
    }

    /// Text that came from an export: neutralized so a spreadsheet never runs it.
    static func input(_ text: String) -> String {
        spreadsheetSafe(text)
    }
}
