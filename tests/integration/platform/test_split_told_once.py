"""A split is one event in the parent's timeline, told once with the numbers it moved: the edit
the store writes to the parent's numbers under the split's own action is not a second entry."""

from __future__ import annotations

from collections.abc import Callable

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import desk as desk_service
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from tests.helpers import case
from tests.integration.platform.sync_helpers import numbers, submitted


def _splits(desk: Store, case_id: int) -> list[str]:
    return [f"{t.title} | {t.detail}" for t in desk_service.timeline(desk, case_id)
            if t.title.startswith("Split") or "Numbers:" in t.detail]


def test_a_split_in_the_desk_is_one_entry_with_the_numbers_it_moved(desk: Store) -> None:
    parent = desk.cases.create(case(numbers=["212-555-0142", "212-555-0143", "212-555-0144"]),
                               "ana")
    assert parent.id is not None
    child = desk_service.split_numbers(desk, parent.id, ["+12125550144"], "ana",
                                       "on another account")
    [told] = _splits(desk, parent.id)
    assert told.startswith(f"Split into {child.reference} | Numbers moved: 212-555-0144")
    assert "on another account" in told and "212-555-0142" not in told


def test_a_split_by_the_platform_is_one_entry_with_the_numbers_it_moved(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    parent = submitted(desk, [*numbers(0, 2), "800-555-0150"])
    assert parent.id is not None
    assert SyncEngine(desk, make_client(sandbox)).run_once().cases_linked == 1
    [child] = desk.cases.children(parent.id)
    [told] = _splits(desk, parent.id)
    assert told.startswith(f"Split by the platform into {child.reference}")
    assert "800-555-0150" in told


def test_a_document_entry_names_what_was_added(desk: Store) -> None:
    made = desk.cases.create(case(), "ana")
    assert made.id is not None
    intents.attach_document(desk, made.id, "bill", "march.pdf", b"%PDF-1.7 bill", "ana")
    [told] = [t for t in desk_service.timeline(desk, made.id) if t.kind == "document"]
    assert (told.title, told.detail) == ("Bill added", "march.pdf")


def test_a_submission_reads_as_queued_and_the_logs_bookkeeping_is_not_shown(desk: Store) -> None:
    """Seen on the walk: "Case submit requested" and a bare "Case updated · portdesk" (the
    log's own covering entry for the sync's bookkeeping, still in the audit trail)."""
    made = submitted(desk, ["312-555-0101"])
    assert made.id is not None
    with desk.transaction() as session:  # a writer that audits nothing (the sync's bookkeeping)
        desk.outbox.set_case_values(made.id, session, platform_status="in-process")
    assert any(e.action == "case.updated" for e in desk.audit.for_case(made.id))
    told = [(t.title, t.detail) for t in desk_service.timeline(desk, made.id)]
    assert ("Queued for submission (the next sync sends it)", "with loa.pdf") in told
    assert not [t for t in told if t[0].startswith("Case ")]
