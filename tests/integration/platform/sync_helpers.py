"""Builders for the sync tests: cases with an LOA, submitted through the real intents."""

from __future__ import annotations

from typing import Any

from portdesk.domain.case import PortCase
from portdesk.services import intents
from portdesk.store.store import Store
from tests.helpers import case

LOA = b"%PDF-1.4\n% signed LOA for the sandbox\n"


def numbers(start: int, count: int, npa: str = "312") -> list[str]:
    """Fictional 555-01xx numbers that trip none of the sandbox's rejection triggers."""
    out = [f"{npa}-555-{100 + i:04d}" for i in range(start, start + count)]
    assert all(int(n[-4:]) < 196 for n in out), "past the usable fictional range"
    return out


def new_case(store: Store, nums: list[str], **overrides: Any) -> PortCase:
    overrides.setdefault("btn", nums[0])
    created = store.cases.create(case(numbers=nums, **overrides), "tester")
    assert created.id is not None
    return created


def submitted(store: Store, nums: list[str], **overrides: Any) -> PortCase:
    """A case with a signed LOA, submitted (create, update, upload, confirm in the outbox)."""
    created = new_case(store, nums, **overrides)
    assert created.id is not None
    intents.attach_document(store, created.id, "loa_signed", "loa.pdf", LOA, "tester")
    return intents.submit(store, created.id, "tester")


def platform_orders(server: Any) -> list[dict[str, Any]]:
    state = server.sandbox.state
    with state.lock:
        orders, _ = state.list_orders("1=1", (), "seq", 1_000_000, 0)
    return list(orders)
