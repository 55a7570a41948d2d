"""`case comment` acts on the case by id without building it (no numbers read, no PIN
decrypted): what it decides from (order id, sync state) and what it refuses stay the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.domain.errors import NotFound
from portdesk.services import intents
from portdesk.store.store import Store
from tests.helpers import case


def test_an_unknown_reference_and_an_unknown_id_are_refused(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            ) -> None:
    db = tmp_path / "q.sqlite3"
    store = Store.open(f"sqlite:///{db}", key_dir=tmp_path)
    made = store.cases.create(case(), "tester")
    assert store.cases.id_by_reference(made.reference.lower()) == (made.id, made.reference)
    with pytest.raises(NotFound, match="no case with reference PD-999999"):
        store.cases.id_by_reference("PD-999999")
    with pytest.raises(NotFound, match="case 999 does not exist"):
        intents.comment(store, 999, "hello", "tester")
    store.close()
    assert main(["--db", f"sqlite:///{db}", "case", "comment", "PD-999999", "hi"]) == 1
    assert "no case with reference PD-999999" in capsys.readouterr().err


def test_a_comment_goes_to_the_platform_only_for_a_case_it_has(store: Store) -> None:
    local = store.cases.create(case(), "tester")
    sent = store.cases.create(case(), "tester")
    assert local.id is not None and sent.id is not None
    store.outbox.set_case_values(sent.id, platform_order_id="po-1")
    intents.comment(store, local.id, "local only", "tester")
    intents.comment(store, sent.id, "to the carrier", "tester")
    assert [i.intent for i, _s, _e in store.outbox.items_for_case(local.id)] == []
    assert [i.intent for i, _s, _e in store.outbox.items_for_case(sent.id)] == ["comment"]
    assert not intents.comment_waits(store, sent.id)
