import OnboardingModel

/// Renders events.csv (grain: one product usage event): logins and feature use
/// from close until `through` (or churn), densest in the first weeks, by several
/// users per account, written in time order across accounts as analytics exports are; and the value event
/// `report_shared` the sample config reads first value from, on the day the
/// story reaches first value or a little before it (the CS platform's date is
/// typed in late). The largest file: written straight as bytes.
struct EventsWriter {
    let teller: StoryTeller

    static let header = ["account_id", "occurred_at", "event", "user_id"]
    /// Feature events; `login` makes up the rest.
    static let features = ["report_created", "workflow_run", "integration_connected", "dashboard_viewed",
                           "user_invited", "data_import", "export_csv"]
    /// The value event: a report shared, first value in the sample config.
    static let valueEvent = "report_shared"
    /// Offsets some exporters keep instead of UTC, in minutes.
    static let offsets = [120, -300, 330, -480, 60]

    /// Users per account, by segment.
    private static let users = [12, 6, 3]
    /// Mean events per account over a full observation window, by segment.
    private static let volume = [22.0, 13.0, 9.0]
    /// Usage after this many days is not generated: onboarding is over.
    private static let horizon = 150

    /// Event names by `UsageEvent.kind`: login, the features, then the value event.
    static let names = ["login"] + features + [valueEvent]

    func write(to path: String) throws {
        var out = try ByteSink(path: path)
        try out.header(Self.header)
        var merge = TimeOrderedMerge()
        var next = 0
        while true {
            // Accounts close in index order (give or take a weekend): admit every account
            // whose usage could start before the earliest pending event, then write that one.
            while next < teller.accounts,
                  merge.earliest.map({ UsageEvent.instant(teller.closeFloor(next)) <= $0 }) ?? true {
                merge.add(usage(of: next))
                next += 1
            }
            guard let event = merge.next() else { break }
            try write(event, &out)
        }
        try out.close()
    }

    /// Account `i`'s events in time order (UTC instant).
    func usage(of i: Int) -> [UsageEvent] {
        let story = teller.story(i)
        var r = SampleRandom(seed: teller.seed, purpose: .events, index: i)
        let through = teller.through
        let last = min(through, story.churn ?? through)
        let observed = min(last - story.close + 1, Self.horizon)
        let segment = story.segment.rawValue
        let first = story.quietFirstWeek ? 7 : 0
        guard observed > first else { return [] }

        // Engagement differs a lot between customers; young accounts have had less time.
        let engagement = 0.3 + 1.4 * r.unit()
        let ramp = min(1.0, Double(observed) / 45)
        let count = max(1, Int(Self.volume[segment] * engagement * ramp))
        /// Seconds since close × 2, + 1 for the value event.
        var instants: [Int] = []
        instants.reserveCapacity(count + 1)
        for k in 0..<count {
            let u = r.unit()
            var day = first + Int(Double(observed - first) * u * u)
            // An engaged account shows up in its first week at least once.
            if k == 0, first == 0 { day = r.below(min(7, observed)) }
            instants.append(2 * (day * 86_400 + r.int(in: 6 * 3600...22 * 3600)))
        }
        if let value = valueDay(story, last: last - story.close, &r) {
            instants.append(2 * (value * 86_400 + r.int(in: 9 * 3600...18 * 3600)) + 1)
        }
        instants.sort()
        let account = teller.accountNumber(i)
        let start = UsageEvent.instant(story.close)
        let valueKind = UInt8(Self.names.count - 1)
        var events = instants.map { tagged in
            let stamp = Self.stamp(&r)
            let kind: UInt8 = tagged & 1 == 1 ? valueKind : r.chance(0.55) ? 0 : UInt8(1 + r.below(Self.features.count))
            return UsageEvent(instant: start + tagged / 2, account: account, userAccount: account,
                              user: 1 + r.below(Self.users[segment]), kind: kind, stamp: stamp)
        }
        if SampleRandom.isMarked(seed: teller.seed, salt: 30, index: i, every: 1000) {
            // Usage of an account the CRM does not have: counted, not rejected.
            events.append(UsageEvent(instant: UsageEvent.instant(last, second: 12 * 3600),
                                     account: 2 * teller.accounts + 1_000 + i, userAccount: 0, user: 1,
                                     kind: 0, stamp: Self.stamp(&r)))
            events.sort { ($0.instant, $0.account) < ($1.instant, $1.account) }
        }
        return events
    }

    private func write(_ event: UsageEvent, _ out: inout ByteSink) throws {
        out.text(AccountID.prefix); out.int(event.account, width: AccountID.width); out.comma()
        timestamp(event, &out); out.comma()
        out.text(Self.names[Int(event.kind)]); out.comma()
        out.byte(UInt8(ascii: "U")); out.int(event.userAccount, width: AccountID.width)
        out.byte(UInt8(ascii: "-")); out.int(event.user)
        try out.endRow()
    }

    /// Days after close of the account's first `report_shared`: its first
    /// value day in the story, mostly; 15% of accounts shared 1–3 days before
    /// the CS platform's date, 5% 8–20 days before (what the trust check
    /// finds). A first value the CS platform marks skipped was still reached
    /// in the product, on the day it was marked. Nil when the story has no
    /// first value by `last` days after close.
    private func valueDay(_ story: AccountStory, last: Int, _ r: inout SampleRandom) -> Int? {
        guard let offset = story.offsets[Plan.firstValue] else { return nil }
        let u = r.unit()
        let early = u < 0.05 ? r.int(in: 8...20) : u < 0.20 ? r.int(in: 1...3) : 0
        let day = max(0, offset - early)
        return day <= last ? day : nil
    }

    /// How a date-time is spelled: mostly `Z`, sometimes with a fraction,
    /// sometimes in a local offset (the local clock may then be on the day before or after).
    private static func stamp(_ r: inout SampleRandom) -> UsageEvent.Stamp {
        let u = r.unit()
        if u < 0.06 { return .local(offsetMinutes: r.pick(offsets)) }
        if u < 0.10 { return .utcMillis(r.below(1000)) }
        return .utc
    }

    /// The ISO 8601 date-time of `event`, whose UTC date is `event.day`.
    private func timestamp(_ event: UsageEvent, _ out: inout ByteSink) {
        let day = event.day, second = event.second
        switch event.stamp {
        case .local(let minutes):
            var local = second + minutes * 60
            var localDay = day
            if local < 0 { local += 86_400; localDay = day - 1 }
            if local >= 86_400 { local -= 86_400; localDay = day + 1 }
            out.day(localDay); out.byte(UInt8(ascii: "T")); out.clock(local)
            out.byte(minutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            out.int(abs(minutes) / 60, width: 2); out.byte(UInt8(ascii: ":")); out.int(abs(minutes) % 60, width: 2)
        case .utcMillis(let millis):
            out.day(day); out.byte(UInt8(ascii: "T")); out.clock(second)
            out.byte(UInt8(ascii: ".")); out.int(millis, width: 3); out.byte(UInt8(ascii: "Z"))
        case .utc:
            out.day(day); out.byte(UInt8(ascii: "T")); out.clock(second); out.byte(UInt8(ascii: "Z"))
        }
    }
}
