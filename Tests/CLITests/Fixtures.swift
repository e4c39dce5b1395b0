import TestSupport
/// Small, valid exports for CLI tests: three accounts, one per segment.
enum Fixtures {
    static let deals = """
        deal_id,account_id,account_name,stage,close_date,acv,csm,goals,success_criteria
        D1,A1,Acme,Closed Won,2026-10-01,"$150,000.00",Jane,yes,yes
        D2,A2,Globex,Closed Won,2026-10-15,30000,Raj,yes,
        D3,A3,Initech,Closed Won,2026-11-02,5000,,,
        D4,A4,Lost Co,Closed Lost,2026-10-03,5000,,,

        """

    static let milestones = """
        account_id,milestone,status,completed_date
        A1,kickoff,complete,2026-10-03
        A1,setup,complete,2026-10-20
        A2,kickoff,done,2026-10-16
        A3,kickoff,in progress,

        """

    /// Writes the fixture exports into `directory` (optionally replacing one file's text).
    static func writeExports(into directory: TempDirectory, deals: String = deals,
                             milestones: String = milestones) throws {
        try directory.write("data/deals.csv", deals)
        try directory.write("data/milestones.csv", milestones)
    }
}
