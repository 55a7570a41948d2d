"""The LOA screens: preview, print, batch print, sign, carrier forms, wet signature, verify.

One call per screen, each taking plain collaborators (the Store, Settings, the acting user, the
case id, the parent widget), so the main window opens them from an action without knowing their
insides. Each call is modal and returns what was produced (or None when the user closed it).

Each screen's module is imported when the screen first opens: importing them here made starting
the desk load form filling, pyHanko, pypdf and reportlab before the first queue page
(`tests/gui/desk/test_start_imports.py`); ui/loa/common.py, which other screens share, is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from portdesk.config import Settings
    from portdesk.services.desk_types import Document, Store
    from portdesk.services.desk_types import LoaVerification as Verification
    from portdesk.services.loa import SignedCaseLoa
    from portdesk.services.loa_print import LetterToPrint
    from portdesk.ui.loa.batch_print import BatchOutcome
    from portdesk.ui.loa.letter_drawing import LetterDrawing
    from portdesk.ui.loa.print_preview import PrintPreview as PrintPreview
    from portdesk.ui.loa.printing import PrinterAsk as PrinterAsk
    from portdesk.ui.taskman import TaskManager

__all__ = ["PrintPreview", "PrinterAsk", "draw_and_preview", "open_batch_print", "open_documents",
           "open_form_filler", "open_print_preview", "open_sign", "open_verify",
           "open_wet_signature", "show_letter"]


def __getattr__(name: str) -> Any:
    """`PrintPreview` and `PrinterAsk`, imported at their first use (tests replace their ask)."""
    if name == "PrintPreview":
        from portdesk.ui.loa.print_preview import PrintPreview
        return PrintPreview
    if name == "PrinterAsk":
        from portdesk.ui.loa.printing import PrinterAsk
        return PrinterAsk
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_documents(store: Store, settings: Settings, case_id: int, parent: QWidget | None,
                   document_id: int | None = None) -> None:
    """Every document of the case in a viewer (zoom, pages), with Print."""
    from portdesk.ui.loa.preview import DocumentPreviewDialog

    DocumentPreviewDialog.ask(store, settings, case_id, parent, document_id)


def open_print_preview(store: Store, settings: Settings, case_id: int,
                       parent: QWidget | None) -> bool:
    """Print LOA at once, the letter drawn on the calling thread (the desk draws it on a worker
    first: `draw_and_preview`)."""
    from portdesk.services.loa_print import letter_to_print

    return show_letter(letter_to_print(store, settings, case_id), parent)


def show_letter(letter: LetterToPrint, parent: QWidget | None) -> bool:
    """The preview of a letter already drawn: the signed letter as signed when there is one,
    else the letter drawn from the case."""
    from portdesk.ui.loa.print_preview import PrintPreview

    label = f"LOA {letter.case.reference}" + (" (signed)" if letter.signed else " (unsigned)")
    return PrintPreview.ask(letter.pdf, label, parent, letter.filename, letter.note,
                            warning=letter.stale or letter.date_moved)


def draw_and_preview(store: Store, settings: Settings, case_id: int, parent: QWidget | None,
                     tasks: TaskManager, failed: Callable[[BaseException], None],
                     reference: str = "") -> LetterDrawing:
    """Print LOA from the desk: the letter drawn on a worker (progress, Cancel), then shown."""
    from portdesk.ui.loa.letter_drawing import LetterDrawing

    drawing = LetterDrawing(tasks, parent, failed, show_letter)
    drawing.start(store, settings, case_id, reference)
    return drawing


def open_batch_print(store: Store, settings: Settings, case_ids: list[int],
                     parent: QWidget | None) -> BatchOutcome | None:
    """Asks for a printer, then prints every case's LOA as one job with progress and Cancel."""
    from portdesk.ui.loa.batch_print import BatchPrintDialog

    return BatchPrintDialog.ask(store, settings, case_ids, parent)


def open_sign(store: Store, settings: Settings, actor: str, case_id: int,
              parent: QWidget | None) -> SignedCaseLoa | None:
    from portdesk.ui.loa.sign_dialog import SignDialog

    return SignDialog.ask(store, settings, actor, case_id, parent)


def open_form_filler(store: Store, settings: Settings, actor: str, case_id: int,
                     parent: QWidget | None) -> Document | None:
    from portdesk.ui.loa.form_filler import FormFillDialog

    return FormFillDialog.ask(store, settings, actor, case_id, parent)


def open_wet_signature(store: Store, settings: Settings, actor: str, case_id: int,
                       parent: QWidget | None) -> Document | None:
    from portdesk.ui.loa.wet_sign import WetSignDialog

    return WetSignDialog.ask(store, settings, actor, case_id, parent)


def open_verify(store: Store | None, settings: Settings, case_id: int | None,
                parent: QWidget | None) -> Verification | None:
    """With a case: its signed LOAs are offered first. Without: open or drop any file."""
    from portdesk.ui.loa.verify_dialog import VerifyDialog

    return VerifyDialog.ask(store, settings, case_id, parent)
