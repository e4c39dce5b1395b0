/// One set of closed-won deals written three ways: as canonical deals.csv,
/// as a Salesforce opportunity report and as a HubSpot deals export.
///
/// Seven closed-won deals (one an expansion of 001A01) and two lost or open
/// ones. Three are in euros, converted at 1.08: 100,000.00 → 108,000.00;
/// 23,200.00 → 25,056.00 (mid_market only after conversion); 9,999.99 →
/// 10,799.9892 → 10,799.99. Every file has 13 rows and 6 of them skipped, so
/// the data-quality tables agree: the canonical file has 4 all-empty rows,
/// the Salesforce report a blank row and 3 footer lines, the HubSpot export 4
/// deals still in its pipeline.
enum CRMExportFixtures {
    static let canonicalDeals = """
        deal_id,account_id,account_name,stage,close_date,acv,ae
        006D01,001A01,Acme GmbH,Closed Won,2026-06-30,108000.00,Ann Ames
        006D02,001A02,Globex,Closed Won,2026-07-15,30000.00,Bo Berg
        006D03,001A03,Initech,Closed Won,2026-08-03,5000.00,Ann Ames
        006D04,001A04,Umbrella SARL,Closed Won,2026-09-10,25056.00,Cy Cole
        006D05,001A05,Hooli,Closed Won,2026-10-01,12500.50,Bo Berg
        006D06,001A01,Acme GmbH,Closed Won,2026-10-20,20000.00,Ann Ames
        006D07,001A06,Soylent,Closed Lost,2026-09-01,50000.00,Cy Cole
        006D08,001A07,Wonka,Negotiation,2026-11-30,10000.00,Bo Berg
        006D09,001A08,Stark Industries,Closed Won,2026-11-02,10799.99,Cy Cole
        ,,,,,,
        ,,,,,,
        ,,,,,,
        ,,,,,,

        """

    /// Display headers in the report's own column order, every value quoted,
    /// US dates, amounts with their currency beside them, and the footer.
    static let salesforceDeals = """
        "Opportunity Owner","Account Name","Opportunity Name","Stage","Close Date","Amount Currency","Amount","Opportunity ID","Account ID"
        "Ann Ames","Acme GmbH","Acme GmbH - Platform","Closed Won","6/30/2026","EUR","100,000.00","006D01","001A01"
        "Bo Berg","Globex","Globex - Platform","Closed Won","7/15/2026","USD","30,000.00","006D02","001A02"
        "Ann Ames","Initech","Initech - Starter","Closed Won","8/3/2026","USD","5,000.00","006D03","001A03"
        "Cy Cole","Umbrella SARL","Umbrella - Platform","Closed Won","9/10/2026","EUR","23,200.00","006D04","001A04"
        "Bo Berg","Hooli","Hooli - Starter","Closed Won","10/1/2026","USD","12,500.50","006D05","001A05"
        "Ann Ames","Acme GmbH","Acme GmbH - Add-on seats","Closed Won","10/20/2026","USD","20,000.00","006D06","001A01"
        "Cy Cole","Soylent","Soylent - Platform","Closed Lost","9/1/2026","USD","50,000.00","006D07","001A06"
        "Bo Berg","Wonka","Wonka - Starter","Proposal/Price Quote","11/30/2026","USD","10,000.00","006D08","001A07"
        "Cy Cole","Stark Industries","Stark - Starter","Closed Won","11/2/2026","EUR","9,999.99","006D09","001A08"
        ""
        "Grand Totals (9 records)","","","","","","USD 271,356.49","",""
        "Confidential Information - Do Not Distribute"
        "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."

        """

    /// HubSpot's headers and stage ids, date-times, several associated
    /// companies on one deal (the first is the account), a Currency column.
    static let hubspotDeals = """
        Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount,Currency,Associated Company IDs,Pipeline
        006D01,Acme GmbH,closedwon,2026-06-30 14:05,Ann Ames,100000,EUR,001A01;001A99,Sales Pipeline
        006D02,Globex,closedwon,2026-07-15 09:00,Bo Berg,30000,USD,001A02,Sales Pipeline
        006D03,Initech,Closed Won,2026-08-03 16:30,Ann Ames,5000,USD,001A03,Sales Pipeline
        006D04,Umbrella SARL,closedwon,2026-09-10 11:11,Cy Cole,23200,EUR,001A04,Sales Pipeline
        006D05,Hooli,closedwon,2026-10-01 08:00,Bo Berg,12500.5,USD,001A05,Sales Pipeline
        006D06,Acme GmbH,closedwon,2026-10-20 10:00,Ann Ames,20000,USD,001A01,Sales Pipeline
        006D07,Soylent,closedlost,2026-09-01 12:00,Cy Cole,50000,USD,001A06,Sales Pipeline
        006D08,Wonka,contractsent,2026-11-30 12:00,Bo Berg,10000,USD,001A07,Sales Pipeline
        006D09,Stark Industries,closedwon,2026-11-02 17:45,Cy Cole,9999.99,EUR,001A08,Sales Pipeline
        006D10,Vandelay,appointmentscheduled,2026-12-15 12:00,Bo Berg,8000,USD,001A10,Sales Pipeline
        006D11,Prestige Worldwide,qualifiedtobuy,2026-12-20 12:00,Ann Ames,4000,USD,001A11,Sales Pipeline
        006D12,Dunder Mifflin,presentationscheduled,2027-01-10 12:00,Cy Cole,6000,USD,001A12,Sales Pipeline
        006D13,Cyberdyne,decisionmakerboughtin,2027-01-20 12:00,Bo Berg,90000,USD,001A13,Sales Pipeline

        """

    static let milestones = """
        account_id,milestone,status,completed_date
        001A01,kickoff,complete,2026-07-03
        001A01,setup,complete,2026-07-20
        001A01,training,complete,2026-08-10
        001A01,first_value,complete,2026-08-25
        001A02,kickoff,complete,2026-07-17
        001A02,setup,in progress,
        001A03,kickoff,complete,2026-08-05
        001A03,setup,complete,2026-08-09
        001A04,kickoff,complete,2026-09-12
        001A05,kickoff,pending,
        001A08,kickoff,complete,2026-11-04

        """

    static let currencyConfig = "currency:\n  report: USD\n  rates: {EUR: 1.08}\n"
}
