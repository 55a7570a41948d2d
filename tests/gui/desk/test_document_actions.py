"""The LOA and bill screens are reachable from the desk's menus for the open case."""

from __future__ import annotations

from portdesk.domain.queue import QueueQuery
from portdesk.ui import dialogs
from portdesk.ui.document_actions import DOCUMENT_ACTIONS


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
    monkeypatch.setattr(f"{target}.open_print_preview",
                        lambda *a: opened.append(("print", a[2])))
    monkeypatch.setattr(f"{target}.open_batch_print",
                        lambda *a: opened.append(("batch", len(a[2]))))
    case_id = _open(qtbot, window, "port_in")
    window.actions_["loa_sign"].trigger()
    window.actions_["print"].trigger()
    window.documents.selected = [1, 2, 3]
    window.actions_["loa_batch_print"].trigger()
    assert opened == [("sign", case_id), ("print", case_id), ("batch", 3)]


def test_an_loa_on_a_port_out_is_refused_with_the_reason(qtbot, window, monkeypatch) -> None:
    """Port-outs take no LOA from us (the gaining carrier holds it): signing, filling a form or
    attaching a wet signature says so at once and opens nothing. Before, the letter could be
    drawn, signed and filed, and nothing visible followed."""
    told: list[str] = []
    monkeypatch.setattr(dialogs.Inform, "show",
                        classmethod(lambda cls, parent, title, text, error=False:
                                    told.append(text)))
    opened: list[str] = []
    target = "portdesk.ui.document_actions.loa_screens"
    for name in ("open_sign", "open_form_filler", "open_wet_signature"):
        monkeypatch.setattr(f"{target}.{name}", lambda *a, n=name: opened.append(n))
    _open(qtbot, window, "port_out")
    for key in ("loa_sign", "loa_form", "loa_wet"):
        window.actions_[key].trigger()
    assert opened == []
    assert len(told) == 3 and all("port-out" in t and "gaining carrier" in t
                                  and "Nothing was attached" in t for t in told)
