"""The one way in to the porting platform: the API key, read in one place, and the client, built
in one place with one retry policy.

The command line and the desk both reach the platform through `connect()` (and the sync engine
through `sync_engine()`), so they send the same requests with the same retries and report a
missing key in the same words. The key comes from PORTDESK_PLATFORM_KEY or the OS keyring: one entry
per data folder, handed out only for the platform address it was entered for (platform_key.py);
it is never printed, logged or written to settings.
Everything below the platform is imported when it is first needed: `portdesk --help` pays nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from portdesk import os_keyring
from portdesk.config import load_settings
from portdesk.domain.errors import PortDeskError
from portdesk.services import platform_key

if TYPE_CHECKING:
    from portdesk.platform.port import PortingPlatform
    from portdesk.platform.retry import RetryPolicy
    from portdesk.services.sync import SyncEngine
    from portdesk.store.desks import DeskIdentity
    from portdesk.store.store import Store

KEY_ENV = platform_key.KEY_ENV
QUICK_TIMEOUT_S = 8.0
KeyringUnavailable = platform_key.KeyringUnavailable


def no_key() -> str:
    """Why no key is sent, naming where Settings would keep one (a headless desk's keyring is a
    file, and the sentence says so)."""
    return (f"no platform API key: add it in Settings (kept in {os_keyring.where()}) or set "
            f"{KEY_ENV}")


def retry_policy() -> RetryPolicy:
    """A few quick retries: a platform that stays down is reported, the next round tries again."""
    from portdesk.platform.retry import RetryPolicy

    return RetryPolicy(max_attempts=4, base_delay=0.25)


def stored_key(platform_url: str) -> str:
    """The key this data folder keeps for that address ("" when none, or when the keyring cannot
    be read); a key kept for another address raises KeyForAnotherAddress."""
    return platform_key.key_for(platform_url)


def api_key(platform_url: str) -> str:
    """The key in force for that address: the environment's (only beside that address in
    PORTDESK_PLATFORM_URL), else the keyring's, else ""."""
    return platform_key.key_from_environment(platform_url) or stored_key(platform_url)


def key_state(platform_url: str) -> str:
    """For Settings and the status bar, never the key: "" when a key is kept for this address,
    else the sentence that says why none will be sent."""
    try:
        return "" if api_key(platform_url) else no_key()
    except platform_key.KeyForAnotherAddress as exc:
        return str(exc)


def has_stored_key(platform_url: str) -> bool:
    return not key_state(platform_url)


def store_api_key(key: str, platform_url: str = "") -> None:
    """Into the OS keyring only, bound to this data folder and `platform_url` (an empty key
    removes it); never echoed, even in an error."""
    if key:  # kept only once read back: a keyring that forgets would leave sync without it
        platform_key.keep(platform_url, key)
    else:
        platform_key.forget()


adopt_earlier_key = platform_key.adopt_legacy
earlier_key_waiting = platform_key.legacy_waiting


def connect(platform_url: str, key: str | None = None, *, quick: bool = False,
            on_retry: Callable[[Exception, int, int, float], None] | None = None,
            ) -> PortingPlatform:
    """The platform client, with the key in force unless one is given; close it after use.

    `quick`: one attempt with a short timeout, for a person waiting on a button. `on_retry` is
    told before each new attempt of a request that failed (ClientCore.on_retry)."""
    from portdesk.platform.client import PlatformClient
    from portdesk.platform.retry import RetryPolicy

    key = api_key(platform_url) if key is None else key
    if not key:
        raise PortDeskError(no_key())
    zone = load_settings().porting_zone()  # the FOC day as the desk's porting zone has it
    if quick:
        return PlatformClient(platform_url, key, timeout=QUICK_TIMEOUT_S,
                              retry=RetryPolicy(max_attempts=1), zone=zone)
    client = PlatformClient(platform_url, key, retry=retry_policy(), zone=zone)
    client.on_retry = on_retry
    return client


def check_connection(url: str, key: str = "") -> str:
    """Settings' "Test connection": one cheap request with the typed (or stored) key.

    Returns what to tell the specialist; a refused key, a wrong address or a platform that does
    not answer raises the client's error, whose message says which and what to do.
    """
    from portdesk.platform.port import Feed

    url = url.strip()
    key = key.strip() or (api_key(url) if url else "")
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
                desk: DeskIdentity | None = None,
                on_retry: Callable[[Exception, int, int, float], None] | None = None,
                ) -> SyncEngine:
    """The sync engine over a new client (the caller's thread owns both; close its client).
    `desk` names this desk among the team's (its leases, `team status`).

    The key is checked before the store is opened: a missing key is said without migrating a
    database first."""
    from portdesk.services.sync import SyncEngine

    client = connect(platform_url, on_retry=on_retry)
    try:
        return SyncEngine(open_store(), client, desk=desk)
    except BaseException:
        client.close()
        raise
