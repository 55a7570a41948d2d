"""Verify screen, document preview of a case, the task runner, and the public entry points."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.services import loa as loa_service
from portdesk.store.store import Store
from portdesk.ui import loa as loa_screens
from portdesk.ui.loa import preview as preview_module
from portdesk.ui.loa.common import OpenFileAsk
from portdesk.ui.loa.preview import DocumentPreviewDialog
from portdesk.ui.loa.tasks import UNEXPECTED, TaskRunner
from portdesk.ui.loa.verify_dialog import VerifyDialog
from tests.loaforms import testforms


@pytest.fixture
def signed_pdf(store: Store, settings: Settings, saved_case: PortCase) -> bytes:
    ink = loa_service.ink_from(typed="José Núñez")
    signed = loa_service.sign_case_loa(store, settings, "tester", saved_case.reference, ink,
                                       "José Núñez", "Owner")
    return signed.result.pdf


def _verify(qtbot, dialog: VerifyDialog, start) -> None:
    with qtbot.waitSignal(dialog.verified, timeout=20_000):
        start()


def test_the_cases_signed_loa_is_verified_on_opening(qtbot, store: Store, settings: Settings,
                                                     saved_case: PortCase,
                                                     signed_pdf: bytes) -> None:
    dialog = VerifyDialog(store, settings, saved_case.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.headline.text().startswith("Intact")
    assert "José Núñez" in dialog.fields["Signed by"].text()
    assert dialog.fields["Age"].text() == "0 days (limit 30)"
    assert dialog.fields["Problems"].text() == "none"


def test_tampered_unsigned_and_stale_files(qtbot, settings: Settings, signed_pdf: bytes,
                                           tmp_path: Path, monkeypatch) -> None:
    dialog = VerifyDialog(None, settings)
    qtbot.addWidget(dialog)
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(signed_pdf.replace(b"Harbor Dental", b"Harbor Dentar", 1)
                         if b"Harbor Dental" in signed_pdf else
                         signed_pdf[:2000] + bytes([signed_pdf[2000] ^ 1]) + signed_pdf[2001:])
    monkeypatch.setattr(OpenFileAsk, "ask", classmethod(lambda cls, *a: tampered))
    _verify(qtbot, dialog, dialog.on_open)
    assert dialog.headline.text().startswith("NOT intact")
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(testforms.opaque_form())
    _verify(qtbot, dialog, lambda: dialog.verify_file(plain))
    assert dialog.headline.text().startswith("Not digitally signed")
    stale = VerifyDialog(None, Settings(loa_age_limit_days=-1))
    qtbot.addWidget(stale)
    good = tmp_path / "good.pdf"
    good.write_bytes(signed_pdf)
    _verify(qtbot, stale, lambda: stale.verify_file(good))
    assert "too old" in stale.headline.text() and "too old" in stale.fields["Age"].text()


def test_a_broken_file_is_a_sentence(qtbot, settings: Settings, tmp_path: Path) -> None:
    dialog = VerifyDialog(None, settings)
    qtbot.addWidget(dialog)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(testforms.opaque_form()[:300])
    dialog.verify_file(broken)
    qtbot.waitUntil(lambda: bool(dialog.headline.text()), timeout=20_000)
    assert "truncated" in dialog.headline.text() and dialog.report is None


def test_preview_lists_the_letter_and_every_document(qtbot, store: Store, settings: Settings,
                                                     saved_case: PortCase, signed_pdf: bytes,
                                                     monkeypatch) -> None:
    dialog = DocumentPreviewDialog(store, settings, saved_case.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.documents.count() == 2, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.view.page_count > 0 and dialog.print_button.isEnabled(),
                    timeout=20_000)
    assert "Standard LOA" in dialog.documents.item(0).text()
    assert "Signed LOA" in dialog.documents.item(1).text()
    with qtbot.waitSignal(dialog.shown, timeout=20_000) as blocker:
        dialog.documents.setCurrentRow(1)
    assert blocker.args[0].endswith("-signed.pdf")
    printed: list[str] = []
    monkeypatch.setattr(preview_module.PrintPreview, "ask",
                        classmethod(lambda cls, pdf, label, parent, *a: printed.append(label)))
    dialog.on_print()
    assert printed == [blocker.args[0]]


def test_runner_turns_errors_into_sentences(qtbot) -> None:
    runner = TaskRunner()
    failures: list[str] = []

    def user_error() -> None:
        raise PortDeskError("the case PD-000009 does not exist")

    def bug() -> None:
        raise KeyError("internal detail")

    runner.run(user_error, on_failure=failures.append)
    runner.run(bug, on_failure=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 2)
    assert failures == ["the case PD-000009 does not exist", UNEXPECTED]
    results: list[int] = []
    runner.run(lambda a, b: a + b, 2, 3, on_success=results.append)
    qtbot.waitUntil(lambda: results == [5])
    assert not runner.busy and runner.wait(5000)


def test_entry_points_open_the_screens(qtbot, store: Store, settings: Settings,
                                       saved_case: PortCase, monkeypatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(loa_screens.PrintPreview, "ask",
                        classmethod(lambda cls, pdf, label, parent, *a, **k:
                                    seen.append(label) or True))
    assert loa_screens.open_print_preview(store, settings, saved_case.id, None) is True
    assert seen == [f"LOA {saved_case.reference} (unsigned)"]
    monkeypatch.setattr(loa_screens.PrinterAsk, "ask", classmethod(lambda cls, *a: None))
    assert loa_screens.open_batch_print(store, settings, [saved_case.id], None) is None
    for name in loa_screens.__all__:
        assert callable(getattr(loa_screens, name))
