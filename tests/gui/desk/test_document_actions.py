"""The LOA and bill screens are reachable from the desk's menus for the open case."""

from __future__ import annotations

from portdesk.domain.queue import QueueQuery
from portdesk.ui import dialogs
from portdesk.ui import loa as loa_screens
from portdesk.ui.document_actions import DOCUMENT_ACTIONS, ON_SELECTION, TAKES_LOA
from tests.gui.desk.conftest import open_window
from tests.integration.platform.sync_helpers import new_case


def _open(qtbot, window, kind: str) -> int:
    rows = window.store.queue.page(QueueQuery(kinds=(kind,), statuses=("draft",))).rows
    case_id = rows[0].id
    window.case_panel.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_panel.base is not None
                    and window.case_panel.base.id == case_id)
    return case_id


def test_document_actions_open_their_screen_for_the_open_case(qtbot, window,
                                                              monkeypatch) -> None:
    for key, _text, shortcut in DOCUMENT_ACTIONS:
        assert window.actions_[key].shortcut().toString() == shortcut
    opened: list[tuple[str, int]] = []
    target = "portdesk.ui.document_actions.loa_screens"
    monkeypatch.setattr(f"{target}.open_sign", lambda *a: opened.append(("sign", a[3])))
    monkeypatch.setattr(f"{target}.draw_and_preview",
                        lambda *a: opened.append(("print", a[2])))
    monkeypatch.setattr(f"{target}.open_batch_print",
                        lambda *a: opened.append(("batch", len(a[2]))))
    case_id = _open(qtbot, window, "port_in")
    window.actions_["loa_sign"].trigger()
    window.actions_["print"].trigger()
    window.documents.selected = [1, 2, 3]
    window.actions_["loa_batch_print"].trigger()
    assert opened == [("sign", case_id), ("print", case_id), ("batch", 3)]


def test_an_loa_on_a_port_out_is_off_with_the_reason(qtbot, window, monkeypatch) -> None:
    """Port-outs take no LOA from us (the gaining carrier holds it): signing, filling a form or
    attaching a wet signature is off, the hover saying why, as Print LOA and Submit are (before,
    they were on and refused only once chosen; earlier still, the letter was drawn, signed and
    filed, and nothing visible followed). The screens' own refusal stays behind the menu."""
    told: list[str] = []
    monkeypatch.setattr(dialogs.Inform, "show",
                        classmethod(lambda cls, parent, title, text, error=False:
                                    told.append(text)))
    opened: list[str] = []
    target = "portdesk.ui.document_actions.loa_screens"
    for name in ("open_sign", "open_form_filler", "open_wet_signature"):
        monkeypatch.setattr(f"{target}.{name}", lambda *a, n=name: opened.append(n))
    _open(qtbot, window, "port_out")
    for key in TAKES_LOA:
        action = window.actions_[key]
        assert not action.isEnabled(), key
        assert "port-out" in action.toolTip() and "gaining carrier" in action.toolTip(), key
        action.trigger()
    window.documents._for_case(loa_screens.open_sign, takes_loa=True)  # a door left open
    assert opened == []
    assert len(told) == 1 and "gaining carrier" in told[0] and "Nothing was attached" in told[0]
    _open(qtbot, window, "port_in")
    assert all(window.actions_[key].isEnabled() for key in TAKES_LOA)


def test_with_no_case_open_every_case_action_is_off_and_says_why(qtbot, store,
                                                                  qsettings) -> None:
    """Sign LOA, Verify the port and Check bill were on with no case open (walked at 1024x700:
    they flashed "Open a case first" only once chosen); every action on the open case, wherever
    it was added, follows one rule: off, the hover saying to open a case first."""
    window = open_window(qtbot, store, qsettings)
    assert window.case_panel.base is None
    keys = [key for key, _t, _s in DOCUMENT_ACTIONS if key not in ON_SELECTION]
    keys += ["verify_port", "audit_trail", "portout_answer", "platform_steps"]
    for key in keys:
        action = window.actions_[key]
        assert not action.isEnabled(), key
        assert "open a case first" in action.toolTip(), key
    batch = window.actions_["loa_batch_print"]  # the selection, else the open case: neither
    assert not batch.isEnabled() and "select cases" in batch.toolTip()
    case = new_case(store, ["312-555-0101"])
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.case_panel.open_case(case.id or 0)
    qtbot.waitUntil(lambda: window.actions_["check_bill"].isEnabled())
    for key in keys:
        assert "open a case first" not in window.actions_[key].toolTip(), key
        if key != "portout_answer":  # a port-out's own: off on this port-in, with its reason
            assert window.actions_[key].isEnabled(), key
    assert "not a port-out request" in window.actions_["portout_answer"].toolTip()
    assert batch.isEnabled()
    window.case_panel.close_case("closed")
    assert not window.actions_["loa_sign"].isEnabled()
    window.close()
