"""A process that runs `portdesk` commands one after another and measures each: exit code, output,
seconds, peak resident memory, and the queue database before and after.

Running the commands in one warm process keeps hundreds of inputs cheap; measuring inside it keeps
each figure honest: the peak (VmHWM) is reset before every command, so it is that command's peak,
for the whole process (pdfium, Pillow and openpyxl allocate outside Python's view). A hard address
space limit guards the machine should a guard ever fail. Protocol: one JSON request per line on
stdin ({"argv", "db", "settings"}), one JSON answer per line on the original stdout.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import resource
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

ADDRESS_SPACE_LIMIT = 6 << 30  # virtual; the resident peak is what the tests judge


def peak_mb() -> float:
    status = Path("/proc/self/status").read_text()
    match = re.search(r"VmHWM:\s+(\d+)\s+kB", status)
    return int(match.group(1)) / 1024 if match else 0.0


def reset_peak() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def db_digest(path: str | None) -> str | None:
    """Every row of every table, hashed: 'unchanged' means nothing was written at all."""
    if not path or not Path(path).exists():
        return None
    digest = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    return digest.hexdigest()


def run(request: dict[str, Any], config_dir: Path) -> dict[str, Any]:
    from portdesk.cli import main

    settings = config_dir / "settings.json"
    if request.get("settings"):
        settings.write_text(json.dumps(request["settings"]))
    before = db_digest(request.get("db"))
    out, err = io.StringIO(), io.StringIO()
    reset_peak()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(request["argv"])
        except SystemExit as exc:  # argparse's own refusals
            rc = exc.code if isinstance(exc.code, int) else 2
        except BaseException as exc:  # noqa: BLE001 - anything escaping main() is a failure
            rc, err = 99, io.StringIO(f"escaped main(): {type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - started
    peak = peak_mb()
    settings.unlink(missing_ok=True)
    return {"rc": rc, "out": out.getvalue(), "err": err.getvalue(), "seconds": seconds,
            "peak_mb": peak, "db_before": before, "db_after": db_digest(request.get("db"))}


def serve() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
    answers = os.fdopen(os.dup(1), "w", buffering=1)
    noise = os.open(os.environ.get("FUZZ_WORKER_LOG", os.devnull), os.O_WRONLY | os.O_CREAT)
    os.dup2(noise, 1)  # pdfium, Tesseract and friends write to the fds; keep the protocol clean
    os.dup2(noise, 2)
    config_dir = Path(os.environ["PORTDESK_CONFIG_DIR"])
    config_dir.mkdir(parents=True, exist_ok=True)
    for line in sys.stdin:
        answers.write(json.dumps(run(json.loads(line), config_dir)) + "\n")


if __name__ == "__main__":
    serve()
