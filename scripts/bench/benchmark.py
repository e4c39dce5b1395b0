"""Benchmark driver: onboarding-report beside DuckDB on the same exports (SPEC §9).

Runs `onboarding-report run` and DuckDB executing cohorts.sql on the same CSVs,
interleaved, several times each; measures every run as a child process (wall time,
user+sys CPU time, peak RSS from wait4); prints medians and ratios beside the targets;
checks that both produced the same cohorts.csv figures and that our report keeps its
invariants (report-invariants); then repeats with the events doubled to show that memory
does not grow with events.

Called by scripts/benchmark, which builds the release binaries and the venv first.
"""
import argparse
import csv
import datetime
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(ROOT, ".build-bench")
BINARY = os.path.join(ROOT, ".build", "release", "onboarding-report")
CHECKER = os.path.join(ROOT, ".build", "release", "report-invariants")
OURS_OUT = os.path.join(CACHE, "out-ours")

WALL_RATIO_TARGET = 0.75
RSS_TARGET_MIB = 512
FLAT_MEMORY_TARGET = 1.10

COUNT_COLUMNS = {"accounts", "active", "complete", "churned", "ttv_n", "stalled"}
RATE_COLUMNS = {"ttv_within_target_rate", "completion_rate", "stall_rate", "handoff_quality",
                "retention_90d_rate", "day7_engagement_rate", "adoption_rate"}
# Day statistics and NPS are written with one decimal.
ONE_DECIMAL_COLUMNS = {"ttv_median_days", "ttv_p90_days", "milestone_velocity_days", "onboarding_nps"}
TOLERANCE = {**{c: 0.0001 for c in RATE_COLUMNS}, **{c: 0.05 for c in ONE_DECIMAL_COLUMNS}}


@dataclass
class Measurement:
    wall: float
    cpu: float
    rss_mib: float


def run_measured(argv: list[str], **kwargs) -> Measurement:
    """Runs one child to completion and measures it alone (wait4 gives its own rusage)."""
    start = time.monotonic()
    child = subprocess.Popen(argv, **kwargs)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"benchmark: {' '.join(argv)} exited with {child.returncode}")
    # Linux reports ru_maxrss in KiB.
    return Measurement(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def workload_key(accounts: int, seed: int) -> str:
    """Cache key: the generator's sources, so a changed generator makes a new workload."""
    digest = hashlib.sha256()
    folder = os.path.join(ROOT, "Sources", "SampleExports")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            digest.update(name.encode() + f.read())
    return f"w{accounts}-s{seed}-{digest.hexdigest()[:10]}"


def ensure_grouped(base: str) -> str:
    """The same workload with events.csv grouped by account (time order kept within an
    account): the row order the generator used to write, to show speed does not depend on it."""
    grouped = base + "-grouped"
    done = os.path.join(grouped, ".complete")
    if not os.path.exists(done):
        shutil.rmtree(grouped, ignore_errors=True)
        os.makedirs(grouped)
        for name in os.listdir(base):
            if name not in ("events.csv", ".complete"):
                os.symlink(os.path.join(base, name), os.path.join(grouped, name))
        with open(os.path.join(base, "events.csv"), "rb") as source, \
                open(os.path.join(grouped, "events.csv"), "wb") as target:
            header = source.readline()
            target.write(header)
            target.flush()
            # Position the descriptor itself after the header: readline read ahead into its
            # buffer, and a seek inside the buffer would not move the descriptor.
            os.lseek(source.fileno(), len(header), os.SEEK_SET)
            # A stable external sort on the account id (no event field holds a comma).
            subprocess.run(["sort", "-s", "-t", ",", "-k1,1", "-S", "256M"], stdin=source, stdout=target,
                           env={**os.environ, "LC_ALL": "C"}, check=True)
        open(done, "w").close()
    return grouped


def ensure_workload(accounts: int, seed: int) -> tuple[str, str]:
    """The sample workload and its events-doubled twin, generated once and cached."""
    base = os.path.join(CACHE, workload_key(accounts, seed))
    done = os.path.join(base, ".complete")
    if not os.path.exists(done):
        shutil.rmtree(base, ignore_errors=True)
        print(f"Generating the workload ({accounts:,} accounts, seed {seed}) in {base} ...", flush=True)
        m = run_measured([BINARY, "sample", "--accounts", str(accounts), "--seed", str(seed), "--out", base])
        print(f"  generated in {m.wall:.1f} s wall, {m.cpu:.1f} s CPU, peak {m.rss_mib:.0f} MiB", flush=True)
        open(done, "w").close()
    doubled = base + "-events2x"
    done2 = os.path.join(doubled, ".complete")
    if not os.path.exists(done2):
        shutil.rmtree(doubled, ignore_errors=True)
        os.makedirs(doubled)
        for name in os.listdir(base):
            if name not in ("events.csv", ".complete"):
                os.symlink(os.path.join(base, name), os.path.join(doubled, name))
        # Same accounts, deals and milestones; every event row twice.
        with open(os.path.join(base, "events.csv"), "rb") as source, \
                open(os.path.join(doubled, "events.csv"), "wb") as target:
            header = source.readline()
            target.write(header)
            for _ in range(2):
                source.seek(len(header))
                shutil.copyfileobj(source, target, 1 << 24)
        open(done2, "w").close()
    return base, doubled


def snapshot_of(as_of: datetime.date) -> datetime.date:
    """The `week` report's snapshot: the last Sunday on or before as-of (SPEC §2)."""
    return as_of - datetime.timedelta(days=as_of.isoweekday() % 7)


def run_pair(data: str, as_of: str, snapshot: str, runs: int, label: str):
    """Runs both tools `runs` times; the last run's report stays in OURS_OUT for the checks."""
    ours_out = OURS_OUT
    duck_csv = os.path.join(CACHE, "out-duckdb-cohorts.csv")
    ours: list[Measurement] = []
    duck: list[Measurement] = []
    for i in range(runs):
        shutil.rmtree(ours_out, ignore_errors=True)
        ours.append(run_measured([BINARY, "run", "--data", data, "--out", ours_out, "--as-of", as_of, "--quiet"]))
        duck.append(run_measured([sys.executable, os.path.join(HERE, "duckdb_cohorts.py"), data, snapshot, duck_csv]))
        print(f"  {label} run {i + 1}/{runs}: ours {ours[-1].wall:.2f} s, {ours[-1].rss_mib:.0f} MiB; "
              f"DuckDB {duck[-1].wall:.2f} s, {duck[-1].rss_mib:.0f} MiB", flush=True)
    return ours, duck, os.path.join(ours_out, "week", "latest", "cohorts.csv"), duck_csv


def median(values: list[Measurement], field: str) -> float:
    return statistics.median(getattr(m, field) for m in values)


def print_table(ours: list[Measurement], duck: list[Measurement]) -> None:
    rows = [
        ("wall time (s)", "wall", f"ours/DuckDB <= {WALL_RATIO_TARGET}", WALL_RATIO_TARGET),
        ("CPU time user+sys (s)", "cpu", "", None),
        ("peak RSS (MiB)", "rss_mib", f"ours <= {RSS_TARGET_MIB} MiB", None),
    ]
    print(f"{'median of ' + str(len(ours)) + ' runs':<24}{'ours':>10}{'DuckDB':>10}{'ours/DuckDB':>13}  target")
    for title, field, target, limit in rows:
        a, b = median(ours, field), median(duck, field)
        verdict = ""
        if field == "wall":
            verdict = "met" if a / b <= limit else "NOT met"
        elif field == "rss_mib":
            verdict = "met" if a <= RSS_TARGET_MIB else "NOT met"
        print(f"{title:<24}{a:>10.2f}{b:>10.2f}{a / b:>13.2f}  {target} {verdict}".rstrip())


def read_rows(path: str) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def compare(ours_path: str, duck_path: str, limit: int = 10) -> bool:
    """Every column of every row: counts exact, rates within 0.0001, days and NPS within 0.05."""
    ours, duck = read_rows(ours_path), read_rows(duck_path)
    problems: list[str] = []
    if len(ours) != len(duck):
        problems.append(f"row count: ours {len(ours)}, DuckDB {len(duck)}")
    for index, (a, b) in enumerate(zip(ours, duck), start=1):
        key = f"row {index} ({a.get('segment')} {a.get('cohort')})"
        if (a["segment"], a["cohort"]) != (b["segment"], b["cohort"]):
            problems.append(f"{key}: DuckDB has {b['segment']} {b['cohort']}")
            continue
        for column, ours_value in a.items():
            if column in ("segment", "cohort"):
                continue
            duck_value = b.get(column, "")
            if ours_value == "" or duck_value == "":
                if ours_value != duck_value:
                    problems.append(f"{key} {column}: ours '{ours_value}', DuckDB '{duck_value}'")
                continue
            if column in COUNT_COLUMNS:
                same = int(ours_value) == int(float(duck_value))
            else:
                # The product rounds to its printed decimals; allow that and float noise.
                same = abs(float(ours_value) - float(duck_value)) <= TOLERANCE[column] + 1e-9
            if not same:
                problems.append(f"{key} {column}: ours {ours_value}, DuckDB {duck_value}")
    if problems:
        print(f"Agreement: FAIL ({len(problems)} differences; first {min(limit, len(problems))}):")
        for line in problems[:limit]:
            print(f"  {line}")
        return False
    columns = len(ours[0]) if ours else 0
    print(f"Agreement: PASS ({len(ours)} cohort rows x {columns} columns; counts exact, "
          "rates within 0.0001, days and NPS within 0.05)")
    return True


def check_invariants(limit: int = 10) -> bool:
    """Runs report-invariants on the report the last run published (its week/latest)."""
    report = os.path.relpath(os.path.join(OURS_OUT, "week", "latest"), ROOT)
    result = subprocess.run([CHECKER, report], capture_output=True, text=True, cwd=ROOT)
    if result.returncode == 0:
        print(f"Report invariants: PASS ({report})")
        return True
    # report-invariants prints each broken invariant, then a line that counts them.
    *broken, total = result.stdout.splitlines() or [result.stderr.strip()]
    print(f"Report invariants: FAIL ({total})")
    for line in broken[:limit]:
        print(f"  {line}")
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each tool per workload (default 3)")
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as-of", default="2026-11-22", help="fixed as-of date of every run")
    parser.add_argument("--skip-doubled", action="store_true", help="skip the 2x-events memory run")
    args = parser.parse_args()

    base, doubled = ensure_workload(args.accounts, args.seed)
    snapshot = snapshot_of(datetime.date.fromisoformat(args.as_of)).isoformat()
    load = os.getloadavg()[0]
    print(f"Workload {base}: {args.runs} interleaved runs each; as-of {args.as_of}, snapshot {snapshot}; "
          f"{os.cpu_count()} cores; load average {load:.1f} at start", flush=True)
    ours, duck, ours_cohorts, duck_cohorts = run_pair(base, args.as_of, snapshot, args.runs, "10M events")
    print("\nEvents in time order across accounts (as exports write them):")
    print_table(ours, duck)
    agreed = compare(ours_cohorts, duck_cohorts)
    invariants = check_invariants()

    grouped = ensure_grouped(base)
    print()
    ours_g, duck_g, ours_cohorts_g, duck_cohorts_g = run_pair(grouped, args.as_of, snapshot, args.runs,
                                                              "grouped events")
    print("\nThe same events grouped by account:")
    print_table(ours_g, duck_g)
    agreed = compare(ours_cohorts_g, duck_cohorts_g) and agreed
    invariants = check_invariants() and invariants
    t, g = median(ours, "wall"), median(ours_g, "wall")
    rt, rg = median(ours, "rss_mib"), median(ours_g, "rss_mib")
    verdict = "met" if max(t, g) / min(t, g) <= 1.10 else "NOT met"
    print(f"{'ours, median':<24}{'time order':>12}{'grouped':>12}{'ratio':>10}  target")
    print(f"{'wall time (s)':<24}{t:>12.2f}{g:>12.2f}{t / g:>10.2f}  within 10% {verdict}")
    print(f"{'peak RSS (MiB)':<24}{rt:>12.0f}{rg:>12.0f}{rt / rg:>10.2f}")

    if not args.skip_doubled:
        print()
        ours2, duck2, _, _ = run_pair(doubled, args.as_of, snapshot, args.runs, "20M events")
        a1, a2 = median(ours, "rss_mib"), median(ours2, "rss_mib")
        b1, b2 = median(duck, "rss_mib"), median(duck2, "rss_mib")
        print(f"\n{'peak RSS (MiB), median':<24}{'10M events':>12}{'20M events':>12}{'20M/10M':>10}  target")
        verdict = "met" if a2 / a1 <= FLAT_MEMORY_TARGET else "NOT met"
        print(f"{'ours':<24}{a1:>12.0f}{a2:>12.0f}{a2 / a1:>10.2f}  <= {FLAT_MEMORY_TARGET:.2f} {verdict}")
        print(f"{'DuckDB':<24}{b1:>12.0f}{b2:>12.0f}{b2 / b1:>10.2f}")
        print(f"{'wall (s), median: ours':<24}{median(ours, 'wall'):>12.2f}{median(ours2, 'wall'):>12.2f}")
    print(f"\nLoad average at the end: {os.getloadavg()[0]:.1f} (other work on the machine skews absolute times; "
          "the ratios come from interleaved runs)")
    sys.exit(0 if agreed and invariants else 1)


if __name__ == "__main__":
    main()
