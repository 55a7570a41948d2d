"""Drive the worker: which commands each kind of file goes through, and what every run must show.

Every run must end with exit code 0 or 1, no traceback, no "unexpected error", a refusal on one
`portdesk: ...` line, a peak under 1 GB and a bounded time; a refusal must leave the queue
database exactly as it was (and bill, verify, fill and sign never write to it at all).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.fuzz import hostile

ROOT = Path(__file__).resolve().parents[2]
PEAK_MB_LIMIT = 1024
SECONDS_LIMIT = 90.0  # a hang, not a speed target: the reading budget below is 30 s
SLOW_KEEP = 10.0  # an input slower than this is kept in slow/ to look at
FUZZ_SETTINGS = {"limits": {"time_budget_s": 30},
                 "loa_age_limit_days": 36_500}  # the signed seed has a fixed date: never too old
KINDS = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json", "bill": ".pdf", "form": ".pdf",
         "signed": ".pdf", "png": ".png"}


class Worker:
    """One warm `tests.fuzz.worker` process with its own user directories."""

    def __init__(self, home: Path) -> None:
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PORTDESK_DATA_DIR": str(home / "data"),
               "PORTDESK_CONFIG_DIR": str(home / "config"), "HOME": str(home),
               "XDG_DATA_HOME": str(home / ".local/share"),
               "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
               "OMP_THREAD_LIMIT": "1", "FUZZ_WORKER_LOG": str(home / "worker.log")}
        env.pop("PORTDESK_DB_URL", None)
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.fuzz.worker"], cwd=ROOT,
                                     env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)

    def run(self, argv: list[str], db: Path | None = None,
            settings: dict[str, Any] | None = None) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        request = {"argv": ([] if db is None else ["--db", f"sqlite:///{db}"]) + argv,
                   "db": None if db is None else str(db), "settings": settings or FUZZ_SETTINGS}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            log = (self.home / "worker.log").read_text(errors="replace")[-3000:]
            raise AssertionError(f"the worker died on {argv}: {log}")
        answer: dict[str, Any] = json.loads(line)
        answer["argv"] = argv
        return answer

    def close(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        self.proc.wait(timeout=30)


@dataclass
class Bench:
    """The files every fuzzed input is checked against, and a clean queue to copy."""

    dir: Path
    worker: Worker
    seeds: dict[str, bytes] = field(default_factory=dict)
    tried: int = 0
    refused: int = 0  # exit 1 with its one-line `portdesk: ...` message
    runs: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def build(cls, dir: Path) -> Bench:
        dir.mkdir(parents=True, exist_ok=True)
        bench = cls(dir, Worker(dir / "home"))
        (dir / "out").mkdir()
        files = {"csv": hostile.seed_csv(dir / "seed.csv"),
                 "xlsx": hostile.seed_xlsx(dir / "seed.xlsx"),
                 "json": hostile.seed_json(dir / "seed.json"),
                 "bill": hostile.seed_bill(dir / "seed-bill.pdf"),
                 "form": hostile.seed_form(dir / "seed-form.pdf"),
                 "png": hostile.seed_png(dir / "seed.png")}
        hostile.seed_entries(dir / "entries.json")
        queue = hostile.seed_csv(dir / "queue.csv", first=60)
        bench.expect_ok(["case", "import", str(queue)], dir / "template.sqlite3")
        files["signed"] = hostile.seed_signed(dir / "seed-signed.pdf", files["form"], dir)
        bench.seeds = {kind: path.read_bytes() for kind, path in files.items()}
        return bench

    def expect_ok(self, argv: list[str], db: Path | None = None) -> None:
        result = self.worker.run(argv, db)
        assert result["rc"] == 0, result

    def fresh_db(self) -> Path:
        db = self.dir / "work.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.dir / "template.sqlite3", db)
        db.chmod(0o600)  # as PortDesk makes a queue (a 0644 one is made private, and said)
        return db

    def commands(self, kind: str, path: Path) -> list[tuple[list[str], bool]]:
        """(argv, needs the queue) for each command this kind of file goes through."""
        d, out = self.dir, str(self.dir / "out" / "out.pdf")
        form, bill, entries = str(d / "seed-form.pdf"), str(d / "seed-bill.pdf"), \
            str(d / "entries.json")
        p = str(path)
        plans: dict[str, list[tuple[list[str], bool]]] = {
            "csv": [(["case", "import", p], True)],
            "xlsx": [(["case", "import", p], True)],
            "json": [(["case", "import", p], True),
                     (["bill", "check", bill, "--entries", p], False),
                     (["loa", "fill", form, "--entries", p, "-o", out], False)],
            "bill": [(["bill", "extract", p], False),
                     (["bill", "check", p, "--case", "PD-000001"], True)],
            "form": [(["loa", "fill", p, "--entries", entries, "-o", out], False),
                     (["loa", "sign", p, "--typed", "Maria Lopez", "--signer", "Maria Lopez",
                       "-o", out], False)],
            "signed": [(["loa", "verify", p], False),
                       (["loa", "attach", "PD-000001", p], True)],
            "png": [(["bill", "extract", p], False),
                    (["loa", "sign", form, "--signature", p, "--signer", "Maria Lopez",
                      "-o", out], False)],
        }
        return plans[kind]

    def check(self, kind: str, data: bytes, name: str = "",
              settings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run `data` as a file of `kind` through its commands; returns the runs, judged.

        An input that misbehaves is kept in failures/ to be run again by hand."""
        path = self.dir / f"input-{name or kind}{KINDS[kind]}"
        path.write_bytes(data)
        results = []
        for argv, needs_db in self.commands(kind, path):
            result = self.worker.run(argv, self.fresh_db() if needs_db else None, settings)
            result["problems"] = judge(result)
            folder = "failures" if result["problems"] else (
                "slow" if result["seconds"] > SLOW_KEEP else None)
            if folder:
                kept = self.dir / folder / f"{len(self.runs)}-{path.name}"
                kept.parent.mkdir(exist_ok=True)
                kept.write_bytes(data)
                result["kept"] = str(kept)
            self.tried += 1
            self.refused += result["rc"] == 1 and result["err"].startswith("portdesk: ")
            self.runs.append({k: result[k] for k in ("argv", "rc", "seconds", "peak_mb")})
            results.append(result)
        return results

    def worst(self) -> dict[str, Any]:
        return {"slowest": max(self.runs, key=lambda r: r["seconds"]),
                "largest": max(self.runs, key=lambda r: r["peak_mb"])}


def judge(result: dict[str, Any]) -> list[str]:
    """What is wrong with one run (empty when it behaved)."""
    rc, err, problems = result["rc"], result["err"], []
    if rc not in (0, 1):
        problems.append(f"exit code {rc}")
    if "Traceback" in result["out"] + err or "unexpected error" in err:
        problems.append("a traceback or an unexpected error reached the user")
    if rc == 1 and not err.startswith("portdesk: ") and not (not err and result["out"].strip()):
        problems.append("a refusal without its one-line message")  # (verify prints a verdict)
    if result["peak_mb"] > PEAK_MB_LIMIT:
        problems.append(f"peak memory {result['peak_mb']:.0f} MB")
    if result["seconds"] > SECONDS_LIMIT:
        problems.append(f"took {result['seconds']:.0f} s")
    writes = rc == 0 and result["argv"][0:2] in (["case", "import"], ["loa", "attach"])
    if not writes and result["db_before"] != result["db_after"]:
        problems.append("the queue database changed")
    return problems


def explain(results: list[dict[str, Any]]) -> str:
    return "\n".join(f"{' '.join(r['argv'])}: rc {r['rc']}, {r['seconds']:.1f} s, "
                     f"{r['peak_mb']:.0f} MB: {'; '.join(r['problems'])} (input kept in "
                     f"{r.get('kept')})\n  {r['err'][-800:]}"
                     for r in results if r["problems"])
