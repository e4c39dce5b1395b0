-- cohorts.csv of SPEC §5/§7 computed by DuckDB straight from the raw exports, for
-- scripts/benchmark. It re-implements the definitions independently of the Swift code
-- (field formats, closed-won and earliest-deal rules, milestone statuses and aliases,
-- dates raised to close, snapshot rules, group metrics), so agreement between the two
-- outputs is evidence that both read the SPEC the same way.
--
-- Parameters (SET VARIABLE before running): data_dir, the folder of the exports;
-- snapshot, the report's snapshot day S (DATE); holds_path, the holds.csv to read (a
-- header-only file when the export set has none).
-- Config: the SPEC §4 defaults plus what the sample's onboarding.yaml adds (the alias
-- "Kick-off Call" → kickoff, currency rates EUR 1.08 and GBP 1.27 to the report's USD);
-- the benchmark runs on `onboarding-report sample` output.
-- Not covered (absent from the sample, and DuckDB's reader would stop on them rather
-- than reject the row): ragged rows, invalid UTF-8, a currency column, CRM presets.

SET TimeZone = 'UTC';

-- ---------------------------------------------------------------- field rules (SPEC §3)

-- Trimmed text: spaces, tabs, CR, LF around a field are not part of it. An empty CSV
-- field reads as NULL here and as '' in the product.
-- (The test of the first and last characters only spares trim() the clean fields.)
CREATE OR REPLACE TEMP MACRO field(s) AS
    CASE WHEN s[1] > ' ' AND s[-1] > ' ' THEN s
         ELSE trim(coalesce(s, ''), ' ' || chr(9) || chr(13) || chr(10)) END;

-- Placeholders that mean "no value". None is longer than 7 characters, so a long
-- field with no space at either end is a value without further ado.
CREATE OR REPLACE TEMP MACRO missing(s) AS
    CASE WHEN s[1] > ' ' AND s[-1] > ' ' AND length(s) > 7 THEN false
         ELSE lower(field(s)) IN ('', 'n/a', 'na', 'none', 'null', 'tbd', '-', '?', 'unknown') END;

-- Names compare like headers: trimmed, lowercased, runs of spaces, hyphens and dots → '_'.
CREATE OR REPLACE TEMP MACRO norm(s) AS
    regexp_replace(lower(regexp_replace(coalesce(s, ''), '^\s+|\s+$', '', 'g')), '[\s.\-]+', '_', 'g');

-- Dates: YYYY-MM-DD; YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±hh[:mm]] (converted to the UTC
-- day); M/D/YYYY (csv.date_order: mdy). Impossible days are NULL.
CREATE OR REPLACE TEMP MACRO iso_day(t) AS
    CASE WHEN regexp_full_match(t, '\d{4}-\d{2}-\d{2}') THEN try_cast(t AS DATE) END;
CREATE OR REPLACE TEMP MACRO utc_shift(time_part) AS (
    -- Minutes past midnight in UTC: local time minus the offset; outside one day, the
    -- UTC day is the day before or after.
    (CAST(substr(time_part, 1, 2) AS INTEGER) * 60 + CAST(substr(time_part, 4, 2) AS INTEGER)
     - coalesce(CASE regexp_extract(time_part, '([+-])\d{2}:?(\d{2})?$', 1)
                    WHEN '+' THEN 1 WHEN '-' THEN -1 END
                * (CAST(regexp_extract(time_part, '[+-](\d{2}):?(\d{2})?$', 1) AS INTEGER) * 60
                   + coalesce(try_cast(regexp_extract(time_part, '[+-]\d{2}:?(\d{2})$', 1) AS INTEGER), 0)),
                0)));
CREATE OR REPLACE TEMP MACRO day_of_text(t) AS
    CASE
        WHEN regexp_full_match(t, '\d{4}-\d{2}-\d{2}') THEN try_cast(t AS DATE)
        WHEN regexp_full_match(t, '\d{4}-\d{2}-\d{2}[Tt ]([01]\d|2[0-3]):[0-5]\d(:([0-5]\d|60)([.,]\d+)?)?([Zz]|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?')
            THEN iso_day(left(t, 10))
                 + CASE WHEN utc_shift(substr(t, 12)) < 0 THEN -1
                        WHEN utc_shift(substr(t, 12)) >= 1440 THEN 1 ELSE 0 END
        WHEN regexp_full_match(t, '\d{1,2}/\d{1,2}/\d{4}')
            THEN iso_day(split_part(t, '/', 3) || '-' || lpad(split_part(t, '/', 1), 2, '0')
                         || '-' || lpad(split_part(t, '/', 2), 2, '0'))
    END;
CREATE OR REPLACE TEMP MACRO parse_day(s) AS day_of_text(trim(coalesce(s, ''), ' ' || chr(9)));

-- Money: optional sign, optional $ € £ or three-letter code (and spaces), digits with
-- ',' thousands groups of three, optional decimals. A text that is no amount at all
-- gives empty parts (and no digits).
CREATE OR REPLACE TEMP MACRO money_parts(s) AS regexp_extract(trim(coalesce(s, ''), ' ' || chr(9)),
    '^(-?)(\$|€|£|[A-Za-z]{3})? *(-?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$',
    ['minus', 'currency', 'minus_after', 'whole', 'fraction']);
CREATE OR REPLACE TEMP MACRO money_ok(m) AS
    length(m.whole) + length(m.fraction) > 0 AND length(replace(m.whole, ',', '')) <= 15;
CREATE OR REPLACE TEMP MACRO money_negative(m) AS m.minus = '-' OR m.minus_after = '-';
-- Hundredths; more than two decimals round half away from zero on the third.
CREATE OR REPLACE TEMP MACRO money_cents(m) AS
    coalesce(try_cast(replace(m.whole, ',', '') AS BIGINT), 0) * 100
    + CAST(rpad(left(m.fraction, 2), 2, '0') AS BIGINT)
    + CASE WHEN substr(m.fraction, 3, 1) >= '5' THEN 1 ELSE 0 END;

-- ---------------------------------------------------------------- config (SPEC §4)

CREATE OR REPLACE TEMP TABLE segment_config AS
SELECT * FROM (VALUES
    -- seg, name, min_acv, ttv_target = due_days[first_value], window = largest due day
    (0, 'enterprise', 100000, 60, 90),
    (1, 'mid_market', 25000, 30, 45),
    (2, 'smb', 0, 14, 30)
) AS t(seg, name, min_acv, ttv_target, window_days);

-- Report-currency units per unit of each other currency (`currency.rates`).
CREATE OR REPLACE TEMP TABLE currency_rates AS
SELECT * FROM (VALUES ('EUR', 1.08::DECIMAL(12, 6)), ('GBP', 1.27::DECIMAL(12, 6))) AS t(code, rate);

-- Plan milestones by normalized name, then the aliases (normalized too).
CREATE OR REPLACE TEMP TABLE milestone_names AS
SELECT * FROM (VALUES
    ('kickoff', 0), ('setup', 1), ('training', 2), ('first_value', 3), ('handoff', 4),
    ('kick_off_call', 0)
) AS t(name, plan_index);

-- Status spellings, normalized, and what they mean; an empty status is pending.
CREATE OR REPLACE TEMP TABLE milestone_statuses AS
SELECT * FROM (VALUES
    ('complete', 'complete'), ('completed', 'complete'), ('done', 'complete'), ('achieved', 'complete'),
    ('in_progress', 'in_progress'), ('active', 'in_progress'), ('started', 'in_progress'),
    ('pending', 'pending'), ('not_started', 'pending'), ('open', 'pending'), ('', 'pending'),
    ('skipped', 'skipped'), ('not_applicable', 'skipped'), ('n/a', 'skipped'), ('na', 'skipped'),
    ('blocked', 'blocked')
) AS t(spelling, status);

-- ---------------------------------------------------------------- deals.csv → accounts

-- One row per onboarded account. As for milestones below, each distinct spelling of a
-- stage, date or amount is normalized or parsed once.
CREATE OR REPLACE TEMP TABLE accounts AS
WITH raw AS MATERIALIZED (
    SELECT
        field(deal_id) AS deal_id,
        field(account_id) AS account_id,
        coalesce(stage, '') AS stage,
        coalesce(close_date, '') AS close_date,
        coalesce(acv, '') AS acv,
        coalesce(churn_date, '') AS churn_date,
        coalesce(segment, '') AS segment_label,
        -- Handoff fields present, all of weight 1 by default.
        (NOT missing(goals))::INT + (NOT missing(success_criteria))::INT + (NOT missing(exec_sponsor))::INT
        + (NOT missing(champion))::INT + (NOT missing(backup_champion))::INT
        + (NOT missing(technical_contact))::INT + (NOT missing(technical_requirements))::INT
        + (NOT missing(timeline_expectation))::INT + (NOT missing(commitments))::INT
        + (NOT missing(competitive_context))::INT AS handoff_present
    FROM read_csv(getvariable('data_dir') || '/deals.csv', header = true, all_varchar = true,
                  delim = ',', quote = '"', escape = '"')
), won_stages AS MATERIALIZED (
    -- Rows of other stages are skipped.
    SELECT stage FROM (SELECT DISTINCT stage FROM raw) WHERE norm(stage) IN ('closed_won', 'closedwon', 'won')
), days AS MATERIALIZED (
    SELECT text, parse_day(text) AS day
    FROM (SELECT close_date AS text FROM raw UNION SELECT churn_date FROM raw)
    WHERE NOT missing(text)
), amounts AS MATERIALIZED (
    -- An amount's symbol or code names its currency ($ is USD, € EUR, £ GBP; none is
    -- the report's); another currency is converted at its rate, rounded half away from
    -- zero to the cent, and one with no rate is rejected.
    SELECT
        a.acv,
        CASE WHEN a.code = 'USD' THEN a.cents ELSE CAST(round(a.cents * r.rate) AS BIGINT) END AS cents,
        a.valid AND (a.code = 'USD' OR r.rate IS NOT NULL) AS valid
    FROM (
        SELECT acv, money_cents(m) AS cents, money_ok(m) AND NOT money_negative(m) AS valid,
               CASE m.currency WHEN '' THEN 'USD' WHEN '$' THEN 'USD' WHEN '€' THEN 'EUR' WHEN '£' THEN 'GBP'
                               ELSE upper(m.currency) END AS code
        FROM (SELECT acv, money_parts(acv) AS m FROM (SELECT DISTINCT acv FROM raw))
    ) a
    LEFT JOIN currency_rates r USING (code)
), deals AS (
    -- Accepted closed-won deals: rows missing an id, a close date or a valid,
    -- non-negative ACV are rejected; an unparsable churn date counts as missing.
    SELECT r.deal_id, r.account_id, c.day AS close_day, m.cents AS acv_cents, ch.day AS churn_day,
           r.segment_label, r.handoff_present
    FROM raw r
    JOIN won_stages USING (stage)
    JOIN days c ON c.text = r.close_date
    JOIN amounts m USING (acv)
    LEFT JOIN days ch ON ch.text = r.churn_date
    WHERE c.day IS NOT NULL AND m.valid AND NOT missing(r.deal_id) AND NOT missing(r.account_id)
), onboarding AS (
    -- The onboarding deal: earliest close, ties by smallest deal_id (bytes); churn is
    -- the latest churn date among all the account's closed-won deals.
    -- A repeated deal_id keeps its first row in the product. The sample's repeats are
    -- the same deal exported twice (same account, day, ACV, labels and handoff gaps),
    -- so a repeat can change neither which deal onboards nor the latest churn: no step
    -- here drops them.
    SELECT
        account_id,
        arg_min(struct_pack(close_day, acv_cents, segment_label, handoff_present),
                struct_pack(close_day, deal_id)) AS deal,
        max(churn_day) AS churn_day
    FROM deals
    GROUP BY account_id
), thresholds AS (
    SELECT seg, min_acv * 100 AS min_cents FROM segment_config
)
SELECT
    o.account_id, o.deal.close_day, o.deal.handoff_present, o.churn_day,
    -- The label when it names a segment, else the largest min_acv not above the ACV.
    CASE WHEN NOT missing(o.deal.segment_label) AND named.seg IS NOT NULL THEN named.seg
         ELSE t.seg END AS seg
FROM onboarding o
LEFT JOIN segment_config named ON named.name = norm(o.deal.segment_label)
ASOF JOIN thresholds t ON o.deal.acv_cents >= t.min_cents;

-- ---------------------------------------------------------------- milestones.csv

-- Accepted rows of plan milestones, reduced per account × milestone to the earliest
-- achieved day (raised to the close date) and whether some row skipped it. An export
-- spells names, statuses and dates a few thousand ways over millions of rows: each
-- distinct spelling is normalized or parsed once.
CREATE OR REPLACE TEMP VIEW milestone_rows_progress AS
WITH raw AS MATERIALIZED (
    SELECT field(account_id) AS account_id, coalesce(milestone, '') AS milestone,
           coalesce(status, '') AS status, coalesce(completed_date, '') AS completed_date
    FROM read_csv(getvariable('data_dir') || '/milestones.csv', header = true, all_varchar = true,
                  delim = ',', quote = '"', escape = '"')
), names AS MATERIALIZED (
    -- Unknown milestone names are skipped.
    SELECT r.milestone, n.plan_index
    FROM (SELECT DISTINCT milestone FROM raw) r JOIN milestone_names n ON n.name = norm(r.milestone)
    -- first_value comes from events.csv in the sample config (milestones.from_events): its rows here are ignored.
    WHERE n.plan_index <> 3
), statuses AS MATERIALIZED (
    -- Unknown statuses are rejected.
    SELECT r.status, st.status AS meaning
    FROM (SELECT DISTINCT status FROM raw) r JOIN milestone_statuses st ON st.spelling = norm(r.status)
), dates AS MATERIALIZED (
    SELECT completed_date,
           CASE WHEN missing(completed_date) THEN NULL ELSE parse_day(completed_date) END AS completed_day
    FROM (SELECT DISTINCT completed_date FROM raw)
)
SELECT
    r.account_id, n.plan_index,
    min(greatest(d.completed_day, a.close_day)) FILTER (WHERE st.meaning = 'complete') AS achieved_day,
    bool_or(st.meaning = 'skipped') AS any_skipped
FROM raw r
JOIN names n USING (milestone)
JOIN statuses st USING (status)
JOIN dates d USING (completed_date)
-- Rows of accounts with no closed-won deal (a missing account_id matches none), or
-- complete without a date, are rejected.
JOIN accounts a USING (account_id)
WHERE (st.meaning <> 'complete' OR d.completed_day IS NOT NULL)
GROUP BY r.account_id, n.plan_index;

-- Usage events of onboarded accounts: UTC day (days since 1970-01-01) and normalized name.
CREATE OR REPLACE TEMP TABLE account_events AS
SELECT a.account_id, e.utc_day, norm(e.event) AS name, a.close_day - DATE '1970-01-01' AS close_n
FROM (SELECT field(account_id) AS account_id,
             epoch_us(try_cast(occurred_at AS TIMESTAMPTZ)) // 86400000000 AS utc_day, event
      FROM read_csv(getvariable('data_dir') || '/events.csv', header = true, all_varchar = true,
                    delim = ',', quote = '"', escape = '"')
      WHERE NOT missing(event)) e
JOIN accounts a USING (account_id)
WHERE e.utc_day IS NOT NULL;

-- milestones.from_events {first_value: {event: report_shared}} (SPEC §5): achieved on the UTC
-- day of the first report_shared event; events before close count as the close date.
CREATE OR REPLACE TEMP VIEW milestone_progress AS
SELECT account_id, plan_index, achieved_day, any_skipped FROM milestone_rows_progress
UNION ALL
SELECT account_id, 3 AS plan_index,
       DATE '1970-01-01' + CAST(greatest(min(utc_day), min(close_n)) AS INTEGER) AS achieved_day,
       false AS any_skipped
FROM account_events
WHERE name = 'report_shared'
GROUP BY account_id;

-- ---------------------------------------------------------------- holds.csv (SPEC §3, §5)

-- The onboarding clock skips the days a customer hold covers: one row per account and
-- covered day up to S (overlapping holds count each day once; an open hold runs through
-- S). Rows with no valid start, an unreadable end or an end before the start are
-- rejected; vendor holds and holds of accounts not onboarded do not stop the clock.
CREATE OR REPLACE TEMP TABLE held_days AS
WITH raw AS (
    SELECT field(account_id) AS account_id, coalesce(start_date, '') AS start_date,
           coalesce(end_date, '') AS end_date, coalesce(owner, '') AS owner
    FROM read_csv(getvariable('holds_path'), header = true, all_varchar = true,
                  delim = ',', quote = '"', escape = '"')
), parsed AS (
    SELECT account_id, parse_day(start_date) AS start_day, missing(end_date) AS open,
           CASE WHEN missing(end_date) THEN NULL ELSE parse_day(end_date) END AS end_day,
           missing(owner) OR norm(owner) = 'customer' AS customer
    FROM raw
    WHERE missing(owner) OR norm(owner) IN ('customer', 'vendor')
), kept AS (
    SELECT p.account_id, p.start_day,
           CASE WHEN p.open THEN getvariable('snapshot') + 1
                ELSE least(p.end_day, getvariable('snapshot') + 1) END AS stop_day
    FROM parsed p
    JOIN accounts a USING (account_id)
    WHERE p.customer AND p.start_day IS NOT NULL AND (p.open OR p.end_day >= p.start_day)
)
SELECT DISTINCT account_id, CAST(day AS DATE) AS day
FROM (SELECT account_id, unnest(range(start_day::TIMESTAMP, stop_day::TIMESTAMP, INTERVAL 1 DAY)) AS day
      FROM kept WHERE start_day < stop_day);

-- ---------------------------------------------------------------- events.csv, surveys.csv

-- Accounts with a usage event in their first seven days [close, close + 6], by the
-- event's UTC day (days since 1970-01-01, so the day needs no time-zone calendar).
CREATE OR REPLACE TEMP VIEW engaged_first_week AS
WITH events AS (
    SELECT field(account_id) AS account_id,
           epoch_us(try_cast(occurred_at AS TIMESTAMPTZ)) // 86400000000 AS utc_day
    FROM read_csv(getvariable('data_dir') || '/events.csv', header = true, all_varchar = true,
                  delim = ',', quote = '"', escape = '"')
    WHERE NOT missing(event)
)
SELECT DISTINCT a.account_id
FROM events e
JOIN accounts a USING (account_id)
WHERE e.utc_day BETWEEN a.close_day - DATE '1970-01-01' AND a.close_day - DATE '1970-01-01' + 6;

-- Survey responses dated on or before S, per account.
CREATE OR REPLACE TEMP VIEW survey_counts AS
SELECT
    field(account_id) AS account_id,
    count(*) AS responses,
    count(*) FILTER (WHERE CAST(field(score) AS INTEGER) >= 9) AS promoters,
    count(*) FILTER (WHERE CAST(field(score) AS INTEGER) <= 6) AS detractors
FROM read_csv(getvariable('data_dir') || '/surveys.csv', header = true, all_varchar = true,
              delim = ',', quote = '"', escape = '"')
WHERE regexp_full_match(field(score), '\d{1,2}') AND CAST(field(score) AS INTEGER) <= 10
  AND parse_day(responded_at) <= getvariable('snapshot')
GROUP BY 1;

-- ---------------------------------------------------------------- snapshot S (SPEC §5)

CREATE OR REPLACE TEMP VIEW snapshots AS
WITH plan AS (
    SELECT
        a.account_id,
        count(*) FILTER (WHERE p.achieved_day <= getvariable('snapshot')) AS achieved_count,
        max(p.achieved_day) FILTER (WHERE p.achieved_day <= getvariable('snapshot')) AS latest_achieved,
        -- Satisfied: achieved by S, or skipped with no row achieving it at all.
        count(*) FILTER (WHERE p.achieved_day <= getvariable('snapshot')
                            OR (p.achieved_day IS NULL AND p.any_skipped)) AS satisfied,
        max(p.achieved_day) FILTER (WHERE p.plan_index = 3 AND p.achieved_day <= getvariable('snapshot'))
            AS first_value_day
    FROM accounts a
    LEFT JOIN milestone_progress p USING (account_id)
    WHERE a.close_day <= getvariable('snapshot')
    GROUP BY a.account_id
), dated AS (
    SELECT
        a.*, p.achieved_count, p.first_value_day,
        getvariable('snapshot') - a.close_day AS days_since_close,
        coalesce(p.latest_achieved, a.close_day) AS last_progress,
        CASE WHEN p.satisfied = 5 THEN coalesce(p.latest_achieved, a.close_day) END AS completion_day,
        CASE WHEN a.churn_day <= getvariable('snapshot') THEN a.churn_day END AS churn_by_s
    FROM accounts a JOIN plan p USING (account_id)
), held AS (
    -- Customer-hold days between the account's dates: net(a, b) = b − a − those in [a, b).
    SELECT
        d.account_id,
        count(*) FILTER (WHERE h.day >= d.close_day AND h.day < getvariable('snapshot')) AS close_to_s,
        bool_or(h.day = getvariable('snapshot')) AS at_s,
        count(*) FILTER (WHERE h.day >= d.close_day AND h.day < d.first_value_day) AS close_to_fv,
        count(*) FILTER (WHERE h.day >= d.close_day AND h.day < d.completion_day) AS close_to_done,
        count(*) FILTER (WHERE h.day >= d.close_day AND h.day < d.last_progress) AS close_to_progress,
        count(*) FILTER (WHERE h.day >= d.last_progress AND h.day < getvariable('snapshot')) AS progress_to_s
    FROM dated d JOIN held_days h USING (account_id)
    GROUP BY d.account_id
)
SELECT
    d.*,
    CASE WHEN completion_day IS NOT NULL THEN 'complete'
         WHEN churn_by_s IS NOT NULL THEN 'churned' ELSE 'active' END AS status,
    -- An active account on a customer hold at S is not stalled.
    completion_day IS NULL AND churn_by_s IS NULL AND NOT coalesce(h.at_s, false)
        AND getvariable('snapshot') - last_progress - coalesce(h.progress_to_s, 0) >= 7 AS stalled,
    first_value_day - close_day - coalesce(h.close_to_fv, 0) AS ttv,
    days_since_close - coalesce(h.close_to_s, 0) AS net_days_since_close,
    completion_day - close_day - coalesce(h.close_to_done, 0) AS net_completion_days,
    last_progress - close_day - coalesce(h.close_to_progress, 0) AS net_progress_days,
    e.account_id IS NOT NULL AS engaged,
    -- Adoption (SPEC §5, adoption: {features: [], target: 3}): distinct event names but login
    -- in [close, close + window] and ≤ S; met once 3, not met once the window has passed.
    CASE WHEN coalesce(f.features, 0) >= 3 THEN true
         WHEN days_since_close >= c.window_days THEN false END AS adoption_met
FROM dated d
JOIN segment_config c USING (seg)
LEFT JOIN held h USING (account_id)
LEFT JOIN engaged_first_week e USING (account_id)
LEFT JOIN (
    SELECT ev.account_id, count(DISTINCT ev.name) AS features
    FROM account_events ev
    JOIN accounts a USING (account_id)
    JOIN segment_config c USING (seg)
    WHERE ev.name <> 'login'
      AND ev.utc_day BETWEEN ev.close_n
          AND ev.close_n + least(getvariable('snapshot') - a.close_day, c.window_days)
    GROUP BY ev.account_id
) f USING (account_id);

-- ---------------------------------------------------------------- cohorts.csv rows

SELECT
    c.name AS segment,
    strftime(s.close_day, '%Y-%m') AS cohort,
    count(*) AS accounts,
    count(*) FILTER (WHERE status = 'active') AS active,
    count(*) FILTER (WHERE status = 'complete') AS complete,
    count(*) FILTER (WHERE status = 'churned') AS churned,
    count(ttv) AS ttv_n,
    quantile_cont(ttv, 0.5) AS ttv_median_days,
    quantile_cont(ttv, 0.9) AS ttv_p90_days,
    count(*) FILTER (WHERE net_days_since_close >= c.ttv_target AND ttv <= c.ttv_target)
        / nullif(count(*) FILTER (WHERE net_days_since_close >= c.ttv_target), 0) AS ttv_within_target_rate,
    count(*) FILTER (WHERE net_days_since_close >= c.window_days AND net_completion_days <= c.window_days)
        / nullif(count(*) FILTER (WHERE net_days_since_close >= c.window_days), 0) AS completion_rate,
    sum(net_progress_days) FILTER (WHERE achieved_count > 0)
        / nullif(sum(achieved_count), 0) AS milestone_velocity_days,
    count(*) FILTER (WHERE stalled) AS stalled,
    count(*) FILTER (WHERE stalled) / nullif(count(*) FILTER (WHERE status = 'active'), 0) AS stall_rate,
    avg(handoff_present / 10) AS handoff_quality,
    count(*) FILTER (WHERE days_since_close >= 90 AND (churn_by_s IS NULL OR churn_by_s - close_day >= 90))
        / nullif(count(*) FILTER (WHERE days_since_close >= 90), 0) AS retention_90d_rate,
    count(*) FILTER (WHERE days_since_close >= 7 AND engaged)
        / nullif(count(*) FILTER (WHERE days_since_close >= 7), 0) AS day7_engagement_rate,
    100 * (sum(v.promoters) - sum(v.detractors)) / nullif(sum(v.responses), 0) AS onboarding_nps,
    count(*) FILTER (WHERE adoption_met) / nullif(count(adoption_met), 0) AS adoption_rate
FROM snapshots s
JOIN segment_config c USING (seg)
LEFT JOIN survey_counts v USING (account_id)
GROUP BY c.seg, c.name, cohort
ORDER BY cohort, c.seg;
