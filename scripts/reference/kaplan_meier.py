#!/usr/bin/env python3
"""Reference values for Tests/StatisticsTests/KaplanMeierTests.swift, from lifelines.

Re-run: py="$(scripts/python-env stats)"; "$py" scripts/reference/kaplan_meier.py
Prints, per case, every event time with S(t) and the 95% band (lifelines' default:
exponential Greenwood, i.e. log(-log S)), then the median and the median's interval.
"""
import warnings

import numpy as np
from lifelines import KaplanMeierFitter
from lifelines.utils import median_survival_times

warnings.simplefilter("ignore")

CASES = {
    # Freireich et al. (1963) 6-MP arm, as tabulated in Kleinbaum & Klein,
    # "Survival Analysis: A Self-Learning Text", ch. 2 (a trailing * there = censored).
    "six_mp": (
        [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35],
        [1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0],
    ),
    # Ties: on day 5 two reach and one is censored; the censored one is at risk on day 5.
    "ties": ([2, 5, 5, 5, 8, 8, 9, 12], [1, 1, 1, 0, 1, 0, 1, 0]),
    # Median never reached: S stays above 0.5.
    "not_reached": ([3, 10, 10, 20, 20, 20], [1, 0, 0, 0, 0, 0]),
    # Exactly one half: 2 of 4 reach on day 4 (S = 0.5 exactly, median 4).
    "half": ([4, 4, 7, 9], [1, 1, 0, 0]),
}


def main():
    for name, (durations, events) in CASES.items():
        kmf = KaplanMeierFitter().fit(durations, event_observed=events)
        sf = kmf.survival_function_.iloc[:, 0]
        ci = kmf.confidence_interval_survival_function_
        lower_col = [c for c in ci.columns if "lower" in c][0]
        upper_col = [c for c in ci.columns if "upper" in c][0]
        print(f"== {name}")
        table = kmf.event_table
        for t in sf.index:
            if t == 0 or table.loc[t, "observed"] == 0:
                continue
            print(f"t={int(t)} S={sf[t]:.10f} lower={ci.loc[t, lower_col]:.10f} "
                  f"upper={ci.loc[t, upper_col]:.10f} S_repr={sf[t]!r}")
        median = kmf.median_survival_time_
        interval = median_survival_times(ci)
        print(f"median={median} median_lower={interval[lower_col].iloc[0]} "
              f"median_upper={interval[upper_col].iloc[0]}")
        for d in (5, 10, 30):
            print(f"reached_by({d})={1 - kmf.predict(d):.10f}")


if __name__ == "__main__":
    main()
