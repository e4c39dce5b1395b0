{#
  events_daily: one row per account, UTC day and event name, with the number
  of events. Every figure of the product that counts events or event days
  (day-7 engagement, from_events count milestones, features adopted, the
  health score's active days) is a function of these counts, so the product
  reads this in place of the raw events (SPEC §10) and gives the same report.

  event_date is 'YYYY-MM-DD' (UTC); where the SQL could not read occurred_at
  it is the raw text, which the product parses itself or rejects (a rejected
  row weighs its `events` in the reject rate). Rows grow with accounts x
  active days x event names, not with events.
#}
select
    account_id,
    coalesce(utc_date, occurred_at) as event_date,
    event,
    count(*) as events
from {{ ref('stg_events') }}
group by account_id, coalesce(utc_date, occurred_at), event
