"""Printing through Qt to a PDF 'printer' (no real printers here): right page count, batches, cancel."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget

from portdesk.config import Branding, Settings
from portdesk.domain.case import PortCase
from portdesk.loa import testforms
from portdesk.loa.standard import render_standard_loa
from portdesk.store.store import Store
from portdesk.ui.loa.batch_print import BatchPrintDialog, print_batch
from portdesk.ui.loa.printing import PrintPreview, pdf_file_printer, print_pdf
from portdesk.ui.loa.tasks import Job
from tests.gui.loa.conftest import many_numbers
from tests.helpers import case


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def test_a_document_prints_every_page_at_true_size(qtbot, tmp_path: Path) -> None:
    pdf = render_standard_loa(case(numbers=many_numbers(300)), Branding())
    expected = len(PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert expected > 1
    out = tmp_path / "printed.pdf"
    assert print_pdf(pdf, pdf_file_printer(str(out))) == expected
    assert _pages(out) == expected
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_print_preview_paints_every_page(qtbot) -> None:
    pdf = render_standard_loa(case(numbers=many_numbers(300)), Branding())
    dialog = PrintPreview.dialog(pdf, "LOA", None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.paintRequested):
        dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == len(PdfReader(__import__("io").BytesIO(pdf)).pages)


def test_batch_prints_each_case_in_one_job(qtbot, store: Store, settings: Settings,
                                           tmp_path: Path) -> None:
    ids = [store.cases.create(case(account_name=f"Customer {n}"), "t").id for n in range(3)]
    dialog = BatchPrintDialog(store, settings, [*ids, 99_999])
    qtbot.addWidget(dialog)
    out = tmp_path / "batch.pdf"
    with qtbot.waitSignal(dialog.finished_batch, timeout=30_000) as blocker:
        dialog.start(pdf_file_printer(str(out)))
    outcome = blocker.args[0]
    assert len(outcome.printed) == 3 and not outcome.cancelled
    assert len(outcome.failed) == 1 and "99999" in outcome.failed[0]
    assert _pages(out) == outcome.pages == 3
    assert dialog.status.kind == "error" and "Not printed" in dialog.status.text()
    assert dialog.progress.value() == 4


class _CancelOnFirstProgress(Job):
    def progress(self, done: int, total: int, text: str = "") -> None:
        self.cancel()


def test_cancel_stops_the_batch_between_pages(qtbot, store: Store, settings: Settings,
                                              saved_case: PortCase, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    job = _CancelOnFirstProgress(None)  # type: ignore[arg-type]
    outcome = print_batch(store, settings, [saved_case.id, saved_case.id], pdf_file_printer(
        str(out)), job)
    assert outcome.cancelled and outcome.printed == [] and outcome.pages == 0


def test_cancel_button_asks_the_running_job_to_stop(qtbot, store: Store, settings: Settings,
                                                    saved_case: PortCase, tmp_path: Path) -> None:
    dialog = BatchPrintDialog(store, settings, [saved_case.id] * 3)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_batch, timeout=30_000) as blocker:
        dialog.start(pdf_file_printer(str(tmp_path / "b.pdf")))
        dialog.on_cancel()
    assert dialog.job is not None and dialog.job.cancelled
    outcome = blocker.args[0]
    assert outcome.cancelled or len(outcome.printed) == 3  # the job may have ended first
    if outcome.cancelled:
        assert dialog.status.kind == "warn" and "Cancelled" in dialog.status.text()


def test_a_form_prints_with_its_widgets(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    assert print_pdf(testforms.opaque_form(), pdf_file_printer(str(out))) == 1
