"""The platform API key is kept per data folder and handed out only for the address it was
entered for. Before, one keyring entry served every folder: a desk started on a sandbox folder
sent the live key to the sandbox's address (and the other way round).

The keyring is a fake in memory (the edge of the process); the platform is the real sandbox over
loopback, which records what reached it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from portdesk.cli import main
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import platform_access, platform_key
from portdesk.services.platform_key import KeyForAnotherAddress

from .conftest import API_KEY

LIVE = "https://porting.example.test/v2"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


@pytest.fixture
def vault(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("PORTDESK_PLATFORM_KEY", raising=False)
    before = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(before)


def folder(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setenv("PORTDESK_DATA_DIR", str(path))


def test_a_key_kept_in_one_folder_is_not_the_other_folders(
        vault: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder(monkeypatch, tmp_path / "live")
    platform_access.store_api_key("live-secret", LIVE)
    assert platform_access.api_key(LIVE) == "live-secret"
    assert platform_access.api_key(LIVE + "/") == "live-secret"  # the same address
    folder(monkeypatch, tmp_path / "sandbox")
    assert platform_access.api_key(LIVE) == ""  # another folder: its own entry, none yet
    platform_access.store_api_key("sandbox-secret", "http://127.0.0.1:8765/v2")
    folder(monkeypatch, tmp_path / "live")
    assert platform_access.api_key(LIVE) == "live-secret"  # untouched by the other folder
    assert not any("live-secret" in v and "sandbox" in k[1] for k, v in vault.items.items())


def test_a_key_is_never_handed_out_for_another_address(
        vault: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder(monkeypatch, tmp_path / "one")
    platform_access.store_api_key("live-secret", LIVE)
    for other in ("https://sandbox.example.test/v2", "http://porting.example.test/v2",
                  "https://porting.example.test/v1", "https://porting.example.test:8443/v2"):
        with pytest.raises(KeyForAnotherAddress, match="entered for https://porting") as told:
            platform_access.connect(other)
        assert "live-secret" not in str(told.value)
        assert "Settings" in str(told.value)
        assert "live-secret" not in platform_access.key_state(other)


def test_sync_on_another_folder_sends_nothing_and_says_what_to_do(
        vault: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]) -> None:
    """The live folder keeps a key the sandbox would accept; a second folder whose settings point
    at the sandbox runs `sync`: refused before any request (with the shared entry the round
    went through, carrying the other folder's key)."""
    folder(monkeypatch, tmp_path / "live")
    platform_access.store_api_key(API_KEY, LIVE)
    folder(monkeypatch, tmp_path / "training")
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    code = main(["--db", f"sqlite:///{tmp_path / 'training.sqlite3'}", "sync", "--once"])
    err = capsys.readouterr().err
    assert code != 0 and "no platform API key" in err
    assert API_KEY not in err
    platform_access.store_api_key(API_KEY, sandbox.base_url)  # typed for this folder's address
    code = main(["--db", f"sqlite:///{tmp_path / 'training.sqlite3'}", "sync", "--once"])
    assert code == 0, capsys.readouterr().err


def test_the_old_shared_entry_is_never_sent_by_itself(
        vault: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.items[("PortDesk", "platform-api-key")] = "old-secret"
    folder(monkeypatch, tmp_path / "one")
    assert platform_access.earlier_key_waiting()
    with pytest.raises(KeyForAnotherAddress, match="earlier PortDesk") as told:
        platform_access.connect(LIVE)
    assert "old-secret" not in str(told.value)
    assert not platform_access.has_stored_key(LIVE)


def test_the_old_entry_becomes_this_folders_key_when_the_specialist_says_so(
        vault: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.items[("PortDesk", "platform-api-key")] = "old-secret"
    folder(monkeypatch, tmp_path / "one")
    assert platform_access.adopt_earlier_key(LIVE) is True
    assert platform_access.api_key(LIVE) == "old-secret"
    assert ("PortDesk", "platform-api-key") not in vault.items  # no second folder can take it
    folder(monkeypatch, tmp_path / "two")
    assert platform_access.api_key(LIVE) == ""
    assert platform_access.adopt_earlier_key(LIVE) is False


def test_typing_a_new_key_retires_the_old_entry_and_forgetting_removes_both(
        vault: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.items[("PortDesk", "platform-api-key")] = "old-secret"
    folder(monkeypatch, tmp_path / "one")
    platform_access.store_api_key("new-secret", LIVE)
    assert ("PortDesk", "platform-api-key") not in vault.items
    assert platform_access.api_key(LIVE) == "new-secret"
    platform_access.store_api_key("")
    assert vault.items == {}
    assert platform_access.key_state(LIVE) == platform_access.no_key()


def test_a_key_without_an_address_is_refused(
        vault: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder(monkeypatch, tmp_path / "one")
    with pytest.raises(platform_access.PortDeskError, match="platform URL first"):
        platform_access.store_api_key("s", "  ")
    assert vault.items == {}
    assert platform_key.address("HTTPS://Porting.Example.TEST:443/v2/") == LIVE


def test_the_environments_key_goes_only_to_the_address_set_beside_it(
        vault: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]) -> None:
    """PORTDESK_PLATFORM_KEY exported in a shell, a folder whose settings.json names the live
    platform: before, the key went to whatever address was configured."""
    folder(monkeypatch, tmp_path / "one")
    monkeypatch.delenv("PORTDESK_PLATFORM_URL", raising=False)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", "shell-secret")
    with pytest.raises(KeyForAnotherAddress, match="PORTDESK_PLATFORM_URL") as told:
        platform_access.api_key(LIVE)
    assert "shell-secret" not in str(told.value)
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", "http://127.0.0.1:8765/v2")
    with pytest.raises(KeyForAnotherAddress, match=r"is for http://127\.0\.0\.1:8765/v2"):
        platform_access.api_key(LIVE)
    assert "shell-secret" not in platform_access.key_state(LIVE)
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", LIVE + "/")
    assert platform_access.api_key(LIVE) == "shell-secret"  # the very address it was set for
    monkeypatch.delenv("PORTDESK_PLATFORM_URL")
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "settings.json").write_text(
        json.dumps({"platform_url": sandbox.base_url}), encoding="utf-8")
    monkeypatch.setenv("PORTDESK_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)
    code = main(["--db", f"sqlite:///{tmp_path / 'one.sqlite3'}", "sync", "--once"])
    err = capsys.readouterr().err
    assert code == 1 and "PORTDESK_PLATFORM_KEY is sent only to the address" in err
    assert API_KEY not in err
