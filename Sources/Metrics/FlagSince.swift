import OnboardingModel

/// When the current run of an account flag began: the `since` column of
/// red_flags.csv (SPEC §6).
///
/// Every rule's day comes from the exports at S alone, so a rebuild of an old
/// date gives the same answer. An account active at S was active on every
/// day from its close to S (completion and churn do not undo themselves), and
/// its last progress is the same on every day from that progress to S: so a
/// rule that counts days from a fixed start (close or last progress) has held
/// without a break since the day that count first reached its threshold.
struct FlagSince {
    let config: Config

    /// The day on which the count of clock days since `start` first reached
    /// `count`.
    ///
    /// The one place that knows what a day of the onboarding clock is: calendar days less
    /// the days a customer hold covers (net days, SPEC §5 "The clock"), or with `business`
    /// only business days d with start < d (`stall.unit: business`).
    static func day(reaching count: Int, since start: Day, of account: OnboardedAccount,
                    business: BusinessCalendar? = nil) -> Day {
        guard !account.holds.isEmpty || business != nil else { return start + count }
        let clock = account.holds.isEmpty ? OnboardingClock.calendar : OnboardingClock(holds: account.holds)
        func counted(_ day: Day) -> Int {
            business?.businessDays(after: start, through: day, clock: clock) ?? clock.net(from: start, to: day)
        }
        // The count never grows faster than the calendar: step ahead by what is missing.
        // A clock a hold stops for good never gets there; a century is the stop.
        var day = start + count
        while day - start < 36_500 {
            let missing = count - counted(day)
            if missing <= 0 { return day }
            day = day + missing
        }
        return day
    }

    /// `stalled`: the day days since progress reached stall.days, or
    /// stall.critical_days for a critical stall.
    func stalled(_ snapshot: AccountSnapshot, account: OnboardedAccount, critical: Bool) -> Day {
        Self.day(reaching: critical ? config.stall.criticalDays : config.stall.days, since: snapshot.lastProgress,
                 of: account, business: config.stall.unit == .business ? BusinessCalendar(config.calendar) : nil)
    }

    /// `first_value_overdue`: the first day the days since close exceeded the TTV target.
    func firstValueOverdue(_ account: OnboardedAccount, segment: Segment) -> Day {
        Self.day(reaching: config.ttvTarget(segment) + 1, since: account.closeDate, of: account)
    }

    /// `onboarding_overdue`: the first day the days since close exceeded the window.
    func onboardingOverdue(_ account: OnboardedAccount, segment: Segment) -> Day {
        Self.day(reaching: config.window(segment) + 1, since: account.closeDate, of: account)
    }

    /// `handoff_incomplete`: the handoff fields are the deal's, missing from close on.
    func handoffIncomplete(_ account: OnboardedAccount) -> Day {
        account.closeDate
    }

    /// `no_early_engagement`: close + 7, the first day the first week is over
    /// (calendar days: first use does not wait for the customer's holds).
    func noEarlyEngagement(_ account: OnboardedAccount) -> Day {
        account.closeDate + GroupRules.engagementDays
    }

    /// `on_hold_long`: the day the customer hold (its run of consecutive days) passed
    /// hold.max_days, i.e. had lasted max_days + 1 days.
    func onHoldLong(holdStart: Day) -> Day {
        holdStart + config.hold.maxDays
    }
}
