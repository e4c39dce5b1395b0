/// The file `onboarding-report init` writes: SPEC §4's configuration with
/// every key present at its default and a comment saying what it means and
/// in which unit. Loading it gives exactly `Config()` (a test holds it to that).
extension ConfigLoader {
    /// The default configuration, fully commented, as `onboarding-report init` writes it.
    public static let defaultYAML: String = #"""
# onboarding-report configuration.
#
# Every key is optional: delete a key (or a whole section) to use the default
# shown here. Unknown keys are errors, so a typo cannot go unnoticed.
# Names of milestones, segments and fields are compared the way CSV headers
# are: case-insensitively, with runs of spaces, hyphens and dots read as "_"
# ("Kick-off Call" is kick_off_call).
# Fractions are written as decimals: 0.6 means 60%.

# File names of the exports inside the data directory (--data).
# deals and milestones are required; the others are optional and the
# metrics that need them are left empty when they are absent.
data:
  deals: deals.csv            # CRM deals; closed-won deals start onboarding
  milestones: milestones.csv  # onboarding milestones per account (CS platform)
  events: events.csv          # product usage events (day-7 engagement)
  csms: csms.csv              # CSM roster: csm, fte, segment
  forecast: forecast.csv      # expected closed-won deals per segment and month
  surveys: surveys.csv        # onboarding survey responses (0-10 score)
  accounts: accounts.csv      # CRM accounts (companies): fill the names, segments, CSMs deals lack
  holds: holds.csv            # periods an onboarding was on hold (customer holds stop the clock)
  events_daily: events_daily.csv  # events rolled up in a warehouse (warehouse/); instead of events
  events_users: events_users.csv  # beside events_daily: each user's first day (users: milestones)

# Which deals start onboarding.
deals:
  # Stage values, compared as headers are, that mean closed-won; rows with
  # another stage are skipped. `validate` lists the stage values it found.
  won_stages: [closed_won, closedwon, won]  # e.g. add "6 - Closed Won", signed

# How the CSV exports are written.
csv:
  delimiter: ","     # field separator: ",", ";", "|" or tab (write "\t" or tab)
  date_order: mdy    # slash dates: mdy reads 3/4/2025 as March 4, dmy as April 3
  preset: none       # deals.csv headers of a CRM export: none, salesforce or hubspot

# Money. ACV is reported in `report`; deals in other currencies (a currency
# column in deals.csv, or an amount written "€12,000" or "GBP 9000") are
# converted with `rates`; a deal in a currency with no rate is rejected.
currency:
  report: USD        # 3-letter code of the report currency
  rates: {}          # code: units of `report` per 1 unit, e.g. {EUR: 1.08} means 1 EUR = 1.08 USD

# Export headers that differ from the canonical column names, per file:
# file: {canonical_name: "Header In The Export"}.
# e.g. columns: {deals: {close_date: "Close Date", acv: "Amount"}}
columns: {}

# The onboarding plan.
milestones:
  # Plan milestones in the order an onboarding goes through them.
  order: [kickoff, setup, training, first_value, handoff]
  # The milestone that marks first value; time-to-value (TTV) is measured to it.
  first_value: first_value
  # Export milestone names that mean a plan milestone: "export name": plan_milestone.
  # e.g. aliases: {"Kick-off call": kickoff, "Go live": first_value}
  aliases: {}
  # Export status values that mean a status (complete, in_progress, pending,
  # skipped, blocked), e.g. a task export's completed flag:
  # status_aliases: {"TRUE": complete, "FALSE": pending}
  status_aliases: {}
  # Plan milestones read from events.csv instead of milestones.csv (their rows
  # there are ignored): achieved on the day of the N-th event of those names
  # ({event: name or [names], count: N}, count 1 when left out) or of the
  # N-th distinct user_id ({users: N}, optionally with event:) on or after
  # close; events before close count as the close date.
  # e.g. from_events: {first_value: {event: report_shared}}
  from_events: {}

# Onboarding tiers, in report order. A deal falls in the segment with the
# largest min_acv at or below its ACV (unless deals.csv names its segment).
# Giving this list replaces all three defaults.
#   name              segment name
#   min_acv           smallest ACV in the segment, in report currency; one segment must have 0
#   capacity_per_csm  onboardings one full-time CSM carries at once
#   due_days          days after close each plan milestone is due; the first_value
#                     day is the TTV target, the largest is the onboarding window
segments:
  - name: enterprise
    min_acv: 100000
    capacity_per_csm: 10
    due_days: {kickoff: 5, setup: 21, training: 35, first_value: 60, handoff: 90}
  - name: mid_market
    min_acv: 25000
    capacity_per_csm: 25
    due_days: {kickoff: 3, setup: 10, training: 21, first_value: 30, handoff: 45}
  - name: smb
    min_acv: 0
    capacity_per_csm: 75
    due_days: {kickoff: 3, setup: 7, training: 10, first_value: 14, handoff: 30}

# Sales-to-CS handoff: deal columns that a complete handoff fills in.
# `fields: []` when the export has no handoff data: no handoff figures, no
# handoff_incomplete flag.
handoff:
  fields: [goals, success_criteria, exec_sponsor, champion, backup_champion,
           technical_contact, technical_requirements, timeline_expectation,
           commitments, competitive_context]
  weights: {}        # field: weight; fields not listed weigh 1, e.g. {exec_sponsor: 2}
  min_score: 0.8     # score (weighted share of fields filled, 0 to 1) below which handoff_incomplete fires

# Stalled onboardings: active accounts with no milestone achieved for a while.
stall:
  days: 7            # days without progress that make an account stalled (warning)
  critical_days: 14  # days without progress that make the stall critical
  unit: calendar     # calendar days, or business (weekends, calendar.holidays and customer holds left out)

# Business days, for stall.unit: business.
calendar:
  weekend: [saturday, sunday]
  holidays: []       # days off, e.g. [2026-12-25, 2027-01-01]

# Customer holds (holds.csv).
hold:
  max_days: 30       # on_hold_long fires when a customer hold has lasted longer than this

# Adoption breadth: distinct features used in the onboarding window
# [close, close + window], from events.csv.
adoption:
  features: []       # event names that count as features; empty: every event but login
  target: 3          # features adopted that meet adoption (adoption_target_met)

# Onboarding health of active accounts, 0-100: the weighted mean of the
# components that have data (engagement and adoption need events.csv;
# handoff needs handoff.fields), each from 0 to 1.
health:
  weights: {progress: 0.35, recency: 0.20, engagement: 0.20, adoption: 0.15, handoff: 0.10}
  active_days: 5     # active days out of the last 14 that count as fully engaged
  bands: {green: 70, amber: 40}  # score >= green is green, >= amber is amber, else red

# Does onboarding pay off? (outcomes.csv) Retention of each band of TTV,
# on-time completion, handoff, day-7 engagement and NPS, judged at each horizon.
outcomes:
  horizons: [90, 365]  # days after close at which retention is judged
  ttv_bands: [30, 60]  # TTV bands in days: 0-30, 31-60, 61+ (then none: no first value)

# Pilot versus baseline (comparison.csv): empty, no comparison. Pick the pilot
# by a deals.csv column of the onboarding deal, by close date or by id:
#   compare: {name: "New playbook", pilot: {column: track, values: [pilot]}}
#   pilot: {closed_from: 2026-09-01}   or   pilot: {accounts: [A1, A2]}
# The baseline is every other account, or `baseline:` picked the same ways.
compare: {}

# Red-flag thresholds. Rates are fractions from 0 to 1.
thresholds:
  completion_rate_warning: 0.60      # segment completion rate below this: warning
  completion_rate_critical: 0.50     # below this: critical (not above the warning)
  ttv_over_baseline_warning: 0.20    # median TTV more than 20% over baseline (last 90 days): warning
  ttv_over_baseline_sustained: 0.25  # more than 25% over in each of the last two months: critical
  stall_share_warning: 0.15          # share of a segment's active accounts stalled above this: warning
  utilization_warning: 1.0           # CSM load per FTE above this: warning (1.0 = at capacity)
  utilization_critical: 1.2          # above this: critical
  min_group_size: 5                  # accounts a segment rule needs before it may fire
  max_reject_rate: 0.05              # share of rejected rows in any file above which the run fails (exit 65)

# Baseline median TTV per segment, in days, that ttv_* thresholds compare with.
# Segments not listed use their TTV target (due_days.first_value).
baseline:
  ttv_days: {}       # segment: days, e.g. {enterprise: 45, smb: 10}

# Who receives summary.eml. No recipients, no email.
email:
  from: ""           # sender address, required when `to` lists anyone
  to: []             # recipient addresses, e.g. [vp-cs@example.com, cs-ops@example.com]
  cc: []             # copy addresses
  csm_digests: false # true: csm/<name>.eml per CSM with an email in csms.csv (Cc manager_email on new critical flags)

"""#
}
