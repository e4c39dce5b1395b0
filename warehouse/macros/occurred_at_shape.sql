{#
  Which spelling of a timestamp an occurred_at text is, among those the
  models turn into a UTC date themselves: a strict subset of what the product
  reads (SPEC §3 "Dates"; Sources/Ingest/DateParser.swift).

    date               2025-03-04
    utc                2025-03-04T10:22[:31[.123]], optionally Z; the space form
                       2025-03-04 10:22[:31[.123]] also with ' UTC' or ' GMT'
    offset_hh_mm       2025-03-04T10:22:31+02:00   (T or a space before the time)
    offset_hhmm        2025-03-04T10:22:31+0200
    offset_hh          2025-03-04T10:22:31+02
    unix_seconds       1741083751     (10 digits)
    unix_milliseconds  1741083751000  (13 digits)

  Anything else is null: the rollup then keeps the raw text as event_date and
  the product parses it the way it parses occurred_at (slash dates with
  csv.date_order, AM/PM times, lowercase t or z...) or rejects it with its own
  reason. So the SQL never has to agree with the product on a spelling it
  does not know; on these it must, and scripts/test-warehouse holds it to that.
#}
{% macro occurred_at_shape(text) -%}
{%- set d = "[0-9]{4}-[0-9]{2}-[0-9]{2}" -%}
{%- set t = "[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?" -%}
case
    when {{ regexp_full_match(text, '^' ~ d ~ '$') }} then 'date'
    when {{ regexp_full_match(text, '^' ~ d ~ '[T ]' ~ t ~ 'Z?$') }} then 'utc'
    when {{ regexp_full_match(text, '^' ~ d ~ ' ' ~ t ~ ' (UTC|GMT)$') }} then 'utc'
    when {{ regexp_full_match(text, '^' ~ d ~ '[T ]' ~ t ~ '[+-][0-9]{2}:[0-9]{2}$') }} then 'offset_hh_mm'
    when {{ regexp_full_match(text, '^' ~ d ~ '[T ]' ~ t ~ '[+-][0-9]{4}$') }} then 'offset_hhmm'
    when {{ regexp_full_match(text, '^' ~ d ~ '[T ]' ~ t ~ '[+-][0-9]{2}$') }} then 'offset_hh'
    when {{ regexp_full_match(text, '^[0-9]{10}$') }} then 'unix_seconds'
    when {{ regexp_full_match(text, '^[0-9]{13}$') }} then 'unix_milliseconds'
end
{%- endmacro %}
