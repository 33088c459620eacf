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
    data_dir = tempfile.mkdtemp(prefix="unknot-bench-")
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", UNKNOT_DATA_DIR=data_dir)
    commands = {"unknot": [unknot, "--quit-after-first-frame"], "baseline": [bare]}
    results = {name: {"time": [], "memory": []} for name in commands}
    try:
        for name, command in commands.items():  # warm the file cache once
            measure(command, env)
        for _ in range(args.runs):
            for name, command in commands.items():
                seconds, mib = measure(command, env)
                results[name]["time"].append(seconds)
                results[name]["memory"].append(mib)
    finally:
        server.terminate()
        shutil.rmtree(data_dir, ignore_errors=True)

    median = {name: {key: statistics.median(values) for key, values in result.items()}
              for name, result in results.items()}
    print(f"start-up to first frame, {args.runs} runs each, medians")
    for name in commands:
        print(f"  {name:9s} {median[name]['time'] * 1000:7.1f} ms   peak memory {median[name]['memory']:6.1f} MiB")
    print(f"  ratio     {median['unknot']['time'] / median['baseline']['time']:7.2f} x time"
          f"      {median['unknot']['memory'] / median['baseline']['memory']:6.2f} x memory")


if __name__ == "__main__":
    main()
