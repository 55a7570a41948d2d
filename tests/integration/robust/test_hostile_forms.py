"""Hostile carrier forms through fill, sign (typed) and the print path, as a specialist runs them.

Each ends with a signed document that opens, its ink and every value on the page, or with one
`portdesk: ...` line saying why it cannot be done: never a traceback, never a value written where
nobody will see it (reported as placed, the carrier gets an empty box).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import entry
from tests.loaforms.hostile_forms import HOSTILE_FORMS
from tests.loaforms.robust import _run, probe


@pytest.mark.parametrize("name", sorted(HOSTILE_FORMS))
def test_a_hostile_form_is_finished_or_refused_in_one_line(name: str, tmp_path: Path) -> None:
    make: Callable[[], bytes] = HOSTILE_FORMS[name]
    findings = probe(make(), f"{name}.pdf", name, entry(), tmp_path, refusal_ok=True)
    assert findings == [], findings


@pytest.mark.parametrize("name", ["off-page-rect", "negative-rect"])
def test_a_widget_off_its_page_is_no_place_for_a_value(name: str, tmp_path: Path) -> None:
    """Every widget of the form is off the page: nothing may be reported placed in one."""
    form, entries = tmp_path / "form.pdf", tmp_path / "entries.json"
    form.write_bytes(HOSTILE_FORMS[name]())
    entries.write_text(json.dumps(entry()), encoding="utf-8")
    rc, said = _run(["loa", "fill", str(form), "--entries", str(entries), "-o",
                     str(tmp_path / "out.pdf"), "--report", str(tmp_path / "report.json")])
    assert rc == 0, said
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    in_widgets = [f for f in report["fields"] if not f["target"].startswith("page ")]
    assert in_widgets == [], in_widgets  # every widget is off the page: none is a place
