"""`case show` prints the rows a case's kind carries, by the desk editor's rule (kind_fields).

A transfer has no carrier, and a port-out's carrier, port type, new BTN and date are the
gaining carrier's: `case show` printed carrier, account, PIN and BTN lines for them anyway. Now
those lines are left out, and the same note as the desk's says why and names stored values.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.case import CaseKind, PortType
from portdesk.domain.kind_fields import absent_note
from portdesk.services import lookup
from portdesk.store.store import Store
from tests.helpers import case


def show(tmp_path: Path, kind: CaseKind, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    held = replace(case(), kind=kind, losing_carrier="Old Carrier Co", pin="4821",
                   account_number="ACC-77", port_type=PortType.PARTIAL)
    saved = store.cases.create(held, "tester")
    note = absent_note(saved)
    store.close()
    assert main(["--db", f"sqlite:///{db}", "case", "show", saved.reference]) == 0
    return capsys.readouterr().out, note


@pytest.mark.parametrize("quick", [True, False], ids=["quick-reader", "store"])
def test_a_transfer_shows_no_carrier_lines(tmp_path: Path, quick: bool,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if not quick:
        monkeypatch.setattr(lookup, "quick_case_with_history", lambda *a: None)
    out, note = show(tmp_path, CaseKind.SUBACCOUNT_TRANSFER, capsys)
    heads = [line.split()[0] for line in out.splitlines() if line.startswith("  ")]
    for absent in ("carrier", "account", "BTN"):
        assert absent not in heads, absent
    rest = [line for line in out.splitlines() if not line.startswith("  not shown")]
    assert not any("PIN" in line for line in rest)
    assert not any("partial port" in line for line in rest)
    assert "requested" in heads  # a transfer still asks for a date
    assert note and note in " ".join(out.split("\n"))  # the desk's words
    assert "Losing carrier Old Carrier Co" in out and "4821" not in out
    assert "BTN 212-555-0142" in out  # as the desk writes a number


def test_a_port_out_shows_what_the_request_is_checked_against(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, note = show(tmp_path, CaseKind.PORT_OUT, capsys)
    heads = [line.split()[0] for line in out.splitlines() if line.startswith("  ")]
    assert "carrier" not in heads and "BTN" not in heads and "requested" not in heads
    assert "account" in heads and "PIN ••••" in out  # checked against the request
    assert "FOC" in heads
    assert note in out and "Port type partial" in out


def test_a_port_in_shows_every_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, note = show(tmp_path, CaseKind.PORT_IN, capsys)
    heads = [line.split()[0] for line in out.splitlines() if line.startswith("  ")]
    assert {"carrier", "account", "BTN", "requested"} <= set(heads)
    assert note == "" and "not shown" not in heads


def test_case_list_names_no_carrier_for_a_kind_without_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The desk's queue read '—' for a transfer's carrier; `case list` printed the stored one."""
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    for kind in (CaseKind.SUBACCOUNT_TRANSFER, CaseKind.PORT_OUT, CaseKind.PORT_IN):
        store.cases.create(replace(case(), kind=kind, losing_carrier="Old Carrier Co"), "tester")
    store.close()
    assert main(["--db", f"sqlite:///{db}", "case", "list"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()
            if line.startswith("PD-")}
    assert "Old Carrier Co" not in rows["PD-000001"] and "—" in rows["PD-000001"]
    assert "Old Carrier Co" not in rows["PD-000002"]
    assert "Old Carrier Co" in rows["PD-000003"]


def test_the_sample_queue_makes_no_carrier_fields_for_kinds_without_them() -> None:
    from portdesk.domain.kind_fields import kept_unused
    from portdesk.services.demo import demo_cases

    made = [c for c, _status in demo_cases()]
    assert {c.kind for c in made} >= {CaseKind.PORT_OUT, CaseKind.SUBACCOUNT_TRANSFER}
    assert all(kept_unused(c) == [] for c in made)
    assert any(c.losing_carrier for c in made if c.kind == CaseKind.PORT_IN)
