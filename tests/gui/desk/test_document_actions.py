"""The LOA and bill screens are reachable from the desk's menus for the open case."""

from __future__ import annotations

from portdesk.ui.document_actions import DOCUMENT_ACTIONS


def test_document_actions_open_their_screen_for_the_open_case(window, monkeypatch) -> None:
    for key, _text, shortcut in DOCUMENT_ACTIONS:
        assert window.actions_[key].shortcut().toString() == shortcut
    opened: list[tuple[str, int]] = []
    target = "portdesk.ui.document_actions.loa_screens"
    monkeypatch.setattr(f"{target}.open_sign", lambda *a: opened.append(("sign", a[3])))
    monkeypatch.setattr(f"{target}.open_print_preview",
                        lambda *a: opened.append(("print", a[2])))
    monkeypatch.setattr(f"{target}.open_batch_print",
                        lambda *a: opened.append(("batch", len(a[2]))))
    case_id = window.case_panel.case_id
    window.actions_["loa_sign"].trigger()
    window.actions_["print"].trigger()
    window.documents.selected = [1, 2, 3]
    window.actions_["loa_batch_print"].trigger()
    assert opened == [("sign", case_id), ("print", case_id), ("batch", 3)]
