"""The note saying which fields a kind of case does not use is read whole after switching cases.

Walked at 1024x700 (session 18): a sub-account transfer open, then a port-out (a longer note):
the port-out's note kept the transfer's height, its first and last lines cut off ("...new BTN,
requested date and temporary number are not" and nothing after). A word-wrapped label whose
text changes inside a form in a scroll area keeps its old height until something else lays the
form out again; the editor now asks for the height the new text needs at the width it has."""

from __future__ import annotations

from portdesk.domain.case import CaseKind
from portdesk.ui.main_window import MainWindow


def _open(qtbot, window: MainWindow, kind: CaseKind) -> None:
    store = window.store
    assert store is not None
    case = next(c for c in store.cases.iter_all() if c.kind == kind)
    assert case.id is not None
    window.case_panel.open_case(case.id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == case.id)


def test_the_kind_s_note_is_whole_after_another_kind(qtbot, window: MainWindow) -> None:
    window.resize(1024, 700)
    note = window.case_panel.editor.absent_note
    for kind in (CaseKind.SUBACCOUNT_TRANSFER, CaseKind.PORT_OUT, CaseKind.SUBACCOUNT_TRANSFER,
                 CaseKind.PORT_OUT):
        _open(qtbot, window, kind)
        qtbot.waitUntil(lambda: note.isVisible() and note.width() > 0)
        qtbot.wait(50)  # posted layout requests run (nothing is timed: the check is below)
        assert note.height() >= note.heightForWidth(note.width()), (kind, note.text()[:40])
