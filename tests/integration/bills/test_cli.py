"""`portdesk bill extract` and `portdesk bill check` with real files, through the CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.numbers import format_display
from tests.billcorpus import GeneratedBill


def _entry(bill: GeneratedBill, **changes: object) -> dict[str, object]:
    t = bill.truth
    assert t.service_address is not None
    entry: dict[str, object] = {
        "account_name": t.account_name, "account_number": t.account_number, "btn": t.btn,
        "numbers": list(t.numbers), "carrier": t.carrier,
        "service_address": t.service_address.to_dict(), "pin": "1234",
    }
    entry.update(changes)
    return entry


def test_extract_json_shape(bill: GeneratedBill, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bill", "extract", str(bill.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"carrier", "account_name", "account_number", "statement_date",
                         "service_address", "billing_address", "btn", "numbers", "source",
                         "evidence", "read_from"}
    assert data["read_from"] == {}  # every value read from the page's text
    assert data["account_number"] == bill.truth.account_number
    assert data["statement_date"] == bill.truth.statement_date.isoformat()
    assert set(data["service_address"]) == {"line1", "line2", "city", "state", "postal_code"}
    assert data["btn"] == bill.truth.btn and data["source"] == "text"
    assert set(data["evidence"]["account_number"]) == {"page", "bbox", "text"}


def test_check_json_with_entries(bill: GeneratedBill, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    wrong = bill.truth.numbers[-1][:-1] + ("0" if bill.truth.numbers[-1][-1] != "0" else "1")
    entries = tmp_path / "entries.json"
    entries.write_text(json.dumps([_entry(
        bill, account_name=bill.truth.account_name.upper(),
        numbers=[*bill.truth.numbers, bill.truth.dialed_numbers[0], wrong])]))
    assert main(["bill", "check", str(bill.path), "--entries", str(entries), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"fields", "statement_date", "bill_age_days", "source", "headline"}
    assert data["headline"] is None
    f = data["fields"]
    assert set(f) == {"account_name", "account_number", "btn", "carrier", "service_address",
                      "numbers"}
    assert f["account_name"]["verdict"] == "equivalent"
    assert f["account_number"]["verdict"] == "exact"
    assert f["btn"] == {"verdict": "exact", "entered": format_display(bill.truth.btn),
                        "bill": format_display(bill.truth.btn), "reason": f["btn"]["reason"],
                        "evidence": f["btn"]["evidence"]}
    assert f["btn"]["evidence"]["page"] == 1 and len(f["btn"]["evidence"]["bbox"]) == 4
    items = {i["number"]: i["verdict"] for i in f["numbers"]["items"]}
    assert items[bill.truth.dialed_numbers[0]] == "not_found"  # dialed in call detail only
    assert items[wrong] == "not_found"
    assert f["numbers"]["verdict"] == "not_found"
    assert isinstance(data["bill_age_days"], int)


def test_check_table_output(bill: GeneratedBill, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    entries = tmp_path / "entries.json"
    entries.write_text(json.dumps({"entries": [_entry(bill, account_number="999999")]}))
    assert main(["bill", "check", str(bill.path), "--entries", str(entries)]) == 0
    out = capsys.readouterr().out
    assert "mismatch" in out and "statement date:" in out and "1234" not in out


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"), (b"not a bill at all", "not a PDF or an image")])
def test_bad_files_give_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 content: bytes, message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    assert main(["bill", "extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_bad_entries_file(bill: GeneratedBill, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    entries = tmp_path / "entries.json"
    entries.write_text("[]")
    assert main(["bill", "check", str(bill.path), "--entries", str(entries)]) == 1
    assert "no entries" in capsys.readouterr().err


def test_check_against_a_stored_case(bill: GeneratedBill, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from portdesk.domain.entries import case_from_entry
    from portdesk.store.store import Store

    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    store = Store.open(url)
    try:
        ref = store.cases.create(case_from_entry(_entry(bill)), "tester").reference
    finally:
        store.close()
    assert main(["--db", url, "bill", "check", str(bill.path), "--case", ref, "--json"]) == 0
    fields = json.loads(capsys.readouterr().out)["fields"]
    assert fields["account_number"]["verdict"] == "exact"
    assert fields["numbers"]["verdict"] == "exact"
    assert main(["--db", url, "bill", "check", str(bill.path), "--case", "PD-999999"]) == 1
