"""The warehouse identity test (SPEC §10), run by scripts/test-warehouse.

For each data set (the 400-account sample-data, and Tests/WarehouseFixtures/edge
with the timestamp spellings, offsets across midnight, rejected rows and
unknown accounts where the SQL and the product could disagree), and for each
engine (DuckDB, Spark local mode), it rolls events.csv up with
scripts/warehouse-rollup, runs onboarding-report on the raw data and on the
same data with the rollup files (events_daily.csv, events_users.csv) in place
of events.csv, and checks:

  * the two reports have the same files under the same window label, and
    every CSV file is byte-identical, except the rows of rejects.csv that come
    from the events input (their file name and line differ by nature): those
    must stand for as many events on both sides (a rollup row stands for its
    `events`), with every other row identical;
  * on the edge data, day7_engaged and first_value_date per account are the
    hand-computed lists in expected_<column>.txt (so the identity is not that
    of two empty columns).

Prints one line per check and the closing line "warehouse: N passed, N failed".
"""

import argparse
import csv
import filecmp
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATASETS = [("sample", REPO / "sample-data", "week"), ("edge", REPO / "Tests/WarehouseFixtures/edge", "day")]


def run_report(binary, data, out, period):
    env = dict(os.environ, ONBOARDING_REPORT_TODAY="2026-11-23")
    result = subprocess.run([str(binary), "run", "--quiet", "--data", str(data), "--out", str(out),
                             "--period", period], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"onboarding-report run --data {data} exited {result.returncode}: {result.stderr.strip()}")


def report_files(out):
    """Relative paths of every file of the report (label folders, not the `latest` link)."""
    files = set()
    for root, dirs, names in os.walk(out):
        for name in names:
            path = Path(root) / name
            if not path.is_symlink():
                files.add(path.relative_to(out))
    return files


def rejects_split(path):
    """rejects.csv rows: (those of other files, as text), (events the event-file rejects stand for)."""
    other, events = [], 0
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            if row[0] == "events.csv":
                events += 1
            elif row[0] == "events_daily.csv":
                raw = next(csv.reader(io.StringIO(row[3])))
                events += int(raw[-1]) if raw[-1].isdigit() else 1
            else:
                other.append(row)
    return other, events


def compare(raw_out, rollup_out):
    """Differences between the raw-events report and the rollup's, as messages."""
    problems = []
    raw_files, rollup_files = report_files(raw_out), report_files(rollup_out)
    if raw_files != rollup_files:
        problems.append(f"files differ: only raw {sorted(map(str, raw_files - rollup_files))}, "
                        f"only rollup {sorted(map(str, rollup_files - raw_files))}")
    for rel in sorted(raw_files & rollup_files):
        if rel.suffix != ".csv":
            continue
        if rel.name == "rejects.csv":
            if rejects_split(raw_out / rel) != rejects_split(rollup_out / rel):
                problems.append(f"{rel}: rejects differ ({rejects_split(raw_out / rel)[1]} raw events rejected, "
                                f"{rejects_split(rollup_out / rel)[1]} in the rollup)")
        elif not filecmp.cmp(raw_out / rel, rollup_out / rel, shallow=False):
            problems.append(f"{rel}: differs")
    return problems


def accounts_column(out, column):
    [accounts] = [out / rel for rel in report_files(out) if rel.name == "accounts.csv"]
    with open(accounts, newline="", encoding="utf-8") as f:
        return [row[column] for row in csv.DictReader(f)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="the built onboarding-report")
    parser.add_argument("--work", required=True, help="an empty folder for rollups, data and reports")
    parser.add_argument("--engines", default="duckdb,spark")
    args = parser.parse_args()
    work = Path(args.work)
    passed = failed = 0

    def check(name, problems):
        nonlocal passed, failed
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(problems))
        else:
            passed += 1
            print(f"ok   {name}")

    for engine in args.engines.split(","):
        pairs = []
        for name, data, _ in DATASETS:
            pairs += ["--events", str(data / "events.csv"), "--out", str(work / "rollups" / engine / name)]
        subprocess.run([str(REPO / "scripts/warehouse-rollup"), "--engine", engine, *pairs], check=True)

    for name, data, period in DATASETS:
        raw_data = work / "data" / f"{name}-raw"
        shutil.copytree(data, raw_data)
        for expected_file in raw_data.glob("expected_*.txt"):
            expected_file.unlink()
        run_report(args.binary, raw_data, work / "reports" / f"{name}-raw", period)
        for expected_file in sorted(data.glob("expected_*.txt")):
            column = expected_file.stem.removeprefix("expected_")
            expected = expected_file.read_text().split("\n")[:-1]
            actual = accounts_column(work / "reports" / f"{name}-raw", column)
            check(f"{name}: {column} of the raw report is the hand-computed one",
                  [] if actual == expected else [f"expected {expected}, found {actual}"])
        for engine in args.engines.split(","):
            rollup_data = work / "data" / f"{name}-{engine}"
            shutil.copytree(raw_data, rollup_data)
            (rollup_data / "events.csv").unlink()
            for rollup in sorted((work / "rollups" / engine / name).glob("*.csv")):
                shutil.copy(rollup, rollup_data)
            out = work / "reports" / f"{name}-{engine}"
            run_report(args.binary, rollup_data, out, period)
            check(f"{name}: report from the {engine} rollup is the raw events' report",
                  compare(work / "reports" / f"{name}-raw", out))

    print(f"warehouse: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
