"""The bulk Change status dialog offers the statuses every selected case's kind has
(kind_fields.status_choices): a selection of sub-account transfers was offered "At carrier" and
"FOC confirmed"; a mixed one now says why it has fewer."""

from __future__ import annotations

from portdesk.domain.case import CaseKind
from portdesk.ui import dialogs
from tests.gui.desk.conftest import select_rows


def _rows_of(window, kind: str) -> list[int]:
    return [r for r in range(window.model.rowCount()) if window.model.row_at(r).kind == kind]


def _asked_dialog(qtbot, window, monkeypatch, rows: list[int]) -> dialogs.StatusDialog:
    made: list[dialogs.StatusDialog] = []

    def build(cls, parent, count, kinds=None):  # as ask_status does, without exec
        made.append(cls.for_kinds(parent, count, kinds))
        return None

    monkeypatch.setattr(dialogs.StatusDialog, "ask_status", classmethod(build))
    select_rows(window, rows)
    window.actions_["status"].trigger()
    qtbot.waitUntil(lambda: bool(made))
    return made[0]


def test_transfers_are_never_offered_at_carrier_or_foc_confirmed(qtbot, window,
                                                                 monkeypatch) -> None:
    transfers = _rows_of(window, CaseKind.SUBACCOUNT_TRANSFER.value)
    assert transfers
    dlg = _asked_dialog(qtbot, window, monkeypatch, transfers)
    labels = [dlg.choice.itemText(i) for i in range(dlg.choice.count())]
    assert "At carrier" not in labels and "FOC confirmed" not in labels
    assert "Transferring" in labels and "Completion set" in labels
    assert not dlg.why_fewer.isVisibleTo(dlg)
    dlg.deleteLater()


def test_a_mixed_selection_narrows_the_list_and_says_why(qtbot, window, monkeypatch) -> None:
    mixed = _rows_of(window, CaseKind.SUBACCOUNT_TRANSFER.value)[:1] + \
        _rows_of(window, CaseKind.PORT_IN.value)[:2]
    dlg = _asked_dialog(qtbot, window, monkeypatch, mixed)
    values = [dlg.choice.itemData(i) for i in range(dlg.choice.count())]
    assert "at_carrier" not in values and "foc_confirmed" not in values and "draft" in values
    assert dlg.why_fewer.isVisibleTo(dlg)
    assert "sub-account transfers" in dlg.why_fewer.text()
    dlg.deleteLater()
