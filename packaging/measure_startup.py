"""Start time of the bundled app, process start to first window, measured two independent ways.

1. offscreen: `portdesk --startup-probe` prints the seconds between the kernel's start time of the
   process and Qt's Show event of the first top-level window (the app then quits by itself).
2. X11: the plain `portdesk` under Xvfb; xdotool is polled (every 10 ms) until the process has a
   visible window; the time is taken from just before the process is spawned. The app is then
   terminated (by its pid). xdotool's own `--sync` polls only every 0.5 s, hence the loop here.

Each way runs a warm-up launch (page cache, database migrated) and then RUNS measured launches on
a queue with the demo cases loaded; the median is reported.
Usage: .venv/bin/python packaging/measure_startup.py [dist/portdesk/portdesk] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POLL = 0.01
TIMEOUT = 60.0


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(PORTDESK_DATA_DIR=str(data),
               PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")
    return env


def offscreen(exe: Path, data: Path, runs: int) -> list[float]:
    env = dict(_env(data), QT_QPA_PLATFORM="offscreen")
    times = []
    for i in range(runs + 1):
        out = subprocess.run([str(exe), "--startup-probe"], env=env, capture_output=True,
                             text=True, timeout=TIMEOUT, check=True).stdout
        match = re.search(r"^first-window (\d+\.\d+)$", out, re.M)
        if not match:
            raise SystemExit(f"measure: no first-window line in:\n{out}")
        if i:  # the first launch is the warm-up
            times.append(float(match.group(1)))
    return times


def x11_once(exe: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([str(exe)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        while time.perf_counter() - start < TIMEOUT:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                                   env=env, capture_output=True, text=True, check=False)
            if found.stdout.strip():
                return time.perf_counter() - start
            if proc.poll() is not None:
                log.seek(0)
                raise SystemExit(f"measure: the app exited ({proc.returncode}) without a window:\n"
                                 + log.read().decode(errors="replace")[-2000:])
            time.sleep(POLL)
        raise SystemExit("measure: no visible window within the timeout")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def x11(exe: Path, data: Path, runs: int) -> list[float]:
    env = {k: v for k, v in _env(data).items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    times = [x11_once(exe, env) for _ in range(runs + 1)]
    return times[1:]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("exe", nargs="?", default="dist/portdesk/portdesk", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--x11-only", action="store_true", help="(used inside xvfb-run)")
    args = parser.parse_args()
    exe = args.exe.resolve()
    with tempfile.TemporaryDirectory(prefix="portdesk-startup-") as tmp:
        data = Path(tmp)
        subprocess.run([str(exe), "demo", "load"], env=_env(data), capture_output=True,
                       timeout=TIMEOUT, check=True)
        if args.x11_only:
            times = x11(exe, data, args.runs)
            print(f"x11 (Xvfb + xdotool), process spawn to visible window: median "
                  f"{statistics.median(times):.3f} s over {len(times)} runs "
                  f"({', '.join(f'{t:.3f}' for t in times)})")
            return 0
        times = offscreen(exe, data, args.runs)
        print(f"offscreen, process start to first window shown: median "
              f"{statistics.median(times):.3f} s over {len(times)} runs "
              f"({', '.join(f'{t:.3f}' for t in times)})")
    if shutil.which("xvfb-run") and shutil.which("xdotool"):
        subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable,
                        __file__, str(exe), "--runs", str(args.runs), "--x11-only"],
                       check=True, timeout=TIMEOUT * (args.runs + 3))
    else:
        print("x11: skipped (xvfb-run or xdotool missing)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
