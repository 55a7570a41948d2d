"""A team's queue for the multi-desk tests and benchmark, and the check that the platform got
every change exactly once and in order, counted on the sandbox itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from portdesk.services import intents
from portdesk.store.store import Store
from tests.integration.platform.sync_helpers import numbers, platform_orders, submitted

ROOT = Path(__file__).resolve().parents[3]
NPAS = ("312", "415", "646", "713", "202", "305", "503", "617", "702", "206", "404")


@dataclass
class Plan:
    """What each case asked of the platform, in order."""

    cases: dict[str, list[str]] = field(default_factory=dict)  # reference -> steps

    @property
    def changes(self) -> int:
        return sum(len(steps) for steps in self.cases.values())


def team_scenario(store: Store, cases: int) -> Plan:
    """`cases` submitted cases (create, update, LOA upload, confirm); then a comment on three in
    four, and a cancel after the comment on one in four: 5 changes a case on average."""
    plan = Plan()
    for i in range(cases):
        made = submitted(store, numbers(i % 95, 1, NPAS[i // 95]))
        assert made.id is not None
        steps = ["create", "update", "upload", "confirm"]
        if i % 4 != 3:
            intents.comment(store, made.id, f"Customer asks for a morning cutover ({i})",
                            "tester")
            steps.append("comment")
        if i % 4 == 2:
            intents.cancel(store, made.id, "customer changed their mind", "tester")
            steps.append("cancel")
        plan.cases[made.reference] = steps
    return plan


def desk_process(db_url: str, server: Any, key: str, name: str, lease: float,
                 host: str = "") -> subprocess.Popen[str]:
    """A desk process whose workstation date is the sandbox's day (never the real clock)."""
    args = [sys.executable, "-m", "tests.team_desk", "--db", db_url, "--platform",
            server.base_url, "--key", key, "--name", name, "--lease", str(lease),
            "--deadline", "300", "--today", server.clock.now().date().isoformat()]
    if host:
        args += ["--host", host]
    return subprocess.Popen(args, cwd=ROOT, env=dict(os.environ), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def rounds_of(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


@dataclass
class Tally:
    orders: int = 0
    confirms: int = 0
    comments: int = 0
    cancels: int = 0
    documents: int = 0
    duplicates: list[str] = field(default_factory=list)
    out_of_order: list[str] = field(default_factory=list)


def tally(server: Any, plan: Plan) -> Tally:
    """Count on the sandbox what each case got, and in which order its events came (an update
    leaves no event; linking the LOA does; a retried link may leave two, the first counts)."""
    state = server.sandbox.state
    orders = platform_orders(server)
    by_ref: dict[str, list[dict[str, Any]]] = {}
    for order in orders:
        by_ref.setdefault(str(order["customer_reference"]).rpartition("/")[0], []).append(order)
    with state.lock:
        events = state._conn.execute(
            "SELECT porting_order_id, event_type, body FROM events ORDER BY seq").fetchall()
        documents = state._conn.execute("SELECT body FROM documents").fetchall()
    steps_of: dict[str, list[str]] = {}
    for order_id, kind, body in events:
        step = _step(kind, json.loads(body))
        if step:
            steps_of.setdefault(order_id, []).append(step)
    result = Tally(orders=len(orders), documents=len(documents))
    for reference, wanted in plan.cases.items():
        found = by_ref.get(reference, [])
        if len(found) != 1:
            result.duplicates.append(f"{reference}: {len(found)} orders")
            continue
        got = steps_of.get(found[0]["id"], [])
        result.confirms += got.count("confirm")
        result.comments += got.count("comment")
        result.cancels += got.count("cancel")
        for step in ("create", "confirm", "comment", "cancel"):
            if got.count(step) > 1:
                result.duplicates.append(f"{reference}: {step} x{got.count(step)}")
        # a create leaves no event (a draft's creation writes no status change, as the
        # notifications guide has it): it is counted by the orders under the reference above
        if list(dict.fromkeys(got)) != [s for s in wanted if s not in ("update", "create")]:
            result.out_of_order.append(f"{reference}: {got}")
    return result


def _step(kind: str, event: dict[str, Any]) -> str | None:
    if kind == "porting_order.new_comment":
        return "comment"
    if kind == "porting_order.loa_updated":
        return "upload"
    if kind != "porting_order.status_changed":
        return None
    status = ((event.get("payload") or {}).get("status") or {}).get("value")
    return {"in-process": "confirm", "cancel-pending": "cancel"}.get(status)


def check_team_exactly_once(server: Any, store: Store, plan: Plan) -> Tally:
    counted = tally(server, plan)
    want = [s for steps in plan.cases.values() for s in steps]
    assert not counted.duplicates, counted.duplicates[:5]
    assert not counted.out_of_order, counted.out_of_order[:5]
    assert counted.orders == len(plan.cases)
    assert counted.confirms == want.count("confirm")
    assert counted.comments == want.count("comment")
    assert counted.cancels == want.count("cancel")
    assert counted.documents == want.count("upload"), "an unlinked copy of an LOA was left"
    with store.engine.connect() as conn:
        left = conn.exec_driver_sql(
            "SELECT state, COUNT(*) FROM outbox GROUP BY state").all()
    assert dict(left) == {"done": plan.changes}, left
    return counted
