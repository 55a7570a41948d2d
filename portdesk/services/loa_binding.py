"""Keeping what a signed LOA was signed over with the document, and reading it back.

The binding goes into the document's metadata when the LOA is signed or attached. Its PIN digest
is encrypted with the store's key like the PIN itself: a 4-digit PIN's bare digest is a lookup.
"""

from __future__ import annotations

from typing import Any

from portdesk.domain.case import PortCase
from portdesk.domain.loa_binding import LoaBinding, bind
from portdesk.store.secrets import SecretBox

BINDING_KEY = "binding"


def binding_meta(case: PortCase, box: SecretBox) -> dict[str, Any]:
    """{"binding": ...} for a document's meta: the case's carried values as of now."""
    binding = bind(case)
    values = dict(binding.values)
    pin = values.pop("pin", "")
    return {BINDING_KEY: {"version": 1, "values": values, "pin": box.encrypt(pin),
                          "numbers": sorted(binding.numbers)}}


def binding_from_meta(meta: dict[str, Any], box: SecretBox) -> LoaBinding | None:
    """The binding kept with a document; None when it has none (filed before they were kept)."""
    raw = meta.get(BINDING_KEY)
    if not isinstance(raw, dict) or not isinstance(raw.get("values"), dict):
        return None
    values = {str(k): str(v) for k, v in raw["values"].items()}
    values["pin"] = box.decrypt(raw.get("pin")) if raw.get("pin") else ""
    return LoaBinding(values, frozenset(str(n) for n in raw.get("numbers") or ()))
