"""Runs scripts/bench/cohorts.sql in DuckDB (default threads) over a data folder.

Usage: duckdb_cohorts.py DATA_DIR SNAPSHOT OUT_CSV
Writes the cohort rows to OUT_CSV, unrounded. One process per run, so that the
benchmark driver measures DuckDB's time and peak memory as a child process.
"""
import csv
import os
import sys
import tempfile

import duckdb


def main() -> None:
    data_dir, snapshot, out_csv = sys.argv[1:4]
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cohorts.sql"), encoding="utf-8") as f:
        script = f.read()
    con = duckdb.connect()
    con.execute("SET VARIABLE data_dir = ?", [data_dir])
    con.execute("SET VARIABLE snapshot = CAST(? AS DATE)", [snapshot])
    # holds.csv is optional: without one, a header-only stand-in means "no holds".
    holds = os.path.join(data_dir, "holds.csv")
    if not os.path.exists(holds):
        stand_in = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False)
        stand_in.write("account_id,start_date,end_date,owner,reason\n")
        stand_in.close()
        holds = stand_in.name
    con.execute("SET VARIABLE holds_path = ?", [holds])
    # The script's last statement is the cohort query; execute() returns its result.
    result = con.execute(script)
    header = [column[0] for column in result.description]
    rows = result.fetchall()
    with open(out_csv, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(["" if value is None else value for value in row] for row in rows)


if __name__ == "__main__":
    main()
