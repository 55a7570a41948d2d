"""What `case list` / `case show` say that a specialist trusts without looking further.

An FOC day an older PortDesk stored as the UTC date (migration 0009 lists it until the next sync
reads it again) was marked in the desk's queue only: `case list` and `case show` printed the day
bare, a day off the carrier's for a US desk. A case submitted here but not yet sent reads
"draft", and its details are final: `case show` says so.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.services import lookup
from portdesk.services.sync_dates import UTC_DAYS
from portdesk.store import quick_queue
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import submitted

FOC = date(2026, 12, 10)


def run(db: Path, *args: str) -> int:
    return main(["--db", f"sqlite:///{db}", *args])


@pytest.fixture
def queue(tmp_path: Path) -> Path:
    """Two cases with an FOC from the platform: the first still the UTC date 0009 listed."""
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    for i, nums in enumerate((["312-555-0101"], ["312-555-0102"])):
        case = submitted(store, nums)
        assert case.id is not None
        for item, _state, _err in store.outbox.items_for_case(case.id):
            store.outbox.mark_done(item.id)
        store.outbox.set_case_values(case.id, platform_order_id=f"po-{i}", foc_date=FOC,
                                     status="foc_confirmed")
    store.outbox.put_json(UTC_DAYS, {"1": FOC.isoformat()})  # as migration 0009 writes it
    store.close()
    return db


@pytest.mark.parametrize("quick", [True, False], ids=["quick-reader", "store"])
def test_case_list_marks_a_utc_foc_in_the_table_and_the_json(
        queue: Path, quick: bool, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not quick:  # the Store answers (a file the quick reader may not read)
        monkeypatch.setattr(lookup, "quick_queue_page", lambda *a: None)
    assert run(queue, "case", "list") == 0
    out = capsys.readouterr().out
    [first] = [line for line in out.splitlines() if line.startswith("PD-000001")]
    [second] = [line for line in out.splitlines() if line.startswith("PD-000002")]
    assert "2026-12-10 UTC" in first and "UTC" not in second
    assert "reads it again" in out
    assert run(queue, "case", "list", "--json") == 0
    rows = {r["reference"]: r for r in json.loads(capsys.readouterr().out)["cases"]}
    assert rows["PD-000001"]["foc_utc_date"] is True
    assert rows["PD-000002"]["foc_utc_date"] is False


def test_case_show_marks_a_utc_foc(queue: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(queue, "case", "show", "PD-000001") == 0
    # the dates line (the status line reads "FOC confirmed", in words, since session 19)
    [line] = [ln for ln in capsys.readouterr().out.splitlines() if "FOC 20" in ln]
    assert "FOC 2026-12-10 UTC" in line and "next sync reads it again" in line
    assert run(queue, "case", "show", "PD-000002") == 0
    [line] = [ln for ln in capsys.readouterr().out.splitlines() if "FOC 20" in ln]
    assert line.rstrip().endswith("FOC 2026-12-10")
    assert run(queue, "case", "show", "PD-000001", "--json") == 0
    assert json.loads(capsys.readouterr().out)["foc_utc_date"] is True
    assert run(queue, "case", "show", "PD-000001", "--include-secrets", "--json") == 0
    assert json.loads(capsys.readouterr().out)["foc_utc_date"] is True  # the Store's path


def test_case_show_says_a_submit_waits_and_the_details_are_final(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    submitted(store, ["312-555-0101"])
    store.close()
    assert run(db, "case", "show", "PD-000001") == 0
    out = capsys.readouterr().out
    assert "waiting for `portdesk sync`" in out and "cancel and submit again" in out
    assert run(db, "case", "show", "PD-000001", "--json") == 0
    assert json.loads(capsys.readouterr().out)["submit_waiting"] is True


def test_the_quick_reader_reads_the_key_the_sync_writes() -> None:
    assert quick_queue.UTC_DAYS == UTC_DAYS


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_case_export_marks_a_utc_foc_as_case_list_does(queue: Path, tmp_path: Path,
                                                       suffix: str) -> None:
    out = tmp_path / f"cases{suffix}"
    assert run(queue, "case", "export", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    if suffix == ".json":
        first, second = json.loads(text)
        assert first["foc_utc_date"] is True and "foc_utc_date" not in second
        assert first["foc_date"] == second["foc_date"] == FOC.isoformat()
    else:
        first_line, second_line = text.splitlines()[1:3]
        assert first_line.startswith("PD-000001") and first_line.endswith("2026-12-10 UTC")
        assert second_line.endswith("2026-12-10")


def test_the_foc_week_keeps_a_utc_foc_a_day_past_it(queue: Path, tmp_path: Path) -> None:
    """Stored the 10th as a UTC date: on the desk's clock it may be the 9th, inside a week
    ending the 9th; an FOC read on the desk's clock is held to the week exactly."""
    from datetime import timedelta

    from portdesk.domain.queue import QueueQuery
    from portdesk.services import desk

    store = Store.open(f"sqlite:///{queue}", key_dir=tmp_path)
    try:
        week = QueueQuery(statuses=("foc_confirmed",), foc_from=FOC - timedelta(days=7),
                          foc_to=FOC - timedelta(days=1))
        reader = lookup.QueueReader(store)
        rows = reader.page(week).rows
        assert [(r.reference, r.foc_utc) for r in rows] == [("PD-000001", True)]
        assert reader.ids(week) == [rows[0].id]
        counts = desk.queue_counts(store, [desk.DeskQueue("foc_week", "FOC", week)])
        assert counts == {"foc_week": 1}
        assert store.queue.page(week).rows == []  # the stored day alone left it out
    finally:
        store.close()


def test_case_show_says_the_carriers_code_once(queue: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The platform's detail already starts with the code (walked against the sandbox:
    "ACCOUNT_NUMBER_MISMATCH: ACCOUNT_NUMBER_MISMATCH: Account number does not match")."""
    store = Store.open(f"sqlite:///{queue}", key_dir=tmp_path)
    case = store.cases.get_by_reference("PD-000002")
    assert case.id is not None
    store.outbox.set_case_values(case.id, status="exception",
                                 exception_code="ACCOUNT_NUMBER_MISMATCH",
                                 exception_detail="ACCOUNT_NUMBER_MISMATCH: Account number does "
                                                  "not match the one on the CSR")
    store.close()
    assert run(queue, "case", "show", "PD-000002") == 0
    out = capsys.readouterr().out
    assert "  exception    ACCOUNT_NUMBER_MISMATCH: Account number does not match" in out
    assert out.count("ACCOUNT_NUMBER_MISMATCH") == 1


@pytest.mark.parametrize("quick", [True, False], ids=["quick-reader", "store"])
def test_case_list_says_a_submit_waits_to_be_sent(
        tmp_path: Path, quick: bool, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Its stored milestone is still "Submit": what is next is the sync, not the specialist."""
    db = tmp_path / "w.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    waiting = submitted(store, ["312-555-0101"])
    store.close()
    if not quick:
        monkeypatch.setattr(lookup, "quick_queue_page", lambda *a: None)
    assert run(db, "case", "list") == 0
    [line] = [x for x in capsys.readouterr().out.splitlines()
              if x.startswith(waiting.reference)]
    assert line.rstrip().endswith("Submit waiting to be sent")
    assert run(db, "case", "list", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)["cases"]
    assert row["submit_waiting"] is True and row["next_milestone"] == "Submit"
