"""A journal removed by the journal lane while the GUI thread reads it is simply gone.

Found by a seeded run (session 21): Discard removes the journal on its lane while the test (and
the desk, opening the case again) reads it; `exists()` said yes, the file vanished before it was
read, and the reader took the missing file for a damaged one, tried to set it aside and raised
FileNotFoundError out of `read`. A journal that vanished is no journal: nothing to restore, nothing
to set aside; a journal that is there but unreadable is still set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.services.recovery import JournalSeal
from portdesk.store.store import Store
from portdesk.ui.journal import Journal, snapshot
from tests.helpers import case


def _journaled(store: Store, tmp_path: Path) -> tuple[int, Journal]:
    c = store.cases.create(case(), "tester")
    assert c.id is not None
    journal = Journal(tmp_path / "recovery", JournalSeal(store))
    journal.write(c.id, c.version, {"authorized_name": "Maria T. Lopez"}, snapshot(c))
    return c.id, journal


def test_a_journal_removed_between_the_look_and_the_read_is_none(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cid, journal = _journaled(store, tmp_path)
    path = journal.path(cid)
    real_read_text = Path.read_text

    def removed_first(self: Path, *args: object, **kwargs: object) -> str:
        if self == path:
            journal.discard(cid)  # the journal lane's Discard lands between exists() and read
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", removed_first)
    assert journal.read(cid) is None
    assert not list(path.parent.glob("*.damaged"))


def test_a_damaged_journal_is_still_set_aside(store: Store, tmp_path: Path) -> None:
    cid, journal = _journaled(store, tmp_path)
    journal.path(cid).write_text("not a sealed journal", encoding="utf-8")
    assert journal.read(cid) is None
    assert journal.path(cid).with_suffix(".damaged").exists()
