"""The quick filter ignores accents and case: "nunez" finds "José Núñez", through the trigram index
and the plain scan alike, also in a queue written before the search column was folded."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from portdesk.store.engine import _alembic_config
from portdesk.store.queue import QueueQuery, fold
from portdesk.store.store import Store
from tests.helpers import case


def test_fold() -> None:
    assert fold("José NÚÑEZ Ærø") == "jose nunez ærø"
    assert fold("Straße") == "strasse"


def test_quick_filter_ignores_accents_and_case(qtbot, window) -> None:
    for typed in ("nunez", "NUNEZ", "Núñez", "jose", "JOSÉ núñ", "nú"):
        window.queue_view.filter.setText(typed)
        qtbot.waitUntil(lambda t=typed: window.model.query.text == t and not window.tasks.busy
                        and window.model.rowCount() > 0)
        qtbot.waitUntil(lambda: all(window.model.row_at(r) is not None
                                    for r in range(window.model.rowCount())))
        names = {window.model.row_at(r).account_name for r in range(window.model.rowCount())}
        assert any("Núñez" in n or "José" in n for n in names), (typed, names)


def test_a_queue_written_before_folding_is_folded_on_opening(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/old.sqlite3"
    store = Store.open(url)
    made = store.cases.create(case(account_name="Peña Dental", authorized_name="José Núñez"),
                              "tester")
    with store.engine.begin() as conn:  # as revision 0005 left it: accents kept
        # back to 0005 through the later revisions' own downgrades (a bare stamp would leave
        # the tables of those after 0005b in place for the upgrade to make again)
        command.downgrade(_alembic_config(conn), "0005")
        conn.execute(text("UPDATE cases SET search_text = :t WHERE id = :i"),
                     {"t": "pd-000001 | peña dental | josé núñez", "i": made.id})
    assert store.queue.count(QueueQuery(text="nunez")) == 0
    store.close()
    again = Store.open(url)
    try:
        assert again.queue.count(QueueQuery(text="nunez")) == 1
        assert again.queue.count(QueueQuery(text="pena")) == 1
        assert again.queue.count(QueueQuery(text="PEÑA")) == 1
    finally:
        again.close()
