"""The sync engine's own keys in the `sync_state` table, in a module of their own: `team status`
reads them, and importing them from the engine (services/sync.py, sync_pull.py) pulled in the
whole sync engine, the platform client and httpx for three strings (0.7 s of a 0.8 s answer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from portdesk.domain.document_review import BILL_KINDS, LOA_KINDS, DocumentReview, slot_of

if TYPE_CHECKING:
    from portdesk.store.documents import Document
    from portdesk.store.store import Store
    from portdesk.store.sync_repo import SyncRepository

LAST_SYNC = "sync.last_success"
CURSOR_TIME, CURSOR_IDS = "events.cursor_time", "events.cursor_ids"  # the port-in log's cursor
CURSOR_FLOOR = "events.cursor_floor"  # sync_pull.Cursor.floor of the port-in log
PORTOUT_CURSOR = "events.portout_cursor"
NOT_BEFORE = "sync.not_before"  # the moment a Retry-After asked for: no round sends before it
LAST_WALK = "sync.last_walk"  # when a desk of the queue last walked every order (sync_walk)
# the start of the last round that asked for the port-outs ported since (sync_pull.Puller)
PORTED_CURSOR = "portouts.ported_cursor"


# What the sync learnt from the platform about a case, kept under these keys: readiness reads it
# (`case check`, the desk), which imported the sync steps, the platform port and its report here
def portability_key(case_id: int) -> str:
    return f"portability.{case_id}"


def requirements_key(case_id: int) -> str:
    return f"requirements.{case_id}"


def platform_evidence(store: Store, case_id: int) -> tuple[
        tuple[tuple[str, bool, str, bool], ...], tuple[tuple[str, str, str, str], ...]]:
    """What the sync learnt from the platform, in the shape readiness takes."""
    repo = store.outbox
    kept = repo.get_json(portability_key(case_id)) or {}
    portability = tuple((str(r.get("e164")), r.get("portable") is True,
                         str(r.get("reason") or ""), r.get("fast_portable") is True)
                        for r in kept.get("results", []) if isinstance(r, dict))
    requirements = tuple((str(r.get("name")), str(r.get("status")),
                          str(r.get("description") or ""), str(r.get("type") or ""))
                         for r in repo.get_json(requirements_key(case_id)) or []
                         if isinstance(r, dict))
    return portability, requirements


def document_review_key(platform_document_id: str) -> str:
    """What the platform last said of an upload's review (services.sync_documents)."""
    return f"document_review.{platform_document_id}"


def current_uploads(store: Store, case_id: int) -> list[Document]:
    """The newest uploaded LOA and bill of a case: the ones its order carries."""
    found = []
    for kinds in (LOA_KINDS, BILL_KINDS):
        uploaded = [d for d in store.documents.for_case(case_id)
                    if d.kind in kinds and d.platform_document_id]
        if uploaded:
            found.append(uploaded[-1])
    return found


def reviews_of(store: Store, repo: SyncRepository, case_id: int) -> list[DocumentReview]:
    """What the platform last said of the case's current uploads (for readiness)."""
    reviews = []
    for document in current_uploads(store, case_id):
        assert document.platform_document_id is not None
        kept = repo.get_json(document_review_key(document.platform_document_id)) or {}
        if kept.get("verdict"):
            reviews.append(DocumentReview(slot_of(document.kind), document.filename,
                                          str(kept["verdict"]), str(kept.get("at") or "")))
    return reviews
