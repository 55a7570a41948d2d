"""Reading the queue: a page of it, one case by its reference, a case's status history.

Kept apart from the use cases that change cases (cases.py, intents.py) so that `portdesk case
list` and `case show` import only what reading needs: the command line starts at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from portdesk.domain.case import PortCase
from portdesk.domain.lifecycle import StatusChange
from portdesk.domain.queue import QueuePage, QueueQuery

if TYPE_CHECKING:
    from portdesk.store.store import Store


def queue_page(store: Store, query: QueueQuery) -> QueuePage:
    return store.queue.page(query)


def case_by_reference(store: Store, reference: str) -> PortCase:
    """The case, or NotFound naming the reference."""
    return store.cases.get_by_reference(reference)


def case_with_history(store: Store, reference: str) -> tuple[PortCase, list[StatusChange]]:
    case = store.cases.get_by_reference(reference)
    assert case.id is not None
    return case, store.cases.status_history(case.id)
