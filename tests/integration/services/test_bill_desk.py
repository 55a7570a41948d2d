"""The desk's bill check use cases on a real SQLite store with generated bills."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter

from portdesk.bills.errors import NotABill, PasswordRequired, ReadCancelled, UnreadableBill
from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.errors import Conflict, PortDeskError
from portdesk.domain.readiness import Level
from portdesk.services import bill_desk
from portdesk.services.cases import readiness
from portdesk.store.store import Store
from tests.billcorpus import GeneratedBill, make_scan
from tests.helpers import case_for


def saved(store: Store, case: PortCase) -> PortCase:
    return store.cases.create(case, "tester")


def checks_by_id(store: Store, case: PortCase, bill: GeneratedBill) -> dict[str, Any]:
    today = bill.truth.statement_date + timedelta(days=3)
    return {c.id: c for c in readiness(store, store.cases.get(case.id or 0), Settings(), today)}


def attach(store: Store, case: PortCase, path: Path, bill: GeneratedBill,
           **kwargs: Any) -> bill_desk.AttachedBill:
    assert case.id is not None
    return bill_desk.attach_bill(store, Settings(), "tester", case.id, path,
                                 today=bill.truth.statement_date + timedelta(days=3), **kwargs)


def test_attach_stores_the_bill_records_verdicts_and_feeds_readiness(
        store: Store, bill: GeneratedBill) -> None:
    case = saved(store, case_for(bill, account_number="999-000-111"))
    steps: list[tuple[int, int]] = []
    got = attach(store, case, bill.path, bill, progress=lambda d, t, _: steps.append((d, t)))
    assert steps and steps[-1][0] == steps[-1][1]
    assert got.document.kind == "bill" and got.document.filename == "bill.pdf"
    assert got.document.sha256 and got.display_pdf == bill.path.read_bytes()
    stored = store.documents.latest(case.id or 0, "bill")
    assert stored is not None
    assert stored.meta["statement_date"] == bill.truth.statement_date.isoformat()
    assert stored.meta["source"] == "text"
    assert stored.meta["verdicts"]["account_number"] == "mismatch"
    assert stored.meta["summary"]["mismatched"] == ["account_number"]
    verifications = {v.field: v for v in store.verifications.for_case(case.id or 0)}
    assert set(verifications) == {*bill_desk.COMPARED, "numbers"}
    assert {v.method for v in verifications.values()} == {"bill"}
    assert verifications["account_number"].verdict == "mismatch"
    assert verifications["account_name"].verdict == "exact"
    actions = [e.action for e in store.audit.for_case(case.id or 0)]
    assert "document.added" in actions and actions.count("field.verified") == 6
    checks = checks_by_id(store, case, bill)
    assert checks["bill"].level == Level.PASS
    assert checks["exact_values"].level == Level.FAIL
    assert checks["exact_values"].field == "account_number"


def test_rows_list_fields_then_numbers_with_evidence(store: Store, bill: GeneratedBill) -> None:
    case = saved(store, case_for(bill, numbers=[*bill.truth.numbers,
                                                bill.truth.dialed_numbers[0]]))
    rows = bill_desk.comparison_rows(attach(store, case, bill.path, bill).report)
    assert [r.key for r in rows[:5]] == list(bill_desk.COMPARED)
    numbers = {r.key: r for r in rows[5:]}
    assert numbers[f"number:{bill.truth.btn}"].verdict == "exact"
    dialed = numbers[f"number:{bill.truth.dialed_numbers[0]}"]
    assert dialed.verdict == "not_found" and dialed.bill == "" and not dialed.can_use_bill_value
    assert all(r.evidence is not None for r in rows[:5])
    assert not any(r.can_use_bill_value for r in rows)  # all exact: nothing to copy


def test_use_bill_value_updates_the_case_audits_and_clears_the_mismatch(
        store: Store, bill: GeneratedBill) -> None:
    case = saved(store, case_for(bill, account_name=bill.truth.account_name + "s"))
    got = attach(store, case, bill.path, bill)
    row = next(r for r in bill_desk.comparison_rows(got.report) if r.key == "account_name")
    assert row.verdict == "mismatch" and row.can_use_bill_value
    new_case, report = bill_desk.use_bill_value(
        store, Settings(), "tester", got.case, "account_name", got.report.fields, got.document.id)
    assert new_case.account_name == bill.truth.account_name
    assert new_case.version == case.version + 1
    assert report.comparison.fields["account_name"].verdict.value == "exact"
    entry = store.audit.for_case(case.id or 0)[-2]
    assert entry.action == "case.bill_value_used"
    assert "account_name" in entry.changes
    assert store.verifications.for_case(case.id or 0)[-1].verdict == "exact"
    assert checks_by_id(store, case, bill)["exact_values"].level == Level.PASS


def test_use_bill_value_copies_the_address_and_refuses_a_stale_field(
        store: Store, bill: GeneratedBill) -> None:
    address = bill.truth.service_address
    assert address is not None
    case = saved(store, case_for(bill, service_address={**address.to_dict(), "line2": "Ste 9"}))
    got = attach(store, case, bill.path, bill)
    assert got.report.comparison.fields["service_address"].verdict.value == "mismatch"
    someone = store.cases.update(replace(got.case, service_address=replace(
        got.case.service_address, line2="Suite 77")), "someone else")
    with pytest.raises(Conflict, match="changed by someone else"):
        bill_desk.use_bill_value(store, Settings(), "tester", got.case, "service_address",
                                 got.report.fields, got.document.id)
    new_case, _ = bill_desk.use_bill_value(store, Settings(), "tester", someone,
                                           "service_address", got.report.fields,
                                           got.document.id)
    assert new_case.service_address == address


def test_use_bill_value_refuses_what_the_bill_cannot_give(store: Store,
                                                          bill: GeneratedBill) -> None:
    case = saved(store, case_for(bill))
    got = attach(store, case, bill.path, bill)
    masked = replace(got.report.fields, account_number="****1878")
    with pytest.raises(PortDeskError, match="no complete account number"):
        bill_desk.use_bill_value(store, Settings(), "tester", got.case, "account_number",
                                 masked, got.document.id)
    with pytest.raises(PortDeskError, match="cannot be copied"):
        bill_desk.use_bill_value(store, Settings(), "tester", got.case, "pin",
                                 got.report.fields, got.document.id)


def test_verified_another_way_is_recorded_and_counts_for_readiness(
        store: Store, bill: GeneratedBill) -> None:
    case = saved(store, case_for(bill, account_number="999-000-111"))
    attach(store, case, bill.path, bill)
    assert case.id is not None
    with pytest.raises(PortDeskError, match="unknown verification method"):
        bill_desk.verify_another_way(store, "tester", case.id, "account_number", "fax", "x")
    with pytest.raises(PortDeskError, match="say how"):
        bill_desk.verify_another_way(store, "tester", case.id, "account_number", "csr", "  ")
    with pytest.raises(PortDeskError, match="not a field"):
        bill_desk.verify_another_way(store, "tester", case.id, "pin", "csr", "read it")
    done = bill_desk.verify_another_way(store, "tester", case.id, "account_number", "csr",
                                        "CSR of 3 May   lists 999-000-111")
    assert (done.method, done.verdict, done.note) == ("csr", "verified",
                                                      "CSR of 3 May lists 999-000-111")
    last = store.audit.for_case(case.id)[-1]
    assert last.action == "field.verified" and last.changes["method"] == "csr"
    assert checks_by_id(store, case, bill)["exact_values"].level == Level.PASS


def _untouched(store: Store, case: PortCase) -> None:
    assert case.id is not None
    assert store.documents.for_case(case.id) == []
    assert store.verifications.for_case(case.id) == []
    assert store.cases.get(case.id).version == case.version


def test_cancel_during_the_read_leaves_the_case_untouched(store: Store,
                                                          bill: GeneratedBill) -> None:
    case = saved(store, case_for(bill))
    with pytest.raises(ReadCancelled):
        attach(store, case, bill.path, bill, cancel=lambda: True)
    _untouched(store, case)


def test_bad_files_say_why_and_leave_the_case_untouched(store: Store, bill: GeneratedBill,
                                                       tmp_path: Path) -> None:
    case = saved(store, case_for(bill))
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    from reportlab.pdfgen.canvas import Canvas

    letter = tmp_path / "letter.pdf"
    canvas = Canvas(str(letter))
    canvas.drawString(72, 720, "Dear customer, thank you for your order of garden furniture.")
    canvas.save()
    for path, error, words in ((empty, UnreadableBill, "empty"), (broken, UnreadableBill,
                                                                   "damaged"),
                               (letter, NotABill, "no account details found"),
                               (tmp_path / "gone.pdf", UnreadableBill, "cannot be opened")):
        with pytest.raises(error, match=words):
            attach(store, case, path, bill)
    _untouched(store, case)


def test_encrypted_bill_needs_its_password_and_is_shown_unlocked(
        store: Store, bill: GeneratedBill, tmp_path: Path) -> None:
    writer = PdfWriter()
    for page in PdfReader(bill.path).pages:
        writer.add_page(page)
    writer.encrypt("s3cret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    case = saved(store, case_for(bill))
    with pytest.raises(PasswordRequired):
        attach(store, case, locked, bill)
    with pytest.raises(PasswordRequired, match="wrong"):
        attach(store, case, locked, bill, password="nope")
    _untouched(store, case)
    got = attach(store, case, locked, bill, password="s3cret")
    assert got.display_pdf is not None
    shown = pdfium.PdfDocument(got.display_pdf)  # opens without a password
    assert len(shown) == len(PdfReader(bill.path).pages)
    assert got.document.sha256 and store.documents.content(got.document.id) == locked.read_bytes()
    assert "s3cret" not in repr(store.audit.for_case(case.id or 0))


def test_a_scan_is_shown_in_the_readers_page_size(bill: GeneratedBill, tmp_path: Path) -> None:
    scan = make_scan(bill.path, tmp_path / "scan.png", random.Random(3), noise=0)
    shown = bill_desk.display_copy(scan.read_bytes())
    assert shown is not None
    from PIL import Image

    with Image.open(scan) as image:
        expected = (image.width * 72 / 200, image.height * 72 / 200)  # the OCR reader's scale
    width, height = pdfium.PdfDocument(shown)[0].get_size()
    assert abs(width - expected[0]) < 0.5 and abs(height - expected[1]) < 0.5
    assert bill_desk.display_copy(b"not an image at all") is None
