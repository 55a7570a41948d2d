"""The sample queue loads once, in one transaction: two loads at once (two processes on one
queue) never interleave their references, and a second load is refused instead of doubling it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from portdesk.services.demo import SamplesAlreadyLoaded, load_demo
from portdesk.store.store import Store
from tests.helpers import case
from tests.patient_waits import PROCESS_CEILING_S, PROCESS_TEST_TIMEOUT

ROOT = Path(__file__).resolve().parents[3]


def _references(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT reference FROM cases ORDER BY id")]


def test_a_second_load_is_refused_and_adds_nothing(store: Store) -> None:
    store.cases.create(case(), "tester")  # a case of the specialist's own first
    refs = load_demo(store, "tester")
    assert refs[0] == "PD-000002" and refs == [f"PD-{n:06d}" for n in range(2, 2 + len(refs))]
    with pytest.raises(SamplesAlreadyLoaded) as refused:
        load_demo(store, "ana")
    said = str(refused.value)
    assert f"({refs[0]} .. {refs[-1]}, loaded on " in said and "by tester" in said
    assert said.endswith("nothing was loaded")
    assert len(store.queue.ids(__import__("portdesk.store.queue", fromlist=["QueueQuery"])
                               .QueueQuery())) == 1 + len(refs)


@pytest.mark.timeout(PROCESS_TEST_TIMEOUT)  # a cold PortDesk process
def test_two_loads_at_once_make_one_contiguous_queue(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    Store.open(f"sqlite:///{db}").close()  # migrated first: both processes find it current
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "portdesk", "--db", f"sqlite:///{db}", "demo", "load"]
    runs = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    results = [(p.wait(timeout=PROCESS_CEILING_S), *p.communicate()) for p in runs]
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 1], results
    refused = next(err for code, _out, err in results if code == 1)
    assert "the sample cases are already in this queue" in refused and "Traceback" not in refused
    refs = _references(db)
    assert refs == [f"PD-{n:06d}" for n in range(1, len(refs) + 1)]
    assert len(refs) == len(set(refs)) and 20 < len(refs) < 60


def test_a_demo_rejection_names_its_own_case(tmp_path: Path) -> None:
    """A demo exception's detail is about the case it is on, never another customer's."""
    from portdesk.services.demo import load_demo
    from portdesk.store.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'q.sqlite3'}")
    try:
        load_demo(store, "tester")
        rejected = [c for c in store.cases.iter_all()
                    if c.exception_code == "ENTITY_NAME_MISMATCH"]
        assert rejected
        for c in rejected:  # the name it quotes is this case's (was another customer's)
            assert f"'{c.account_name}'" in c.exception_detail, (c.reference, c.exception_detail)
    finally:
        store.close()
