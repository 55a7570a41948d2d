"""The desk on the demo queue: process start to first queue page painted, wall and CPU time.

  .venv/bin/pytest tests/benchmarks/test_desk_start_demo_bench.py -o addopts="" -s

The desk bench (test_desk_bench.py) times the same moment on 100,000 cases; this one needs no big
queue, so it runs in seconds and before/after comparisons can be interleaved. CPU time (user +
system of the child) is the figure other jobs on the shared cores disturb least. Session 19:
CPU 2.05-2.08 s -> 1.16-1.19 s (the LOA, bill and signing stacks no longer load before the
first page; tests/gui/desk/test_start_imports.py keeps them out).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.test_desk_bench import CHILD

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def test_demo_queue_start_to_first_page(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               PORTDESK_DATA_DIR=str(tmp_path / "data"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed desk starts from compiled bytecode
    db = f"sqlite:///{tmp_path}/q.sqlite3"
    subprocess.run([sys.executable, "-m", "portdesk", "--db", db, "demo", "load"], cwd=ROOT,
                   env=env, capture_output=True, timeout=300, check=True)
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(RUNS + 1):  # the first run compiles and warms the caches: not counted
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, db], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=300, check=True).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        painted = float(next(line for line in out.splitlines()
                             if line.startswith("PAINTED")).split()[1])
        walls.append(painted - started)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    walls, cpus = walls[1:], cpus[1:]
    print(f"\ndemo queue, start to first page: wall median {statistics.median(walls):.2f} s "
          f"(max {max(walls):.2f}), CPU median {statistics.median(cpus):.2f} s "
          f"(load {os.getloadavg()[0]:.1f})")
