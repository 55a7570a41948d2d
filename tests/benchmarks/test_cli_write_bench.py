"""How long the command line's write commands take, as a specialist runs them (fresh processes).

  .venv/bin/pytest tests/benchmarks/test_cli_write_bench.py -o addopts="" -s

Every write command on the demo queue: `case comment`, `case status`, `case submit`,
`case cancel`, `case resolve`, `case portout`, `case import` (a one-case file), `demo load` (on
a fresh queue), `loa render`, `loa attach`. Each runs REPEAT times on cases it can act on again
(a comment, a status there and back); the table gives wall and CPU medians and the peak resident
memory beside `python -c pass` and `python -c "import sqlalchemy.orm"` (the floor of any command
that opens the Store) at the same moment; read the load average printed with them. Goal: a
fraction of a second. No assertion on time: the machine is shared.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path

import pytest

from tests.benchmarks.test_cli_start_bench import _run  # one fresh-process timer

ROOT = Path(__file__).resolve().parents[2]
REPEAT = int(os.environ.get("PORTDESK_BENCH_REPEAT", "7"))


def _from_the_platform(url: str, reference: str) -> None:
    """The demo's unanswered port-out as the platform's request (an order id), so `case portout
    --authorize` is timed authorizing it: on the demo case alone it was refused ("not a port-out
    request from the platform") and the row timed the refusal."""
    from portdesk.store.store import Store

    store = Store.open(url)
    try:
        case = store.cases.get_by_reference(reference)
        store.cases.update(case.with_changes(platform_order_id="bench-portout"), "bench")
    finally:
        store.close()


@pytest.mark.timeout(1800)
def test_cli_write_commands(tmp_path: Path) -> None:
    env = {**os.environ, "PORTDESK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "PORTDESK_DB_URL": f"sqlite:///{tmp_path / 'q.sqlite3'}"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pd = [sys.executable, "-m", "portdesk"]
    assert _run([*pd, "demo", "load"], env, tmp_path)[3] == 0
    _from_the_platform(env["PORTDESK_DB_URL"], "PD-000029")
    assert _run([*pd, "loa", "render", "PD-000009", "-o", str(tmp_path / "l.pdf")], env,
                tmp_path)[3] == 0
    one = tmp_path / "one.json"

    def fresh_file(i: int) -> list[str]:
        one.write_text(json.dumps({"account_name": f"Bench {i}",
                                   "numbers": [f"+1312555{i % 10:01d}1{i // 10 % 10}{i % 10}"]}))
        return [*pd, "case", "import", str(one), "--again"]

    def fresh_demo(i: int) -> list[str]:
        return [*pd, "--db", f"sqlite:///{tmp_path / f'demo{i}.sqlite3'}", "demo", "load"]

    flip = {"s": False}

    def status(_i: int) -> list[str]:  # draft <-> awaiting_signature, back and forth
        flip["s"] = not flip["s"]
        to = "awaiting_signature" if flip["s"] else "draft"
        return [*pd, "case", "status", "PD-000004", to, "--reason", "bench"]

    commands = {
        "python -c pass": lambda i: [sys.executable, "-c", "pass"],
        "import sqlalchemy.orm": lambda i: [sys.executable, "-c", "import sqlalchemy.orm"],
        "case comment": lambda i: [*pd, "case", "comment", "PD-000005", f"bench {i}"],
        "case status": status,
        "case submit": lambda i: [*pd, "case", "submit", f"PD-{1 + i % 3:06d}", "--override",
                                  "bench"],
        "case cancel": lambda i: [*pd, "case", "cancel", "PD-000028", "--reason", "bench"],
        "case resolve": lambda i: [*pd, "case", "resolve", "PD-000006", "--keep", "mine"],
        "case portout": lambda i: [*pd, "case", "portout", "PD-000029", "--authorize"],
        "case import": fresh_file,
        "loa attach": lambda i: [*pd, "loa", "attach", "PD-000009", str(tmp_path / "l.pdf"),
                                 "--signed-on", "2026-03-02"],
        "demo load": fresh_demo,
    }
    print(f"\nCLI write commands, {REPEAT} runs each; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores (a refusal, e.g. a case already cancelled, is timed too)")
    print(f"{'command':22} {'wall median':>11} {'CPU median':>10} {'CPU min':>8} {'peak RSS':>9}")
    only = {n.strip() for n in os.environ.get("PORTDESK_BENCH_ONLY", "").split(",") if n.strip()}
    for name, argv_for in commands.items():
        if only and name not in only:
            continue
        _run(argv_for(100), env, tmp_path)  # unmeasured: bytecode cache written, as installed
        runs = [_run(argv_for(i), env, tmp_path) for i in range(REPEAT)]
        assert all(code in (0, 1) for *_, code in runs), name  # never a crash (2)
        if name == "case portout":  # an authorization each time, never a refusal timed
            assert all(code == 0 for *_, code in runs), name
        print(f"{name:22} {statistics.median(r[0] for r in runs) * 1000:9.0f}ms "
              f"{statistics.median(r[1] for r in runs) * 1000:8.0f}ms "
              f"{min(r[1] for r in runs) * 1000:6.0f}ms {max(r[2] for r in runs):7.0f}MB")
