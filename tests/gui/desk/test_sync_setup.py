"""Sync starts as soon as the API key is saved (no restart), Settings tests the connection, and the
status bar never says "not set up" once a key is there (issue 12, item 4). Real sandbox on loopback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from portdesk.config import Settings
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.store.store import Store
from portdesk.ui import settings_dialog
from portdesk.ui.main_window import MainWindow
from portdesk.ui.notifications import Notifier
from portdesk.ui.settings_dialog import SettingsDialog
from portdesk.ui.theme import STYLE, apply_theme
from tests.gui.desk.conftest import open_window
from tests.integration.platform.conftest import API_KEY, make_sandbox, sandbox  # noqa: F401


@pytest.fixture
def desk_window(qtbot, store: Store, qsettings: QSettings) -> Iterator[MainWindow]:
    window = open_window(qtbot, store, qsettings)
    window.notifier = Notifier(window)
    window.store_ready.emit()  # the app builds the notifier before the store opens
    qtbot.waitUntil(lambda: "not set up" in window.status.online.text())
    yield window
    window.close()


def _save_settings_with(monkeypatch, url: str, key: str) -> None:
    def fill_and_save(cls, parent, settings: Settings) -> bool:  # type: ignore[no-untyped-def]
        dialog = cls(parent, settings)
        dialog.platform_url.setText(url)
        dialog.api_key.setText(key)
        dialog._on_save()
        return dialog.result() == SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog.SettingsDialog, "ask", classmethod(fill_and_save))


def test_saving_the_key_starts_sync_at_once(qtbot, desk_window: MainWindow,
                                            sandbox: SandboxServer,  # noqa: F811
                                            monkeypatch) -> None:
    window = desk_window
    window.actions_["refresh"].trigger()
    assert "not set up" in window.status.currentMessage()
    _save_settings_with(monkeypatch, sandbox.base_url, API_KEY)
    shown: list[str] = []
    monkeypatch.setattr(window.status, "set_connecting", lambda: shown.append("connecting"))
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: shown == ["connecting"])  # before the first round ends, no restart
    qtbot.waitUntil(lambda: "Online" in window.status.online.text(), timeout=15_000)
    assert "never" not in window.status.last_sync.text()
    window.actions_["refresh"].trigger()
    assert "not set up" not in window.status.currentMessage()


def test_removing_the_key_stops_sync(qtbot, desk_window: MainWindow,
                                     sandbox: SandboxServer, monkeypatch) -> None:  # noqa: F811
    window = desk_window
    _save_settings_with(monkeypatch, sandbox.base_url, API_KEY)
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: "Online" in window.status.online.text(), timeout=15_000)

    def forget(cls, parent, settings: Settings) -> bool:  # type: ignore[no-untyped-def]
        dialog = cls(parent, settings)
        dialog.forget_key.setChecked(True)
        dialog._on_save()
        return True

    monkeypatch.setattr(settings_dialog.SettingsDialog, "ask", classmethod(forget))
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: "not set up" in window.status.online.text())


def test_connection_test_says_what_is_wrong(qtbot, sandbox: SandboxServer) -> None:  # noqa: F811
    dialog = SettingsDialog(None, Settings())
    qtbot.addWidget(dialog)
    outcomes: list[tuple[bool, str]] = []
    dialog.connection_checked.connect(lambda ok, text: outcomes.append((ok, text)))

    def check(url: str, key: str) -> tuple[bool, str]:
        dialog.platform_url.setText(url)
        dialog.api_key.setText(key)
        count = len(outcomes)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: len(outcomes) > count, timeout=15_000)
        return outcomes[-1]

    ok, text = check(sandbox.base_url, API_KEY)
    assert ok and "key is accepted" in text and dialog.connection.kind == "ok"
    ok, text = check(sandbox.base_url, "wrong-key")
    assert not ok and "wrong-key" not in text and dialog.connection.kind == "error"
    assert "key" in text.lower()
    ok, text = check("", API_KEY)
    assert not ok and "URL" in text


def test_theme_can_be_chosen_and_follows_the_desktop(qtbot, desk_window: MainWindow,
                                                     monkeypatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def choose(theme: str) -> Callable[..., bool]:
        def pick(cls, parent, settings: Settings) -> bool:  # type: ignore[no-untyped-def]
            dialog = cls(parent, settings)
            dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
            dialog._on_save()
            return True
        return pick

    def window_lightness() -> int:
        return app.palette().color(QPalette.ColorRole.Window).lightness()

    app.setStyleSheet(STYLE)  # as the app runs: widgets under a style sheet must follow too
    try:
        monkeypatch.setattr(settings_dialog.SettingsDialog, "ask", classmethod(choose("dark")))
        desk_window.actions_["settings"].trigger()
        assert window_lightness() < 128 and desk_window.settings.theme == "dark"
        table = desk_window.queue_view.table
        assert table.palette().color(QPalette.ColorRole.Base).lightness() < 128
        monkeypatch.setattr(settings_dialog.SettingsDialog, "ask", classmethod(choose("system")))
        desk_window.actions_["settings"].trigger()
        assert window_lightness() >= 128  # the offscreen desktop is light
    finally:
        app.setStyleSheet("")
        apply_theme(app, "system")


def test_a_new_address_without_its_key_stops_sync_and_says_why(
        qtbot, desk_window: MainWindow, sandbox: SandboxServer,  # noqa: F811
        monkeypatch) -> None:
    """Before, the one stored key went to whatever address Settings named next."""
    window = desk_window
    _save_settings_with(monkeypatch, sandbox.base_url, API_KEY)
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: "Online" in window.status.online.text(), timeout=15_000)
    _save_settings_with(monkeypatch, "https://porting.example.test/v2", "")
    window.actions_["settings"].trigger()
    qtbot.waitUntil(lambda: "not set up" in window.status.online.text())
    assert "entered for http://127.0.0.1" in window.status.currentMessage()
    assert API_KEY not in window.status.currentMessage()
    again = SettingsDialog(None, window.settings)
    qtbot.addWidget(again)
    assert again.api_key.placeholderText() == "none for this address: type its key"


def test_the_earlier_shared_key_is_used_only_once_the_specialist_says_so(
        qtbot, sandbox: SandboxServer, monkeypatch) -> None:  # noqa: F811
    import keyring

    from portdesk.services import desk

    keyring.set_password("PortDesk", "platform-api-key", API_KEY)  # as PortDesk kept it before
    dialog = SettingsDialog(None, Settings(platform_url=sandbox.base_url))
    qtbot.addWidget(dialog)
    assert not dialog.earlier_key.isHidden()
    assert dialog.api_key.placeholderText() == "none for this address: type its key"
    with pytest.raises(desk.platform_access.platform_key.KeyForAnotherAddress):
        desk.platform_key(sandbox.base_url)  # not sent before the specialist says so
    dialog.earlier_key.setChecked(True)
    dialog.apply()
    assert desk.platform_key(sandbox.base_url) == API_KEY
    assert keyring.get_password("PortDesk", "platform-api-key") is None


def test_a_late_reading_for_replaced_settings_says_nothing(
        qtbot, store: Store, qsettings: QSettings, sandbox: SandboxServer,  # noqa: F811
        monkeypatch) -> None:
    """The start-up reading of the sync status, late under load, came back after the key had
    been saved for a new address and sync had started: it flashed "not set up: the key kept here
    was entered for <new>, not <old>" for 20 s over the running sync (a real ordering, made
    certain here by holding both readings and finishing them newest first)."""
    window = open_window(qtbot, store, qsettings)
    held: list[tuple[Callable[[], object], Callable[[object], None]]] = []
    monkeypatch.setattr(window.tasks, "run",
                        lambda work, done, failed=None, **_: held.append((work, done)))
    window.notifier = Notifier(window)
    window.store_ready.emit()  # the start-up reading, for the default address: held
    window.settings.platform_url = sandbox.base_url
    from portdesk.services import desk

    desk.store_api_key(API_KEY, sandbox.base_url)
    window.settings_saved.emit()  # the reading for the saved settings: held too
    assert len(held) == 2
    readings = [(work(), done) for work, done in held]  # both read now: the key is kept
    started: list[str] = []
    monkeypatch.setattr(window.status, "set_connecting", lambda: started.append("connecting"))
    readings[1][1](readings[1][0])  # the new one finishes first: sync starts
    readings[0][1](readings[0][0])  # then the start-up one, for the old address
    assert started == ["connecting"]
    assert "not set up" not in window.status.currentMessage()
    window.notifier.sync.stop()
    window.close()
