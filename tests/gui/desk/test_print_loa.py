"""Print LOA from the desk prints the signed letter once there is one, as it was signed, and says
so when the case no longer matches it (issue 12, item 5); documents save a copy as they are."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from portdesk.config import Settings
from portdesk.services import loa as loa_service
from portdesk.store.store import Store
from portdesk.ui import loa as loa_screens
from portdesk.ui.loa.common import SaveCopyAsk
from portdesk.ui.loa.preview import DocumentPreviewDialog
from tests.helpers import case


def _capture(monkeypatch) -> list[dict]:  # type: ignore[type-arg]
    seen: list[dict] = []  # type: ignore[type-arg]

    def ask(cls, pdf, label, parent, filename="", note="", warning=False):  # type: ignore[no-untyped-def]
        seen.append({"pdf": pdf, "label": label, "filename": filename, "note": note,
                     "warning": warning})
        return True

    monkeypatch.setattr(loa_screens.PrintPreview, "ask", classmethod(ask))
    return seen


def test_print_loa_after_signing_prints_the_signed_letter(qtbot, window, demo_store: Store,
                                                          monkeypatch) -> None:
    made = demo_store.cases.create(case(account_name="Printed After Signing LLC"), "tester")
    assert made.id is not None
    window.case_panel.open_case(made.id)
    qtbot.waitUntil(lambda: window.case_panel.case_id == made.id)
    seen = _capture(monkeypatch)
    window.actions_["print"].trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "(unsigned)" in seen[0]["label"] and "Not signed yet" in seen[0]["note"]
    signed = loa_service.sign_case_loa(demo_store, Settings(), "tester", made.reference,
                                       loa_service.ink_from(typed="Maria Lopez"), "Maria Lopez")
    window.actions_["print"].trigger()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1]["pdf"] == signed.result.pdf and "(signed)" in seen[1]["label"]
    assert seen[1]["filename"].endswith("-signed.pdf") and not seen[1]["warning"]
    demo_store.cases.update(replace(demo_store.cases.get(made.id),
                                    account_number="0000-0000"), "tester")
    window.actions_["print"].trigger()
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen[2]["pdf"] == signed.result.pdf and seen[2]["warning"]
    assert "no longer matches the case" in seen[2]["note"]


def test_documents_screen_saves_a_copy_of_the_signed_pdf(qtbot, store: Store, tmp_path: Path,
                                                         monkeypatch) -> None:
    made = store.cases.create(case(), "tester")
    signed = loa_service.sign_case_loa(store, Settings(), "tester", made.reference,
                                       loa_service.ink_from(typed="Maria Lopez"), "Maria Lopez")
    dialog = DocumentPreviewDialog(store, Settings(), made.id, None, signed.document.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.save_button.isEnabled(),
                    timeout=20_000)
    assert dialog.current.content == signed.result.pdf
    copy = tmp_path / "LOA for the portal.pdf"
    monkeypatch.setattr(SaveCopyAsk, "ask", classmethod(lambda cls, *a: copy))
    dialog.save_button.click()
    qtbot.waitUntil(copy.exists, timeout=20_000)
    assert copy.read_bytes() == signed.result.pdf
