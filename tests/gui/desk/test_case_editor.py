"""The case editor: validation as typed, PIN hold-to-show, paste of numbers, undo, autosave,
the recovery journal after a kill, and "changed by someone else"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from portdesk.ui import dialogs
from portdesk.ui.case_panel import CasePanel
from portdesk.ui.conflict import CompareDialog
from portdesk.ui.fields import check_zip, format_partial_phone
from portdesk.ui.journal import Journal
from tests.gui.desk.conftest import open_window
from tests.helpers import case


def open_panel(qtbot, store: Store, tasks, tmp_path: Path, c: PortCase) -> CasePanel:
    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.attach(store, Settings(), "tester", tasks, journal_dir=tmp_path / "recovery")
    panel.show()
    assert c.id is not None
    panel.open_case(c.id)
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.id == c.id)
    return panel


def type_into(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    widget.del_()
    for ch in text:
        widget.insert(ch)
        widget.textEdited.emit(widget.text())


def test_phone_formatting_and_zip_rules() -> None:
    assert format_partial_phone("2125") == "212-5"
    assert format_partial_phone("2125550142") == "212-555-0142"
    assert format_partial_phone("+1 (212) 555-0142") == "212-555-0142"
    assert format_partial_phone("+44 20 7946 0958") == "+44 20 7946 0958"
    assert check_zip("93035", "CA") == ""
    assert check_zip("93035-1234", "CA") == ""
    assert check_zip("9303", "CA") != ""
    assert check_zip("K1A 0B1", "ON") == ""


def test_edits_autosave_and_undo(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    name = panel.editor.widgets["account_name"]
    type_into(name, "Harbor Dental Group Inc")
    assert panel.dirty
    qtbot.waitUntil(lambda: store.cases.get(saved.id).account_name == "Harbor Dental Group Inc")
    qtbot.waitUntil(lambda: not panel.dirty)
    panel.undo_stack.undo()  # the typing was one step
    assert name.text() == saved.account_name
    panel.undo_stack.redo()
    assert name.text() == "Harbor Dental Group Inc"
    assert store.audit.for_case(saved.id)[-1].action == "case.edited"


def test_btn_is_formatted_as_typed_and_checked(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    btn = panel.editor.widgets["btn"]
    type_into(btn, "2125550199")
    assert btn.text() == "212-555-0199"
    assert panel.draft.btn == "+12125550199"
    type_into(btn, "0125550199")
    assert panel.editor.messages["btn"].text()
    assert "btn" in panel.editor.blocking_errors()
    panel.save()
    assert "Not saved: fix" in panel.save_state.text()
    assert store.cases.get(saved.id).btn == saved.btn


def test_zip_and_date_messages_inline(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    type_into(panel.editor.widgets["service_address.postal_code"], "930")
    assert "ZIP" in panel.editor.messages["service_address.postal_code"].text()
    type_into(panel.editor.widgets["service_address.postal_code"], "93035")
    assert panel.editor.messages["service_address.postal_code"].text() == ""
    from datetime import date, timedelta

    saturday = date.today() + timedelta(days=(5 - date.today().weekday()) % 7 + 7)
    panel.editor.set_value("requested_date", saturday)
    assert "business day" in panel.editor.messages["requested_date"].text()


def test_pin_is_masked_unless_held(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(pin="4821"), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    pin = panel.editor.widgets["pin"]
    assert pin.echoMode() == QLineEdit.EchoMode.Password
    panel.editor.reveal.pressed.emit()
    assert pin.echoMode() == QLineEdit.EchoMode.Normal
    panel.editor.reveal.released.emit()
    assert pin.echoMode() == QLineEdit.EchoMode.Password


def test_paste_hundreds_of_numbers(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    lines = [f"(212) 555-{n:04d}" for n in range(200, 500)]
    pasted = "\n".join(lines + lines[:5] + ["212-555-0142", "not a number", "012-555-0100"])
    summary = panel.numbers.add_text(pasted)
    assert summary.startswith("Added 300 numbers")
    assert "6 duplicates skipped" in summary and "2 not valid" in summary
    result = panel.numbers.result.text()
    assert "line 307: not a number" in result and "line 308: 012-555-0100" in result
    assert "line 301: (212) 555-0200 — same number as line 1" in result
    assert "line 306: 212-555-0142 — already on the case" in result
    assert panel.numbers.model.rowCount() == 302
    qtbot.waitUntil(lambda: len(store.cases.get(saved.id).numbers) == 302)
    panel.undo_stack.undo()
    assert panel.numbers.model.rowCount() == 2


def test_journal_restores_edits_after_a_kill(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(pin="4821"), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    panel._autosave.setInterval(60_000)  # the "kill" comes before the autosave
    type_into(panel.editor.widgets["authorized_name"], "Maria T. Lopez")
    type_into(panel.editor.widgets["pin"], "9999")
    journal = tmp_path / "recovery" / f"case-{saved.id}.journal"

    def journaled() -> bool:
        found = Journal(journal.parent, store.box).read(saved.id) if journal.exists() else None
        return found is not None and found.changes.get("pin") == "9999"

    qtbot.waitUntil(journaled)
    assert "9999" not in journal.read_text()  # encrypted on disk
    panel._autosave.stop()
    panel.store = None  # killed: this panel never reaches the store again
    panel.hide()
    assert store.cases.get(saved.id).authorized_name == saved.authorized_name
    again = open_panel(qtbot, store, tasks, tmp_path, saved)
    assert again.editor.widgets["authorized_name"].text() == "Maria T. Lopez"
    assert again.restored.isVisible()  # they wait for the specialist's Save (the lead's call)
    assert not again._autosave.isActive()
    again.restored.save.click()
    qtbot.waitUntil(lambda: store.cases.get(saved.id).authorized_name == "Maria T. Lopez")
    assert store.cases.get(saved.id).pin == "9999"
    qtbot.waitUntil(lambda: not journal.exists())


def test_conflict_is_shown_and_resolved_by_compare(qtbot, store: Store, tasks, tmp_path: Path,
                                                   monkeypatch) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    panel._autosave.setInterval(60_000)
    # someone else saves first
    store.cases.update(replace(saved, account_name="Harbor Dental (theirs)",
                               notes="their note"), "colleague")
    type_into(panel.editor.widgets["account_name"], "Harbor Dental (mine)")
    type_into(panel.editor.widgets["account_number"], "999-1")
    panel.save()
    qtbot.waitUntil(lambda: panel.conflicted)
    assert panel.conflict.isVisible()
    assert "changed by someone else" in panel.save_state.text()
    # who, when and what, from the audit log (not "someone else" to guess at)
    qtbot.waitUntil(lambda: "Saved by colleague at" in panel.conflict.text.text())
    assert "customer name, notes" in panel.conflict.text.text()
    assert "changed by someone else (colleague at" in panel.save_state.text()
    type_into(panel.editor.widgets["authorized_title"], "Owner")  # typing on saves nothing:
    assert "changed by someone else" in panel.save_state.text()  # not "Unsaved changes…"
    assert store.cases.get(saved.id).account_name == "Harbor Dental (theirs)"  # not overwritten
    monkeypatch.setattr(CompareDialog, "ask", classmethod(lambda cls, parent, diffs: {
        name for name, _m, _t in diffs if name != "account_name"}))
    panel.conflict.compare.click()
    qtbot.waitUntil(lambda: store.cases.get(saved.id).account_number == "999-1")
    merged = store.cases.get(saved.id)
    assert merged.account_name == "Harbor Dental (theirs)"  # I chose theirs for this one
    assert merged.notes == "their note"


def test_conflict_reload_takes_theirs(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    store.cases.update(replace(saved, account_name="Theirs"), "colleague")
    type_into(panel.editor.widgets["account_name"], "Mine")
    panel.save()
    qtbot.waitUntil(lambda: panel.conflicted)
    panel.conflict.reload.click()
    qtbot.waitUntil(lambda: not panel.conflicted and panel.base.account_name == "Theirs")
    assert panel.editor.widgets["account_name"].text() == "Theirs"
    assert not (tmp_path / "recovery" / f"case-{saved.id}.journal").exists()


def test_case_on_the_platform_is_read_only(qtbot, demo_store: Store, qsettings: QSettings) -> None:
    w = open_window(qtbot, demo_store, qsettings)
    qtbot.waitUntil(lambda: w.case_panel.base is not None)  # the desk opens on the first case
    at_carrier = demo_store.queue.ids(QueueQuery(statuses=("at_carrier",)))[0]
    w.case_panel.open_case(at_carrier)
    qtbot.waitUntil(lambda: w.case_panel.base is not None and w.case_panel.base.id == at_carrier)
    assert not w.case_panel.editor.widgets["account_name"].isEnabled()
    assert w.case_panel.editor.widgets["notes"].isEnabled()
    assert not w.case_panel.numbers.entry.isEnabled()
    assert dialogs.ReasonDialog is not None
    w.close()


def test_undo_survives_a_reload_of_the_case_as_it_was(qtbot, store: Store, tasks,
                                                       tmp_path: Path) -> None:
    """Saved, then the desk reloads the case (a sync round, a refresh): Ctrl+Z still takes the
    typing back. When the case changed underneath, the history starts again."""
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    name = panel.editor.widgets["account_name"]
    type_into(name, "Harbor Dental Group Inc")
    qtbot.waitUntil(lambda: not panel.dirty and store.cases.get(saved.id).account_name ==
                    "Harbor Dental Group Inc")
    with qtbot.waitSignal(panel.case_loaded):
        panel.reload()
    assert panel.undo_stack.canUndo()
    panel.undo_stack.undo()
    assert name.text() == saved.account_name
    qtbot.waitUntil(lambda: not panel.dirty and store.cases.get(saved.id).account_name ==
                    saved.account_name)

    mine = store.cases.get(saved.id)  # a colleague changes the case underneath
    store.cases.update(replace(mine, authorized_name="Dana Colleague"), "colleague")
    with qtbot.waitSignal(panel.case_loaded):
        panel.reload()
    assert panel.editor.widgets["authorized_name"].text() == "Dana Colleague"
    assert not panel.undo_stack.canUndo()  # old steps would land on values never seen


def test_a_sent_case_s_requested_date_is_not_judged_for_lead_time(qtbot, store: Store, tasks,
                                                                  tmp_path: Path) -> None:
    """An FOC-confirmed case asked for a date three business days out weeks ago: the draft's
    lead-time rule does not turn it red now (the demo queue showed it once its dates were true)."""
    from portdesk.domain.lifecycle import Status
    from portdesk.domain.schedule import add_business_days

    today = date(2026, 11, 23)
    saved = store.cases.create(case(requested_date=add_business_days(today, 3)), "tester")
    assert saved.id is not None
    panel = CasePanel()
    qtbot.addWidget(panel)
    panel.editor.today = lambda: today
    panel.attach(store, Settings(), "tester", tasks, journal_dir=tmp_path / "recovery")
    panel.show()
    with qtbot.waitSignal(panel.case_loaded):
        panel.open_case(saved.id)
    assert "business day" in panel.editor.messages["requested_date"].text()  # a draft: said
    for step in (Status.SUBMITTED, Status.AT_CARRIER, Status.FOC_CONFIRMED):
        store.cases.change_status(saved.id, step, "tester", "carrier answered")
    with qtbot.waitSignal(panel.case_loaded):
        panel.open_case(saved.id, force=True)
    assert panel.editor.messages["requested_date"].text() == ""


def test_a_transfer_shows_what_it_uses_and_keeps_what_it_holds(qtbot, store: Store, tasks,
                                                                tmp_path: Path) -> None:
    """A sub-account transfer has no carrier: no current carrier, account number, PIN, BTN or
    partial-port rows; values stored before stay on the case and are named (the PIN masked)."""
    from portdesk.domain.case import CaseKind

    held = replace(case(), kind=CaseKind.SUBACCOUNT_TRANSFER, losing_carrier="Old Carrier Co",
                   pin="4821", account_number="ACC-77")
    saved = store.cases.create(held, "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    editor = panel.editor
    rows = {n: editor.form.isRowVisible(h) for n, h in editor.holders.items()}
    for name in ("losing_carrier", "account_number", "pin", "btn", "port_type",
                 "remaining_action", "new_btn"):
        assert rows[name] is False, name
    assert rows["account_name"] and rows["notes"] and rows["service_address.line1"]
    assert editor.form.isRowVisible(editor.sections["port_type"])  # its date is still asked
    note = editor.absent_note.text()
    assert editor.form.isRowVisible(editor.absent_note)
    assert "no carrier" in note
    assert "Losing carrier Old Carrier Co" in note and "Account number ACC-77" in note
    assert "4821" not in note and "Port-out PIN ••••" in note
    # an edit of a field the transfer uses keeps what the hidden ones hold
    type_into(editor.widgets["account_name"], "Renamed Library")
    panel.save()
    qtbot.waitUntil(lambda: panel.base is not None and panel.base.account_name == "Renamed Library")
    again = store.cases.get(saved.id)
    assert (again.losing_carrier, again.pin, again.account_number) == (
        "Old Carrier Co", "4821", "ACC-77")


def test_a_port_in_shows_every_carrier_field(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    editor = panel.editor
    assert all(editor.form.isRowVisible(h) for h in editor.holders.values())
    assert not editor.form.isRowVisible(editor.absent_note)


def test_a_port_out_shows_what_the_request_is_checked_against(qtbot, store: Store, tasks,
                                                               tmp_path: Path) -> None:
    """A port-out takes numbers away: the platform is the current carrier and the gaining
    carrier sets port type, the numbers that stay, new BTN and date. Its editor showed those
    port-in rows; now they are hidden by the same kind rule, values kept and named."""
    from portdesk.domain.case import CaseKind, PortType

    held = replace(case(), kind=CaseKind.PORT_OUT, losing_carrier="Old Carrier Co",
                   port_type=PortType.PARTIAL, pin="4821", account_number="ACC-77")
    saved = store.cases.create(held, "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    editor = panel.editor
    rows = {n: editor.form.isRowVisible(h) for n, h in editor.holders.items()}
    for name in ("losing_carrier", "btn", "port_type", "remaining_action", "new_btn",
                 "requested_date", "temporary_number"):
        assert rows[name] is False, name
    for name in ("account_name", "authorized_name", "account_number", "pin",
                 "service_address.line1"):
        assert rows[name] is True, name  # what the request is checked against
    note = editor.absent_note.text()
    assert editor.form.isRowVisible(editor.absent_note)
    assert "port-out" in note
    assert "Losing carrier Old Carrier Co" in note and "Port type partial" in note
    assert "4821" not in note
    assert set(editor.shown_fields()).isdisjoint({"losing_carrier", "port_type", "new_btn"})
    # every row of the Port section is hidden: its heading goes too (it read as an empty gap)
    assert not editor.form.isRowVisible(editor.sections["port_type"])
    assert editor.form.isRowVisible(editor.sections["account_name"])


def test_a_long_value_is_shown_from_its_start(qtbot, store: Store, tasks, tmp_path: Path) -> None:
    """A value wider than its box showed its end ('...ative of Greater Springfield, Inc'): the
    specialist compares a name with the bill from its first word."""
    long_name = "The Extraordinarily Long-Named Metropolitan Veterinary Cooperative " * 3
    saved = store.cases.create(replace(case(), account_name=long_name.strip()), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    field = panel.editor.widgets["account_name"]
    assert isinstance(field, QLineEdit) and field.text() == long_name.strip()
    assert field.cursorPosition() == 0


def test_a_value_longer_than_its_box_says_itself_whole_on_hover(qtbot, store: Store, tasks,
                                                                 tmp_path: Path) -> None:
    """Walked with a long customer name and street: the boxes showed their start only, and a
    specialist copies the whole value exactly as the carrier has it."""
    long_name = ("The Extraordinarily Long-Named Regional Association of Independent Veterinary "
                 "Practitioners and Allied Animal Health Professionals Incorporated")
    saved = store.cases.create(case(account_name=long_name, authorized_title="Owner",
                                    pin="48213377"), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    panel.resize(480, 700)
    name = panel.editor.widgets["account_name"]
    qtbot.waitUntil(lambda: name.toolTip() == long_name)
    assert panel.editor.widgets["authorized_title"].toolTip() == ""  # it fits: no echo
    assert "48213377" not in panel.editor.widgets["pin"].toolTip()
    type_into(name, "Short Name LLC")
    assert name.toolTip() == ""


def test_every_input_is_labelled_for_a_screen_reader(qtbot, store: Store, tasks,
                                                     tmp_path: Path) -> None:
    """Walked with the accessibility tree: the drop-downs read their value only ("Business",
    "CA"), their label belonged to the box around them."""
    from PySide6.QtGui import QAccessible

    saved = store.cases.create(case(), "tester")
    panel = open_panel(qtbot, store, tasks, tmp_path, saved)
    for name, widget in panel.editor.widgets.items():
        holder = panel.editor.holders[name]
        label = panel.editor.form.labelForField(holder)
        assert label.buddy() is widget, name
        iface = QAccessible.queryAccessibleInterface(widget)
        labels = [other.text(QAccessible.Text.Name)
                  for other, _rel in iface.relations(QAccessible.RelationFlag.Label)]
        assert label.text() in labels or iface.text(QAccessible.Text.Name) == label.text(), name


def test_a_transfer_draft_s_date_needs_the_platform_s_lead_time(qtbot, store: Store, tasks,
                                                                tmp_path: Path) -> None:
    """A transfer is done by the platform in 1-2 business days (DOMAIN): its draft's date read
    "carriers need at least 7" and its calendar opened 7 business days out."""
    from portdesk.domain.case import CaseKind
    from portdesk.domain.schedule import add_business_days

    today = date(2026, 11, 23)
    port = case(requested_date=add_business_days(today, 3))
    for c, said in ((port, "carriers need at least 7"),
                    (replace(port, kind=CaseKind.SUBACCOUNT_TRANSFER, losing_carrier=""), "")):
        saved = store.cases.create(c, "tester")
        assert saved.id is not None
        panel = CasePanel()
        qtbot.addWidget(panel)
        panel.editor.today = lambda: today
        panel.attach(store, Settings(), "tester", tasks, journal_dir=tmp_path / "recovery")
        panel.show()
        with qtbot.waitSignal(panel.case_loaded):
            panel.open_case(saved.id)
        message = panel.editor.messages["requested_date"].text()
        assert (said in message) if said else message == ""
        panel.editor.set_value("requested_date", add_business_days(today, 1))
        message = panel.editor.messages["requested_date"].text()
        assert "business day" in message
        assert ("carriers" in message) == (c.kind is CaseKind.PORT_IN)
        panel.editor.set_value("requested_date", None)
        lead = 7 if c.kind is CaseKind.PORT_IN else 2
        field = panel.editor.widgets["requested_date"]
        assert field.calendar_start() == add_business_days(today, lead)  # type: ignore[attr-defined]
