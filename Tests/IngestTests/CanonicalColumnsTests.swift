@testable import Ingest
@testable import OnboardingModel
import Testing

/// The config's list of canonical columns per file (`InputFileKind`, which
/// `columns.<file>` is checked against) is the ingesters' own header mapping.
struct CanonicalColumnsTests {
    @Test func configListsEveryIngestersColumns() {
        let ingesters: [String: [String]] = [
            "deals": DealsIngest.requiredColumns + DealsIngest.optionalColumns,
            "milestones": MilestonesIngest.requiredColumns + MilestonesIngest.optionalColumns,
            "events": EventsIngest.requiredColumns + EventsIngest.optionalColumns,
            "csms": CSMsIngest.requiredColumns + CSMsIngest.optionalColumns,
            "forecast": ForecastIngest.requiredColumns,
            "surveys": SurveysIngest.requiredColumns,
            "accounts": AccountsIngest.requiredColumns + AccountsIngest.optionalColumns,
            "holds": HoldsIngest.requiredColumns + HoldsIngest.optionalColumns,
            "events_daily": EventsDailyIngest.requiredColumns,
            "events_users": EventsUsersIngest.requiredColumns,
        ]
        for (file, columns) in ingesters {
            #expect(InputFileKind.canonicalColumns[file].map(Set.init) == Set(columns), "\(file)")
        }
        #expect(Set(InputFileKind.allNames).isSubset(of: InputFileKind.canonicalColumns.keys))
    }
}
