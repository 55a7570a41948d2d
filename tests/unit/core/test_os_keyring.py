"""A keyring that accepts a secret and forgets it (keyring's null backend, a vault that drops
writes) is not trusted with any secret: the signing key's passphrase, the platform API key and
the secrets key each count as kept only once read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from portdesk import os_keyring
from portdesk.loa.certs import workstation_cert
from portdesk.services import platform_access
from portdesk.services.platform_access import KeyringUnavailable
from tests.helpers import FORGETFUL_KEYRINGS


@pytest.fixture(params=FORGETFUL_KEYRINGS)
def forgetting(request: pytest.FixtureRequest) -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(request.param())
    yield
    keyring.set_keyring(before)


def test_a_secret_counts_as_kept_only_once_read_back(forgetting: None) -> None:
    assert os_keyring.keep("PortDesk", "test-item", "s3cret") is False
    assert os_keyring.read("PortDesk", "test-item") is None


def test_a_real_keyring_keeps_it() -> None:  # the suite's plaintext file keyring, in tmp HOME
    assert os_keyring.keep("PortDesk", "test-item", "s3cret") is True
    assert os_keyring.read("PortDesk", "test-item") == "s3cret"


def test_the_signing_key_stays_usable_after_the_run_that_made_it(
        forgetting: None, tmp_path: Path) -> None:
    """Before: the key was encrypted with a passphrase the keyring had forgotten; the next run
    refused to sign ("its passphrase is not in the OS keyring any more")."""
    made = workstation_cert(tmp_path / "signing")
    assert made.passphrase is None and b"ENCRYPTED" not in made.key_pem
    assert "no OS keyring" in made.notice and "0600" in made.notice
    again = workstation_cert(tmp_path / "signing")  # the next run
    assert again.key_pem == made.key_pem and again.cert_pem == made.cert_pem


def test_an_api_key_the_keyring_forgets_is_refused_with_what_to_do(forgetting: None) -> None:
    with pytest.raises(KeyringUnavailable, match="set PORTDESK_PLATFORM_KEY instead"):
        platform_access.store_api_key("key-that-would-be-lost", "https://porting.example.test")
    assert platform_access.stored_key("https://porting.example.test") == ""
    platform_access.store_api_key("")  # removing what is not there is no error


class _Undeletable(keyring.backend.KeyringBackend):
    """A keyring that keeps a secret and refuses to give it up (a locked vault)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return "kept"

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("locked")


def test_an_entry_is_removed_and_a_refusal_is_said() -> None:
    assert os_keyring.keep("PortDesk", "test-item", "s3cret") is True
    assert os_keyring.remove("PortDesk", "test-item") is True
    assert os_keyring.read("PortDesk", "test-item") is None
    assert os_keyring.remove("PortDesk", "test-item") is True  # nothing kept: nothing to do
    before = keyring.get_keyring()
    keyring.set_keyring(_Undeletable())
    try:
        assert os_keyring.remove("PortDesk", "test-item") is False
    finally:
        keyring.set_keyring(before)


def test_each_data_folder_has_its_own_entry(tmp_path: Path) -> None:
    one, two = tmp_path / "live", tmp_path / "training"
    assert os_keyring.per_folder("api-key", one) != os_keyring.per_folder("api-key", two)
    assert os_keyring.per_folder("api-key", one / ".." / "live") == \
        os_keyring.per_folder("api-key", one)


def test_no_write_while_another_portdesk_still_holds_the_keyring(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the wait a write is not made (a file keyring is rewritten whole: two writers at once
    lost a desk's team key); reading goes on. The caller falls back to its file."""
    import fcntl
    import os

    from portdesk.config import data_dir

    assert os_keyring.keep("PortDesk", "kept-before", "one") is True
    monkeypatch.setattr(os_keyring, "WAIT_S", 0.1)
    other = os.open(data_dir() / ".keyring.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(other, fcntl.LOCK_EX)  # another PortDesk, busy with the keyring
        assert os_keyring.keep("PortDesk", "written-meanwhile", "two") is False
        assert os_keyring.remove("PortDesk", "kept-before") is False
        assert os_keyring.read("PortDesk", "kept-before") == "one"
    finally:
        os.close(other)
    assert os_keyring.read("PortDesk", "written-meanwhile") is None
    assert os_keyring.keep("PortDesk", "written-meanwhile", "two") is True  # free again
