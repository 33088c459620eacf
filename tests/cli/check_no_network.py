#!/usr/bin/env python3
"""Unknot makes no network connection of any kind (docs/data-model.md, "Privacy").

Usage: check_no_network.py PATH/TO/unknot

The binary links QtNetwork (through Qt Multimedia), so this is proven, not assumed:
each command runs under `strace -f -e trace=%network`, and no connect, sendto,
sendmsg or sendmmsg of it or any thread or child may name an AF_INET or AF_INET6
address. The commands are the ones that touch a person's data or sound: --play
with and without sound, --import, --report with a PDF, --export, and --self-test,
which loads the whole interface. A control run of a program that does connect
proves the check can see a connection.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SENDING = re.compile(r"\b(connect|sendto|sendmsg|sendmmsg)\(")
INTERNET = re.compile(r"AF_INET6?\b")


def traced(command, log, env):
    """Runs command under strace; returns (exit code, the traced lines)."""
    run = subprocess.run(["strace", "-f", "-q", "-e", "trace=%network", "-o", str(log)] + command,
                         capture_output=True, text=True, timeout=300, env=env)
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    return run, lines


def connections(lines):
    return [line for line in lines if SENDING.search(line) and INTERNET.search(line)]


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    unknot = sys.argv[1]
    if not shutil.which("strace"):
        print("FAIL: strace is missing; install it (scripts/setup.sh)")
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime),
                   UNKNOT_DATA_DIR=str(folder / "data"))
        env.setdefault("PULSE_SERVER", f"unix:{folder / 'no-sound-server'}")
        bundle = ROOT / "tests" / "data" / "bundles" / "good" / "minimal.unknot"
        commands = [
            ["--play", "stiff-neck", "--speed", "1000", "--no-sound"],
            ["--play", "stiff-neck", "--speed", "1000"],
            ["--import", str(bundle)],
            ["--report", "--from", "2024-01-01", "--to", "2099-12-31",
             "--pdf", str(folder / "r.pdf"), "--csv", str(folder / "r.csv")],
            ["--export", str(folder / "history.json")],
            ["--self-test"],
        ]
        for index, arguments in enumerate(commands):
            log = folder / f"strace-{index}.log"
            run, lines = traced([unknot] + arguments, log, env)
            name = " ".join(arguments[:2])
            if run.returncode != 0:
                failures.append(f"unknot {name} exited with {run.returncode}:\n{run.stderr[-2000:]}")
            if not any("+++ exited with" in line for line in lines):
                failures.append(f"unknot {name}: strace saw nothing; the check proves nothing")
            failures += [f"unknot {name} connects: {line}" for line in connections(lines)]
            print(f"unknot {name}: {len(lines)} traced lines, "
                  f"{len(connections(lines))} internet connections")
        # The control: a connection attempt (refused, on the loopback) is seen.
        control = [sys.executable, "-c",
                   "import socket\ntry: socket.create_connection(('127.0.0.1', 9), 1)\n"
                   "except OSError: pass"]
        _, lines = traced(control, folder / "control.log", env)
        if not connections(lines):
            failures.append("the control's connection to 127.0.0.1 was not seen")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
