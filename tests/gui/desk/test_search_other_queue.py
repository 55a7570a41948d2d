"""A search that finds nothing in a narrow queue says so and offers All cases, in one click.

Walked in session 19 at 1024x700: the desk reopened on "Needs signature" (where it was closed),
the specialist typed a draft's reference in the quick filter and saw "0 cases" and an empty list,
nothing saying that the filter only looks inside the queue on the left. Return did nothing and
Check bill (Ctrl+B) was off; the case looked gone. Now the list says that nothing in this queue
matches and offers "Look in All cases", which keeps the typed text.
"""

from __future__ import annotations

from portdesk.store.store import Store


def test_nothing_found_in_a_queue_offers_all_cases(qtbot, window, demo_store: Store) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)
    view = window.queue_view
    assert window.sidebar.select_key("signature")
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)
    draft = next(c for c in demo_store.cases.iter_all() if c.status.value == "draft")
    view.filter.setText(draft.reference)
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete
                    and window.model.rowCount() == 0)
    assert view.elsewhere.isVisible()
    assert "Needs signature" in view.elsewhere.text() and "All cases" in view.elsewhere.text()
    view.elsewhere.linkActivated.emit("all")
    qtbot.waitUntil(lambda: window.sidebar.current_queue().key == "all"
                    and window.model.complete and window.model.rowCount() == 1)
    assert view.filter.text() == draft.reference
    assert not view.elsewhere.isVisible()


def test_return_in_the_filter_looks_in_all_cases_and_opens_what_it_finds(
        qtbot, window, demo_store: Store) -> None:
    from PySide6.QtCore import Qt

    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)
    view = window.queue_view
    assert window.sidebar.select_key("drafts")
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)
    ported = next(c for c in demo_store.cases.iter_all() if c.status.value == "ported")
    view.filter.setText(ported.reference)
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete
                    and view.elsewhere.isVisibleTo(view))
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_panel.case_id == ported.id)
    assert window.sidebar.current_queue().key == "all"


def test_all_cases_offers_nothing_more(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.complete)
    view = window.queue_view
    view.filter.setText("no such customer zzzq")
    qtbot.waitUntil(lambda: not window.tasks.busy and window.model.rowCount() == 0)
    assert not view.elsewhere.isVisible()
