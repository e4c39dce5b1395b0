import OnboardingModel

/// Renders milestones.csv (grain: one milestone row of an account, as a CS platform
/// exports it): a row per milestone reached, the current one in progress or
/// blocked, often the pending ones too, in the spellings real exports mix.
struct MilestonesWriter {
    let teller: StoryTeller

    static let header = ["account_id", "milestone", "status", "completed_date", "target_date"]

    /// Title-case export names of the plan milestones (normalizing to the plan names).
    static let titles = ["Kickoff", "Setup", "Training", "First Value", "Handoff"]
    /// The kickoff's name in some teams' exports; the sample config aliases it to `kickoff`.
    static let kickoffAlias = "Kick-off Call"
    static let unknownNames = ["Health Check", "QBR Scheduled", "Welcome Email Sent"]

    static let complete = ["Complete", "Complete", "Complete", "completed", "Done", "Achieved", "COMPLETE"]
    static let inProgress = ["In Progress", "In Progress", "in-progress", "Active"]
    static let pending = ["Not Started", "Not Started", "Pending", "", "open"]
    static let skipped = ["Skipped", "Skipped", "N/A", "not applicable"]

    private enum Status { case complete, inProgress, blocked, pending, skipped }

    func write(to path: String) throws {
        var out = try ByteSink(path: path)
        try out.header(Self.header)
        let through = teller.through
        for i in 0..<teller.accounts {
            let story = teller.story(i)
            var r = SampleRandom(seed: teller.seed, purpose: .milestones, index: i)
            let account = teller.accountNumber(i)
            let due = story.segment.dueDays
            let reached = story.reached(by: through)
            let churned = story.churn.map { $0 <= through } ?? false
            let futureTypo = mark(i, salt: 11, every: 90)

            for m in 0..<Plan.count {
                let target: Day? = r.chance(0.85) ? story.close + due[m] : nil
                if m < reached {
                    let status: Status = story.isSkipped(m) ? .skipped : .complete
                    try row(account, m, status, story.isSkipped(m) ? nil : story.day(of: m), target, &out, &r)
                    if status == .complete, mark(i, salt: 12 + UInt64(m), every: 4000) {
                        // Marked done without a date: rejected; the dated row above stands.
                        try row(account, m, .complete, nil, target, &out, &r)
                    } else if status == .complete, r.chance(0.01) {
                        // Reopened and closed again: the product keeps the earliest date.
                        let again = story.day(of: m)! + r.int(in: 1...20)
                        if again <= through { try row(account, m, .complete, again, target, &out, &r) }
                    }
                } else if m == reached {
                    if futureTypo, story.offsets[m] != nil {
                        // A completion keyed in with a future date: the rare row dated after `through`
                        // (a planned date typed as done, so never on an abandoned onboarding).
                        try row(account, m, .complete, through + r.int(in: 1...25), target, &out, &r)
                    } else if !churned || r.chance(0.5) {
                        let held = story.stall?.milestone == m && r.chance(0.5)
                        try row(account, m, held ? .blocked : .inProgress, nil, target, &out, &r)
                    }
                } else if r.chance(0.55) {
                    try row(account, m, .pending, nil, target, &out, &r)
                }
            }
            if r.chance(0.03), reached > 0 {
                // A step some teams track that the plan does not know: counted as unknown.
                out.text(AccountID.prefix); out.int(account, width: AccountID.width); out.comma()
                out.text(r.pick(Self.unknownNames)); out.comma()
                out.text("Complete"); out.comma()
                out.day(story.lastProgress(by: through)); out.comma()
                try out.endRow()
            }
            if mark(i, salt: 20, every: 700) {
                // An account deleted or merged in the CRM: rejected as not found in deals.
                try row(2 * teller.accounts + 1_000 + i, 0, .complete, min(story.close + 2, through), story.close + due[0],
                        &out, &r)
            }
        }
        try out.close()
    }

    private func row(_ account: Int, _ m: Int, _ status: Status, _ completed: Day?, _ target: Day?,
                     _ out: inout ByteSink, _ r: inout SampleRandom) throws {
        out.text(AccountID.prefix); out.int(account, width: AccountID.width); out.comma()
        // Title case mostly; a kickoff is called `Kick-off Call` about one time in twenty.
        if m == 0, r.chance(0.05) {
            out.text(Self.kickoffAlias)
        } else {
            out.text(r.chance(0.7) ? Self.titles[m] : Plan.milestones[m])
        }
        out.comma()
        switch status {
        case .complete: out.text(r.pick(Self.complete))
        case .inProgress: out.text(r.pick(Self.inProgress))
        case .blocked: out.text("Blocked")
        case .pending: out.text(r.pick(Self.pending))
        case .skipped: out.text(r.pick(Self.skipped))
        }
        out.comma()
        if let completed { MessyFormats.write(completed, MessyFormats.dateStyle(&r), to: &out, &r) }
        out.comma()
        if let target { out.day(target) }
        try out.endRow()
    }

    private func mark(_ index: Int, salt: UInt64, every: Int) -> Bool {
        SampleRandom.isMarked(seed: teller.seed, salt: salt, index: index, every: every)
    }
}
