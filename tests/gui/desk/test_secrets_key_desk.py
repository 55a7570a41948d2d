"""The desk opened on a sealed queue by a workstation whose keyring lost the key: it says so when
it opens (not at the specialist's first save), and makes no key of its own."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from portdesk.app import build_window
from portdesk.services.context import Context
from portdesk.store.secrets import KEY_NAME, SERVICE
from portdesk.store.store import Store
from portdesk.ui import dialogs
from tests.helpers import case


def test_the_desk_says_at_once_that_this_workstation_lacks_the_queues_key(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    store = Store.open(url)
    store.cases.create(case(pin="4821"), "tester")
    recorded = store.box.key_id
    store.close()
    keyring.delete_password(SERVICE, KEY_NAME)  # a reinstalled workstation
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs.Inform, "show",
                        classmethod(lambda cls, parent, title, text, error=False:
                                    shown.append((title, text))))
    ctx = Context.from_args(url)
    window = build_window(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    title, text = shown[0]
    assert title == "Cannot open the database" and "\n" not in text
    assert f"sealed with secrets key {recorded}" in text and "`portdesk team join`" in text
    assert window.store is None
    assert keyring.get_password(SERVICE, KEY_NAME) is None  # no key was made
    window.tasks.shutdown()
    ctx.close()
