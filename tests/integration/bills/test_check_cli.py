"""`portdesk bill check` on bills drawn for the case-first check: one line for another customer's
bill, evidence and reasons in the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portdesk.cli import main
from tests.unit.bills import drawn

STRANGER = {"account_name": "Lakeside Veterinary", "account_number": "7788-9900",
            "btn": "+16175550111", "numbers": ["+16175550111"], "carrier": "Cox",
            "service_address": {"line1": "9 Elm Rd", "city": "Boston", "state": "MA",
                                "postal_code": "02108"}}


def test_another_customers_bill_is_one_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bill = drawn.draw(tmp_path / "cox.pdf", drawn.cox_business())
    entries = tmp_path / "e.json"
    entries.write_text(json.dumps(STRANGER))
    assert main(["bill", "check", str(bill), "--entries", str(entries)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "another customer's bill" in out[0] and "cox.pdf" in out[0]
    assert main(["bill", "check", str(bill), "--entries", str(entries), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "another customer" in data["headline"]


def test_a_help_line_typed_as_a_number_says_where_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bill = drawn.draw(tmp_path / "cox.pdf", drawn.cox_business())
    entries = tmp_path / "e.json"
    entries.write_text(json.dumps({
        "account_name": "HARBOR DENTAL GROUP LLC", "account_number": "001 8402 117233801",
        "numbers": ["+18055550142", "+18665550190"], "carrier": "Cox Business"}))
    assert main(["bill", "check", str(bill), "--entries", str(entries), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] is None
    items = {i["number"]: i for i in data["fields"]["numbers"]["items"]}
    assert items["+18055550142"]["verdict"] == "exact"
    assert items["+18665550190"]["verdict"] == "not_found"
    assert "help line" in items["+18665550190"]["reason"]
    carrier = data["fields"]["carrier"]
    assert carrier["verdict"] == "equivalent" and carrier["evidence"]["page"] == 1
