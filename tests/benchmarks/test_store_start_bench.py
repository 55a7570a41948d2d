"""What a command that opens the Store pays before it answers, layer by layer (fresh processes).

  .venv/bin/pytest tests/benchmarks/test_store_start_bench.py -o addopts="" -s

`case list` reads a current SQLite queue without SQLAlchemy (store/quick_queue.py); `case show`,
`case check` and `audit show` open the Store. The table gives the median CPU (user + system, the
figure other jobs on the shared machine disturb least) of REPEAT fresh processes for each
command on the demo queue, and of importing each layer alone: what is left to cut is read from
the differences. Each runs once unmeasured first, so the bytecode cache is written as installed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPEAT = int(os.environ.get("PORTDESK_BENCH_REPEAT", "9"))
TIME = Path("/usr/bin/time")
LAYERS = {
    "python -c pass": "pass",
    "import sqlalchemy": "import sqlalchemy",
    "+ sqlalchemy.orm": "import sqlalchemy.orm",
    "+ store.schema": "import portdesk.store.schema",
    "+ store.store": "import portdesk.store.store",
    "+ case check's gate": "import portdesk.store.store, portdesk.services.evidence, "
                           "portdesk.domain.readiness, phonenumbers, cryptography.fernet",
    "import holidays (US)": "import holidays; holidays.country_holidays('US', years=2026)",
}


def _cpu_ms(argv: list[str], env: dict[str, str], scratch: Path) -> float:
    report = scratch / "time.txt"
    done = subprocess.run([str(TIME), "-f", "%U %S", "-o", str(report), *argv], env=env,
                          cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          check=False)
    assert done.returncode in (0, 1), argv  # `case check` answers 1 on a failed check
    user, system = report.read_text().split()[-2:]
    return (float(user) + float(system)) * 1000


def test_store_commands_start(tmp_path: Path) -> None:
    if not TIME.exists():
        print("\n/usr/bin/time is missing: nothing measured")
        return
    env = {**os.environ, "PORTDESK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT),
           "PORTDESK_DB_URL": f"sqlite:///{tmp_path / 'q.sqlite3'}"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "portdesk", "demo", "load"], env=env, cwd=ROOT,
                   check=True, capture_output=True)
    portdesk = [sys.executable, "-m", "portdesk"]
    runs = {name: [sys.executable, "-c", code] for name, code in LAYERS.items()}
    runs.update({"case show": [*portdesk, "case", "show", "PD-000022"],
                 "case check": [*portdesk, "case", "check", "PD-000002"],
                 "audit show": [*portdesk, "audit", "show", "PD-000022"]})
    print(f"\nStore start-up, CPU median of {REPEAT} fresh processes; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for name, argv in runs.items():
        _cpu_ms(argv, env, tmp_path)
        cpu = statistics.median(_cpu_ms(argv, env, tmp_path) for _ in range(REPEAT))
        print(f"{name:22} {cpu:6.0f} ms")
