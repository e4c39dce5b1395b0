import OnboardingModel

/// Renders holds.csv (grain: one period an onboarding was on hold), the way a CS platform's
/// "On Hold" status history exports it.
///
/// About half of the story's stalls were a pause someone recorded: the hold starts a few
/// days into the stall and covers most of it; a fifth of those are the vendor's (our bug,
/// our partner), the rest the customer's. A hold still running at the export date is open
/// (empty end_date); a hold on an account that churned ends at the churn. A few of the
/// customer holds have a second, overlapping one (a legal review inside a security review),
/// and a few accounts that never stalled had a short pause anyway.
struct HoldsWriter {
    let teller: StoryTeller

    static let header = ["account_id", "start_date", "end_date", "owner", "reason"]
    static let customerReasons = [
        "Security review", "Customer reorganisation", "Budget freeze until next quarter",
        "Champion on leave", "Customer data migration", "Waiting on customer IT for SSO",
    ]
    static let vendorReasons = ["Waiting on our SSO fix", "Connector bug on our side", "Implementation partner capacity"]

    func write(to path: String) throws {
        var out = try ByteSink(path: path)
        try out.header(Self.header)
        let through = teller.through
        for i in 0..<teller.accounts {
            let story = teller.story(i)
            var r = SampleRandom(seed: teller.seed, purpose: .holds, index: i)
            var holds: [(start: Day, end: Day?, vendor: Bool, reason: String)] = []
            if let stall = story.stall, r.chance(0.5) {
                let stalledFrom = stall.milestone == 0 ? 0 : story.offsets[stall.milestone - 1] ?? 0
                let start = story.close + stalledFrom + r.int(in: 1...4)
                let end = start + max(3, stall.days - r.int(in: 2...8))
                let vendor = r.chance(0.2)
                holds.append((start, end, vendor, r.pick(vendor ? Self.vendorReasons : Self.customerReasons)))
                if !vendor, r.chance(0.12) {
                    let inner = start + r.int(in: 2...6)
                    holds.append((inner, inner + r.int(in: 5...20), false, "Legal review of the DPA"))
                }
            } else if r.chance(0.03) {
                let start = story.close + r.int(in: 5...30)
                holds.append((start, start + r.int(in: 5...15), false, r.pick(Self.customerReasons)))
            }
            for hold in holds where hold.start <= through {
                var end = hold.end
                if let churn = story.churn, let e = end, e > churn { end = max(hold.start, churn) }
                if let e = end, e > through { end = nil }
                out.text(AccountID.prefix); out.int(teller.accountNumber(i), width: AccountID.width); out.comma()
                out.day(hold.start); out.comma()
                if let end { out.day(end) }
                out.comma()
                // Exports often leave the owner empty when it is the customer.
                if hold.vendor { out.text("vendor") } else if r.chance(0.7) { out.text("customer") }
                out.comma()
                out.field(hold.reason)
                try out.endRow()
            }
        }
        try out.close()
    }
}
