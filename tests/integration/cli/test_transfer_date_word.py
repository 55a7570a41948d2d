"""`case show` and `case list` name a transfer's date as the desk does (kind_fields.
port_date_name): a sub-account transfer has no carrier and so no FOC; its date is the day it
completes ("completed 2026-12-04"), a port-in's stays "FOC 2026-12-04"."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.case import CaseKind
from portdesk.domain.lifecycle import Status
from portdesk.store.store import Store
from tests.helpers import case

DONE = date(2026, 12, 4)


def _queue(tmp_path: Path) -> tuple[str, dict[str, str]]:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    made = {}
    for name, kind, status in (("transfer", CaseKind.SUBACCOUNT_TRANSFER, Status.PORTED),
                               ("pending", CaseKind.SUBACCOUNT_TRANSFER, Status.FOC_CONFIRMED),
                               ("gone", CaseKind.SUBACCOUNT_TRANSFER, Status.CANCELLED),
                               ("port_in", CaseKind.PORT_IN, Status.PORTED)):
        saved = store.cases.create(replace(case(), kind=kind, status=status, foc_date=DONE),
                                   "tester")
        made[name] = saved.reference
    store.close()
    return f"sqlite:///{db}", made


@pytest.mark.parametrize("quick", [True, False], ids=["quick-reader", "store"])
def test_case_show_names_a_transfers_date(tmp_path: Path, quick: bool,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from portdesk.services import lookup

    if not quick:
        monkeypatch.setattr(lookup, "quick_case_with_history", lambda *a: None)
    url, made = _queue(tmp_path)
    said = {}
    for name, ref in made.items():
        assert main(["--db", url, "case", "show", ref]) == 0
        said[name] = capsys.readouterr().out
    assert "completed 2026-12-04" in said["transfer"] and "FOC" not in said["transfer"]
    assert "completes 2026-12-04" in said["pending"]
    assert "completion cancelled (its 2026-12-04 will not happen)" in said["gone"]
    assert "FOC 2026-12-04" in said["port_in"]
    for name, word in (("transfer", "completed"), ("port_in", "FOC")):
        assert main(["--db", url, "case", "show", made[name], "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        assert shown["foc_date"] == "2026-12-04" and shown["foc_date_name"] == word


def test_case_list_names_a_transfers_date(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    url, made = _queue(tmp_path)
    assert main(["--db", url, "case", "list"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "completed 2026-12-04" in rows[made["transfer"]]
    assert "completes 2026-12-04" in rows[made["pending"]]
    assert "2026-12-04" not in rows[made["gone"]] and "cancelled" in rows[made["gone"]]
    assert "2026-12-04" in rows[made["port_in"]] and "complete" not in rows[made["port_in"]]
    assert main(["--db", url, "case", "list", "--json"]) == 0
    listed = {c["reference"]: c for c in json.loads(capsys.readouterr().out)["cases"]}
    assert listed[made["transfer"]]["foc_date_name"] == "completed"
    assert listed[made["gone"]]["foc_date_name"] == "completion"
    assert listed[made["port_in"]]["foc_date_name"] == "FOC"
