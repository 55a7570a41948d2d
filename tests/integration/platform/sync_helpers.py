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


def fault_scenario(store: Store, cases: int) -> tuple[list[int], int]:
    """`cases` submitted cases with a comment each: 5 local changes per case.

    Returns the case ids and how many changes were queued. Numbers spread over area codes so that
    every one stays in the fictional 555-01xx range.
    """
    npas = ("312", "415", "646", "713", "202", "305", "503", "617", "702", "206", "404")
    ids = []
    for i in range(cases):
        npa, slot = npas[i // 95], i % 95
        created = submitted(store, numbers(slot, 1, npa))
        assert created.id is not None
        intents.comment(store, created.id, f"Customer prefers a morning cutover ({i})", "tester")
        ids.append(created.id)
    return ids, cases * 5


def sync_until_done(engine: Any, max_rounds: int = 60) -> int:
    """Rounds until one ends clean with nothing pending; returns how many it took."""
    for round_number in range(1, max_rounds + 1):
        report = engine.run_once()
        if report.aborted is None and not report.failed and engine.pending_count() == 0:
            return round_number
    raise AssertionError(f"still {engine.pending_count()} pending after {max_rounds} rounds")


def check_exactly_once(server: Any, store: Store, ids: list[int]) -> None:
    """Every change applied on the platform once, nothing lost here, statuses agree."""
    from portdesk.platform.sync.mapping import map_platform_status

    orders = platform_orders(server)
    by_ref: dict[str, list[dict[str, Any]]] = {}
    for order in orders:
        human = str(order["customer_reference"]).rpartition("/")[0]
        by_ref.setdefault(human, []).append(order)
    state = server.sandbox.state
    with state.lock:
        confirms = dict(state._conn.execute(
            "SELECT porting_order_id, COUNT(*) FROM events WHERE event_type = "
            "'porting_order.status_changed' AND body LIKE '%\"in-process\"%' "
            "GROUP BY porting_order_id").fetchall())
        comments = dict(state._conn.execute(
            "SELECT porting_order_id, COUNT(*) FROM comments GROUP BY porting_order_id")
            .fetchall())
    assert len(orders) == len(ids), "duplicate or missing orders"
    for case_id in ids:
        case = store.cases.get(case_id)
        [order] = by_ref[case.reference]
        assert order["id"] == case.platform_order_id
        assert order["end_user"]["admin"]["account_number"] == case.account_number
        assert order["documents"]["loa"], f"{case.reference}: LOA not linked"
        assert confirms.get(order["id"]) == 1, f"{case.reference}: confirmed {confirms.get(order['id'])}x"
        assert comments.get(order["id"]) == 1, f"{case.reference}: {comments.get(order['id'])} comments"
        assert case.platform_status == order["status"]["value"]
        assert case.status == map_platform_status(order["status"]["value"])
        assert case.sync_state == "synced"
