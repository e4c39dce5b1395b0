import OnboardingModel

/// The deals.csv headers of a CRM's own exports (SPEC §3 "Real CRM exports"):
/// for each canonical column, the display or API names that tool writes.
///
/// A preset only adds names to look for: `columns:` still wins, and a column
/// already named canonically is still found.
struct CRMPreset: Sendable {
    let preset: Config.Preset
    /// Canonical column → the tool's header names, most specific first.
    let headers: [String: [String]]
    /// Canonical columns whose field may list several `;`-separated values,
    /// of which the first is the one meant (HubSpot's associated companies).
    let firstOfList: Set<String>

    /// The deals.csv mapping of `preset`; `.none` maps nothing.
    static func deals(_ preset: Config.Preset) -> CRMPreset {
        switch preset {
        case .none:
            CRMPreset(preset: preset, headers: [:], firstOfList: [])
        case .salesforce:
            // Report display names first, then the data export's API names.
            CRMPreset(preset: preset, headers: [
                "deal_id": ["Opportunity ID", "Id"],
                "account_id": ["Account ID", "AccountId"],
                "account_name": ["Account Name"],
                "stage": ["Stage", "StageName"],
                "close_date": ["Close Date", "CloseDate"],
                "acv": ["Amount"],
                "ae": ["Opportunity Owner"],
                "currency": ["Amount Currency", "CurrencyIsoCode"],
            ], firstOfList: [])
        case .hubspot:
            // Newer exports name the company columns "(Primary)"; a company
            // name, when the export has one, names the account rather than
            // the deal's own name ("Acme - New").
            CRMPreset(preset: preset, headers: [
                "deal_id": ["Record ID"],
                "account_id": ["Associated Company IDs (Primary)", "Associated Company IDs"],
                "account_name": ["Associated Company Name (Primary)", "Associated Company Name", "Deal Name"],
                "stage": ["Deal Stage"],
                "close_date": ["Close Date"],
                "acv": ["Amount"],
                "ae": ["Deal owner"],
            ], firstOfList: ["account_id"])
        }
    }

    /// The accounts.csv mapping of `preset` (SPEC §3 "accounts.csv"): a
    /// Salesforce Account data export (`Id`, `Name`) or a HubSpot company
    /// export (`Record ID`, `Company name`).
    static func accounts(_ preset: Config.Preset) -> CRMPreset {
        switch preset {
        case .none:
            CRMPreset(preset: preset, headers: [:], firstOfList: [])
        case .salesforce:
            CRMPreset(preset: preset, headers: ["account_id": ["Account ID", "Id"],
                                                "account_name": ["Account Name", "Name"]], firstOfList: [])
        case .hubspot:
            CRMPreset(preset: preset, headers: ["account_id": ["Record ID"],
                                                "account_name": ["Company name"]], firstOfList: [])
        }
    }

    /// The first non-empty value of a `;`-separated list (`"123;456"` →
    /// `"123"`), trimmed; the text itself when it holds no `;`.
    static func firstListItem(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ";")) else { return text }
        for item in text.split(separator: ";") {
            let value = trimmedField(String(item))
            if !value.isEmpty { return value }
        }
        return ""
    }
}
