"""New case: the numbers report (line numbers, duplicates, extensions), creating with the valid
numbers after seeing it, PIN masked, suite and BTN; numbers of another country or toll-free beside
geographic ones are flagged and split into linked cases; a +44 number is not "Local"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from portdesk.domain.case import CaseKind, CaseNumber, CustomerType
from portdesk.domain.numbers import NumberKind
from portdesk.store.store import Store
from portdesk.ui import dialogs
from portdesk.ui.fields import number_row
from portdesk.ui.new_case_dialog import NewCaseDialog
from tests.gui.desk.test_case_editor import open_panel
from tests.helpers import case

PASTED = """212-555-0142
(212) 555-0143 x204, 212-555-0142
call me maybe
212-555-014"""


def _dialog(qtbot) -> NewCaseDialog:  # type: ignore[no-untyped-def]
    dlg = NewCaseDialog()
    qtbot.addWidget(dlg)
    dlg.set_choice("customer_type", CustomerType.BUSINESS)
    dlg.set_text("account_name", "Harbor Dental Group LLC")
    dlg.set_choice("customer_type", CustomerType.BUSINESS)  # asked: it starts unchosen
    return dlg


def test_the_paste_report_names_every_line_and_creates_with_the_valid_ones(qtbot) -> None:
    dlg = _dialog(qtbot)
    dlg.set_text("numbers", PASTED)
    report = dlg.paste_report.text()
    assert "line 3: call me maybe" in report and "line 4: 212-555-014" in report
    assert "line 2: 212-555-0142 — same number as line 1" in report
    assert "extension 204 dropped" in report
    dlg._on_accept()
    assert not dlg.result_cases and "Press again" in dlg.error.text()
    assert dlg.create_button.text() == "Create with 2 valid numbers"
    dlg._on_accept()
    assert [n.e164 for n in dlg.result_cases[0].numbers] == ["+12125550142", "+12125550143"]


def test_pin_is_masked_and_suite_and_btn_are_asked(qtbot) -> None:
    dlg = _dialog(qtbot)
    pin = dlg.inputs["pin"]
    assert pin.echoMode() == QLineEdit.EchoMode.Password
    dlg.reveal.setChecked(True)
    assert pin.echoMode() == QLineEdit.EchoMode.Normal
    dlg.reveal.setChecked(False)
    assert dlg.row_visible("line2") and dlg.row_visible("btn")
    dlg.set_text("numbers", "212-555-0142\n212-555-0143")
    dlg.set_text("line2", "Suite 210")
    dlg.set_text("btn", "212-555-0143")
    dlg.set_text("pin", "4821")
    made = dlg.build()
    assert made.service_address.line2 == "Suite 210" and made.btn == "+12125550143"
    assert made.pin == "4821"
    dlg.set_text("btn", "not a btn")
    dlg._on_accept()
    assert "BTN" in dlg.error.text() and not dlg.result_cases


def test_mixed_numbers_are_flagged_and_split_into_linked_requests(qtbot) -> None:
    dlg = _dialog(qtbot)
    dlg.set_text("numbers", "212-555-0142\n800-555-0100\n+44 20 7946 0958\n212-555-0143")
    assert "separate porting requests" in dlg.paste_report.text()
    assert "United Kingdom" in dlg.paste_report.text() and not dlg.split.isHidden()
    cases = dlg.build_all()
    assert [len(c.numbers) for c in cases] == [2, 1, 1]
    assert cases[0].numbers[0].e164 == "+12125550142"  # the geographic request comes first
    assert {c.numbers[0].kind for c in cases[1:]} >= {NumberKind.TOLL_FREE}
    assert any(c.country == "GB" for c in cases[1:])
    dlg.split.setChecked(False)
    assert len(dlg.build_all()) == 1


def test_a_uk_number_is_not_local() -> None:
    uk = CaseNumber("+442079460958", NumberKind.FIXED, country="GB")
    assert number_row(uk)[1] == "Landline (United Kingdom)"
    assert number_row(CaseNumber("+12125550142", NumberKind.FIXED))[1] == "Local"


def test_the_split_cases_are_created_linked(qtbot, window, monkeypatch) -> None:
    dlg = NewCaseDialog()
    qtbot.addWidget(dlg)
    dlg.set_choice("customer_type", CustomerType.BUSINESS)
    dlg.set_text("account_name", "Mixed Intake LLC")
    dlg.set_text("numbers", "212-555-0142\n800-555-0100")
    made = dlg.build_all()
    monkeypatch.setattr(NewCaseDialog, "ask", classmethod(lambda cls, *a, **k: made))
    window.actions_["new_case"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.account_name == "Mixed Intake LLC")
    first = window.case_panel.base
    children = window.store.cases.children(first.id)
    assert [c.number_e164s for c in children] == [["+18005550100"]]
    assert first.kind == CaseKind.PORT_IN and "Created" in window.case_panel.save_state.text()


def test_the_numbers_tab_flags_a_mix_and_offers_the_split(qtbot, store: Store, tasks,
                                                          tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(dialogs.ReasonDialog, "ask",
                        classmethod(lambda cls, *a, **k: "toll-free is its own request"))
    saved = store.cases.create(case(numbers=["212-555-0142", "212-555-0143", "800-555-0100"]),
                               "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    assert not panel.numbers.mix.isHidden()
    assert "1 toll-free" in panel.numbers.mix_text.text()
    with qtbot.waitSignal(panel.numbers.split_requested) as got:
        panel.numbers.mix_split.click()
    assert got.args == [["+18005550100"]]
    qtbot.waitUntil(lambda: len(store.cases.children(saved.id)) == 1)
    assert store.cases.children(saved.id)[0].number_e164s == ["+18005550100"]


def test_ctrl_n_then_typing_fills_the_customer_name(qtbot) -> None:
    """Walked keyboard only: the focus sat on the Port-in choice and what was typed went nowhere."""
    from PySide6.QtWidgets import QApplication

    dlg = NewCaseDialog()
    qtbot.addWidget(dlg)
    dlg.set_choice("customer_type", CustomerType.BUSINESS)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dlg.inputs["account_name"]
    qtbot.keyClicks(QApplication.focusWidget(), "Harbor Dental Group LLC")
    assert dlg.inputs["account_name"].text() == "Harbor Dental Group LLC"


def test_the_dialog_asks_each_kind_what_the_editor_shows_it(qtbot) -> None:
    """One rule (kind_fields): an input filling a field the kind does not carry is not asked.
    A port-out's "carrier" typed here could be the GAINING one, stored as the losing one."""
    from portdesk.domain.kind_fields import unused_fields

    dlg = _dialog(qtbot)
    dlg.set_kind("port_out")
    assert not dlg.row_visible("carrier") and not dlg.row_visible("btn")
    # what a port-out checks the request against is asked (name, person, address, account, PIN)
    assert all(dlg.row_visible(k) for k in ("account_number", "pin", "authorized_name",
                                            "line1", "postal_code"))
    assert "not typed here" in dlg.hint.text()
    dlg.set_text("carrier", "Gaining Wireless")  # typed while it was a port-in, then switched
    dlg.set_text("numbers", "212-555-0142")
    made = dlg.build()
    assert made.kind == CaseKind.PORT_OUT and made.losing_carrier == "" and made.btn == ""
    for key, kind in (("port_in", CaseKind.PORT_IN), ("port_out", CaseKind.PORT_OUT),
                      ("transfer", CaseKind.SUBACCOUNT_TRANSFER)):
        dlg.set_kind(key)
        unused = set(unused_fields(kind))
        assert dlg.row_visible("carrier") == ("losing_carrier" not in unused)
        assert dlg.row_visible("btn") == ("btn" not in unused)


def test_the_authorized_persons_title_is_asked_where_the_kind_carries_it(qtbot) -> None:
    """The LOA prints the signer's title (and binds it); the dialog asked the name only, so every
    new case reached the LOA with an empty title. Asked where kind_fields keeps the person."""
    dlg = _dialog(qtbot)
    for kind in ("port_in", "port_out", "international"):
        dlg.set_kind(kind)
        assert dlg.row_visible("authorized_title") == dlg.row_visible("authorized_name"), kind
        assert dlg.row_visible("authorized_title"), kind
    dlg.set_kind("transfer")  # its intake asks no authorized person: no title either
    assert not dlg.row_visible("authorized_title")
    dlg.set_kind("port_in")
    dlg.set_text("numbers", "212-555-0142")
    dlg.set_text("authorized_name", "Dana Ruiz")
    dlg.set_text("authorized_title", "Office Manager")
    made = dlg.build()
    assert (made.authorized_name, made.authorized_title) == ("Dana Ruiz", "Office Manager")
