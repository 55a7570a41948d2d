"""The false-match probe on held-out material (`probe --split S --blind`): the lead runs it on a
split nobody tuning the reader may see, so it prints counts only (bills, altered values, false
matches per field), never a family, a file, a typed value or the evidence, even when it finds
false matches; without --blind a held-out split is refused."""

from __future__ import annotations

import re

import pytest

import tests.billcorpus.families as families
from portdesk.bills.verdicts import Verdict
from tests.billcorpus.families import FAMILIES
from tests.billcorpus.probe import main

_SPLIT = "tune12"
_FIGURES = re.compile(rf"^{_SPLIT} \(held out, figures only\): \d+ bills, \d+ altered values, "
                      r"\d+ false matches \(per field: [a-z_]+ \d+ of \d+(?:, [a-z_]+ \d+ of \d+)*"
                      r"\)$")


@pytest.fixture
def held_out(monkeypatch: pytest.MonkeyPatch) -> str:
    """One family of an open split, held out for the test (one bill keeps it to seconds)."""
    real = families.names
    monkeypatch.setattr(families, "BLIND", (_SPLIT,))
    monkeypatch.setattr(families, "names",
                        lambda split=None: real(split)[:1] if split == _SPLIT else real(split))
    return real(_SPLIT)[0]


def _leaks(out: str) -> list[str]:
    return [name for name in FAMILIES if name in out] + re.findall(r"\S+\.pdf|\d{3}-\d{4}", out)


def test_a_held_out_split_is_refused_without_blind(held_out: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--split", _SPLIT, "--per-family", "1"]) == 2
    captured = capsys.readouterr()
    assert "held out" in captured.err and captured.out == ""


def test_blind_prints_counts_only(held_out: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--split", _SPLIT, "--blind", "--per-family", "1"])
    out = capsys.readouterr().out.strip()
    assert _FIGURES.match(out), out
    assert not _leaks(out)
    assert code == (0 if " 0 false matches" in out else 1)


def test_blind_names_nothing_even_when_it_finds_false_matches(
        held_out: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A check that calls everything exact: every field counts false matches, and still the
    output is figures only."""
    from dataclasses import replace

    import portdesk.bills.compare as compare_module

    real = compare_module.compare

    def credulous(case, fields):  # type: ignore[no-untyped-def]
        result = real(case, fields)
        assert result.numbers is not None
        items = tuple(replace(i, verdict=Verdict.EXACT) for i in result.numbers.items)
        checks = {k: replace(c, verdict=Verdict.EXACT) for k, c in result.fields.items()}
        return replace(result, fields=checks, numbers=replace(result.numbers, items=items))

    monkeypatch.setattr(compare_module, "compare", credulous)
    assert main(["--split", _SPLIT, "--blind", "--per-family", "1"]) == 1
    out = capsys.readouterr().out.strip()
    assert _FIGURES.match(out), out
    assert not re.search(r" 0 false matches", out)
    assert not _leaks(out)


def test_blind_refuses_an_open_split_or_a_family_list(
        held_out: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--split", "tuned", "--blind"]) == 2
    assert main(["--split", _SPLIT, "--blind", "--families", held_out]) == 2
    assert held_out not in capsys.readouterr().out
