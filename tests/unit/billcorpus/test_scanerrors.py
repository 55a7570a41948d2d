"""scanlab --errors: a scan's check that ends in a refusal or a traceback is counted by kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.errors import NotABill
from tests.billcorpus.scanerrors import _kind, _run, errors_table


def _raised(exc: Exception) -> Exception:
    try:
        raise exc
    except Exception as caught:  # noqa: BLE001 - the test keeps its traceback
        return caught


def test_a_known_failure_is_a_refusal_and_a_bug_a_traceback_with_no_value() -> None:
    assert _kind(_raised(NotABill("scan.png: no account details 555-0100")), 1) == (
        "refused NotABill")
    kind = _kind(_raised(KeyError("Dana Lee")), 2)
    assert kind.startswith("traceback KeyError") and "Dana" not in kind


def test_a_command_that_fails_records_its_kind(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORTDESK_DATA_DIR", str(tmp_path / "data"))
    seen: list[str] = []
    code, data = _run(["bill", "extract", str(tmp_path / "absent.pdf"), "--json"], seen)
    assert code != 0 and data is None
    assert len(seen) == 1 and seen[0].startswith("refused ")


def test_the_table_leads_with_the_bills_in_error() -> None:
    from collections import Counter

    table = errors_table(Counter({"bills": 4, "calls": 20, "bills in error": 1,
                                  "check: refused NotABill": 3}))
    assert table.splitlines()[0].endswith("bills ending in an error 1")
    assert "3 check: refused NotABill" in table
