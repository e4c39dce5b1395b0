{#- Spark inlines the steps below into every use and substitutes them into
    filters, copying the date arithmetic hundreds of times until its code
    generation gives up (Janino's 64 KB limit) and it falls back to slow
    interpreted evaluation: there the staging is a table, computed once. -#}
{{ config(materialized=('table' if target.type == 'spark' else 'ephemeral')) }}
{#
  The raw events as text, with utc_date: the UTC date of occurred_at
  ('YYYY-MM-DD') where this SQL reads it (macros/occurred_at_shape.sql), null
  where only the product can. A date-time with an offset is local time, so its
  UTC date is the local date moved a day back or forward when the local time
  minus the offset leaves 00:00-23:59: 2026-06-30T22:10:00-05:00 is 2026-07-01.
  Hours 00-23, minutes 00-59, seconds 00-60 (a leap second), offsets up to
  23:59 and a real calendar day, or null; a UTC date outside 1901-2198 is left
  to the product too (its years are 1900-2199, judged on either side of an
  offset).

  account_id, event and user_id stay as they are, untrimmed and not
  normalised: the product trims, normalises ("Report-Shared" is
  report_shared), recognises login and rejects placeholders (n/a, none...)
  itself, so the rollup never decides what an account or an event is.
#}
{%- set columns = var('events_columns') -%}
{%- set text = dbt.type_string() -%}
{%- set int = dbt.type_int() -%}
with raw as (
    select
        cast({{ columns['account_id'] }} as {{ text }}) as account_id,
        {% if var('occurred_at_is_timestamp') -%}
        cast(cast({{ columns['occurred_at'] }} as date) as {{ text }}) as occurred_at,
        {%- else -%}
        cast({{ columns['occurred_at'] }} as {{ text }}) as occurred_at,
        {%- endif %}
        cast({{ columns['event'] }} as {{ text }}) as event,
        {% if columns.get('user_id') -%}
        cast({{ columns['user_id'] }} as {{ text }}) as user_id
        {%- else -%}
        cast(null as {{ text }}) as user_id
        {%- endif %}
    from {{ source('onboarding', 'events') }}
),

shaped as (
    select raw.*, {{ occurred_at_shape('occurred_at') }} as shape
    from raw
),

-- The spelling's parts as numbers. Each is read whatever the shape (a safe
-- cast is null where the text has no number there) and only the shape's own
-- parts are used below: every part refers to `shape` at most once, which
-- keeps the plan small on engines that inline the steps (Spark).
parts as (
    select
        shaped.*,
        {{ dbt.safe_cast('substr(occurred_at, 1, 10)', 'date') }} as local_date,
        coalesce({{ dbt.safe_cast('substr(occurred_at, 12, 2)', int) }}, 0) as local_hour,
        coalesce({{ dbt.safe_cast('substr(occurred_at, 15, 2)', int) }}, 0) as local_minute,
        case when substr(occurred_at, 17, 1) = ':'
            then coalesce({{ dbt.safe_cast('substr(occurred_at, 18, 2)', int) }}, 0) else 0 end as local_second,
        case shape
            when 'offset_hh_mm' then {{ dbt.right('occurred_at', '6') }}
            when 'offset_hhmm' then {{ dbt.right('occurred_at', '5') }}
            when 'offset_hh' then {{ dbt.concat([dbt.right('occurred_at', '3'), "'00'"]) }}
        end as offset_text,  -- sign, hours, then minutes as the last two characters
        case shape
            when 'unix_seconds' then floor({{ dbt.safe_cast('occurred_at', dbt.type_bigint()) }} / 86400)
            when 'unix_milliseconds' then floor({{ dbt.safe_cast('occurred_at', dbt.type_bigint()) }} / 86400000)
        end as unix_day
    from shaped
),

offsets as (
    select
        parts.*,
        case when substr(offset_text, 1, 1) = '-' then -1 else 1 end as offset_sign,
        coalesce({{ dbt.safe_cast('substr(offset_text, 2, 2)', int) }}, 0) as offset_hours,
        coalesce({{ dbt.safe_cast(dbt.right('offset_text', '2'), int) }}, 0) as offset_minutes
    from parts
),

minutes as (
    select
        offsets.*,
        local_hour * 60 + local_minute - offset_sign * (offset_hours * 60 + offset_minutes) as utc_minutes
    from offsets
),

dated as (
    select
        minutes.*,
        case
            when unix_day is not null
                then {{ add_days("cast('1970-01-01' as date)", 'unix_day') }}
            when shape is not null and local_hour <= 23 and local_minute <= 59 and local_second <= 60
                and offset_hours <= 23 and offset_minutes <= 59
                then {{ add_days('local_date',
                    'case when utc_minutes < 0 then -1 when utc_minutes >= 1440 then 1 else 0 end') }}
        end as utc_day
    from minutes
)

select
    account_id,
    occurred_at,
    case when utc_day >= cast('1901-01-01' as date) and utc_day <= cast('2198-12-31' as date)
        then cast(utc_day as {{ text }}) end as utc_date,
    event,
    user_id
from dated
