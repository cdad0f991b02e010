"""Startup of the installed app: window shown and first reply, timed from the process's start.

    python installers/build.py linux --bundle-only        # or use an installed /opt/ponder
    python -m tests.bench.bench_startup [BUNDLE/ponder] [--runs 5]

Each run starts the bundled `ponder --self-test` with a fresh data folder, no Python on the PATH,
from a folder outside the repository, and reads the times it reports.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "dist" / "build" / "dist" / "ponder" / "ponder"
_TIMES = re.compile(r"window shown ([\d.]+) s and first reply ([\d.]+) s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.executable.exists():
        print(f"no bundle at {args.executable}: build one with installers/build.py linux --bundle-only")
        return 1
    shown, replied, wall = [], [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "PONDER_HOME": f"{home}/data",
                   "QT_QPA_PLATFORM": "offscreen"}
            started = time.perf_counter()
            out = subprocess.run([str(args.executable), "--self-test"], capture_output=True, text=True,
                                 env=env, cwd=home, timeout=300)
            wall.append(time.perf_counter() - started)
        found = _TIMES.search(out.stdout)
        if out.returncode != 0 or found is None:
            print(f"run {run}: failed: {out.stdout}{out.stderr[-500:]}")
            return 1
        shown.append(float(found.group(1)))
        replied.append(float(found.group(2)))
        print(f"run {run}: window {shown[-1]:.2f} s, first reply {replied[-1]:.2f} s, exit after {wall[-1]:.2f} s")
    print(f"median of {args.runs}: window shown {statistics.median(shown):.2f} s (goal <= 2), first reply "
          f"{statistics.median(replied):.2f} s (goal <= 4); on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
