"""Issue 19's figures: tampering caught, concurrent writers, kills during import, sealing cost.

Run with `make bench` (or this file alone: `.venv/bin/pytest tests/benchmarks/test_trust_bench.py
-p no:randomly -o addopts="" -q -s`). Each test prints its table; the README quotes them.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import create_engine, text

from portdesk.domain.errors import Conflict
from portdesk.domain.lifecycle import ALLOWED, Status, TransitionRefused
from portdesk.store.anchors import FileAnchors
from portdesk.store.store import Store
from tests.helpers import case
from tests.integration.cli.test_case_cli import flat, write_csv
from tests.integration.store.forgeries import (
    FORGERIES,
    build,
    copy_sqlite,
    fixed_box,
    verify_forged,
)
from tests.pg import find_bin, throwaway_postgres

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str | None]:
    if not find_bin("initdb"):
        yield None
        return
    with throwaway_postgres() as url:
        yield url


def _fresh_pg(server: str) -> str:
    name = "b_" + uuid.uuid4().hex[:10]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


# -- 1. tampering ---------------------------------------------------------------------------------
def test_tampering_table(benchmark: Any, tmp_path: Path) -> None:
    benchmark.pedantic(_tampering_table, args=(tmp_path,), rounds=1)


def _tampering_table(tmp_path: Path) -> None:
    src = tmp_path / "template.sqlite3"
    template = build(f"sqlite:///{src}", tmp_path)
    rows = []
    for i, forged in enumerate(FORGERIES):
        url = copy_sqlite(src, tmp_path / f"f{i}.sqlite3")
        caught, kinds, message = verify_forged(url, template, forged)
        rows.append((forged, caught, forged.expect in kinds, message))
    reachable = [r for r in rows if r[0].within_reach]
    print(f"\n{'forgery':72} {'group':11} caught  named")
    for forged, caught, named, _ in rows:
        print(f"{forged.name[:72]:72} {forged.group:11} {'yes' if caught else 'NO':6}  "
              f"{'yes' if named else '-'}")
    print(f"caught {sum(r[1] for r in reachable)}/{len(reachable)} forgeries within reach "
          f"(named right: {sum(r[2] for r in reachable)}); out of reach, said so: "
          + ", ".join(f"{r[0].name} ({'caught' if r[1] else 'not caught'})"
                      for r in rows if not r[0].within_reach))
    assert all(r[1] for r in reachable)


# -- 2. concurrent writers (processes) --------------------------------------------------------
def _desk_process(url: str, anchors: str, ids: list[int], who: int, ops: int,
                  out: Any) -> None:
    store = Store.open(url, box=fixed_box(), anchors=FileAnchors(Path(anchors)))
    saved: list[tuple[int, str]] = []
    moves: list[int] = []
    conflicts = refused = 0
    for i in range(ops):
        cid = ids[(who * 7 + i) % len(ids)]
        seen = store.cases.get(cid)
        target = Status.AWAITING_SIGNATURE if seen.status == Status.DRAFT else Status.DRAFT
        try:
            if i % 3 == 0:
                store.cases.change_status(cid, target, f"w{who}", "toggle")
                moves.append(cid)
            elif i % 3 == 1:
                store.cases.change_status(cid, target, f"w{who}", "toggle",
                                          expected_version=seen.version)
                moves.append(cid)
            else:
                token = f"[w{who}-{i}]"
                store.cases.update(replace(seen, notes=seen.notes + token), f"w{who}")
                saved.append((cid, token))
        except Conflict:
            conflicts += 1
        except TransitionRefused:
            refused += 1
    store.close()
    out.put((saved, moves, conflicts, refused))


def _writers(url: str, tmp: Path, writers: int, ops: int, cases: int) -> dict[str, Any]:
    store = Store.open(url, box=fixed_box(), anchors=FileAnchors(tmp / "anchors.json"))
    ids = [c.id for c in (store.cases.create(case(), "ana") for _ in range(cases)) if c.id]
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_desk_process,
                         args=(url, str(tmp / "anchors.json"), ids, w, ops, out))
             for w in range(writers)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - t0
    saved = [s for r in results for s in r[0]]
    moves = [m for r in results for m in r[1]]
    lost = impossible = bumps = 0
    for cid in ids:
        final = store.cases.get(cid)
        mine = [tok for c, tok in saved if c == cid]
        lost += sum(tok not in final.notes for tok in mine)
        bumps += 1 + len(mine) + moves.count(cid) - final.version
        history = store.cases.status_history(cid)
        impossible += sum(1 for a, b in pairwise(history)
                          if b.from_status != a.to_status or b.to_status not in ALLOWED[a.to_status])
    verified = store.audit.verify().ok
    store.close()
    return {"writes": len(saved) + len(moves), "conflicts": sum(r[2] for r in results),
            "refused": sum(r[3] for r in results), "lost": lost, "impossible": impossible,
            "bumps_lost": bumps, "audit_ok": verified, "seconds": elapsed}


def test_concurrent_writers(benchmark: Any, tmp_path: Path, pg_url: str | None) -> None:
    benchmark.pedantic(_concurrent_writers, args=(tmp_path, pg_url), rounds=1)


def _concurrent_writers(tmp_path: Path, pg_url: str | None) -> None:
    runs = [("SQLite", f"sqlite:///{tmp_path / 'w.sqlite3'}")]
    if pg_url:
        runs.append(("PostgreSQL", _fresh_pg(pg_url)))
    print(f"\n{'backend':11} writers  ops  writes  conflicts shown  refused  lost  impossible "
          "steps  version bumps lost  audit  seconds")
    for label, url in runs:
        r = _writers(url, tmp_path / label, writers=4, ops=60, cases=5)
        print(f"{label:11} {4:7}  {240:3}  {r['writes']:6}  {r['conflicts']:15}  "
              f"{r['refused']:7}  {r['lost']:4}  {r['impossible']:16}  {r['bumps_lost']:18}  "
              f"{'ok' if r['audit_ok'] else 'BROKEN':5}  {r['seconds']:.1f}")
        assert (r["lost"], r["impossible"], r["bumps_lost"]) == (0, 0, 0) and r["audit_ok"]


# -- 3. kills during import -----------------------------------------------------------------------
def _portdesk(db: Path, *args: str, crash_at: str = "") -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if crash_at:
        env["PORTDESK_CRASH_AT"] = crash_at
    return subprocess.Popen([sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}", *args],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _count(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        cases = conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
        numbers = conn.execute("SELECT COUNT(*) FROM case_numbers").fetchone()[0]
    return int(cases), int(numbers)


def test_kills_during_import(benchmark: Any, tmp_path: Path) -> None:
    benchmark.pedantic(_kills_during_import, args=(tmp_path,), rounds=1)


def _kills_during_import(tmp_path: Path) -> None:
    rows, kills = 2000, 10
    src = write_csv(tmp_path / "batch.csv", [flat(i) for i in range(rows)])
    dupes = 0
    outcomes: dict[str, int] = {}
    for k in range(kills):
        db = tmp_path / f"k{k}.sqlite3"
        if k % 2 == 0:  # killed between the commit and the "imported" line
            proc = _portdesk(db, "case", "import", str(src), crash_at="import.committed")
        else:  # killed mid-transaction, once the WAL has grown
            proc = _portdesk(db, "case", "import", str(src))
            wal = db.with_name(db.name + "-wal")
            while proc.poll() is None and not (wal.exists() and wal.stat().st_size > 300_000):
                time.sleep(0.005)
            proc.send_signal(signal.SIGKILL)
        proc.communicate()
        rerun = _portdesk(db, "case", "import", str(src))
        _, err = rerun.communicate()
        second = _portdesk(db, "case", "import", str(src))  # and the specialist tries again
        second.communicate()
        cases, numbers = _count(db)
        dupes += (cases - rows) + (numbers - 2 * rows) // 2
        key = "recognised" if b"was imported on" in err else "imported"
        outcomes[key] = outcomes.get(key, 0) + 1
    print(f"\n{kills} kills ({kills // 2} after the commit, {kills - kills // 2} mid-transaction) "
          f"of a {rows}-row import, each followed by two reruns: duplicate cases {dupes}; "
          f"first rerun {outcomes}")
    assert dupes == 0


# -- 4. sealing cost ------------------------------------------------------------------------------
def _scanned_bill(pages: int = 20) -> bytes:
    """A 20-page scanned bill: one 150-dpi greyscale JPEG per page, as a copier makes them
    (lines of dark text on a slightly grey, speckled page)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=letter)
    for page in range(pages):
        noise = Image.effect_noise((1275, 1650), 12).point(lambda v: 235 + v // 16)
        image = noise.convert("L")
        draw = ImageDraw.Draw(image)
        for line in range(48):
            draw.text((90, 80 + line * 32), f"{page:02d}-{line:02d} Monthly service charges "
                      f"line item {line * 7 % 13} .......... $ {line * 3.17:7.2f}", fill=20)
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=75)
        buf.seek(0)
        canvas.drawImage(ImageReader(buf), 0, 0, *letter)
        canvas.drawString(72, 72, f"Account 4410-2231-09 page {page + 1} of {pages}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_cost_of_sealing_a_20_page_bill(benchmark: Any, tmp_path: Path) -> None:
    benchmark.pedantic(_sealing_cost, args=(tmp_path,), rounds=1)


def _sealing_cost(tmp_path: Path) -> None:
    bill = _scanned_bill()
    store = Store.open(f"sqlite:///{tmp_path / 's.sqlite3'}", box=fixed_box(),
                       anchors=FileAnchors(tmp_path / "anchors.json"))
    created = store.cases.create(case(), "ana")
    assert created.id is not None

    def timed(fn: Any, runs: int = 15) -> float:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return statistics.median(times) * 1000

    box = store.box
    seal = timed(lambda: box.seal(bill))
    sealed = box.seal(bill)
    unseal = timed(lambda: box.unseal(sealed))
    plain_seal = box.seal

    def attach_once(sealing: bool) -> float:
        if not sealing:  # the same attach, storing the document plain (as before issue 19)
            box.seal = lambda content: content  # type: ignore[method-assign]
        try:
            return timed(lambda: store.documents.add(created.id, "bill", "b.pdf", bill, "ana"),
                         runs=1)
        finally:
            box.seal = plain_seal  # type: ignore[method-assign]

    attach: list[float] = []
    plain: list[float] = []
    for r in range(16):  # interleaved, each first in turn: WAL checkpoints and load hit both
        for sealing in ((True, False) if r % 2 else (False, True)):
            (attach if sealing else plain).append(attach_once(sealing))
    doc = store.documents.add(created.id, "bill", "b.pdf", bill, "ana")
    read = timed(lambda: store.documents.content(doc.id))
    attach_ms, plain_ms = statistics.median(attach), statistics.median(plain)
    store.close()
    mb = len(bill) / 1e6
    print(f"\n20-page scanned bill, {mb:.1f} MB: seal {seal:.1f} ms, open {unseal:.1f} ms; "
          f"attach sealed {attach_ms:.0f} ms vs plain {plain_ms:.0f} ms (median of 16 each, "
          f"interleaved: {attach_ms - plain_ms:+.0f} ms); "
          f"read back {read:.1f} ms; stored size +{len(sealed) - len(bill)} bytes")
