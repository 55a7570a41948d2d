"""Printing (no real printers here): to a PDF 'printer' and through a spooler stand-in on PATH.

A signed LOA prints as the signed document itself (vector, its text, its signature intact), the
preview fits the screen and saves a copy, batches are one job, and Cancel really stops a batch.
"""

from __future__ import annotations

import io
import os
import stat
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from portdesk.config import Branding, Settings
from portdesk.domain.case import PortCase
from portdesk.loa.standard import render_standard_loa
from portdesk.loa.verify import verify_loa
from portdesk.services import loa as loa_service
from portdesk.store.store import Store
from portdesk.ui.loa import batch_print
from portdesk.ui.loa.batch_print import BatchPrintDialog, print_batch
from portdesk.ui.loa.common import SaveCopyAsk
from portdesk.ui.loa.print_preview import PrintPreview
from portdesk.ui.loa.printing import PrinterAsk, pdf_file_printer, print_pdf
from portdesk.ui.loa.tasks import Job
from portdesk.ui.screen import available_size
from tests.gui.loa.conftest import many_numbers
from tests.helpers import case
from tests.loaforms import testforms


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def _text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def signed(store: Store, settings: Settings, saved_case: PortCase) -> bytes:
    ink = loa_service.ink_from(typed="José Núñez")
    return loa_service.sign_case_loa(store, settings, "tester", saved_case.reference, ink,
                                     "José Núñez", "Owner").result.pdf


def test_a_document_prints_every_page_at_true_size_as_vector_text(qtbot, tmp_path: Path) -> None:
    pdf = render_standard_loa(case(numbers=many_numbers(300)), Branding())
    expected = len(PdfReader(io.BytesIO(pdf)).pages)
    assert expected > 1
    out = tmp_path / "printed.pdf"
    assert print_pdf(pdf, pdf_file_printer(str(out))) == expected
    assert _pages(out) == expected
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Harbor Dental Group LLC" in _text(out)  # text, not a picture of it


def test_a_signed_loa_prints_as_the_signed_document(qtbot, signed: bytes, tmp_path: Path,
                                                    settings: Settings) -> None:
    out = tmp_path / "signed-print.pdf"
    print_pdf(signed, pdf_file_printer(str(out)))
    assert out.read_bytes() == signed
    assert verify_loa(out.read_bytes(), settings.loa_age_limit_days, label="printed").ok


class _NamedPrinter(QPrinter):
    def printerName(self) -> str:  # Qt calls it this
        return "front-desk"


def test_a_printer_gets_the_pdf_through_the_spooler(qtbot, signed: bytes, tmp_path: Path,
                                                    monkeypatch) -> None:
    """On CUPS the PDF goes to `lp` as it is; here a stand-in `lp` records what it was sent."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > "{tmp_path}/lp.args"\ncat > "{tmp_path}/lp.pdf"\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    printer = _NamedPrinter()  # Qt forgets a name it does not know; CUPS would know it
    printer.setCopyCount(2)
    assert print_pdf(signed, printer, "LOA PD-000001") == 1
    assert (tmp_path / "lp.pdf").read_bytes() == signed
    args = (tmp_path / "lp.args").read_text()
    assert "-d front-desk" in args and "-n 2" in args


def test_preview_fits_the_screen_prints_and_saves_a_copy(qtbot, signed: bytes, tmp_path: Path,
                                                         monkeypatch) -> None:
    dialog = PrintPreview(signed, "LOA PD-000001 (signed)", None, "LOA-PD-000001-signed.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    room = available_size(dialog)
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    qtbot.waitUntil(lambda: dialog.view.page_count > 0, timeout=20_000)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(PrinterAsk, "ask", classmethod(lambda cls, *a: pdf_file_printer(str(out))))
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as blocker:
        dialog.documents.print_button.click()
    assert blocker.args == [1] and out.read_bytes() == signed
    # "Print to file" wrote a file: it said "Sent 1 page(s) of ... to the printer" (session 19)
    assert dialog.status.text() == f"Wrote 1 page of LOA-PD-000001-signed.pdf to {out}."
    copy = tmp_path / "for the carrier portal.pdf"
    monkeypatch.setattr(SaveCopyAsk, "ask", classmethod(lambda cls, *a: copy))
    dialog.documents.save_button.click()
    qtbot.waitUntil(lambda: dialog.status.kind == "ok", timeout=20_000)
    assert copy.read_bytes() == signed and "Saved a copy" in dialog.status.text()


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
    assert all(f"Customer {n}" in _text(out) for n in range(3))
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
    assert not out.exists()


def test_cancel_button_stops_the_running_batch(qtbot, store: Store, settings: Settings,
                                               saved_case: PortCase, tmp_path: Path,
                                               monkeypatch) -> None:
    """The first letter is held until Cancel is pressed, so the batch is surely still running."""
    started, release = threading.Event(), threading.Event()
    render = loa_service.render_case_loa

    def held_render(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(20)
        return render(*args, **kwargs)

    monkeypatch.setattr(batch_print.loa_service, "render_case_loa", held_render)
    dialog = BatchPrintDialog(store, settings, [saved_case.id] * 3)
    qtbot.addWidget(dialog)
    out = tmp_path / "b.pdf"
    with qtbot.waitSignal(dialog.finished_batch, timeout=30_000) as blocker:
        dialog.start(pdf_file_printer(str(out)))
        assert started.wait(20)
        dialog.on_cancel()
        release.set()
    outcome = blocker.args[0]
    # Cancel was pressed before the first letter reached the printer: not one sheet of it goes out
    # (a Cancel that did nothing prints all three).
    assert outcome.cancelled and outcome.printed == [] and outcome.pages == 0
    assert not out.exists()
    assert dialog.status.kind == "warn" and "Cancelled" in dialog.status.text()


def test_a_form_prints_with_its_widgets(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    assert print_pdf(testforms.opaque_form(), pdf_file_printer(str(out))) == 1


def test_a_closed_preview_is_freed_not_kept_until_the_window_closes(qtbot, signed: bytes) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)

    def close_it() -> None:
        [preview] = window.findChildren(PrintPreview)
        qtbot.waitUntil(lambda: preview.view.page_count > 0, timeout=20_000)
        preview.reject()

    QTimer.singleShot(0, close_it)
    assert PrintPreview.ask(signed, "LOA PD-000001 (signed)", window) is False
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(PrintPreview) == []
