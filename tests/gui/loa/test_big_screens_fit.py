"""The bill check and the carrier form screen open no larger than the screen shows (ui/screen):
they asked for 1280 x 800 and 1180 x 820, so on a 1024 x 700 laptop the bill check's "Choose a
file" and its Close button were past the screen's edge (walked as a new user, session 16)."""

from __future__ import annotations

from PySide6.QtCore import QSize

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.store.store import Store
from portdesk.ui.bills import BillCheckDialog
from portdesk.ui.loa.form_filler import FormFillDialog
from portdesk.ui.screen import FRAME_MARGIN, available_size


def test_bill_check_and_form_filler_fit_the_screen(qtbot, store: Store, settings: Settings,
                                                   saved_case: PortCase) -> None:
    assert saved_case.id is not None
    for dialog in (BillCheckDialog(store, settings, "tester", saved_case.id, None, None),
                   FormFillDialog(store, settings, "tester", saved_case.id)):
        qtbot.addWidget(dialog)
        dialog.show()
        room = available_size(dialog) - QSize(FRAME_MARGIN, FRAME_MARGIN)
        assert room.width() < 1180  # the offscreen screen is smaller than what they ask
        least = dialog.minimumSizeHint()  # what the layout cannot give up
        assert dialog.width() <= max(room.width(), least.width()), dialog
        assert dialog.height() <= max(room.height(), least.height()), dialog
        assert least.width() <= 1024 - FRAME_MARGIN and least.height() <= 700 - FRAME_MARGIN
        qtbot.waitUntil(lambda d=dialog: d.case is not None, timeout=10_000)
        dialog.close()
