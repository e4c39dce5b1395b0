/// Fixed word lists the sample exports are composed from: people, companies,
/// regions and the free text of handoff fields. Order matters (draws index into them).
enum Vocabulary {
    static let firstNames = [
        "Ava", "Ben", "Chloe", "Daniel", "Elena", "Farah", "Gabriel", "Hana", "Isaac", "Julia",
        "Kenji", "Laura", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Samuel", "Tara",
        "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Aaron", "Bianca", "Carlos", "Dana",
        "Emil", "Fiona", "Grace", "Hugo", "Ines", "Jonas", "Kara", "Liam", "Maya", "Noah",
        "Olivia", "Pablo", "Rachel", "Sofia", "Tomas", "Uma", "Victor", "Wendy", "Yara", "Zane",
    ]
    static let lastNames = [
        "Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen",
        "Kowalski", "Lopez", "Murphy", "Nakamura", "Okafor", "Patel", "Quinn", "Rossi", "Schmidt", "Tanaka",
        "Usman", "Varga", "Walsh", "Xu", "Young", "Zhang", "Alvarez", "Brennan", "Costa", "Dubois",
        "Eriksen", "Fontaine", "Grant", "Haddad", "Ivanova", "Joshi", "Khan", "Larsen", "Moreau", "Novak",
        "Oliveira", "Petrov", "Reyes", "Silva", "Torres", "Ueda", "Vogel", "Weber", "Yilmaz", "Zimmer",
    ]

    /// Person `k` of a team; `salt` rotates the lists so CSMs and AEs read differently.
    /// Unique for every k below firstNames.count × lastNames.count, then numbered.
    static func person(_ k: Int, salt: Int) -> String {
        let f = firstNames.count, l = lastNames.count
        // Stepping the last name with k spreads neighbours across families; (k mod f, last)
        // stays unique below f × l because 7f + 1 ≡ 1 (mod l) for these 50 × 50 lists.
        let base = "\(firstNames[(k + salt) % f]) \(lastNames[(7 * k + k / f + salt * 3) % l])"
        let round = k / (f * l)
        return round == 0 ? base : "\(base) \(round + 1)"
    }

    static let companyStems = [
        "Northwind", "Blue Harbor", "Redwood", "Summit", "Ironclad", "Brightpath", "Cedar", "Silverline",
        "Granite", "Lumen", "Maple", "Orbit", "Pioneer", "Quantum", "Riverbend", "Sterling",
        "Tidewater", "Unity", "Vantage", "Willow", "Apex", "Beacon", "Cobalt", "Driftwood",
        "Evergreen", "Foxglove", "Harborview", "Keystone", "Lakeshore", "Meridian", "Nimbus", "Oakridge",
        "Pinecrest", "Ridgeway", "Sagebrush", "Trailhead", "Upland", "Westfield", "Yellowstone", "Zenith",
    ]
    static let companyTrades = [
        "Logistics", "Analytics", "Health", "Foods", "Software", "Dental", "Freight", "Capital",
        "Energy", "Retail", "Robotics", "Insurance", "Media", "Labs", "Manufacturing", "Travel",
        "Realty", "Legal", "Education", "Biotech", "Security", "Supply", "Marketing", "Outdoor",
    ]
    /// Suffixes; the comma in ", Inc." makes those names need quoting.
    static let companySuffixes = [
        "", "", "", "", " Inc.", " LLC", " Ltd", " Group", ", Inc.", " GmbH", " Co.", " Partners",
    ]

    /// Names that exercise the CSV and report escaping (rare, see `DealsWriter`).
    static let awkwardNames = [
        "Smith, Jones & Partners",
        "The \"Bright Side\" Company",
        "Harbor\nHoldings",
        "=HYPERLINK(\"http://example.com\",\"Acme\")",
        "+1 Logistics",
        "@Scale Ventures",
    ]
    static let internationalNames = [
        "Café Müller GmbH", "Zürich Datenwerk AG", "Société Générale de Fret", "日本ソフトウェア株式会社",
        "Østergaard Møbler", "São Paulo Têxtil", "Łódź Logistyka", "Ångström Labs",
    ]

    static let regions = ["NA", "NA", "NA", "EMEA", "EMEA", "APAC", "LATAM"]

    /// Typical values of each handoff field (SPEC §4 order). Some hold commas on purpose.
    static let handoffTexts: [[String]] = [
        ["Cut onboarding time for new reps by 30%", "Replace spreadsheets for pipeline reporting",
         "Consolidate three ticketing tools", "Automate month-end close, reduce errors",
         "Single view of customer health"],
        ["Weekly exec dashboard live by day 45", "80% of licensed users active in week 2",
         "First automated workflow in production", "Support backlog under 200 tickets",
         "Month-end close in 3 days, not 6"],
        ["VP Operations", "CFO", "COO", "Head of Revenue Operations", "VP Customer Support", "CIO"],
        ["Ops manager (daily user)", "RevOps lead", "Support team lead", "Finance systems analyst",
         "Marketing ops manager"],
        ["Senior analyst", "IT business partner", "Deputy team lead", "Second RevOps admin"],
        ["IT admin", "Salesforce admin", "Data engineer", "Security architect", "Integration developer"],
        ["SSO via Okta, Salesforce sync", "Data migration from legacy CRM", "SOC 2 review required",
         "HubSpot integration, SCIM provisioning", "API access for data warehouse"],
        ["Live in 30 days", "Go-live before fiscal year end", "Phased rollout over 2 quarters",
         "Pilot team first, then company-wide", "Live before peak season"],
        ["Custom report template", "Two extra training sessions", "Dedicated Slack channel",
         "Price lock for year 2", "Sandbox environment during pilot"],
        ["Evaluated Gainsight, too heavy", "Replacing homegrown tool", "Chose us over Totango on price",
         "Incumbent vendor, renewal lapsed", "No alternative evaluated"],
    ]
    /// How an AE writes "not captured" (all are missing text per SPEC §3).
    static let missingMarkers = ["", "", "", "N/A", "TBD", "n/a", "-", "none", "?"]
}
