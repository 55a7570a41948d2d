"""Keeping what a signed LOA was signed over with the document, and reading it back.

The binding goes into the document's metadata when the LOA is signed or attached, and when a
carrier's form is filled and saved (signing it later binds the signature to what it was filled
from). Its PIN digest is encrypted with the store's key like the PIN itself: a 4-digit PIN's bare
digest is a lookup. `standing` says, for the document list, which of them the case has left behind.
"""

from __future__ import annotations

from typing import Any

from portdesk.domain.case import PortCase
from portdesk.domain.loa_binding import STALE_FORM, STALE_LOA, LoaBinding, bind, drift
from portdesk.services.loa_date import printed_meta
from portdesk.store.documents import Document
from portdesk.store.secrets import SecretBox
from portdesk.store.store import Store

BINDING_KEY = "binding"


def binding_meta(case: PortCase, box: SecretBox) -> dict[str, Any]:
    """{"binding": ..., "printed": ...} for a document's meta: the case's carried values as of
    now, and the date the letter prints (told when it moves, never bound)."""
    binding = bind(case)
    values = dict(binding.values)
    pin = values.pop("pin", "")
    return {BINDING_KEY: {"version": 1, "values": values, "pin": box.encrypt(pin),
                          "numbers": sorted(binding.numbers)},
            **printed_meta(case)}  # printed, not bound: the requested date (services.loa_date)


def binding_from_meta(meta: dict[str, Any], box: SecretBox) -> LoaBinding | None:
    """The binding kept with a document; None when it has none (filed before they were kept)."""
    raw = meta.get(BINDING_KEY)
    if not isinstance(raw, dict) or not isinstance(raw.get("values"), dict):
        return None
    values = {str(k): str(v) for k, v in raw["values"].items()}
    values["pin"] = box.decrypt(raw.get("pin")) if raw.get("pin") else ""
    return LoaBinding(values, frozenset(str(n) for n in raw.get("numbers") or ()))


SIGNED_KINDS = ("loa_signed", "loa_wet_signed")
FILLED_KIND = "loa"  # a carrier's form filled from the case, not signed yet


def standing(store: Store, case: PortCase, doc: Document) -> str:
    """Why a letter or a filled form no longer fits its case, or "" (also for every other kind,
    and for a document filed before bindings were kept: it is not blamed for what it lacks)."""
    if doc.kind not in (*SIGNED_KINDS, FILLED_KIND):
        return ""
    binding = binding_from_meta(doc.meta, store.box)
    moved = drift(binding, case) if binding is not None else None
    if moved is None or not moved.stale:
        return ""
    if doc.kind == FILLED_KIND:
        return f"{STALE_FORM} ({moved.describe('it was filled')})."
    return f"{STALE_LOA} ({moved.describe()})."
