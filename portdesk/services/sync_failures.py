"""Sending again the changes of a case the platform refused (desk button, `portdesk sync --retry`).

What to say about them is domain/sync_trouble.py; here the outbox is read and written.
"""

from __future__ import annotations

from portdesk.domain.case import PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.domain.sync_trouble import SyncTrouble, trouble
from portdesk.services import intents
from portdesk.store.store import Store

__all__ = ["SyncTrouble", "case_trouble", "send_again", "trouble"]


def case_trouble(store: Store, case: PortCase) -> SyncTrouble | None:
    """`trouble` with the refused items named (read from the outbox)."""
    if case.id is None or case.sync_outcome is None:
        return None
    failed = case.sync_state == "failed"
    refused = [i for i, _ in store.outbox.refused(case.id)] if failed else []
    return trouble(case, refused, store.outbox.held_behind(case.id) if failed else [])


def send_again(store: Store, case_id: int, actor: str) -> int:
    """The refused changes of a case go back in the queue as they are (audited `sync.retry`);
    how many. Refused when nothing was refused: a change that was only not answered is already
    sent again at every round."""
    case = store.cases.get(case_id)
    if case.sync_state == "conflict":
        raise PortDeskError(f"{case.reference} holds a sync conflict: settle it first "
                            "(`portdesk case resolve REF --keep mine|theirs`)")
    if case.sync_state != "failed" or not store.outbox.refused(case_id):
        raise PortDeskError(f"{case.reference} has no change the platform refused; what is "
                            "queued goes at the next sync")
    return intents.retry_failed(store, case_id, actor)
