#!/usr/bin/env python3
"""Checks a report's ttv_survival.csv against lifelines' KaplanMeierFitter (SPEC §5).

Re-run:  py="$(scripts/python-env stats)"
         "$py" scripts/reference/ttv_survival_sample.py reports/example/week/2026-W47 sample-data

Observations are rebuilt here, independently of the Swift code, from facts: close and first
value dates from the report's accounts.csv, churn dates from deals.csv, customer holds from
holds.csv. Each account is reached at net(close, first value), else censored at
net(close, churn) when it churned by S, else at net(close, S). Then every row's KM median and
interval must match exactly and every rate to 4 decimals. Prints one line per group and exits
1 on any difference.
"""
import json
import re
from fractions import Fraction
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from lifelines import KaplanMeierFitter
from lifelines.utils import median_survival_times

warnings.simplefilter("ignore")
WON = {"closed_won", "closedwon", "won"}


def norm(text):
    return re.sub(r"[\s.\-]+", "_", str(text).strip().lower())


def dates(series):
    parsed = pd.to_datetime(series, format="mixed", errors="coerce", utc=True)
    return parsed.dt.tz_localize(None).dt.normalize()


def customer_holds(data_dir, snapshot):
    path = Path(data_dir) / "holds.csv"
    holds = {}
    if not path.exists():
        return holds
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.columns = [norm(c) for c in frame.columns]
    for row in frame.itertuples():
        owner = norm(row.owner) if row.owner.strip() else "customer"
        if owner != "customer":
            continue
        start = dates(pd.Series([row.start_date]))[0]
        end = dates(pd.Series([row.end_date]))[0] if row.end_date.strip() else snapshot + pd.Timedelta(days=1)
        if pd.isna(start) or pd.isna(end) or end < start:
            continue
        holds.setdefault(row.account_id.strip(), []).append((start, end))
    return holds


def net(a, b, runs):
    """days(a, b) minus the days a <= d < b some customer hold covers (each day once)."""
    days = (b - a).days
    covered = set()
    for start, end in runs:
        low, high = max(start, a), min(end, b)
        for k in range((high - low).days):
            covered.add(low + pd.Timedelta(days=k))
    return days - len(covered)


def churn_dates(data_dir):
    deals = pd.read_csv(Path(data_dir) / "deals.csv", dtype=str, keep_default_na=False)
    deals.columns = [norm(c) for c in deals.columns]
    deals = deals[deals["stage"].map(norm).isin(WON)]
    deals = deals.assign(churn=dates(deals["churn_date"]), account=deals["account_id"].str.strip())
    return deals.dropna(subset=["churn"]).groupby("account")["churn"].max().to_dict()


def exact_median(group):
    """The smallest t with S(t) <= 1/2, S in exact fractions; None when never."""
    survival = Fraction(1)
    for t in sorted(set(group.loc[group["e"] == 1, "t"])):
        at_risk = int((group["t"] >= t).sum())
        reached = int(((group["t"] == t) & (group["e"] == 1)).sum())
        survival *= Fraction(at_risk - reached, at_risk)
        if survival <= Fraction(1, 2):
            return t
    return None


def expected(group, target):
    kmf = KaplanMeierFitter().fit(group["t"], event_observed=group["e"])
    ci = kmf.confidence_interval_survival_function_
    lower = [c for c in ci.columns if "lower" in c][0]
    upper = [c for c in ci.columns if "upper" in c][0]
    interval = median_survival_times(ci)

    def day(value):
        return "" if np.isinf(value) else str(int(value))

    def at(frame_or_series, t):
        return float(frame_or_series.loc[:t].iloc[-1]) if t >= frame_or_series.index[0] else 1.0

    sf = kmf.survival_function_.iloc[:, 0]
    # lifelines computes S as exp(sum of logs): where S is exactly 1/2 it may land at
    # 0.5000000000000001 and put its median one event later. The SPEC's median is the exact
    # one (S <= 0.5); such groups are printed as "lifelines off by rounding".
    exact = exact_median(group)
    median = "" if exact is None else str(int(exact))
    lifelines_median = day(kmf.median_survival_time_)
    if lifelines_median != median:
        print(f"  lifelines off by rounding: S({median}) = {sf.loc[exact]!r}, exact 1/2; "
              f"lifelines median {lifelines_median}")
    out = {
        "km_median_days": median,
        "km_median_low": day(interval[lower].iloc[0]),
        "km_median_high": day(interval[upper].iloc[0]),
        "reached_by_30d_rate": f"{1 - at(sf, 30):.4f}",
        "reached_by_60d_rate": f"{1 - at(sf, 60):.4f}",
        "reached_by_90d_rate": f"{1 - at(sf, 90):.4f}",
    }
    if target is not None:
        out["reached_by_target_rate"] = f"{1 - at(sf, target):.4f}"
        out["reached_by_target_low"] = f"{1 - at(ci[upper], target):.4f}"
        out["reached_by_target_high"] = f"{1 - at(ci[lower], target):.4f}"
    return out


def main(report_dir, data_dir):
    report = Path(report_dir)
    snapshot = pd.Timestamp(json.loads((report / "manifest.json").read_text())["snapshot"])
    accounts = pd.read_csv(report / "accounts.csv", dtype=str, keep_default_na=False)
    survival = pd.read_csv(report / "ttv_survival.csv", dtype=str, keep_default_na=False)
    holds = customer_holds(data_dir, snapshot)
    churns = churn_dates(data_dir)
    rows = []
    for a in accounts.itertuples():
        close = pd.Timestamp(a.close_date)
        runs = holds.get(a.account_id, [])
        if a.first_value_date:
            rows.append((a.segment, a.cohort, net(close, pd.Timestamp(a.first_value_date), runs), 1))
            continue
        churn = churns.get(a.account_id)
        end = churn if churn is not None and churn <= snapshot and churn >= close else snapshot
        rows.append((a.segment, a.cohort, net(close, end, runs), 0))
    obs = pd.DataFrame(rows, columns=["segment", "cohort", "t", "e"])
    # The TTV target of each segment: reached_by_target is 1 − Ŝ(target); read it back from
    # the config the report used is out of scope here, so the defaults of SPEC §4 are used.
    targets = {"enterprise": 60, "mid_market": 30, "smb": 14}
    failures = 0
    for row in survival.itertuples():
        group = obs
        if row.segment != "all":
            group = group[group["segment"] == row.segment]
        if row.cohort != "all":
            group = group[group["cohort"] == row.cohort]
        if len(group) == 0:
            print(f"{row.segment} {row.cohort}: empty")
            continue
        want = expected(group, None if row.segment == "all" else targets.get(row.segment))
        got = {k: getattr(row, k) for k in want}
        bad = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
        status = "OK" if not bad and int(row.accounts) == len(group) else f"DIFF {bad}"
        failures += status != "OK"
        print(f"{row.segment} {row.cohort}: n={len(group)} median={want['km_median_days'] or '-'} {status}")
    print(f"{len(survival)} rows, {failures} differing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
