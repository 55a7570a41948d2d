"""A recovery journal the journal lane deletes while another thread reads it (a discard or a
save's settle racing a case being opened, or a test polling it) is no journal: nothing to
restore. It was called damaged, 'set aside' with a rename of a file no longer there, and the
rename's FileNotFoundError went up to whoever read it (the case failed to open)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from portdesk.services.recovery import JournalSeal
from portdesk.store.store import Store
from portdesk.ui.journal import Journal


class _GoneOnRead(type(Path())):  # type: ignore[misc]
    """A journal's path that still existed when asked, and was gone when read."""

    def exists(self, *args: object, **kwargs: object) -> bool:
        return True


def test_a_journal_gone_while_read_is_none(store: Store, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    journal = Journal(tmp_path / "recovery", JournalSeal(store))
    monkeypatch.setattr(journal, "path",
                        lambda case_id: _GoneOnRead(tmp_path / "recovery" / f"case-{case_id}.journal"))
    with caplog.at_level(logging.WARNING, logger="portdesk.ui.journal"):
        assert journal.read(1) is None
    assert not caplog.records  # nothing called unreadable
    assert not list((tmp_path / "recovery").glob("*.damaged"))
