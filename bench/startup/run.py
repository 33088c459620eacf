#!/usr/bin/env python3
"""Start-up benchmark: time from process start to the first frame shown, and
peak memory, of `unknot` against a bare Qt Quick Controls window built in the
same tree. Runs alternate between the two so that machine noise hits both
alike; medians and the unknot/baseline ratios are printed.

    bench/startup/run.py [--build build] [--runs 15]

Needs Xvfb (started here on a free display) so that real frames are drawn.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def start_xvfb():
    display = f":{os.getpid() % 400 + 100}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    if server.poll() is not None:
        sys.exit("bench: Xvfb did not start")
    return server, display


def measure(command, env):
    """Seconds from spawn to the 'first frame shown' line, and peak RSS in MiB."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if b"first frame shown" not in line or os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {command[0]} did not show a frame (exit {status})")
    return elapsed, usage.ru_maxrss / 1024.0


def answer_health_questions(data_dir):
    """Settings as the app keeps them once every health question was answered "no"."""
    with open(os.path.join(data_dir, "settings.ini"), "w") as settings:
        settings.write("[safety]\nanswered=true\nflags=@Invalid()\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(os.path.dirname(__file__), "..", "..", "build"))
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    unknot = os.path.join(args.build, "unknot")
    bare = os.path.join(args.build, "bench", "startup", "bare_window")
    for binary in (unknot, bare):
        if not os.access(binary, os.X_OK):
            sys.exit(f"bench: {binary} is missing; build first (scripts/setup.sh)")

    server, display = start_xvfb()
    first_use = tempfile.mkdtemp(prefix="unknot-bench-")
    returning = tempfile.mkdtemp(prefix="unknot-bench-")
    answer_health_questions(returning)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    # A person who answered the health questions sees Today; on first use the
    # questions cover everything.
    commands = {"unknot": ([unknot, "--quit-after-first-frame"], returning),
                "first use": ([unknot, "--quit-after-first-frame"], first_use),
                "baseline": ([bare], returning)}
    results = {name: {"time": [], "memory": []} for name in commands}
    try:
        for name, (command, data_dir) in commands.items():  # warm the file cache once
            measure(command, dict(env, UNKNOT_DATA_DIR=data_dir))
        for _ in range(args.runs):
            for name, (command, data_dir) in commands.items():
                seconds, mib = measure(command, dict(env, UNKNOT_DATA_DIR=data_dir))
                results[name]["time"].append(seconds)
                results[name]["memory"].append(mib)
    finally:
        server.terminate()
        shutil.rmtree(first_use, ignore_errors=True)
        shutil.rmtree(returning, ignore_errors=True)

    median = {name: {key: statistics.median(values) for key, values in result.items()}
              for name, result in results.items()}
    print(f"start-up to first frame, {args.runs} runs each, medians")
    for name in commands:
        print(f"  {name:9s} {median[name]['time'] * 1000:7.1f} ms   peak memory {median[name]['memory']:6.1f} MiB"
              f"   ratio {median[name]['time'] / median['baseline']['time']:5.2f} x time"
              f" {median[name]['memory'] / median['baseline']['memory']:5.2f} x memory")


if __name__ == "__main__":
    main()
