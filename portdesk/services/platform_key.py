"""The platform API key as the keyring keeps it: one entry per data folder, bound to the address
it was entered for.

Why: one entry ("PortDesk" / "platform-api-key") served every data folder on the computer, so a
desk started on another folder (a sandbox queue, a training copy) sent the live key to that
folder's platform address, and a key typed for the sandbox went to the live platform. Now the
entry is named after the data folder (as the LOA signing key's is, loa/certs.py) and holds the
address beside the key; a key is handed out only for the address it was entered for, and any
other address gets a sentence saying what to do instead of the key.

The old shared entry says nothing of the folder or the address it was typed for, and nothing
short of sending it could prove either, so it is never sent by itself: the specialist either
types the key again or says in Settings that the old key is this folder's key for this address
(`adopt_legacy`). Either way the old entry is removed, so no second folder can take it.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from portdesk import os_keyring
from portdesk.config import data_dir
from portdesk.domain.errors import PortDeskError

log = logging.getLogger(__name__)
SERVICE, LEGACY_USER = "PortDesk", "platform-api-key"
KEY_ENV = "PORTDESK_PLATFORM_KEY"
URL_ENV = "PORTDESK_PLATFORM_URL"  # the address an environment key is for


class KeyringUnavailable(PortDeskError):
    pass


class KeyForAnotherAddress(PortDeskError):
    """The key kept here was entered for another platform address: it is not sent."""


@dataclass(frozen=True, slots=True)
class KeptKey:
    """What this data folder's keyring entry holds (the key itself never leaves this module's
    callers' hands into a message)."""

    url: str  # the address it was entered for, as `address` writes it
    key: str


def address(url: str) -> str:
    """The platform address as compared: scheme and host lower-cased, default port and trailing
    slash dropped; the path kept (/v2 and /sandbox/v2 are different platforms)."""
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = parts.port
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    return f"{scheme}://{host}{parts.path.rstrip('/')}"


def entry_name() -> str:
    """This data folder's entry (the data folder as the LOA signing key names it)."""
    return os_keyring.per_folder(LEGACY_USER, data_dir())


def kept() -> KeptKey | None:
    """This folder's key and the address it was entered for; None when none is kept (or the
    keyring cannot be read, or the entry is not one PortDesk wrote)."""
    text = os_keyring.read(SERVICE, entry_name())
    if not text:
        return None
    try:
        raw = json.loads(text)
        found = KeptKey(str(raw["url"]), str(raw["key"]))
    except (ValueError, KeyError, TypeError):
        log.warning("the platform key entry of this data folder is not one PortDesk wrote; "
                    "it is ignored (enter the key again in Settings)")
        return None
    return found if found.key and found.url else None


def legacy_waiting() -> bool:
    """An entry from before keys were bound to a folder and an address is still there."""
    return bool(os_keyring.read(SERVICE, LEGACY_USER))


def key_for(url: str) -> str:
    """The key entered for this address ("" when none is kept); a key kept for another address
    raises KeyForAnotherAddress, and the old unbound entry is never returned."""
    own = kept()
    if own is not None:
        if own.url == address(url):
            return own.key
        raise KeyForAnotherAddress(
            f"the API key kept here was entered for {own.url}, not {address(url)}, and is "
            "sent nowhere else: enter this address's key in Settings")
    if legacy_waiting():
        raise KeyForAnotherAddress(
            "the API key an earlier PortDesk saved names no queue or address, so it is not sent "
            f"to {address(url)}: enter this address's key in Settings, or tick \"Use the key "
            "saved by an earlier PortDesk\" there")
    return ""


def key_from_environment(url: str) -> str:
    """PORTDESK_PLATFORM_KEY follows the rule the keyring's key follows: it goes only to the
    address it is for, and that address is the PORTDESK_PLATFORM_URL set beside it ("" when no
    key is set there). A key set alone, or beside another address than the one in force, is
    refused: before, it went to whatever address settings.json named (a training folder's
    sandbox got the live key a shell had exported)."""
    key = os.environ.get(KEY_ENV, "")
    if not key:
        return ""
    beside = os.environ.get(URL_ENV, "")
    if not beside:
        raise KeyForAnotherAddress(
            f"{KEY_ENV} is sent only to the address set beside it in {URL_ENV}, and none is "
            f"set: set {URL_ENV}={address(url)} too, or enter the key in Settings")
    if address(beside) != address(url):
        raise KeyForAnotherAddress(
            f"{KEY_ENV} is for {address(beside)} ({URL_ENV}), not {address(url)}, and is sent "
            "nowhere else")
    return key


def keep(url: str, key: str) -> None:
    """Keep `key` for this folder and this address (read back, else refused); the old unbound
    entry goes once a bound key is kept. Never echoes the key, even in an error."""
    if not address(url).split("://", 1)[-1]:
        raise PortDeskError("give the platform URL first: the key is kept for that address")
    value = json.dumps({"url": address(url), "key": key})
    if not os_keyring.keep(SERVICE, entry_name(), value):
        raise KeyringUnavailable(f"the API key could not be kept in {os_keyring.where()} "
                                 f"(none here, or it does not keep what it is given); set "
                                 f"{KEY_ENV} instead, with {URL_ENV}={address(url)} beside it")
    _remove(LEGACY_USER)


def forget() -> None:
    """Remove this folder's key (the old unbound entry too: forgetting means none is sent)."""
    _remove(entry_name())
    _remove(LEGACY_USER)


def adopt_legacy(url: str) -> bool:
    """The specialist says the old unbound key is this folder's key for `url`: keep it so, and
    remove the old entry. False when there is none to adopt."""
    old = os_keyring.read(SERVICE, LEGACY_USER)
    if not old:
        return False
    keep(url, old)
    log.info("the earlier platform key is now this data folder's key for %s", address(url))
    return True


def _remove(name: str) -> None:
    if not os_keyring.remove(SERVICE, name):
        raise KeyringUnavailable(
            f"the API key could not be removed from {os_keyring.where()}: remove the PortDesk "
            f"entry '{name}' in the keyring's own tool")
