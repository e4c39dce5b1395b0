"""scripts/warehouse-rollup: raw events CSV -> engine -> dbt models -> rollup CSVs.

Loads the raw events file into DuckDB (in-process) or Spark (local mode, one
PySpark session), runs the dbt project in warehouse/ with dbt-duckdb or
dbt-spark (method: session) in this same process, and writes each rollup the
product reads into the output folder as CSV, rows sorted by every column in
byte order, so the same events give the same bytes on either engine.
"""

import argparse
import csv
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import engines  # noqa: E402  (beside this file)

REPO = Path(__file__).resolve().parents[2]
PROJECT = REPO / "warehouse"

# The models the product reads, their file names and column order.
ROLLUPS = [
    ("events_daily", "events_daily.csv", ["account_id", "event_date", "event", "events"]),
    ("events_users", "events_users.csv", ["account_id", "user_id", "event", "first_date"]),
]

REQUIRED = ["account_id", "occurred_at", "event"]
OPTIONAL = ["user_id"]


def normalized_name(name):
    """A header as the product reads it (NameNormalization.swift): trimmed,
    lowercased, runs of whitespace, hyphens and dots turned into one '_'."""
    out, in_run = [], False
    for ch in name.strip().lower():
        if ch.isspace() or ch in "-.":
            if not in_run:
                out.append("_")
            in_run = True
        else:
            out.append(ch)
            in_run = False
    return "".join(out)


def event_columns(path, delimiter):
    """Position of each canonical column in the file's header row."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        header = next(csv.reader(f, delimiter=delimiter), None)
    if header is None:
        sys.exit(f"warehouse-rollup: {path} is empty; it needs a header row naming "
                 + ", ".join(REQUIRED) + ", then one row per event.")
    positions = {}
    for i, name in enumerate(header):
        key = normalized_name(name)
        if key in REQUIRED + OPTIONAL:
            if key in positions:
                sys.exit(f"warehouse-rollup: {path}: columns {positions[key] + 1} and {i + 1} are both "
                         f"'{key}'; remove one.")
            positions[key] = i
    missing = [c for c in REQUIRED if c not in positions]
    if missing:
        sys.exit(f"warehouse-rollup: {path}: no column {', '.join(missing)} in the header "
                 f"({', '.join(header)}); name the columns account_id, occurred_at, event, user_id.")
    return len(header), positions


def profiles(engine, work):
    """profiles.yml for this run: DuckDB in a file in `work`, Spark in this process's session."""
    if engine == "duckdb":
        output = {"type": "duckdb", "path": str(work / "rollup.duckdb"), "schema": "main", "threads": 1}
    else:
        output = {"type": "spark", "method": "session", "host": "NA", "schema": "onboarding", "threads": 1}
    return {"onboarding_rollup": {"target": engine, "outputs": {engine: output}}}


def run_dbt(engine, work, variables, verbose):
    from dbt.cli.main import dbtRunner

    (work / "profiles.yml").write_text(json.dumps(profiles(engine, work)))
    args = ["run", "--project-dir", str(PROJECT), "--profiles-dir", str(work), "--target", engine,
            "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
            "--vars", json.dumps(variables)]
    if not verbose:
        args.insert(0, "--quiet")
    result = dbtRunner().invoke(args)
    if not result.success:
        sys.exit(f"warehouse-rollup: dbt run failed on {engine} (logs in {work / 'logs'}): {result.exception or ''}")


def write_rollup(rows, path, columns):
    """Writes rows (tuples in `columns` order) as RFC 4180 CSV with LF line ends; null is empty."""
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", required=True, choices=["duckdb", "spark"])
    parser.add_argument("--events", required=True, action="append",
                        help="the raw events CSV (account_id, occurred_at, event, user_id); repeat --events FILE "
                             "--out DIR to roll several files up in one engine session")
    parser.add_argument("--out", required=True, action="append",
                        help="folder for events_daily.csv and events_users.csv (created when absent)")
    parser.add_argument("--delimiter", default=",", help="the events file's field separator (default ,)")
    parser.add_argument("--keep-work", action="store_true", help="keep the work folder (database, dbt logs)")
    parser.add_argument("--verbose", action="store_true", help="dbt's own progress lines")
    args = parser.parse_args()
    if len(args.events) != len(args.out):
        parser.error("give one --out DIR for each --events FILE")
    jobs = []
    for events, out in zip(args.events, args.out):
        events = Path(events).resolve()
        if not events.is_file():
            sys.exit(f"warehouse-rollup: {events} is not a file; pass the raw events CSV with --events.")
        jobs.append((events, Path(out), event_columns(events, args.delimiter)))
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    os.environ.setdefault("DBT_VERSION_CHECK", "false")

    work = Path(tempfile.mkdtemp(prefix=f"warehouse-rollup-{args.engine}-"))
    try:
        started = time.monotonic()
        engine = engines.open_engine(args.engine, work)
        print(f"warehouse-rollup ({args.engine}): engine up in {time.monotonic() - started:.1f} s", file=sys.stderr)
        for events, out, (width, positions) in jobs:
            roll_up(engine, args, work, events, out, width, positions)
        engine.close()
    finally:
        if args.keep_work:
            print(f"work folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def roll_up(engine, args, work, events, out, width, positions):
    """Loads one events file, runs the models on it and writes its rollups into `out`."""
    started = time.monotonic()
    source = engine.load_events(events, args.delimiter, width, positions)
    loaded = time.monotonic()
    columns = {c: c for c in REQUIRED + OPTIONAL}
    run_dbt(args.engine, work, {"events_schema": source[0], "events_table": source[1],
                                "events_columns": columns}, args.verbose)
    ran = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    counts = [f"{file_name} {write_rollup(engine.sorted_rows(model, names), out / file_name, names)} rows"
              for model, file_name, names in ROLLUPS]
    print(f"warehouse-rollup ({args.engine}) {events.name} -> {out}: {', '.join(counts)}; load "
          f"{loaded - started:.1f} s, dbt run {ran - loaded:.1f} s, export {time.monotonic() - ran:.1f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
