"""Migration 0013 adds `port_texts` (a port-in's texts port with its numbers: the order's
`messaging.enable_messaging`) on SQLite and PostgreSQL, false on every case as the platform's
own default, and the audit trail written before it still vouches for every case: a column
added later counts in a case's row digest only once it holds a value of its own, so `audit
verify` does not call every older case edited outside PortDesk, and still catches that column
edited outside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from portdesk.domain.case import CaseKind
from portdesk.services.demo import load_demo
from portdesk.store import audit_state
from portdesk.store.schema import CaseRow
from portdesk.store.store import Store

# the cases columns an audit entry's row digest covered before 0013 (audit_state.COVERED then)
BEFORE = tuple(c.name for c in CaseRow.__table__.columns
               if c.name not in audit_state.UNCOVERED and c.name != "port_texts")


def _as_before_0013(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE cases DROP COLUMN port_texts"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0012'"))
    finally:
        engine.dispose()


def _row_digests(store: Store) -> dict[int, tuple[str, str]]:
    """(the row digest as verified now, the digest of the columns covered before 0013)."""
    with store.sessions() as session:
        ids = list(session.scalars(select(CaseRow.id)))
        states = audit_state.case_states(session, ids)
        rows = session.execute(select(*(CaseRow.__table__.c[n] for n in BEFORE))).all()
    before = {r[0]: audit_state._digest(audit_state._plain_row(r)) for r in rows}
    return {cid: (audit_state.split(states[cid])["row"], before[cid]) for cid in ids}


def test_an_older_queue_gets_the_field_and_its_trail_still_verifies(
        db_url: str, tmp_path: Path) -> None:
    old = Store.open(db_url, key_dir=tmp_path)
    load_demo(old, "tester")
    old.close()
    _as_before_0013(db_url)
    store = Store.open(db_url, key_dir=tmp_path)
    try:
        cases = list(store.cases.iter_all())
        assert cases and not any(c.port_texts for c in cases)  # the platform's default
        for now, before in _row_digests(store).values():
            assert now == before  # what an entry written before 0013 vouches for
        assert store.audit.verify(None).ok
        port_in = next(c for c in cases if c.kind == CaseKind.PORT_IN)
        assert port_in.id is not None
        store.cases.update(port_in.with_changes(port_texts=True), "tester")
        assert store.cases.get(port_in.id).port_texts is True
        assert store.audit.verify(None).ok
    finally:
        store.close()
    engine = create_engine(db_url)  # the field changed outside PortDesk
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE cases SET port_texts = false WHERE id = :id"),
                         {"id": port_in.id})
    finally:
        engine.dispose()
    store = Store.open(db_url, key_dir=tmp_path)
    try:
        report = store.audit.verify(None)
        assert not report.ok
    finally:
        store.close()


def _as_an_older_desk(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process writes audit entries as a PortDesk from before 0013 did: its row digest
    knows no LATER column (an older desk on a shared queue during the upgrade)."""
    monkeypatch.setattr(audit_state, "_with_later", lambda row, _later: row)


def test_a_case_an_older_desk_wrote_is_no_tampering_and_the_field_stays_guarded(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(db_url, key_dir=tmp_path)
    try:
        load_demo(store, "tester")
        port_ins = [c for c in store.cases.iter_all() if c.kind == CaseKind.PORT_IN
                    and c.status.value == "draft"][:2]
        ticked, other = port_ins
        assert ticked.id is not None and other.id is not None
        store.cases.update(ticked.with_changes(port_texts=True), "ana")  # a newer desk
        with monkeypatch.context() as older:
            _as_an_older_desk(older)
            case = store.cases.get(ticked.id)  # an older desk edits the notes, unaware
            store.cases.update(case.with_changes(notes="called the customer"), "bob")
            case = store.cases.get(other.id)
            store.cases.update(case.with_changes(notes="left a message"), "bob")
        report = store.audit.verify(None)
        assert report.ok, report.findings
        assert len(report.notes) == 1 and ticked.reference in report.notes[0]
        assert "written by an older PortDesk" in report.notes[0]
        assert "Texts (SMS/MMS)" in report.notes[0]
    finally:
        store.close()
    engine = create_engine(db_url)  # the field set outside PortDesk on the other case
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE cases SET port_texts = true WHERE id = :id"),
                         {"id": other.id})
    finally:
        engine.dispose()
    store = Store.open(db_url, key_dir=tmp_path)
    try:
        report = store.audit.verify(None)
        assert not report.ok
        said = [f.message for f in report.findings]
        assert any(other.reference in m and "Texts (SMS/MMS) changed outside PortDesk" in m
                   for m in said), said
        assert not any(ticked.reference in m for m in said)  # still only a note
    finally:
        store.close()


def test_a_case_made_with_its_texts_ticked_records_it(db_url: str, tmp_path: Path) -> None:
    """A case created (or imported) with the field off its default records the value in its
    creation entry, so an older desk's later write is still held against it."""
    from dataclasses import replace

    from tests.helpers import case

    store = Store.open(db_url, key_dir=tmp_path)
    try:
        made = store.cases.create(replace(case(), port_texts=True), "ana")
        assert made.id is not None
        created = store.audit.for_case(made.id)[0]
        assert created.action == "case.created" and created.changes.get("port_texts") is True
        plain = store.cases.create(case(account_name="Plain LLC"), "ana")
        assert plain.id is not None
        assert "port_texts" not in store.audit.for_case(plain.id)[0].changes
    finally:
        store.close()
