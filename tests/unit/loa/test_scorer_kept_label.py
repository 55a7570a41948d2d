"""The scorer tells what PortDesk wrote from what the form already held (issue 11, session 22,
the lead's decision on round 35's one misplaced, "Funktion:"): a label a widget holds and the
filler left untouched, in a widget the truth asks a value of ours in (the case had none), is the
form's own text, not a value in a wrong box. Drawn unlike round 35: a Letter widget in English
holding "Title:"; and the same widget after the filler wrote a value, still scored."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.loa.scoring import Char, _not_the_forms_own, written_widgets
from tests.loaforms.kit import letter
from tests.loaforms.round28_kit import tf


def _original() -> bytes:
    s = letter("kept-label", "US", "en", [], "")
    tf(s, "signer_title", 300, 600, 150, 14, "authorized_title", value="Title:")
    return s.build()[0]


_CHARS = [Char("T", 1, 303.0, 602.0, 308.0, 611.0)]


def _report(tmp_path: Path, value: str) -> Path:
    rows = [{"field": "authorized_title", "target": "signer_title", "value": value}]
    (tmp_path / "report.json").write_text(json.dumps({"fields": rows}), encoding="utf-8")
    return tmp_path


def test_a_label_left_untouched_where_nothing_was_written_is_the_forms_own(
        tmp_path: Path) -> None:
    original, asked = _original(), frozenset({"signer_title"})
    written = written_widgets(_report(tmp_path, ""))
    assert written == frozenset()
    assert _not_the_forms_own(_CHARS, original, original, asked, written) == []


def test_a_value_the_filler_wrote_is_scored_even_when_it_equals_the_forms(tmp_path: Path) -> None:
    original, asked = _original(), frozenset({"signer_title"})
    written = written_widgets(_report(tmp_path, "Title:"))
    assert written is not None and "signer_title" in written
    assert _not_the_forms_own(_CHARS, original, original, asked, written) == _CHARS


def test_a_place_left_to_the_signing_counts_as_written(tmp_path: Path) -> None:
    """The signing writes the date over a widget the fill left empty (its report row has no
    value yet): what lands there is ours, scored, even when the widget kept its own text."""
    rows = [{"field": "date_signed", "target": "signer_title", "value": ""}]
    (tmp_path / "report.json").write_text(json.dumps({"fields": rows}), encoding="utf-8")
    written = written_widgets(tmp_path)
    assert written is not None and "signer_title" in written
    assert _not_the_forms_own(_CHARS, _original(), _original(), frozenset({"signer_title"}),
                              written) == _CHARS


def test_without_a_report_every_asked_widget_counts_as_written(tmp_path: Path) -> None:
    original, asked = _original(), frozenset({"signer_title"})
    assert written_widgets(tmp_path) is None
    assert _not_the_forms_own(_CHARS, original, original, asked) == _CHARS
