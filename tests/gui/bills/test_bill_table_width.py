"""The bill table at a 1024 px laptop's width: every column inside the table, nothing cut.

At 1024 x 700 the bill screen is 976 px wide (ui/screen leaves the window frame its margin) and the
table ~600 px; the Action and Why columns ran past its right edge (walked in session 19)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from portdesk.store.store import Store
from portdesk.ui.bills.columns import share_room, text_wants
from portdesk.ui.bills.model import COL_ACTIONS, COL_REASON
from tests.billcorpus import GeneratedBill
from tests.gui.bills.conftest import OpenDialog
from tests.helpers import case_for


def _check_fits(qtbot: QtBot, dialog_width: int, store: Store, bill: GeneratedBill,
                open_dialog: OpenDialog) -> None:
    case = store.cases.create(case_for(bill, account_number="999-000-111"), "tester")
    dialog = open_dialog(case)
    dialog.resize(dialog_width, 652)
    dialog.check_file(bill.path)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy, timeout=90_000)
    table = dialog.panel.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(COL_REASON) + header.sectionSize(COL_REASON)
    assert right <= table.viewport().width()
    assert header.sectionViewportPosition(COL_ACTIONS) >= 0
    # the mismatch row's buttons are whole inside the table
    use, verify = dialog.panel.buttons["account_number"]
    for button in (use, verify):
        corner = button.mapTo(table.viewport(), button.rect().bottomRight())
        assert corner.x() <= table.viewport().width()
    # no value is cut: each text column is at least as wide as its longest word
    metrics = table.fontMetrics()
    model = dialog.panel.model
    for col in range(model.columnCount()):
        if col in (COL_ACTIONS,):
            continue
        words = [str(model.index(r, col).data() or "") for r in range(model.rowCount())]
        assert table.columnWidth(col) >= text_wants(metrics, words)[0] - 1, col


def test_columns_fit_a_1024_px_screen(qtbot: QtBot, store: Store, bill: GeneratedBill,
                                      open_dialog: OpenDialog) -> None:
    _check_fits(qtbot, 976, store, bill, open_dialog)


def test_columns_fit_a_large_screen_too(qtbot: QtBot, store: Store, bill: GeneratedBill,
                                        open_dialog: OpenDialog) -> None:
    _check_fits(qtbot, 1400, store, bill, open_dialog)


def test_room_is_shared_least_first_then_equally_and_the_rest_to_the_last() -> None:
    widths = share_room(100, [(30, 200), (40, 50), (20, 400)])
    assert sum(widths) == 100 and widths[1] <= 50
    assert all(w >= least for w, (least, _m) in zip(widths, [(30, 200), (40, 50), (20, 400)],
                                                     strict=True))
    assert share_room(50, [(30, 200), (40, 50)]) == [30, 40]  # too narrow: least each, scroll
    assert share_room(500, [(30, 60), (40, 50)]) == [60, 440]  # all whole: the rest to the last


def test_a_column_wants_its_longest_word_at_least_and_its_longest_line_at_most() -> None:
    metrics = QFontMetrics(QFont())
    least, most = text_wants(metrics, ["232 Sunset Road, Springfield", "307313391-1878"])
    assert least == metrics.horizontalAdvance("307313391-1878") + 14
    assert most == metrics.horizontalAdvance("232 Sunset Road, Springfield") + 14
