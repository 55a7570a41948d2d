"""The forgeries: each a way to tamper with a PortDesk database, and the break it should be named.

Registered in order into forgeries.FORGERIES; see forgeries.py for the toolkit and the queue they
run against.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from portdesk.store.anchors import Anchor
from portdesk.store.audit import entry_body
from portdesk.store.schema import (
    CaseRow,
    CommentRow,
    DocumentRow,
    NumberRow,
    StatusChangeRow,
    VerificationRow,
)
from tests.integration.store.forgeries import (
    AUDIT,
    FORGERIES,
    HEAD,
    Template,
    _case_with,
    _database_id,
    _entries,
    _guessed_key,
    _last,
    _mid,
    _rewrite_from,
    _set,
    _unkeyed,
    fixed_box,
    forgery,
)

__all__ = ["FORGERIES"]


@forgery("alter an entry's action", "entries", "altered")
def _f1(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], action="case.viewed")


@forgery("alter an entry's changes", "entries", "altered")
def _f2(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], changes={})


@forgery("alter an entry's actor", "entries", "altered")
def _f3(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], actor="mallory")


@forgery("alter an entry's time", "entries", "altered")
def _f4(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], at=datetime(2020, 1, 1, tzinfo=UTC))


@forgery("alter an entry's case reference", "entries", "altered")
def _f5(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], case_reference="PD-999999")


@forgery("move an entry to another case", "entries", "altered")
def _f6(c: Connection, t: Template) -> None:
    row = _mid(c)
    _set(c, row["id"], case_id=(row["case_id"] or 0) + 1)


@forgery("alter an entry's seal only", "entries", "altered")
def _f7(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], hash="f" * 64)


@forgery("alter an entry's link to the previous one", "entries", "altered")
def _f8(c: Connection, t: Template) -> None:
    _set(c, _mid(c)["id"], prev_hash="0" * 64)


@forgery("alter an entry's state digest", "entries", "altered")
def _f9(c: Connection, t: Template) -> None:
    row = next(r for r in _entries(c) if r["state"])
    _set(c, row["id"], state=row["state"][::-1])


@forgery("delete an entry in the middle", "entries", "removed")
def _f10(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT).where(AUDIT.c.id == _mid(c)["id"]))


@forgery("delete the first entry", "entries", "removed")
def _f11(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT).where(AUDIT.c.id == _entries(c)[0]["id"]))


@forgery("insert a forged entry (copying a real one)", "entries", "inserted")
def _f12(c: Connection, t: Template) -> None:
    row = {k: v for k, v in _mid(c).items() if k != "id"}
    c.execute(insert(AUDIT).values(**{**row, "action": "case.viewed"}))


@forgery("insert an exact copy of an entry", "entries", "inserted")
def _f13(c: Connection, t: Template) -> None:
    c.execute(insert(AUDIT).values(**{k: v for k, v in _mid(c).items() if k != "id"}))


@forgery("append a forged entry and move the head", "entries", "inserted")
def _f14(c: Connection, t: Template) -> None:
    last = _last(c)
    row = {k: v for k, v in last.items() if k != "id"}
    row.update(seq=last["seq"] + 1, prev_hash=last["hash"], action="case.edited")
    row["hash"] = _unkeyed(row, "")
    c.execute(insert(AUDIT).values(**row))
    c.execute(update(HEAD).values(last_seq=row["seq"], last_hash=row["hash"]))


@forgery("swap two entries", "entries", "reordered")
def _f15(c: Connection, t: Template) -> None:
    rows = _entries(c)
    a, b = rows[10], rows[20]
    _set(c, a["id"], **{k: v for k, v in b.items() if k != "id"})
    _set(c, b["id"], **{k: v for k, v in a.items() if k != "id"})


@forgery("truncate the tail (head left as it was)", "truncation", "truncated")
def _f16(c: Connection, t: Template) -> None:
    cut = _entries(c)[-3]["id"]
    c.execute(delete(AUDIT).where(AUDIT.c.id >= cut))


@forgery("truncate the tail and move the head back", "truncation", "head")
def _f17(c: Connection, t: Template) -> None:
    rows = _entries(c)
    c.execute(delete(AUDIT).where(AUDIT.c.id >= rows[-3]["id"]))
    keep = rows[-4]
    c.execute(update(HEAD).values(last_id=keep["id"], last_seq=keep["seq"],
                                  last_hash=keep["hash"]))


@forgery("truncate the tail and delete the head", "truncation", "head")
def _f18(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT).where(AUDIT.c.id >= _entries(c)[-3]["id"]))
    c.execute(delete(HEAD))


@forgery("restore an older copy of the log and head", "truncation", "truncated")
def _f19(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))
    c.execute(insert(AUDIT), t.old_log)
    c.execute(delete(HEAD))
    c.execute(insert(HEAD).values(**t.old_head))


@forgery("replace the head with a forged one", "chain", "head")
def _f20(c: Connection, t: Template) -> None:
    mid = _mid(c)
    c.execute(update(HEAD).values(last_id=mid["id"], last_seq=mid["seq"],
                                  last_hash=mid["hash"]))


@forgery("alter an entry, recompute the chain unkeyed", "chain", "altered")
def _f21(c: Connection, t: Template) -> None:
    mid = _mid(c)
    _set(c, mid["id"], actor="mallory")
    _rewrite_from(c, mid["id"], _unkeyed)


@forgery("alter an entry, recompute the chain with a guessed key", "chain", "altered")
def _f22(c: Connection, t: Template) -> None:
    mid = _mid(c)
    _set(c, mid["id"], actor="mallory")
    _rewrite_from(c, mid["id"], _guessed_key, _database_id(c))


@forgery("delete an entry, recompute the chain unkeyed", "chain", "altered")
def _f23(c: Connection, t: Template) -> None:
    mid = _mid(c)
    c.execute(delete(AUDIT).where(AUDIT.c.id == mid["id"]))
    _rewrite_from(c, mid["id"], _unkeyed)


@forgery("insert an entry, recompute the chain unkeyed", "chain", "inserted")
def _f24(c: Connection, t: Template) -> None:
    rows = _entries(c)
    tail = [r for r in rows if r["id"] >= rows[len(rows) // 2]["id"]]
    c.execute(delete(AUDIT).where(AUDIT.c.id >= tail[0]["id"]))
    forged = {**{k: v for k, v in tail[0].items() if k != "id"}, "action": "case.viewed"}
    c.execute(insert(AUDIT).values(**forged))
    for r in tail:
        c.execute(insert(AUDIT).values(**{k: v for k, v in r.items() if k != "id"}))
    _rewrite_from(c, tail[0]["id"], _unkeyed)


@forgery("edit a case row and the entry covering it, recompute unkeyed", "chain", "altered")
def _f25(c: Connection, t: Template) -> None:
    row = _last(c)
    c.execute(update(CaseRow.__table__).where(CaseRow.id == row["case_id"])
              .values(account_number="AC-FORGED"))
    _set(c, row["id"], state="0" * 149)
    _rewrite_from(c, row["id"], _unkeyed)


@forgery("truncate the tail, recompute the head unkeyed", "chain", "head")
def _f26(c: Connection, t: Template) -> None:
    rows = _entries(c)
    c.execute(delete(AUDIT).where(AUDIT.c.id >= rows[-3]["id"]))
    _rewrite_from(c, rows[-4]["id"], _unkeyed)
    keep = rows[-4]
    c.execute(update(HEAD).values(last_id=keep["id"], last_seq=keep["seq"]))


@forgery("wipe the log", "wipe", "wiped")
def _f27(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))


@forgery("wipe the head", "wipe", "head")
def _f28(c: Connection, t: Template) -> None:
    c.execute(delete(HEAD))


@forgery("wipe both audit tables", "wipe", "wiped")
def _f29(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))
    c.execute(delete(HEAD))


@forgery("wipe both tables and the database identity", "wipe", "identity")
def _f30(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))
    c.execute(delete(HEAD))
    c.exec_driver_sql("DELETE FROM sync_state WHERE key = 'database.id'")


@forgery("wipe both tables and plant the upgrade marker (to re-baseline)", "wipe", "wiped")
def _f31(c: Connection, t: Template) -> None:
    c.execute(delete(AUDIT))
    c.execute(delete(HEAD))
    c.exec_driver_sql("INSERT INTO sync_state (key, value) VALUES ('audit.upgrade_pending', '1')")


@forgery("edit a case's account number", "cases", "case_row")
def _f32(c: Connection, t: Template) -> None:
    c.execute(update(CaseRow.__table__).where(CaseRow.id == 3).values(account_number="AC-X"))


@forgery("edit a case's status", "cases", "case_row")
def _f33(c: Connection, t: Template) -> None:
    c.execute(update(CaseRow.__table__).where(CaseRow.id == 20).values(status="ported"))


@forgery("edit a case row and bump its version", "cases", "case_row")
def _f34(c: Connection, t: Template) -> None:
    c.execute(update(CaseRow.__table__).where(CaseRow.id == 4)
              .values(assignee="mallory", version=CaseRow.version + 1))


@forgery("swap two cases' PIN ciphertexts", "cases", "case_row")
def _f35(c: Connection, t: Template) -> None:
    table = CaseRow.__table__
    a, b = (c.execute(select(table.c.pin_encrypted).where(table.c.id == i)).scalar()
            for i in (5, 6))
    c.execute(update(table).where(table.c.id == 5).values(pin_encrypted=b))
    c.execute(update(table).where(table.c.id == 6).values(pin_encrypted=a))


@forgery("change a case's reference", "cases", "case_row")
def _f36(c: Connection, t: Template) -> None:
    c.execute(update(CaseRow.__table__).where(CaseRow.id == 7).values(reference="PD-777777"))


@forgery("roll a case row back to an older copy", "cases", "case_row")
def _f37(c: Connection, t: Template) -> None:
    table = CaseRow.__table__
    c.execute(update(table).where(table.c.id == t.old_case["id"]).values(
        **{k: v for k, v in t.old_case.items() if k != "id"}))


@forgery("edit a number", "cases", "case_numbers")
def _f38(c: Connection, t: Template) -> None:
    c.execute(update(NumberRow.__table__).where(NumberRow.case_id == 8)
              .values(e164="+12125550199"))


@forgery("add a number to a case", "cases", "case_numbers")
def _f39(c: Connection, t: Template) -> None:
    c.execute(insert(NumberRow.__table__).values(case_id=9, position=5, e164="+13125550150",
                                                 kind="fixed", country="US", status="pending"))


@forgery("delete a number", "cases", "case_numbers")
def _f40(c: Connection, t: Template) -> None:
    c.execute(delete(NumberRow.__table__).where(NumberRow.case_id == 10))


@forgery("mark a number ported", "cases", "case_numbers")
def _f41(c: Connection, t: Template) -> None:
    c.execute(update(NumberRow.__table__).where(NumberRow.case_id == 11).values(status="ported"))


@forgery("edit a status change's reason", "history", "case_history")
def _f42(c: Connection, t: Template) -> None:
    table = StatusChangeRow.__table__
    first = c.execute(select(func.max(table.c.id)).where(table.c.case_id == 2)).scalar()
    c.execute(update(table).where(table.c.id == first).values(reason="customer asked"))


@forgery("delete a status change", "history", "case_history")
def _f43(c: Connection, t: Template) -> None:
    table = StatusChangeRow.__table__
    last = c.execute(select(func.max(table.c.id)).where(table.c.case_id == 3)).scalar()
    c.execute(delete(table).where(table.c.id == last))


@forgery("insert a status change", "history", "case_history")
def _f44(c: Connection, t: Template) -> None:
    c.execute(insert(StatusChangeRow.__table__).values(
        case_id=30, from_status="draft", to_status="submitted", actor="mallory",
        at=datetime(2026, 1, 5, tzinfo=UTC), reason="backdated"))


@forgery("insert a whole case", "cases", "case_added")
def _f45(c: Connection, t: Template) -> None:
    table = CaseRow.__table__
    row = dict(c.execute(select(table).where(table.c.id == 31)).one()._mapping)
    row.update(id=None, reference="PD-900001", account_name="Ghost Co")
    row.pop("id")
    c.execute(insert(table).values(**row))


@forgery("delete a case", "cases", "case_deleted")
def _f46(c: Connection, t: Template) -> None:
    for table in (NumberRow.__table__, StatusChangeRow.__table__):
        c.execute(delete(table).where(table.c.case_id == 29))
    c.execute(delete(CaseRow.__table__).where(CaseRow.id == 29))


@forgery("edit a comment", "records", "case_comments")
def _f47(c: Connection, t: Template) -> None:
    c.execute(update(CommentRow.__table__).where(
        CommentRow.case_id == _case_with(c, CommentRow.__table__)).values(body="all fine"))


@forgery("delete a document", "records", "case_documents")
def _f48(c: Connection, t: Template) -> None:
    c.execute(delete(DocumentRow.__table__).where(
        DocumentRow.case_id == _case_with(c, DocumentRow.__table__)))


@forgery("swap a document's sealed content for another's", "records", "document")
def _f49(c: Connection, t: Template) -> None:
    table = DocumentRow.__table__
    first, second = (r.content for r in c.execute(select(table.c.content)
                                                  .order_by(table.c.id).limit(2)))
    low = c.execute(select(func.min(table.c.id))).scalar()
    c.execute(update(table).where(table.c.id == low).values(content=second))
    assert first != second


@forgery("edit a field verification", "records", "case_verifications")
def _f50(c: Connection, t: Template) -> None:
    c.execute(update(VerificationRow.__table__).values(verdict="mismatch"))


def _reseal_with_stolen_key(c: Connection, t: Template) -> Anchor:
    """A forger holding the workstation's key: alter an entry and reseal everything after it."""
    box, db = fixed_box(), _database_id(c)
    mid = _mid(c)
    _set(c, mid["id"], actor="mallory")

    def seal(row: dict[str, Any], _db: str) -> str:
        return box.audit_seal(entry_body(db, row["seq"], row["prev_hash"], row["at"],
                                         row["actor"], row["case_id"], row["case_reference"],
                                         row["action"], row["changes"], row["state"]))
    _rewrite_from(c, mid["id"], seal)
    last = _last(c)
    c.execute(update(HEAD).values(seal=box.audit_seal(
        f"head|{db}|{last['seq']}|{last['hash']}".encode())))
    return Anchor(last["seq"], last["hash"])


@forgery("stolen key: alter, reseal the chain, move the anchor (checkpoint kept)",
         "stolen key", "rewritten", needs_checkpoint=True, stolen_key=True)
def _f51(c: Connection, t: Template) -> None:
    anchor = _reseal_with_stolen_key(c, t)
    t.anchors = {k: anchor for k in t.anchors}


@forgery("stolen key: alter, reseal the chain, move the anchor (no checkpoint)",
         "stolen key", "rewritten", stolen_key=True, within_reach=False)
def _f52(c: Connection, t: Template) -> None:
    anchor = _reseal_with_stolen_key(c, t)
    t.anchors = {k: anchor for k in t.anchors}
