{#
  events_users: one row per account, user and event name, with the UTC date
  of that user's first such event (first_date). The `{users: N}` milestones
  of milestones.from_events (the day the N-th distinct user had such an event,
  SPEC §5) need each user's first day and nothing else, so the product reads
  this beside events_daily. Rows grow with accounts x users x event names,
  not with events or days.

  A timestamp the SQL did not read (stg_events.utc_date null) is passed on as
  its raw text in a row of its own, once per distinct text: the product parses
  it as occurred_at and takes the earlier day, or skips the row (the events it
  stands for are rejected, with their reason, in events_daily). Events without
  a user_id name no user and are left out here.
#}
select account_id, user_id, event, min(utc_date) as first_date
from {{ ref('stg_events') }}
where user_id is not null and utc_date is not null
group by account_id, user_id, event

union all

select distinct account_id, user_id, event, occurred_at as first_date
from {{ ref('stg_events') }}
where user_id is not null and utc_date is null and occurred_at is not null
