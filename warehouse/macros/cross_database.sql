{#
  What dbt's cross-database macros do not cover, dispatched per engine the same
  way (adapter.dispatch): a whole-string regular-expression test; adding days
  to a date that may be null (dbt-spark's dateadd raises on a null date, and
  goes through timestamps in the session's time zone); and a safe cast on
  Spark and DuckDB that never raises (their adapters' safe_cast is a plain
  cast, an error on '2025-02-30' in DuckDB and in Spark's ANSI mode, the
  default from Spark 4 and on Databricks).

  Patterns are written without backslashes ([0-9], [.]) so that every engine's
  string literal passes them through unchanged.
#}

{% macro regexp_full_match(expression, pattern) -%}
  {{ return(adapter.dispatch('regexp_full_match', 'onboarding_rollup')(expression, pattern)) }}
{%- endmacro %}

{# Snowflake, Databricks SQL and most others: REGEXP_LIKE (anchored by the ^...$ of the pattern). #}
{% macro default__regexp_full_match(expression, pattern) -%}
  regexp_like({{ expression }}, '{{ pattern }}')
{%- endmacro %}

{% macro duckdb__regexp_full_match(expression, pattern) -%}
  regexp_matches({{ expression }}, '{{ pattern }}')
{%- endmacro %}

{% macro spark__regexp_full_match(expression, pattern) -%}
  ({{ expression }} rlike '{{ pattern }}')
{%- endmacro %}

{% macro bigquery__regexp_full_match(expression, pattern) -%}
  regexp_contains({{ expression }}, r'{{ pattern }}')
{%- endmacro %}

{% macro postgres__regexp_full_match(expression, pattern) -%}
  ({{ expression }} ~ '{{ pattern }}')
{%- endmacro %}

{% macro redshift__regexp_full_match(expression, pattern) -%}
  ({{ expression }} ~ '{{ pattern }}')
{%- endmacro %}

{# `n` whole days after the date `day`, as a date; null when `day` is null. #}
{% macro add_days(day, n) -%}
  {{ return(adapter.dispatch('add_days', 'onboarding_rollup')(day, n)) }}
{%- endmacro %}

{% macro default__add_days(day, n) -%}
  cast({{ dbt.dateadd('day', 'cast(' ~ n ~ ' as ' ~ dbt.type_int() ~ ')', day) }} as date)
{%- endmacro %}

{% macro spark__add_days(day, n) -%}
  date_add({{ day }}, cast({{ n }} as int))
{%- endmacro %}

{#
  A cast that gives null where the value does not convert. dbt-snowflake and
  dbt-bigquery define safe_cast so; dbt-spark and dbt-duckdb fall back to a
  plain cast, which raises on '2025-02-30'.
#}
{% macro spark__safe_cast(field, type) -%}
  try_cast({{ field }} as {{ type }})
{%- endmacro %}

{% macro duckdb__safe_cast(field, type) -%}
  try_cast({{ field }} as {{ type }})
{%- endmacro %}
