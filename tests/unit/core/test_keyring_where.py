"""Every sentence that names where a secret lies says the truth about the keyring in use: a real
OS keyring is "the system keyring"; a keyring kept in a file (keyrings.alt's, a headless desk's)
is that file, by path. Before, a headless desk was told its keys were "in the system keyring"
while they lay base64 in a file under its home directory.

Fakes at the edge only: an in-memory backend stands for an OS vault, keyrings.alt's own plaintext
backend (its file in tmp_path) for the file kind, keyring's chainer for a chain of them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, TypeVar

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer
from keyrings.alt.file import PlaintextKeyring

from portdesk import os_keyring
from portdesk.services import platform_access, platform_key
from portdesk.store import keystore
from portdesk.store.anchors import FileAnchors, KeyringAnchors
from tests.helpers import DroppingVault

B = TypeVar("B", bound=KeyringBackend)


class Install(Protocol):
    def __call__(self, backend: B) -> B: ...


SECRET = b"k" * 43 + b"="  # a key's shape; must never reach a message or a log


class Vault(KeyringBackend):
    """An OS keyring as far as PortDesk can tell: it keeps what it is given, in no file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class ForgetfulFile(PlaintextKeyring):
    """A file keyring that accepts a write and keeps nothing (the refusal path names it too)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


@pytest.fixture
def use() -> Iterator[Install]:
    before = keyring.get_keyring()

    def install(backend: B) -> B:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(before)


def _file_keyring(tmp_path: Path, kind: type[PlaintextKeyring] = PlaintextKeyring
                  ) -> PlaintextKeyring:
    ring = kind()
    ring.file_path = str(tmp_path / "ring" / "keyring_pass.cfg")  # type: ignore[misc]
    return ring


def test_a_real_os_keyring_is_called_the_system_keyring(use: Install, tmp_path: Path) -> None:
    use(Vault())
    assert os_keyring.where() == "the system keyring"
    assert keystore.save(tmp_path, "db1", SECRET) == "the system keyring"
    found = keystore.load(tmp_path, "db1")
    assert found is not None and found[1:] == ("the system keyring", True)
    assert KeyringAnchors(FileAnchors(tmp_path / "anchors.json", "no keyring")).where \
        == "the system keyring"
    assert "(kept in the system keyring)" in platform_access.no_key()


def test_a_file_kept_keyring_is_named_by_its_file(use: Install, tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    ring = use(_file_keyring(tmp_path))
    said = (f"the keyring file {ring.file_path}, readable only by you; this computer has no "
            "system keyring")
    assert os_keyring.where() == said
    assert keystore.save(tmp_path, "db1", SECRET) == said
    assert Path(ring.file_path).exists()  # it really is where the sentence says
    found = keystore.load(tmp_path, "db1")
    assert found is not None and found[1:] == (said, True)
    assert KeyringAnchors(FileAnchors(tmp_path / "anchors.json", "no keyring")).where == said
    assert f"(kept in {said})" in platform_access.no_key()
    assert "system keyring)" not in platform_access.no_key().replace(said, "")
    assert SECRET.decode() not in said + caplog.text


def test_a_file_keyring_that_refuses_is_named_in_the_refusal(use: Install, tmp_path: Path) -> None:
    ring = use(_file_keyring(tmp_path, ForgetfulFile))
    with pytest.raises(platform_key.KeyringUnavailable) as refused:
        platform_key.keep("https://platform.example", "sk-live-never-shown")
    assert f"could not be kept in the keyring file {ring.file_path}, " in str(refused.value)
    assert "sk-live-never-shown" not in str(refused.value)


def test_a_chain_is_named_by_the_backend_it_writes_to_first(
        use: Install, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ring = _file_keyring(tmp_path)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [ring, Vault()])
    use(chainer.ChainerBackend())
    assert os_keyring.where().startswith(f"the keyring file {ring.file_path}, ")
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [Vault(), ring])
    assert os_keyring.where() == "the system keyring"


def test_a_key_the_keyring_did_not_keep_is_named_by_its_own_file(use: Install,
                                                                 tmp_path: Path) -> None:
    """A vault that is there but dropped the write is no 'no keyring available'."""
    use(DroppingVault())
    said = keystore.save(tmp_path, "db1", SECRET)
    assert said == f"the key file {tmp_path / 'secrets-db1.key'} (the keyring did not keep it)"
    found = keystore.load(tmp_path, "db1")
    assert found is not None and found[1:] == (said, False)
