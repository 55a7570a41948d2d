"""Date fields open on the date shown or the earliest allowed one, take typed dates in the usual
forms, and never drop what was typed: text that is not a date stays, said to be wrong, unsaved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portdesk.domain.schedule import earliest_requested_date
from portdesk.store.store import Store
from portdesk.ui.date_field import DateField, parse_date
from tests.gui.desk.test_case_editor import open_panel
from tests.helpers import case

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("typed", ["12/10/2026", "2026-12-10", "Dec 10 2026", "Thu Dec 10, 2026",
                                   "12/10/26", "10 December 2026", "Dec 10"])
def test_usual_forms_are_dates(typed: str) -> None:
    assert parse_date(typed, TODAY) == date(2026, 12, 10)


def test_empty_is_not_set_and_nonsense_says_how() -> None:
    assert parse_date("  ", TODAY) is None
    with pytest.raises(ValueError, match="12/10/2026"):
        parse_date("12/45/2026", TODAY)


def test_the_calendar_opens_on_the_earliest_allowed_date(qtbot) -> None:
    field = DateField(earliest=lambda: earliest_requested_date(TODAY), today=lambda: TODAY)
    qtbot.addWidget(field)
    assert field.calendar_start() == earliest_requested_date(TODAY) > TODAY
    calendar = field.prepare_calendar()  # what opening the popup shows
    shown = calendar.selectedDate()
    assert (shown.year(), shown.month()) == (2026, 12) and calendar.yearShown() == 2026
    field.set_date(date(2026, 12, 18))
    assert field.calendar_start() == date(2026, 12, 18)


def test_typed_dates_reach_the_case_and_bad_text_is_kept(qtbot, store: Store, tasks,
                                                         tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    field = panel.editor.widgets["requested_date"]
    assert isinstance(field, DateField) and field.text() == ""
    field.type_text("12/10/2026")
    assert panel.draft.requested_date == date(2026, 12, 10)
    assert field.text() == "Thu Dec 10, 2026"
    qtbot.waitUntil(lambda: store.cases.get(saved.id).requested_date == date(2026, 12, 10))
    field.type_text("12/45/2026")
    assert field.text() == "12/45/2026"  # what was typed stays
    assert "is not a date" in panel.editor.messages["requested_date"].text()
    assert panel.draft.requested_date == date(2026, 12, 10)  # unchanged, not silently cleared
    panel.save()
    assert "Not saved: fix requested date" in panel.save_state.text()
    field.type_text("")
    assert panel.draft.requested_date is None and not field.problem


def test_a_field_that_cannot_be_edited_offers_no_clear_button(qtbot) -> None:
    """Seen on the walk: a ported case's requested date showed a clear button it could not use."""
    field = DateField(today=lambda: TODAY)
    qtbot.addWidget(field)
    field.set_date(date(2026, 12, 18))
    assert field.edit.isClearButtonEnabled()
    field.setEnabled(False)
    assert not field.edit.isClearButtonEnabled()
    field.setEnabled(True)
    assert field.edit.isClearButtonEnabled()
