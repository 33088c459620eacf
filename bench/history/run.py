#!/usr/bin/env python3
"""History benchmark: ten years of daily sessions against an empty history.

Measures, with medians of several runs and in the same run for both:
  - opening the history as start-up does, and loading the Progress page's data
    (history_bench progress, in-process timers);
  - the app's start-up time to the first frame (unknot --quit-after-first-frame
    under Xvfb, as bench/startup/run.py does).
and prints the ten-years / empty ratios.

    bench/history/run.py [--build build] [--runs 9] [--years 10]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "startup"))
from run import answer_health_questions, start_xvfb, measure  # noqa: E402  (same measurement as the start-up benchmark)


def progress_times(bench, folder, runs):
    out = subprocess.run([bench, "progress", folder, "--runs", str(runs)],
                         check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(os.path.dirname(__file__), "..", "..", "build"))
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()

    unknot = os.path.join(args.build, "unknot")
    bench = os.path.join(args.build, "bench", "history", "history_bench")
    for binary in (unknot, bench):
        if not os.access(binary, os.X_OK):
            sys.exit(f"bench: {binary} is missing; build first")

    root = tempfile.mkdtemp(prefix="unknot-history-bench-")
    folders = {"empty": os.path.join(root, "empty"), "ten years": os.path.join(root, "full")}
    try:
        started = time.perf_counter()
        print(subprocess.run([bench, "generate", folders["ten years"], "--years", str(args.years)],
                             check=True, capture_output=True, text=True).stdout.strip(),
              f"generated in {time.perf_counter() - started:.1f} s")
        subprocess.run([bench, "progress", folders["empty"], "--runs", "1"], check=True,
                       capture_output=True)  # creates the empty database
        for folder in folders.values():  # a returning person: Today is shown, not the questions
            answer_health_questions(folder)
        db = os.path.join(folders["ten years"], "history.sqlite")
        print(f"database: {os.path.getsize(db) / 1024 / 1024:.1f} MiB")

        data = {name: progress_times(bench, folder, args.runs) for name, folder in folders.items()}

        server, display = start_xvfb()
        startup = {name: [] for name in folders}
        try:
            for name, folder in folders.items():  # warm the file cache once
                measure([unknot, "--quit-after-first-frame"],
                        dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", UNKNOT_DATA_DIR=folder))
            for _ in range(args.runs):
                for name, folder in folders.items():
                    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", UNKNOT_DATA_DIR=folder)
                    seconds, _ = measure([unknot, "--quit-after-first-frame"], env)
                    startup[name].append(seconds * 1000)
        finally:
            server.terminate()
    finally:
        shutil.rmtree(root, ignore_errors=True)

    median = {name: statistics.median(values) for name, values in startup.items()}
    print(f"medians of {args.runs} runs          empty    ten years   ratio")
    for label, index in (("open history (start-up)", 0), ("load Progress page data", 1)):
        empty, full = data["empty"][index], data["ten years"][index]
        print(f"  {label:26s} {empty:7.2f} ms {full:8.2f} ms {full / empty:7.2f} x")
    print(f"  {'app start-up, first frame':26s} {median['empty']:7.1f} ms {median['ten years']:8.1f} ms"
          f" {median['ten years'] / median['empty']:7.2f} x")


if __name__ == "__main__":
    main()
