"""A write lock held past the busy timeout is "the queue is busy", not an unexpected error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from portdesk.cli import main
from portdesk.domain.lifecycle import Status
from portdesk.store.engine import QueueBusy
from portdesk.store.store import Store
from tests.helpers import case


@contextmanager
def writing(url: str) -> Iterator[None]:
    """Another PortDesk in the middle of a write transaction (it holds the write lock)."""
    other = Store.open(url)
    try:
        with other.sessions.begin() as session:
            session.execute(text("SELECT 1"))  # the transaction (and its lock) begins here
            yield
    finally:
        other.close()


def test_a_busy_queue_is_a_message_a_person_can_act_on(
        store: Store, db_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    created = store.cases.create(case(), "ana")
    assert created.id is not None
    impatient = Store.open(db_url, timeout=0.2)
    monkeypatch.setenv("PORTDESK_BUSY_TIMEOUT", "0.2")
    with writing(db_url):
        with pytest.raises(QueueBusy, match="another PortDesk is writing"):
            impatient.cases.change_status(created.id, Status.SUBMITTED, "ana", "signed")
        code = main(["--db", db_url, "case", "status", created.reference, "awaiting_signature",
                     "--reason", "sent for signature"])
        assert code == 1
        assert capsys.readouterr().err.strip() == \
            "portdesk: the queue is busy (another PortDesk is writing); try again"
        # reading the queue meanwhile waits for nobody
        assert main(["--db", db_url, "case", "list"]) == 0
        assert created.reference in capsys.readouterr().out
    impatient.close()
    assert store.cases.get(created.id).status == Status.DRAFT
