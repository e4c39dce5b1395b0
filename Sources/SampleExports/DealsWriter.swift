import OnboardingModel

/// Renders deals.csv (grain: one CRM deal): each account's closed-won onboarding
/// deal with its handoff fields, plus the pipeline around it (expansions, open and
/// lost deals) and a sprinkling of rows the product must reject.
struct DealsWriter {
    let teller: StoryTeller
    let roster: TeamRoster

    static let header = ["deal_id", "account_id", "account_name", "stage", "close_date", "acv", "segment",
                         "ae", "csm", "region", "renewal_date", "churn_date"] + Config().handoff.fields + ["track"]

    /// Deal id slots per account.
    private static let slots = 6

    /// Handoff texts and missing markers, RFC 4180-encoded once.
    private let handoffTexts = Vocabulary.handoffTexts.map { $0.map(CSVField.encode) }
    private let missingMarkers = Vocabulary.missingMarkers.map(CSVField.encode)

    /// One deal row before rendering.
    private struct Deal {
        var accountNumber: Int
        var name: String
        var stage = "Closed Won"
        var close: Day
        var closeText: String?
        var acv: Int
        var acvText: String?
        var segment = ""
        var ae = ""
        var csm = ""
        var region = ""
        var renewal: Day?
        var churn: Day?
        /// Bit i set: handoff field i is missing; nil leaves every handoff field empty.
        var handoffMissing: UInt16?
        /// Onboarding playbook: `pilot` or `standard` (empty on lost prospects).
        var track = ""
    }

    func write(to path: String) throws {
        var out = try ByteSink(path: path)
        try out.header(Self.header)
        // Up to six deals per account (onboarding, expansion, open, two planted defects, lost),
        // each with its own id slot; ids are shuffled, so rows in close order are not in id order.
        let dealIDs = ShuffledNumbers(count: Self.slots * teller.accounts, seed: teller.seed ^ 0xD1)
        func dealNumber(_ i: Int, _ slot: Int) -> Int { dealIDs.number(i * Self.slots + slot) }
        var prospectNumber = teller.accounts
        let through = teller.through
        for i in 0..<teller.accounts {
            let story = teller.story(i)
            var r = SampleRandom(seed: teller.seed, purpose: .deals, index: i)
            let ae = roster.aes[r.below(roster.aes.count)]
            let region = r.pick(Vocabulary.regions)
            let deal = Deal(accountNumber: teller.accountNumber(i), name: accountName(i, &r), close: story.close, acv: story.acv,
                            segment: MessyFormats.segmentLabel(story.segment, &r), ae: ae,
                            csm: roster.csm(for: story) ?? "", region: region,
                            renewal: r.chance(0.92) ? story.close + 365 : nil,
                            churn: story.churn.flatMap { $0 <= through ? $0 : nil },
                            handoffMissing: handoffGaps(story.segment, &r),
                            track: story.pilot ? "pilot" : "standard")
            try render(deal, id: dealNumber(i, 0), &out, &r)

            if mark(i, salt: 1, every: 400) {
                // The same deal exported twice (a re-synced row): the later copy is rejected.
                try render(deal, id: dealNumber(i, 0), &out, &r)
            }
            let elapsed = through - story.close
            if elapsed >= 75, r.chance(0.05) {
                var expansion = deal
                expansion.close = story.close + 60 + r.below(min(elapsed, 300) - 59)
                expansion.acv = max(1_000, story.acv / 100 * r.int(in: 10...40))
                expansion.renewal = nil
                expansion.churn = nil
                expansion.handoffMissing = nil
                try render(expansion, id: dealNumber(i, 1), &out, &r)
            }
            if r.chance(0.03) {
                var open = deal
                open.stage = r.pick(["Negotiation", "Proposal", "Discovery"])
                open.close = story.close + r.below(elapsed + 1)
                open.acv = max(1_000, story.acv / 100 * r.int(in: 15...60))
                open.renewal = nil
                open.churn = nil
                open.handoffMissing = nil
                try render(open, id: dealNumber(i, 2), &out, &r)
            }
            if mark(i, salt: 2, every: 400) {
                // An impossible day: rejected, the onboarding deal above still stands.
                var bad = deal
                bad.closeText = "\(story.close.components.year)-02-30"
                try render(bad, id: dealNumber(i, 3), &out, &r)
            }
            if mark(i, salt: 3, every: 400) {
                // A credit note keyed in as a deal: a negative ACV is rejected.
                var credit = deal
                credit.acvText = "-\(story.acv / 10)"
                try render(credit, id: dealNumber(i, 4), &out, &r)
            }
            if r.chance(0.06) {
                // A prospect that bought elsewhere: skipped, never onboarded.
                prospectNumber += 1
                let lost = Deal(accountNumber: prospectNumber, name: accountName(prospectNumber, &r),
                                stage: r.pick(["Closed Lost", "Closed Lost", "closed-lost"]),
                                close: story.close, acv: story.acv, segment: "", ae: ae, region: region)
                try render(lost, id: dealNumber(i, 5), &out, &r)
            }
        }
        try out.close()
    }

    private func render(_ d: Deal, id: Int, _ out: inout ByteSink, _ r: inout SampleRandom) throws {
        out.text("D-"); out.int(id, width: 7); out.comma()
        out.text(AccountID.prefix); out.int(d.accountNumber, width: AccountID.width); out.comma()
        out.field(d.name); out.comma()
        out.text(d.stage == "Closed Won" ? Self.wonSpelling(&r) : d.stage); out.comma()
        if let text = d.closeText { out.text(text) } else {
            MessyFormats.write(d.close, MessyFormats.dateStyle(&r), to: &out, &r)
        }
        out.comma()
        if let text = d.acvText { out.text(text) } else { MessyFormats.writeMoney(d.acv, to: &out, &r) }
        out.comma()
        out.text(d.segment); out.comma()
        out.field(d.ae); out.comma()
        out.field(d.csm); out.comma()
        out.text(d.region); out.comma()
        if let renewal = d.renewal { out.day(renewal) }
        out.comma()
        if let churn = d.churn { out.day(churn) }
        for field in 0..<handoffTexts.count {
            out.comma()
            guard let missing = d.handoffMissing else { continue }
            if missing & (1 << field) != 0 {
                out.bytes(r.pick(missingMarkers))
            } else {
                out.bytes(r.pick(handoffTexts[field]))
            }
        }
        out.comma()
        out.text(d.track)
        try out.endRow()
    }

    /// Which handoff fields the AE left blank. About a quarter of handoffs are
    /// incomplete (three or more gaps), SMB worst; complete ones still often miss
    /// the backup champion or the competitive context.
    private func handoffGaps(_ segment: SampleSegment, _ r: inout SampleRandom) -> UInt16 {
        var mask: UInt16 = 0
        if r.chance([0.12, 0.20, 0.32][segment.rawValue]) {
            let gaps = r.int(in: 3...7)
            // Sponsor, backup champion, commitments and competition go missing first.
            let weights = [2, 2, 4, 2, 6, 2, 2, 3, 4, 5]
            while mask.nonzeroBitCount < gaps { mask |= 1 << r.weighted(weights) }
        } else {
            let gaps = r.weighted([60, 30, 10])
            while mask.nonzeroBitCount < gaps { mask |= 1 << r.pick([4, 9, 7]) }
        }
        return mask
    }

    /// Company names: mostly stem + trade + suffix; rarely a name that tests escaping
    /// (comma, quote, newline, a leading formula character) or a non-ASCII name.
    private func accountName(_ number: Int, _ r: inout SampleRandom) -> String {
        if mark(number, salt: 4, every: 400) { return r.pick(Vocabulary.awkwardNames) }
        if mark(number, salt: 5, every: 150) { return r.pick(Vocabulary.internationalNames) }
        return r.pick(Vocabulary.companyStems) + " " + r.pick(Vocabulary.companyTrades)
            + r.pick(Vocabulary.companySuffixes)
    }

    private static func wonSpelling(_ r: inout SampleRandom) -> String {
        let u = r.unit()
        return u < 0.03 ? "closed-won" : u < 0.05 ? "Won" : "Closed Won"
    }

    private func mark(_ index: Int, salt: UInt64, every: Int) -> Bool {
        SampleRandom.isMarked(seed: teller.seed, salt: salt, index: index, every: every)
    }
}

/// How account ids are spelled in every file: `ACC-000042`.
enum AccountID {
    static let prefix = "ACC-"
    static let width = 6
}
