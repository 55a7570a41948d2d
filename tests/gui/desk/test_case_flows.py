"""Readiness (live, jump, mark ready with audited override), timeline and comments, exception
banner (fix and resubmit, split), new case per kind, settings, notifications."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from portdesk.config import Settings, load_settings
from portdesk.domain.case import CaseKind, CustomerType, NumberStatus
from portdesk.domain.lifecycle import Status
from portdesk.services import desk
from portdesk.store.store import Store
from portdesk.ui import dialogs
from portdesk.ui.case_panel import NUMBERS, READINESS, TIMELINE
from portdesk.ui.new_case_dialog import NewCaseDialog
from portdesk.ui.readiness_panel import ChecksModel
from portdesk.ui.settings_dialog import SettingsDialog
from portdesk.ui.timeline_view import TimelineModel
from tests.gui.desk.test_case_editor import open_panel, type_into
from tests.helpers import case


def test_readiness_follows_edits_and_jumps(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(authorized_name=""), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    identity = next(c for c in panel.readiness.model.checks if c.id == "identity")
    assert identity.level.value == "fail" and identity.field == "authorized_name"
    panel.tabs.setCurrentIndex(READINESS)
    row = panel.readiness.model.checks.index(identity)
    panel.readiness.view.doubleClicked.emit(panel.readiness.model.index(row))
    assert panel.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: panel.editor.widgets["authorized_name"].hasFocus())
    type_into(panel.editor.widgets["authorized_name"], "Maria Lopez")
    identity = next(c for c in panel.readiness.model.checks if c.id == "identity")
    assert identity.level.value == "pass"  # live, before any save


def test_checks_and_timeline_models(qtmodeltester, store: Store) -> None:
    saved = store.cases.create(case(), "tester")
    store.comments.add(saved.id, "tester", "Customer called")
    checks = ChecksModel()
    checks.set_checks(desk.open_case(store, Settings(), saved.id).checks)
    qtmodeltester.check(checks)
    timeline = TimelineModel()
    timeline.set_entries(desk.timeline(store, saved.id))
    qtmodeltester.check(timeline)
    assert "Customer called" in timeline.index(0).data()  # newest first


def test_mark_ready_needs_a_reason_while_checks_fail(qtbot, store: Store, tasks, tmp_path: Path,
                                                     monkeypatch) -> None:
    saved = store.cases.create(case(), "tester")  # no LOA yet: a blocking check
    store.documents.add(saved.id, "loa", "loa.pdf", b"%PDF-1.4 test", "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    assert any(c.level.value == "fail" for c in panel.readiness.model.checks)
    monkeypatch.setattr(dialogs.ReasonDialog, "ask", classmethod(lambda cls, *a, **k: None))
    panel.readiness.ready.click()
    assert not any(e.action == "readiness.override" for e in store.audit.for_case(saved.id))
    monkeypatch.setattr(dialogs.ReasonDialog, "ask",
                        classmethod(lambda cls, *a, **k: "wet-signed LOA on its way by courier"))
    panel.readiness.ready.click()
    qtbot.waitUntil(lambda: any(e.action == "readiness.override"
                                for e in store.audit.for_case(saved.id)))
    entry = next(e for e in store.audit.for_case(saved.id) if e.action == "readiness.override")
    assert entry.changes["reason"] == "wet-signed LOA on its way by courier"
    assert entry.actor == "tester"
    qtbot.waitUntil(lambda: "Queued" in panel.save_state.text() or "Not" in panel.save_state.text())
    assert "Queued for submission" in panel.save_state.text(), panel.save_state.text()
    assert any(e.action == "case.submit_requested" for e in store.audit.for_case(saved.id))


def test_comment_goes_into_the_timeline(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    panel.focus_comment()
    assert panel.tabs.currentIndex() == TIMELINE
    panel.timeline.comment.setPlainText("Customer confirmed the PIN by phone")
    panel.timeline.send.click()
    qtbot.waitUntil(lambda: any("confirmed the PIN" in (panel.timeline.model.index(r).data() or "")
                                for r in range(panel.timeline.model.rowCount())))
    assert panel.timeline.comment.toPlainText() == ""
    assert [c.body for c in store.comments.for_case(saved.id)] == [
        "Customer confirmed the PIN by phone"]


def _rejected_case(store: Store):
    saved = store.cases.create(case(numbers=["212-555-0142", "212-555-0143", "212-555-0144"]),
                               "tester")
    for step in (Status.SUBMITTED, Status.AT_CARRIER, Status.EXCEPTION):
        saved = store.cases.change_status(saved.id, step, "tester", "test")
    numbers = tuple(replace(n, status=NumberStatus.REJECTED, rejection_code="PHONE_NUMBER_MISMATCH")
                    if n.e164 == "+12125550144" else n for n in saved.numbers)
    return store.cases.update(replace(saved, exception_code="ENTITY_NAME_MISMATCH",
                                      exception_detail="name differs", numbers=numbers), "tester")


def test_exception_banner_fix_jumps_to_the_field(qtbot, store: Store, tasks,
                                                 tmp_path: Path) -> None:
    rejected = _rejected_case(store)
    panel = open_panel(qtbot, store, tasks, tmp_path, rejected)
    assert panel.exception.isVisible()
    assert "Name mismatch" in panel.exception.title.text()
    assert "exactly as on the bill" in panel.exception.text.text()
    panel.exception.fix.click()
    qtbot.waitUntil(lambda: panel.editor.widgets["account_name"].hasFocus())


def test_split_moves_rejected_numbers_to_a_linked_case(qtbot, store: Store, tasks,
                                                       tmp_path: Path, monkeypatch) -> None:
    rejected = _rejected_case(store)
    panel = open_panel(qtbot, store, tasks, tmp_path, rejected)
    monkeypatch.setattr(dialogs.ReasonDialog, "ask",
                        classmethod(lambda cls, *a, **k: "number is on another account"))
    panel.exception.split.click()
    assert panel.tabs.currentIndex() == NUMBERS
    qtbot.waitUntil(lambda: len(store.cases.children(rejected.id)) == 1)
    child = store.cases.children(rejected.id)[0]
    assert child.number_e164s == ["+12125550144"]
    assert "+12125550144" not in store.cases.get(rejected.id).number_e164s
    qtbot.waitUntil(lambda: child.reference in panel.header.text())


def test_new_case_asks_per_kind(qtbot) -> None:
    dlg = NewCaseDialog()
    qtbot.addWidget(dlg)
    dlg.set_choice("customer_type", CustomerType.BUSINESS)  # asked: it starts unchosen
    dlg.set_kind("port_in")
    assert "do not cancel service" in dlg.hint.text()
    assert dlg.row_visible("pin")
    dlg.set_text("account_name", "Harbor Dental Group LLC")
    dlg.set_text("carrier", "Verizon Wireless")
    dlg.set_text("numbers", "212-555-0142\n212-555-0143, 212-555-0142")
    made = dlg.build()
    assert made.kind == CaseKind.PORT_IN and len(made.numbers) == 2
    assert made.numbers[0].kind.value == "mobile"  # the carrier says wireless
    dlg.set_kind("transfer")
    assert not dlg.row_visible("pin")
    assert "reset" in dlg.hint.text()
    dlg.set_text("from_sub", "AC-1")
    dlg.set_text("to_sub", "AC-2")
    assert dlg.build().kind == CaseKind.SUBACCOUNT_TRANSFER
    dlg.set_kind("international")
    dlg.set_text("numbers", "+44 20 7946 0958")
    intl = dlg.build()
    assert intl.country == "GB" and intl.kind == CaseKind.PORT_IN
    dlg.set_text("numbers", "call me maybe")
    dlg._on_accept()
    assert "valid number" in dlg.error.text()


def test_new_case_is_created_and_opened(qtbot, window, monkeypatch) -> None:
    made = case(account_name="Brand New Customer LLC")
    monkeypatch.setattr(NewCaseDialog, "ask", classmethod(lambda cls, *a, **k: [made]))
    window.actions_["new_case"].trigger()
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.account_name == "Brand New Customer LLC")
    assert window.store.cases.get_by_reference(window.case_panel.base.reference)


def test_settings_save_and_key_goes_to_the_keyring(qtbot) -> None:
    settings = Settings()
    dlg = SettingsDialog(None, settings)
    qtbot.addWidget(dlg)
    dlg.bill_age.setValue(15)
    dlg.platform_url.setText("https://porting.example.test/v2")
    dlg.api_key.setText("sk-test-123")
    dlg.apply()
    assert load_settings().bill_age_limit_days == 15
    assert load_settings().platform_url == "https://porting.example.test/v2"
    assert desk.platform_key("https://porting.example.test/v2") == "sk-test-123"
    again = SettingsDialog(None, load_settings())
    qtbot.addWidget(again)
    assert again.api_key.text() == ""  # never shown
    assert "keyring" in again.api_key.placeholderText()
    from portdesk.config import settings_path

    assert "sk-test-123" not in settings_path().read_text()


def test_notifications_and_f5_without_sync(qtbot, window) -> None:
    from portdesk.ui.notifications import Notifier

    notifier = Notifier(window)
    with qtbot.waitSignal(notifier.notified) as got:
        notifier.notify("exception", "PD-000001 rejected: name mismatch")
    assert got.args == ["Port rejected", "PD-000001 rejected: name mismatch"]
    window.store_ready.emit()
    qtbot.waitUntil(lambda: "Sync not set up" in window.status.online.text())
    window.actions_["refresh"].trigger()
    assert "not set up" in window.status.currentMessage()


def test_the_foc_time_zone_is_chosen_or_typed_and_a_wrong_name_is_refused(qtbot) -> None:
    dlg = SettingsDialog(None, Settings())
    qtbot.addWidget(dlg)
    assert dlg.zone.currentData() == ""  # this workstation's zone until one is chosen
    dlg.zone.setCurrentIndex(dlg.zone.findData("America/Chicago"))
    dlg.apply()
    assert load_settings().porting_time_zone == "America/Chicago"
    again = SettingsDialog(None, load_settings())
    qtbot.addWidget(again)
    assert again.zone.currentData() == "America/Chicago"
    again.zone.setEditText("Europe/Dublin")  # typed: any zone the machine knows
    again.apply()
    assert load_settings().porting_time_zone == "Europe/Dublin"
    again.zone.setEditText("Central Time")
    again._on_save()
    assert "not a time zone" in again.error.text()
    assert load_settings().porting_time_zone == "Europe/Dublin"  # nothing saved
