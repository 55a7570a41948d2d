"""Builders shared by tests: a valid entry in the shared JSON shape, with overrides."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from keyring.backends.null import Keyring as NullKeyring

from portdesk.domain.case import PortCase
from portdesk.domain.entries import case_from_entry
from tests.billcorpus import GeneratedBill


def user_dirs_env(home: Path) -> dict[str, str]:
    """The environment of a PortDesk user whose home is `home` (tests/conftest.py gives every
    test its own; a module's shared set-up gives its subprocesses one the same way)."""
    return {"HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
            "PORTDESK_DATA_DIR": str(home / "portdesk"), "PORTDESK_USER": "tester"}


def entry(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "account_name": "Harbor Dental Group LLC",
        "authorized_name": "Maria Lopez",
        "authorized_title": "Office Manager",
        "account_number": "4410-2231-09",
        "pin": "4821",
        "btn": "212-555-0142",
        "numbers": ["212-555-0142", "212-555-0143"],
        "carrier": "Lumen",
        "service_address": {"line1": "1200 Harbor Blvd", "line2": "Suite 210", "city": "Oxnard",
                            "state": "CA", "postal_code": "93035"},
        "billing_address": None,
        "port_type": "full",
        "customer_type": "business",
        "kind": "port_in",
    }
    base.update(overrides)
    return base


def case(**overrides: Any) -> PortCase:
    return case_from_entry(entry(**overrides))


def case_for(bill: GeneratedBill, **changes: Any) -> PortCase:
    """A case holding exactly what the bill says, then `changes` (entry keys)."""
    t = bill.truth
    assert t.service_address is not None
    values: dict[str, Any] = {"account_name": t.account_name, "account_number": t.account_number,
                              "btn": t.btn, "numbers": list(t.numbers), "carrier": t.carrier,
                              "service_address": t.service_address.to_dict()}
    values.update(changes)
    return case(**values)


class DroppingVault(KeyringBackend):
    """Answers every call without an error and keeps nothing (a locked vault that drops writes)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


# the keyrings that accept a secret and forget it: keyring's null backend and a dropping vault
FORGETFUL_KEYRINGS = (NullKeyring, DroppingVault)


def shows(secret: str, text: str) -> bool:
    """Whether `text` shows `secret` as a value of its own: not inside a longer run of letters,
    digits, '-' or '_' (a timestamp's microseconds, a hex digest, a UUID, an encrypted token in
    url-safe base64). A bare `secret in text` failed about one run in several hundred for a
    4-digit PIN: '23:25:46.691372' holds '9137'."""
    return re.search(rf"(?<![\w-]){re.escape(secret)}(?![\w-])", text) is not None
