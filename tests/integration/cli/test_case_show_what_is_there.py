"""`case show` / `case list` print what the case holds, and never a date that will not happen.

A port-out without account number or title printed "account         PIN -" and "authorized
Harper Dental LLC, " (a trailing comma). A cancelled order kept listing its FOC ("2026-12-14")
as if the port were still coming: the desk's rule (lifecycle.foc_void) puts the word in its place.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.case import Address, CaseKind
from portdesk.domain.lifecycle import Status
from portdesk.store.store import Store
from tests.helpers import case

FOC = date(2026, 12, 14)


def stored(tmp_path: Path, **changes: object) -> tuple[str, str]:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    saved = store.cases.create(replace(case(), **changes), "tester")  # type: ignore[arg-type]
    store.close()
    return f"sqlite:///{db}", saved.reference


def out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def row(text: str, head: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"  {head} "))


def test_a_port_out_without_account_or_title_prints_only_what_is_there(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, ref = stored(tmp_path, kind=CaseKind.PORT_OUT, account_number="", pin="",
                     authorized_name="Harper Dental LLC", authorized_title="")
    text = out(capsys, "--db", db, "case", "show", ref)
    assert row(text, "account").split(None, 1)[1] == "(not on file)"
    assert row(text, "authorized").rstrip().endswith("Harper Dental LLC")
    assert "PIN -" not in text


def test_what_is_there_is_printed_whole(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db, ref = stored(tmp_path, account_number="ACC-77", pin="4821", authorized_name="Maria Lopez",
                     authorized_title="Office Manager", service_address=Address())
    text = out(capsys, "--db", db, "case", "show", ref)
    assert row(text, "account").split(None, 1)[1] == "ACC-77   PIN ••••"
    assert row(text, "authorized").split(None, 1)[1] == "Maria Lopez, Office Manager"
    assert row(text, "service at").split(None, 2)[2] == "(not on file)"


@pytest.mark.parametrize("status", [Status.CANCELLED, Status.EXPIRED])
def test_an_ended_orders_foc_is_not_printed_as_a_date_to_come(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], status: Status) -> None:
    db, ref = stored(tmp_path, kind=CaseKind.PORT_OUT, status=status, foc_date=FOC)
    shown = out(capsys, "--db", db, "case", "show", ref)
    assert f"FOC          {status.value} (its 2026-12-14 will not happen)" in shown
    listed = out(capsys, "--db", db, "case", "list")
    line = next(ln for ln in listed.splitlines() if ln.startswith(ref))
    assert "2026-12-14" not in line and status.value in line


def test_a_live_orders_foc_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, ref = stored(tmp_path, status=Status.FOC_CONFIRMED, foc_date=FOC)
    assert "FOC 2026-12-14" in out(capsys, "--db", db, "case", "show", ref)
    assert "2026-12-14" in out(capsys, "--db", db, "case", "list")
