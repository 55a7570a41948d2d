"""Reading the queue: a page of it, one case by its id or reference, a case's status history, its
documents and their bytes.

Kept apart from the use cases that change cases (cases.py, intents.py) so that `portdesk case
list` and `case show` import only what reading needs: the command line starts at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from portdesk.domain.case import PortCase
from portdesk.domain.lifecycle import StatusChange
from portdesk.domain.queue import QueuePage, QueueQuery, QueueRow

if TYPE_CHECKING:
    from portdesk.store.audit_entry import AuditEntry
    from portdesk.store.documents import Document
    from portdesk.store.store import Store
    from portdesk.store.sync_repo import SyncRepository


def queue_page(store: Store, query: QueueQuery) -> QueuePage:
    """A page, its FOCs still stored as an older PortDesk's UTC date marked (`foc_utc`), and
    its cases whose submit waits in the outbox (`submit_waiting`)."""
    page = store.queue.page(query)
    rows = marked_waiting(page.rows, store.outbox.submits_waiting(
        [r.id for r in page.rows if r.next_milestone]))
    if any(r.foc_date for r in rows):
        rows = marked_utc(rows, utc_days(store))
    return replace(page, rows=rows)


def marked_waiting(rows: list[QueueRow], waiting: frozenset[int]) -> list[QueueRow]:
    return [replace(r, submit_waiting=True) if r.id in waiting else r for r in rows]


def marked_utc(rows: list[QueueRow], utc: frozenset[int]) -> list[QueueRow]:
    return [replace(r, foc_utc=True) if r.id in utc and r.foc_date else r for r in rows]


def quick_queue_page(db_url: str, query: QueueQuery) -> QueuePage | None:
    """The page read without opening the Store (no SQLAlchemy: `case list` starts in half the
    time), or None when only the Store can answer (store/quick_queue.py says when)."""
    from portdesk.config import busy_timeout
    from portdesk.store.quick_queue import quick_page

    page = quick_page(db_url, query, busy_timeout())
    if page is None or not any(r.foc_date for r in page.rows):
        return page
    utc = quick_utc_days(db_url)
    if utc is None:
        return None  # the Store answers (and marks) it
    return replace(page, rows=marked_utc(page.rows, utc))


def quick_utc_days(db_url: str) -> frozenset[int] | None:
    """The cases whose FOC is still an older PortDesk's UTC date, read without the Store (None:
    ask `utc_days`)."""
    from portdesk.config import busy_timeout
    from portdesk.store.quick_queue import quick_utc_days as read

    return read(db_url, busy_timeout())


def quick_submit_waiting(db_url: str, case_id: int) -> bool | None:
    """A submit of the case waits in the outbox, read without the Store (None: ask the Store,
    intents.submit_waiting)."""
    from portdesk.config import busy_timeout
    from portdesk.store.quick_queue import quick_submit_waiting as read

    return read(db_url, case_id, busy_timeout())


def with_utc_days(q: QueueQuery, sync: SyncRepository) -> QueueQuery:
    """An FOC range ("FOC next 7 days") that follows the desk's rule: an FOC still stored as an
    older PortDesk's UTC date may be a day off on the desk's clock, so it is kept within a day
    of the range, flagged, rather than left out of the week it may belong to."""
    if not (q.foc_from or q.foc_to) or q.foc_utc_ids:
        return q
    from portdesk.services.sync_dates import utc_day_cases

    utc = utc_day_cases(sync)
    return replace(q, foc_utc_ids=tuple(sorted(utc))) if utc else q


def quick_refused(db_url: str, case_id: int) -> list[str] | None:
    """What the platform refused of the case, read without the Store (None: ask the Store,
    `store.outbox.refused`)."""
    from portdesk.config import busy_timeout
    from portdesk.store.quick_queue import quick_refused as read

    return read(db_url, case_id, busy_timeout())


def held_behind(db_url: str, store: Callable[[], Store], case_id: int) -> list[str]:
    """The case's changes held for a person, behind its refusal (a comment) or its conflict,
    read quickly when it can be."""
    from portdesk.config import busy_timeout
    from portdesk.store.quick_queue import quick_held

    found = quick_held(db_url, case_id, busy_timeout())
    return found if found is not None else store().outbox.held_behind(case_id)


def utc_days(store: Store) -> frozenset[int]:
    """The cases whose FOC is still an older PortDesk's UTC date (a day off on the porting
    clock, perhaps), until the next sync reads each again."""
    from portdesk.services.sync_dates import utc_day_cases

    return utc_day_cases(store.outbox)


def case_by_reference(store: Store, reference: str) -> PortCase:
    """The case, or NotFound naming the reference."""
    return store.cases.get_by_reference(reference)


def case_with_history(store: Store, reference: str) -> tuple[PortCase, list[StatusChange]]:
    case = store.cases.get_by_reference(reference)
    assert case.id is not None
    return case, store.cases.status_history(case.id)


def quick_case_with_history(db_url: str, reference: str,
                            ) -> tuple[PortCase, list[StatusChange]] | None:
    """The case (its PIN masked) and history read without opening the Store, or None when only
    the Store can answer (store/quick_case.py says when; also for a reference not found)."""
    from portdesk.store.quick_case import quick_case

    return quick_case(db_url, reference)


def quick_trail(db_url: str, reference: str) -> tuple[PortCase, list[AuditEntry]] | None:
    """A case's audit trail read without opening the Store, or None (as above)."""
    from portdesk.store.quick_case import quick_trail as read

    return read(db_url, reference)


def case(store: Store, case_id: int) -> PortCase:
    """The case as stored now, or NotFound."""
    return store.cases.get(case_id)


def documents(store: Store, case_id: int, kind: str | None = None) -> list[Document]:
    """The case's documents (of one kind when given), newest last, without their bytes."""
    return store.documents.for_case(case_id, kind)


def document_content(store: Store, document_id: int) -> bytes:
    """A document's bytes, unsealed and checked against the hash it was filed with."""
    return store.documents.content(document_id)


def case_and_documents(store: Store, case_id: int,
                       kind: str | None = None) -> tuple[PortCase, list[Document]]:
    return store.cases.get(case_id), store.documents.for_case(case_id, kind)


def case_documents_standing(store: Store, case_id: int
                            ) -> tuple[PortCase, list[tuple[Document, str]]]:
    """The case and its documents, each with why it no longer fits the case ("" when it does):
    a signed LOA or a filled form the case has changed away from (the documents screen's list)."""
    from portdesk.services.loa_binding import standing

    case, docs = case_and_documents(store, case_id)
    return case, [(doc, standing(store, case, doc)) for doc in docs]


def database_url(store: Store) -> str:
    """Where the queue lives, password hidden: for the title bar and the About box."""
    return store.url


class QueueReader:
    """The queue's reads for the desk's list (a page, every id, rows by id), nothing else: the
    window scrolls a long queue by asking for blocks of rows by id."""

    def __init__(self, store: Store) -> None:
        self._queue = store.queue
        self._sync = store.outbox

    def page(self, q: QueueQuery, with_total: bool = True) -> QueuePage:
        page = self._queue.page(with_utc_days(q, self._sync), with_total)
        return replace(page, rows=self._marked(page.rows))

    def ids(self, q: QueueQuery) -> list[int]:
        return self._queue.ids(with_utc_days(q, self._sync))

    def ids_unless(self, q: QueueQuery, stop: Callable[[], bool]) -> list[int] | None:
        """Every id, or None once `stop()` is true (a newer keystroke: see QueueRepository)."""
        return self._queue.ids_unless(with_utc_days(q, self._sync), stop)

    def rows_for_ids(self, ids: list[int]) -> list[QueueRow]:
        return self._marked(self._queue.rows_for_ids(ids))

    def _marked(self, rows: list[QueueRow]) -> list[QueueRow]:
        """Rows whose FOC is still an older PortDesk's UTC date say so (until the next sync
        reads it again): the day shown may be a day off on the desk's clock."""
        from portdesk.services.sync_dates import utc_day_cases

        utc = utc_day_cases(self._sync) if any(r.foc_date for r in rows) else frozenset()
        waiting = self._sync.submits_waiting([r.id for r in rows if r.next_milestone])
        return marked_utc(marked_waiting(rows, waiting), utc)
