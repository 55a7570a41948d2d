"""The signing screens say what the LOA will carry wrong or empty before a signature is made.

Walked at 1024x700: the Sign dialog said nothing of the failing readiness checks, so a letter
with no account number was signed, and had to be filled and signed again once it was typed. Now
the failing checks about the letter's values are shown as the dialog opens, and Sign asks:
sign as it is, or go back to the case (nothing signed). The paper path says the same and is
never held back: its print goes on.
"""

from __future__ import annotations

import io

from pypdf import PdfReader

from portdesk.config import Settings
from portdesk.store.store import Store
from portdesk.ui.loa import sign_dialog, wet_sign
from portdesk.ui.loa.sign_dialog import SignDialog
from portdesk.ui.loa.wet_sign import WetSignDialog
from tests.gui.loa.test_signing_screens import WAVE
from tests.helpers import case


def _without_account_number(store: Store) -> int:
    made = store.cases.create(case(account_number=""), "tester")
    assert made.id is not None
    return made.id


def _sign_dialog(qtbot, store: Store, settings: Settings, case_id: int) -> SignDialog:
    dialog = SignDialog(store, settings, "tester", case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.sign_button.isEnabled)
    return dialog


def test_the_failing_letter_checks_show_before_signing(qtbot, store: Store,
                                                       settings: Settings) -> None:
    dialog = _sign_dialog(qtbot, store, settings, _without_account_number(store))
    warning = dialog.wrong_on_letter
    assert not warning.isHidden()
    assert "The LOA will carry this wrong or empty" in warning.text()
    assert "Account details: Missing: account number." in warning.text()
    assert "No signed LOA yet" not in warning.text()  # signing is that check's fix


def test_going_back_signs_nothing(qtbot, store: Store, settings: Settings,
                                  monkeypatch) -> None:
    case_id = _without_account_number(store)
    dialog = _sign_dialog(qtbot, store, settings, case_id)
    asked: list[list[str]] = []
    monkeypatch.setattr(sign_dialog.SignAnyway, "ask", classmethod(
        lambda cls, parent, checks: asked.append([c.title for c in checks]) or False))
    dialog.pad.add_stroke(WAVE)
    dialog.on_sign()
    assert asked == [["Account details"]]
    assert dialog.result() == SignDialog.DialogCode.Rejected and dialog.result_value is None
    assert not dialog.runner.busy
    assert store.documents.latest(case_id, "loa_signed") is None


def test_going_on_signs_as_it_is(qtbot, store: Store, settings: Settings, monkeypatch) -> None:
    case_id = _without_account_number(store)
    dialog = _sign_dialog(qtbot, store, settings, case_id)
    monkeypatch.setattr(sign_dialog.SignAnyway, "ask",
                        classmethod(lambda cls, parent, checks: True))
    dialog.pad.add_stroke(WAVE)
    with qtbot.waitSignal(dialog.signed, timeout=20_000):
        dialog.on_sign()
    assert store.documents.latest(case_id, "loa_signed") is not None


def test_a_letter_readiness_passes_is_signed_without_a_question(
        qtbot, store: Store, settings: Settings, monkeypatch) -> None:
    made = store.cases.create(case(), "tester")
    dialog = _sign_dialog(qtbot, store, settings, made.id or 0)
    assert dialog.wrong_on_letter.isHidden()
    monkeypatch.setattr(sign_dialog.SignAnyway, "ask", classmethod(
        lambda cls, parent, checks: (_ for _ in ()).throw(AssertionError("asked"))))
    dialog.pad.add_stroke(WAVE)
    with qtbot.waitSignal(dialog.signed, timeout=20_000):
        dialog.on_sign()


def test_the_wet_path_says_so_and_prints_anyway(qtbot, store: Store, settings: Settings,
                                                monkeypatch) -> None:
    dialog = WetSignDialog(store, settings, "tester", _without_account_number(store))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.attach_button.isEnabled)
    assert "Account details: Missing: account number." in dialog.wrong_on_letter.text()
    assert not dialog.wrong_on_letter.isHidden()
    assert dialog.print_button.isEnabled()
    previewed: list[bytes] = []
    monkeypatch.setattr(wet_sign.PrintPreview, "ask",
                        classmethod(lambda cls, pdf, label, parent, *a: previewed.append(pdf)))
    dialog.on_print()
    qtbot.waitUntil(lambda: bool(previewed), timeout=20_000)
    assert len(PdfReader(io.BytesIO(previewed[0])).pages) >= 1
