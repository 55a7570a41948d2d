"""Nothing readable at rest: a bytes search of the database, its WAL and the log for a known PIN,
account number and a bill's text finds nothing (issue 19: `grep 4821` found the PIN in both).

PDFs usually compress their text, which would hide it from a byte search whether PortDesk seals
them or not; so the documents here are written with uncompressed text first (as many scanners
and older tools write them) and the test checks the secret is really in them before attaching.
"""

from __future__ import annotations

import hashlib
import io
import logging
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject
from sqlalchemy import create_engine, insert, text
from sqlalchemy.exc import IntegrityError

from portdesk.config import Settings
from portdesk.loa.signature import typed_to_png
from portdesk.loa.standard import render_standard_loa
from portdesk.logs import file_handler
from portdesk.services.bill_desk import attach_bill
from portdesk.services.loa import sign_case_loa
from portdesk.store.audit import GENESIS, legacy_digest
from portdesk.store.engine import _alembic_config
from portdesk.store.schema import CaseRow
from portdesk.store.store import Store
from tests.billcorpus import GeneratedBill
from tests.helpers import case, case_for, shows

PIN = "739146"
BILL_TEXT = b"Please detach and return this portion"
OLD_LOA = b"PIN " + PIN.encode() + b" signed"


def uncompressed(pdf: bytes) -> bytes:
    """The same PDF with its page text stored plain (what a byte search of it would find)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        stream = DecodedStreamObject()
        stream.set_data(page.get_contents().get_data())  # type: ignore[union-attr]
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def found(path: Path, *needles: bytes) -> list[bytes]:
    data = path.read_bytes() if path.exists() else b""
    return [n for n in needles if n in data]


def test_pin_account_and_bill_text_are_not_readable_at_rest(
        tmp_path: Path, settings: Settings, bill: GeneratedBill) -> None:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}")
    created = store.cases.create(case_for(bill, pin=PIN), "ana")
    assert created.id is not None
    account = created.account_number.encode()
    plain_bill = uncompressed(bill.path.read_bytes())
    assert BILL_TEXT in plain_bill and account in plain_bill
    (tmp_path / "bill-plain.pdf").write_bytes(plain_bill)
    attached = attach_bill(store, settings, "ana", created.id, tmp_path / "bill-plain.pdf")
    loa = uncompressed(render_standard_loa(created, settings.branding))
    assert PIN.encode() in loa
    signed = sign_case_loa(store, settings, "ana", created.reference,
                           typed_to_png("Maria Lopez"), "Maria Lopez", pdf=loa)
    log = tmp_path / "logs" / "portdesk.log"
    log.parent.mkdir()
    _log_failures(store, log, created.account_number)
    wal = db.with_name(db.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for path in (db, wal):
        assert found(path, PIN.encode(), BILL_TEXT) == [], path.name
    assert found(log, PIN.encode(), account, BILL_TEXT) == []
    assert "hidden due to hide_parameters" in log.read_text()
    assert store.documents.content(signed.document.id) == signed.result.pdf
    assert store.documents.content(attached.document.id) == plain_bill
    assert store.audit.verify().ok
    store.close()


def _log_failures(store: Store, path: Path, account_number: str) -> None:
    """What used to put secrets in the crash log: a failed statement, an exception quoting a PIN."""
    logger = logging.getLogger("portdesk.test_at_rest")
    handler = file_handler(path)
    logger.addHandler(handler)
    try:
        with store.engine.begin() as conn:  # a second PD-000001: refused by the database
            conn.execute(insert(CaseRow).values(
                reference="PD-000001", account_name="Copy", account_number=account_number,
                created_at=datetime.now(UTC), updated_at=datetime.now(UTC)))
    except IntegrityError:
        logger.exception("saving the case failed")
    try:
        raise ValueError(f"the carrier answered '{PIN}' does not match the account")
    except ValueError:
        logger.exception("sync failed")
    logger.error("payload %s", {"pin": PIN})
    logger.removeHandler(handler)
    handler.close()


def _legacy_database(path: Path) -> str:
    """A queue as PortDesk wrote it before sealing: schema 0002, plain documents, unkeyed log."""
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
    now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO cases (id, reference, kind, status, service_type, country, "
            "customer_type, account_name, authorized_name, authorized_title, account_number, btn, "
            "losing_carrier, service_address, port_type, remaining_numbers, new_btn, "
            "platform_refs, temporary_number, assignee, notes, contact_phone, contact_email, "
            "exception_detail, sync_state, sync_error, number_count, next_milestone, "
            "search_text, created_at, updated_at, version) VALUES (1, 'PD-000001', 'port_in', "
            "'draft', 'wireline', 'US', 'business', 'Harbor Dental', '', '', '4410-2231-09', '', "
            "'Lumen', '{}', 'full', '[]', '', '[]', '', '', '', '', '', '', 'local', '', 1, '', "
            "'', :now, :now, 1)"), {"now": now})
        conn.execute(text("INSERT INTO case_numbers (case_id, position, e164, kind, country, "
                          "status) VALUES (1, 0, '+12125550142', 'fixed', 'US', 'pending')"))
        conn.execute(text("INSERT INTO documents (case_id, kind, filename, media_type, content, "
                          "size, sha256, created_at, created_by, meta) VALUES (1, 'loa_signed', "
                          "'loa.pdf', 'application/pdf', :content, 17, :sha, :now, 'ana', '{}')"),
                     {"content": OLD_LOA, "sha": hashlib.sha256(OLD_LOA).hexdigest(), "now": now})
        prev = GENESIS
        for i, action in enumerate(("case.created", "document.added"), start=1):
            digest = legacy_digest(prev, now, "ana", 1, "PD-000001", action, {})
            conn.execute(text("INSERT INTO audit_log (id, at, actor, case_id, case_reference, "
                              "action, changes, prev_hash, hash) VALUES (:id, :at, 'ana', 1, "
                              "'PD-000001', :action, '{}', :prev, :hash)"),
                         {"id": i, "at": now, "action": action, "prev": prev, "hash": digest})
            prev = digest
        conn.execute(text("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 2, :h)"),
                     {"h": prev})
    engine.dispose()
    return url


def test_an_upgrade_seals_old_documents_and_the_old_log(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    url = _legacy_database(db)
    assert found(db, PIN.encode()) == [PIN.encode()]
    store = Store.open(url)
    with sqlite3.connect(db) as conn:
        sealed = conn.execute("SELECT sealed, content FROM documents").fetchone()
    assert sealed[0] == 1 and PIN.encode() not in sealed[1]
    for path in (db, db.with_name(db.name + "-wal")):
        assert found(path, PIN.encode()) == [], path.name
    assert store.documents.content(1) == OLD_LOA
    report = store.audit.verify()
    assert report.ok, report.problem
    actions = [e.action for e in store.audit.iter_all()]
    assert actions == ["case.created", "document.added", "audit.keyed", "case.baseline"]
    store.cases.update(replace(store.cases.get(1), notes="upgraded"), "ana")
    assert store.audit.verify().ok
    store.close()
    with sqlite3.connect(db) as conn:  # an entry from before the key, rewritten with its hash
        conn.execute("DROP TRIGGER audit_log_no_update")
        changed = legacy_digest(GENESIS, datetime(2026, 3, 2, 9, 30, tzinfo=UTC), "mallory", 1,
                                "PD-000001", "case.created", {})
        conn.execute("UPDATE audit_log SET actor='mallory', hash=? WHERE id=1", (changed,))
    reopened = Store.open(url)
    report = reopened.audit.verify()
    reopened.close()
    assert not report.ok and "before the key" in report.problem


def test_merge_bases_keep_the_pin_sealed(store: Store) -> None:
    """The sync's merge base (the case's values as last synced) is a stored copy holding the PIN."""
    from portdesk.domain.draft_fields import case_values
    from portdesk.services.sync_conflicts import ConflictKeeper
    from portdesk.store.sync_repo import SyncRepository

    created = store.cases.create(case(pin=PIN), "ana")
    assert created.id is not None
    keeper = ConflictKeeper(store, SyncRepository(store.sessions, store.box), "sync")
    with store.transaction() as session:
        keeper.save_base(session, created.id, case_values(created))
    with store.engine.connect() as conn:
        for table in ("cases", "audit_log", "sync_state", "outbox", "case_numbers"):
            dump = " ".join(str(r) for r in conn.execute(text(f"SELECT * FROM {table}")))
            assert not shows(PIN, dump), table
    with store.transaction() as session:
        assert (keeper.load_base(session, created.id) or {})["pin"] == PIN
