"""The one way in to the porting platform: the API key, read in one place, and the client, built
in one place with one retry policy.

The command line and the desk both reach the platform through `connect()` (and the sync engine
through `sync_engine()`), so they send the same requests with the same retries and report a
missing key in the same words. The key comes from PORTDESK_PLATFORM_KEY or the OS keyring (service
"PortDesk", user "platform-api-key"); it is never printed, logged or written to settings.
Everything below the platform is imported when it is first needed: `portdesk --help` pays nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from portdesk import os_keyring
from portdesk.config import load_settings
from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from portdesk.platform.port import PortingPlatform
    from portdesk.platform.retry import RetryPolicy
    from portdesk.services.sync import SyncEngine
    from portdesk.store.desks import DeskIdentity
    from portdesk.store.store import Store

KEYRING_SERVICE, KEYRING_USER = "PortDesk", "platform-api-key"
KEY_ENV = "PORTDESK_PLATFORM_KEY"
QUICK_TIMEOUT_S = 8.0
NO_KEY = ("no platform API key: add it in Settings (kept in the system keyring) or set "
          f"{KEY_ENV}")


class KeyringUnavailable(PortDeskError):
    pass


def retry_policy() -> RetryPolicy:
    """A few quick retries: a platform that stays down is reported, the next round tries again."""
    from portdesk.platform.retry import RetryPolicy

    return RetryPolicy(max_attempts=4, base_delay=0.25)


def stored_key() -> str:
    """The key kept in the OS keyring ("" when none, or when the keyring cannot be read)."""
    return os_keyring.read(KEYRING_SERVICE, KEYRING_USER) or ""  # unreadable: no key


def api_key() -> str:
    """The key in force: the environment's, else the keyring's, else ""."""
    return os.environ.get(KEY_ENV, "") or stored_key()


def has_stored_key() -> bool:
    return bool(stored_key())


def store_api_key(key: str) -> None:
    """Into the OS keyring only (an empty key removes it); never echoed, even in an error."""
    if key:  # kept only once read back: a keyring that forgets would leave sync without it
        if not os_keyring.keep(KEYRING_SERVICE, KEYRING_USER, key):
            raise KeyringUnavailable("the API key could not be kept in the system keyring "
                                     f"(none here, or it does not keep what it is given); set "
                                     f"{KEY_ENV} instead")
        return
    if os_keyring.read(KEYRING_SERVICE, KEYRING_USER) is None:
        return  # nothing kept: nothing to remove
    try:
        import keyring

        with os_keyring.LOCK:
            keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception as exc:  # noqa: BLE001 - report, never echo the key
        raise KeyringUnavailable(
            f"the API key could not be removed from the system keyring ({type(exc).__name__})"
        ) from None


def connect(platform_url: str, key: str | None = None, *, quick: bool = False
            ) -> PortingPlatform:
    """The platform client, with the key in force unless one is given; close it after use.

    `quick`: one attempt with a short timeout, for a person waiting on a button."""
    from portdesk.platform.client import PlatformClient
    from portdesk.platform.retry import RetryPolicy

    key = api_key() if key is None else key
    if not key:
        raise PortDeskError(NO_KEY)
    zone = load_settings().porting_zone()  # the FOC day as the desk's porting zone has it
    if quick:
        return PlatformClient(platform_url, key, timeout=QUICK_TIMEOUT_S,
                              retry=RetryPolicy(max_attempts=1), zone=zone)
    return PlatformClient(platform_url, key, retry=retry_policy(), zone=zone)


def check_connection(url: str, key: str = "") -> str:
    """Settings' "Test connection": one cheap request with the typed (or stored) key.

    Returns what to tell the specialist; a refused key, a wrong address or a platform that does
    not answer raises the client's error, whose message says which and what to do.
    """
    from portdesk.platform.port import Feed

    url, key = url.strip(), key.strip() or api_key()
    if not url:
        raise PortDeskError("give the platform URL first")
    if not key:
        raise PortDeskError("type the platform API key first")
    client = connect(url, key, quick=True)
    try:
        client.log_end(Feed.PORT_INS)
    finally:
        client.close()
    return f"Connected to {urlsplit(url).hostname or url}: the key is accepted."


def sync_engine(open_store: Callable[[], Store], platform_url: str,
                desk: DeskIdentity | None = None) -> SyncEngine:
    """The sync engine over a new client (the caller's thread owns both; close its client).
    `desk` names this desk among the team's (its leases, `team status`).

    The key is checked before the store is opened: a missing key is said without migrating a
    database first."""
    from portdesk.services.sync import SyncEngine

    client = connect(platform_url)
    try:
        return SyncEngine(open_store(), client, desk=desk)
    except BaseException:
        client.close()
        raise
