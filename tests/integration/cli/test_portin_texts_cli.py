"""A port-in's texts decision on the command line: `case show` says it (both readers), `--json`
and the case files carry it, and an import reads it back as written, a value that is neither yes
nor no refused, never guessed."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.case import CaseKind
from portdesk.domain.entries import EntryError, case_from_entry
from portdesk.services import lookup
from portdesk.services.case_files import parse_file, write_cases
from portdesk.store.store import Store
from tests.helpers import case


def _saved(tmp_path: Path, **changes: object) -> tuple[str, str]:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    saved = store.cases.create(replace(case(), **changes), "tester")  # type: ignore[arg-type]
    store.close()
    return f"sqlite:///{db}", saved.reference


@pytest.mark.parametrize("quick", [True, False], ids=["quick-reader", "store"])
def test_case_show_says_where_the_texts_go(tmp_path: Path, quick: bool,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if not quick:
        monkeypatch.setattr(lookup, "quick_case_with_history", lambda *a: None)
    url, ref = _saved(tmp_path, port_texts=True)
    assert main(["--db", url, "case", "show", ref]) == 0
    out = capsys.readouterr().out
    assert "texts        port with the numbers (enable_messaging: true)" in out
    assert main(["--db", url, "case", "show", ref, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["port_texts"] is True


def test_a_port_out_has_no_texts_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A port-out's texts are asked with its answer (host_messaging), not on the case."""
    url, ref = _saved(tmp_path, kind=CaseKind.PORT_OUT)
    assert main(["--db", url, "case", "show", ref]) == 0
    assert "  texts " not in capsys.readouterr().out


def test_the_default_is_said_not_left_out(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    url, ref = _saved(tmp_path)
    assert main(["--db", url, "case", "show", ref]) == 0
    assert "stay with the current provider (enable_messaging: false, the platform's default)" \
        in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_case_files_carry_it_both_ways(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"cases{suffix}"
    cases = [replace(case(), port_texts=True), case()]
    write_cases(path, cases, include_secrets=True)
    parsed = parse_file(path)
    assert not parsed.bad
    assert [c.port_texts for _, c in parsed.cases] == [True, False]


@pytest.mark.parametrize(("written", "read"), [("yes", True), ("TRUE", True), (True, True),
                                               ("no", False), ("", False), (None, False)])
def test_an_entry_reads_yes_and_no(written: object, read: bool) -> None:
    entry = {"account_name": "Acme", "numbers": ["312-555-0100"], "port_texts": written}
    assert case_from_entry(entry).port_texts is read


def test_an_entry_neither_yes_nor_no_is_refused() -> None:
    entry = {"account_name": "Acme", "numbers": ["312-555-0100"], "port_texts": "maybe"}
    with pytest.raises(EntryError, match="port_texts 'maybe' is not yes or no"):
        case_from_entry(entry)
