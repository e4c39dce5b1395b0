#!/usr/bin/env python3
"""Reference values for the statistics of outcomes.csv and comparison.csv (SPEC §5).

Prints, from scipy, statsmodels and lifelines, the values that
Tests/StatisticsTests commit (Wilson interval, Katz ratio interval, Fisher's
exact test, log-rank test). With --report DIR --data DIR it also recomputes
every statistic of DIR/outcomes.csv and DIR/comparison.csv from their counts
(and, for the log-rank test, from the accounts and deals) and prints each
cell that differs at 4 significant digits; the sample report is checked with

    py="$(scripts/python-env stats)"
    "$py" scripts/reference/outcomes_statistics.py
    "$py" scripts/reference/outcomes_statistics.py --report reports/example --data sample-data
"""
import argparse
import csv
import datetime
import math
import sys

import numpy as np
from lifelines import KaplanMeierFitter
from lifelines.statistics import logrank_test
from scipy.stats import chi2, fisher_exact
from scipy.stats.contingency import relative_risk
from statsmodels.stats.proportion import proportion_confint

# (successes, trials): Newcombe (1998) Table I examples and boundaries.
WILSON = [(81, 263), (15, 148), (0, 20), (1, 29), (29, 29), (7, 7), (1, 1), (0, 1), (45, 50), (3, 10)]
# (a, n1, c, n2): compared band a/n1, reference band c/n2.
RATIOS = [(60, 80, 40, 70), (5, 12, 9, 10), (1, 20, 15, 18), (30, 30, 25, 30), (12, 12, 9, 9), (2, 7, 3, 5)]
# [[a, b], [c, d]]
FISHER = [
    (3, 1, 1, 3),      # Fisher's lady tasting tea: 17/35
    (6, 2, 1, 4),      # scipy docs example
    (7, 17, 15, 5),
    (10, 0, 0, 10),
    (0, 5, 5, 0),
    (5, 5, 5, 5),
    (60, 20, 40, 30),
    (1, 9, 11, 3),
    (0, 0, 4, 6),
    (120, 30, 300, 150),
    (2, 3, 4, 6),
]
# Freireich et al. (1963) 6-MP leukemia remission data (Cox 1972); "+" censored.
FREIREICH_6MP = "6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+"
FREIREICH_PLACEBO = "1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23"
# Small groups with ties, events and censoring at the same time.
TIES_A = "3 3 5+ 5 8 8 8+ 12 15+"
TIES_B = "2 3 3 5 5 5+ 7 9+ 9"


def parse_times(text):
    times, events = [], []
    for item in text.split():
        times.append(int(item.rstrip("+")))
        events.append(not item.endswith("+"))
    return times, events


def g(x):
    return "nil" if x is None else repr(float(x))


def wilson(k, n):
    return proportion_confint(k, n, alpha=0.05, method="wilson")


def katz(a, n1, c, n2):
    """scipy's relative_risk interval is Katz's log interval with norm.ppf(0.975)."""
    if c == 0:
        return None, None, None
    rr = relative_risk(a, n1, c, n2)
    if a == 0:
        return rr.relative_risk, None, None
    ci = rr.confidence_interval(confidence_level=0.95)
    return rr.relative_risk, ci.low, ci.high


def logrank(a, b):
    ta, ea = parse_times(a)
    tb, eb = parse_times(b)
    r = logrank_test(ta, tb, event_observed_A=ea, event_observed_B=eb)
    return r.test_statistic, r.p_value


def print_unit_references():
    print("// Wilson (statsmodels proportion_confint method='wilson'): (successes, trials, low, high)")
    for k, n in WILSON:
        low, high = wilson(k, n)
        print(f"({k}, {n}, {g(low)}, {g(high)}),")
    print("// Katz ratio (scipy relative_risk, interval with norm.ppf(0.975)): (a, n1, c, n2, ratio, low, high)")
    for a, n1, c, n2 in RATIOS:
        print(f"({a}, {n1}, {c}, {n2}, " + ", ".join(g(x) for x in katz(a, n1, c, n2)) + "),")
    print("// Fisher two-sided (scipy fisher_exact): (a, b, c, d, p)")
    for a, b, c, d in FISHER:
        p = fisher_exact([[a, b], [c, d]], alternative="two-sided").pvalue
        print(f"({a}, {b}, {c}, {d}, {g(p)}),")
    print("// Chi-square 1 df upper tail (scipy chi2.sf): (x, p)")
    for x in [3.841458820694124, 1.0, 6.634896601021214, 10.827566170662733, 50.0, 200.0]:
        print(f"({g(x)}, {g(chi2.sf(x, 1))}),")
    print("// Log-rank (lifelines logrank_test): chi-square, p")
    for name, a, b in [("freireich", FREIREICH_6MP, FREIREICH_PLACEBO), ("ties", TIES_A, TIES_B)]:
        chi, p = logrank(a, b)
        print(f"{name}: ({g(chi)}, {g(p)})")


# ---- checking a report -------------------------------------------------------------------

def same4(ours, theirs):
    """Equal at 4 significant digits (empty cells must both be empty)."""
    if ours == "" or theirs is None or (isinstance(theirs, float) and math.isnan(theirs)):
        return ours == "" and (theirs is None or (isinstance(theirs, float) and math.isnan(theirs)))
    x = float(ours)
    if theirs == 0:
        return abs(x) < 5e-5
    return abs(x - theirs) <= 5e-4 * abs(theirs) + 5e-5


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check_outcomes(report):
    rows = read_csv(f"{report}/outcomes.csv")
    by_key = {(r["factor"], r["band"], r["horizon_days"]): r for r in rows}
    bad = 0
    for r in rows:
        n, k = int(r["eligible"]), int(r["retained"])
        low, high = wilson(k, n)
        checks = [("retention_low", low), ("retention_high", high)]
        ref = by_key.get((r["factor"], r["reference_band"], r["horizon_days"]))
        if r["band"] != r["reference_band"] and ref is not None:
            c, n2 = int(ref["retained"]), int(ref["eligible"])
            ratio, rlow, rhigh = katz(k, n, c, n2)
            p = fisher_exact([[k, n - k], [c, n2 - c]]).pvalue
            checks += [("retention_ratio", ratio), ("ratio_low", rlow), ("ratio_high", rhigh), ("p_value", p)]
        for column, value in checks:
            if not same4(r[column], value):
                bad += 1
                print(f"outcomes.csv {r['factor']} {r['band']} {r['horizon_days']} {column}: {r[column]} vs {value}")
    print(f"outcomes.csv: {len(rows)} rows checked, {bad} cells differ")
    return bad


def customer_hold_days(data, snapshot):
    """account_id -> the set of days a customer hold covers (holds.csv; open holds through S)."""
    covered = {}
    try:
        rows = read_csv(f"{data}/holds.csv")
    except FileNotFoundError:
        return covered
    for h in rows:
        if (h.get("owner") or "customer").strip().lower() != "customer":
            continue
        start = datetime.date.fromisoformat(h["start_date"])
        end = datetime.date.fromisoformat(h["end_date"]) if h.get("end_date") else snapshot + datetime.timedelta(days=1)
        days = covered.setdefault(h["account_id"], set())
        d = start
        while d < end:
            days.add(d)
            d += datetime.timedelta(days=1)
    return covered


def ttv_observations(report, data, accounts_ids):
    """(time, reached) per account, from accounts.csv (TTV on net days, close), deals.csv (churn)
    and holds.csv: censored times are net days too, net(a, b) = days(a, b) minus the days in
    [a, b) a customer hold covers."""
    accounts = {r["account_id"]: r for r in read_csv(f"{report}/accounts.csv")}
    manifest = open(f"{report}/manifest.json", encoding="utf-8").read()
    snapshot = manifest.split('"snapshot"')[1].split('"')[1]
    s = datetime.date.fromisoformat(snapshot)
    churn = {}
    for d in read_csv(f"{data}/deals.csv"):
        if d.get("churn_date"):
            day = datetime.date.fromisoformat(d["churn_date"])
            churn[d["account_id"]] = max(churn.get(d["account_id"], day), day)
    held = customer_hold_days(data, s)

    def net(aid, a, b):
        return (b - a).days - sum(1 for d in held.get(aid, ()) if a <= d < b)

    out = []
    for aid in accounts_ids:
        a = accounts[aid]
        close = datetime.date.fromisoformat(a["close_date"])
        if a["ttv_days"] != "":
            out.append((int(a["ttv_days"]), True))
        elif aid in churn and churn[aid] <= s:
            out.append((net(aid, close, churn[aid]), False))
        else:
            out.append((net(aid, close, s), False))
    return out


def check_comparison(report, data, column, values):
    rows = read_csv(f"{report}/comparison.csv")
    bad = 0
    deals = {}
    for d in read_csv(f"{data}/deals.csv"):
        deals.setdefault(d["account_id"], []).append(d)
    accounts = [r["account_id"] for r in read_csv(f"{report}/accounts.csv")]
    pilot, baseline = [], []
    for aid in accounts:
        first = min(deals[aid], key=lambda d: (d["close_date"], d["deal_id"]))
        (pilot if first.get(column, "").strip().lower() in values else baseline).append(aid)
    for r in rows:
        if r["metric"] == "ttv_km_median_days":
            for side, ids in (("pilot", pilot), ("baseline", baseline)):
                obs = ttv_observations(report, data, ids)
                km = KaplanMeierFitter().fit([t for t, _ in obs], event_observed=[e for _, e in obs])
                median = km.median_survival_time_
                theirs = None if math.isinf(median) else float(median)
                if not same4(r[side], theirs):
                    bad += 1
                    print(f"comparison.csv ttv_km_median_days {side}: {r[side]} vs {theirs}")
        if r["p_value"] == "":
            continue
        if r["test"] == "log_rank":
            a = ttv_observations(report, data, pilot)
            b = ttv_observations(report, data, baseline)
            p = logrank_test([t for t, _ in a], [t for t, _ in b],
                             event_observed_A=[e for _, e in a], event_observed_B=[e for _, e in b]).p_value
        else:
            # The rates' counts: hits = rate × n, rounded (the rates have 4 decimals, n is small enough).
            n1, n2 = int(r["pilot_n"]), int(r["baseline_n"])
            k1, k2 = round(float(r["pilot"]) * n1), round(float(r["baseline"]) * n2)
            p = fisher_exact([[k1, n1 - k1], [k2, n2 - k2]]).pvalue
        if not same4(r["p_value"], p):
            bad += 1
            print(f"comparison.csv {r['metric']} p_value: {r['p_value']} vs {p}")
    print(f"comparison.csv: {len(rows)} rows checked, {bad} cells differ")
    return bad


def print_sample_references(report, data, column, values):
    """Swift test cases from a report: every outcomes.csv table with scipy's values, and the
    comparison's TTV observations with lifelines' log-rank test and medians."""
    rows = read_csv(f"{report}/outcomes.csv")
    by_key = {(r["factor"], r["band"], r["horizon_days"]): r for r in rows}
    print("// (retained, eligible, reference retained, reference eligible, wilson low, high, ratio, low, high, p)")
    seen = set()
    for r in rows:
        ref = by_key.get((r["factor"], r["reference_band"], r["horizon_days"]))
        if r["band"] == r["reference_band"] or ref is None:
            continue
        k, n, c, n2 = int(r["retained"]), int(r["eligible"]), int(ref["retained"]), int(ref["eligible"])
        if (k, n, c, n2) in seen:
            continue
        seen.add((k, n, c, n2))
        low, high = wilson(k, n)
        ratio, rlow, rhigh = katz(k, n, c, n2)
        p = fisher_exact([[k, n - k], [c, n2 - c]]).pvalue
        print(f"({k}, {n}, {c}, {n2}, {g(low)}, {g(high)}, {g(ratio)}, {g(rlow)}, {g(rhigh)}, {g(p)}),")
    deals = {}
    for d in read_csv(f"{data}/deals.csv"):
        deals.setdefault(d["account_id"], d.get(column, "").strip().lower())
    accounts = [r["account_id"] for r in read_csv(f"{report}/accounts.csv")]
    pilot = [a for a in accounts if deals.get(a) in values]
    baseline = [a for a in accounts if deals.get(a) not in values]
    sides = [ttv_observations(report, data, ids) for ids in (pilot, baseline)]
    for name, obs in zip(("pilot", "baseline"), sides):
        text = " ".join(f"{t}" if e else f"{t}+" for t, e in sorted(obs))
        km = KaplanMeierFitter().fit([t for t, _ in obs], event_observed=[e for _, e in obs])
        print(f"// {name}: {len(obs)} observations, lifelines median {km.median_survival_time_}")
        print(f'static let {name} = "{text}"')
    r = logrank_test([t for t, _ in sides[0]], [t for t, _ in sides[1]],
                     event_observed_A=[e for _, e in sides[0]], event_observed_B=[e for _, e in sides[1]])
    print(f"// lifelines logrank_test: chi-square {g(r.test_statistic)}, p {g(r.p_value)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", help="a report directory holding outcomes.csv (and comparison.csv)")
    parser.add_argument("--data", help="the exports the report was made from (deals.csv)")
    parser.add_argument("--pilot-column", default="track")
    parser.add_argument("--pilot-values", default="pilot")
    parser.add_argument("--record", action="store_true",
                        help="print the report's tables and TTV observations as Swift test cases")
    args = parser.parse_args()
    if args.record:
        print_sample_references(args.report, args.data, args.pilot_column, args.pilot_values.split(","))
        return 0
    if not args.report:
        print_unit_references()
        return 0
    bad = check_outcomes(args.report)
    try:
        open(f"{args.report}/comparison.csv").close()
        bad += check_comparison(args.report, args.data, args.pilot_column, args.pilot_values.split(","))
    except FileNotFoundError:
        pass
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
