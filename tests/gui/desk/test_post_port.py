"""Post-port verification is an action: inbound call, outbound call, SMS and listings, each
checked and dated, in the audit log and the timeline; a completed port-out is not told to verify."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from portdesk.domain.case import CaseKind
from portdesk.domain.lifecycle import Status
from portdesk.services import postport
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from portdesk.ui.postport_dialog import PostPortDialog
from tests.gui.desk.test_case_editor import open_panel
from tests.helpers import case


def _ported(store: Store, kind: str = "port_in"):  # type: ignore[no-untyped-def]
    made = store.cases.create(case(kind=kind), "tester")
    return store.cases.change_status(made.id, Status.PORTED, "platform", "ported",
                                     enforce=False)


def test_verifying_the_port_records_each_check_dated(qtbot, store: Store, tasks,
                                                     tmp_path: Path) -> None:
    ported = _ported(store)
    panel = open_panel(qtbot, store, tasks, tmp_path, ported)
    assert panel.post_port.isVisible() and "0 of 4 checks" in panel.post_port.text.text()
    dialog = PostPortDialog(store, "tester", ported.id, today=date.today())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    inbound, outbound, sms, _listings = dialog.rows
    inbound.outcome.setCurrentIndex(inbound.outcome.findData("works"))
    assert inbound.on.value == date.today()  # checked today unless said otherwise
    sms.outcome.setCurrentIndex(sms.outcome.findData("problem"))
    dialog.on_save()
    assert "Say what failed" in dialog.status.text()
    sms.note.setText("texts from T-Mobile phones do not arrive")
    outbound.outcome.setCurrentIndex(outbound.outcome.findData("works"))
    outbound.on.type_text((date.today() - timedelta(days=1)).isoformat())
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.on_save()
    checks = {c.name: c for c in postport.post_port_checks(store, ported.id)}
    assert checks["inbound_call"].works and checks["inbound_call"].on == date.today()
    assert checks["outbound_call"].on == date.today() - timedelta(days=1)
    assert checks["sms"].works is False and "T-Mobile" in checks["sms"].note
    assert checks["listings"].works is None
    assert "failed: SMS" in dialog.status.text()
    panel.open_case(ported.id, force=True)
    qtbot.waitUntil(lambda: "a check failed" in panel.post_port.title.text())
    model = panel.timeline.model
    texts = [model.index(r).data() for r in range(model.rowCount())]
    assert any("Post-port check: Inbound call works" in t for t in texts)
    assert any("Post-port check: SMS FAILED" in t for t in texts)


def test_a_check_cannot_be_dated_in_the_future(store: Store) -> None:
    ported = _ported(store)
    try:
        postport.record_post_port(store, ported.id, "sms", True, date.today() + timedelta(days=2),
                                  "", "tester")
    except Exception as exc:  # noqa: BLE001
        assert "future" in str(exc)
    else:
        raise AssertionError("a future date was accepted")


def test_completed_port_outs_get_no_port_in_wording(qtbot, store: Store, tasks,
                                                    tmp_path: Path) -> None:
    out = _ported(store, kind="port_out")
    assert out.kind == CaseKind.PORT_OUT
    panel = open_panel(qtbot, store, tasks, tmp_path, out)
    assert not panel.post_port.isVisible() and not panel.rules.isVisible()
    row = store.queue.page(QueueQuery(kinds=("port_out",))).rows[0]
    assert row.next_milestone == ""  # not "Verify routing"
    panel.verify_port()
    assert "once a port-in or transfer has completed" in panel.save_state.text()


def test_a_done_transfer_says_transfer_and_that_routing_was_reset(qtbot, store: Store, tasks,
                                                                  tmp_path: Path) -> None:
    """A transfer's completion is its own step: routing and SMS reset on the destination, set up
    again, then verified; it read "Port completed" as if a carrier had moved the numbers."""
    done = _ported(store, kind="subaccount_transfer")
    panel = open_panel(qtbot, store, tasks, tmp_path, done)
    assert panel.post_port.isVisible()
    assert panel.post_port.title.text() == "Transfer completed"
    text = panel.post_port.text.text()
    assert text.startswith("Call routing and SMS were reset on the destination sub-account")
    assert "0 of 4 checks" in text and "Ported:" not in text
    ported = _ported(store)
    panel2 = open_panel(qtbot, store, tasks, tmp_path / "2", ported)
    assert panel2.post_port.title.text() == "Port completed"


def test_the_verify_action_says_what_it_verifies_for_each_kind(qtbot, store: Store, tasks,
                                                               tmp_path: Path) -> None:
    """The banner button, the dialog and the Case menu said "Verify the port" on a transfer,
    which no carrier ported: a transfer is verified on its destination sub-account."""
    done = _ported(store, kind="subaccount_transfer")
    panel = open_panel(qtbot, store, tasks, tmp_path, done)
    assert panel.post_port.verify.text() == "Verify the transfer…"
    dialog = PostPortDialog(store, "tester", done.id, today=date.today())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert dialog.windowTitle() == "Verify the transfer"
    assert "destination sub-account" in dialog.intro.text()
    ported = _ported(store)
    panel2 = open_panel(qtbot, store, tasks, tmp_path / "2", ported)
    assert panel2.post_port.verify.text() == "Verify the port…"


def test_the_case_menu_says_what_it_verifies_for_each_kind(qtbot, store: Store,
                                                           qsettings) -> None:
    from tests.gui.desk.conftest import open_window

    done = _ported(store, kind="subaccount_transfer")
    ported = _ported(store)
    window = open_window(qtbot, store, qsettings)
    window.sidebar.select_key("all")  # completed cases are in no open queue
    qtbot.waitUntil(lambda: window.model.row_of_id(done.id) >= 0
                    and window.model.row_of_id(ported.id) >= 0)
    action = window.actions_["verify_port"]
    for made, words in ((done, "Verify the transfer"), (ported, "Verify the p&ort")):
        window.queue_view.table.selectRow(window.model.row_of_id(made.id))  # as a click does
        qtbot.waitUntil(lambda m=made: window.case_panel.case_id == m.id)
        assert action.text().startswith(words), action.text()
        assert "&o" in action.text().lower()  # Alt+O whatever the kind
    assert "destination sub-account" not in action.text()

