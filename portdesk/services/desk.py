"""Use cases behind the desk's buttons: queues and their counts, opening a case, saving, readiness,
the timeline, batch actions and samples. Plain functions over the store returning plain data, so the
window never sees SQL or ORM objects and the same calls are testable without Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.domain.kind_fields import in_progress_labels, port_date_nouns, status_label
from portdesk.domain.moments import shown_time
from portdesk.domain.portin_texts import capable_key
from portdesk.domain.readiness import Check, Evidence, run_checks
from portdesk.domain.sync_trouble import PendingChanges, SyncTrouble
from portdesk.services import intents, lookup, platform_access, sync_failures
from portdesk.services.case_files import write_cases
from portdesk.services.cases import submit_case_of
from portdesk.services.demo import load_demo
from portdesk.services.desk_batch import BatchResult as BatchResult
from portdesk.services.desk_batch import assign as assign
from portdesk.services.desk_batch import change_status_many as change_status_many
from portdesk.services.evidence import evidence_for
from portdesk.services.postport import PostPortCheck, post_port_checks
from portdesk.services.postport import applies as post_port_applies
from portdesk.services.timeline import TimelineEntry as TimelineEntry
from portdesk.services.timeline import timeline as timeline
from portdesk.store import audit
from portdesk.store.queue import OPEN_STATUSES, QueueQuery
from portdesk.store.store import Store


@dataclass(frozen=True, slots=True)
class DeskQueue:
    """One entry of the sidebar: a named query whose count is shown beside it."""

    key: str
    label: str
    query: QueueQuery
    saved_id: int | None = None  # set for the specialist's own saved filters


FOC_HORIZON = timedelta(days=7)  # a Friday's view must hold next Monday's ports
# The dated queue lists every kind's set date (`foc_confirmed`): a port's FOC and a transfer's
# completion (kind_fields.port_date_nouns), so its name says each: "FOC or completion next 7 days".


def _in_progress_name() -> str:
    """"At carrier or transferring": each kind's label for a case in progress (kind_fields)."""
    first, *rest = in_progress_labels()
    return " or ".join([first, *(label.lower() for label in rest)])


def standard_queues(today: date | None = None, me: str = "") -> list[DeskQueue]:
    """The sidebar's queues; `me` (the specialist) adds "My cases" (open ones assigned to me)."""
    today = today or date.today()
    draftish = ("draft", "awaiting_signature", "exception")
    team = [DeskQueue("mine", "My cases", QueueQuery(assignee=me, statuses=OPEN_STATUSES))] \
        if me else []
    return [
        DeskQueue("all", "All cases", QueueQuery()),
        *team,
        DeskQueue("unassigned", "Unassigned", QueueQuery(assignee="", statuses=OPEN_STATUSES)),
        DeskQueue("drafts", "Drafts", QueueQuery(statuses=("draft",))),
        DeskQueue("signature", "Needs signature", QueueQuery(statuses=("awaiting_signature",))),
        # Submitted here: the submit waits in the outbox for the sync engine (not one the
        # platform refused or a fix withdrew: those need Submit again)
        DeskQueue("ready", "Ready to submit", QueueQuery(statuses=draftish,
                                                         submit_waiting=True)),
        # a transfer in progress is with the platform, not a carrier: the name says each kind's
        DeskQueue("carrier", _in_progress_name(), QueueQuery(statuses=("submitted",
                                                                       "at_carrier"))),
        DeskQueue("exceptions", "Exceptions", QueueQuery(statuses=("exception",))),
        # the platform says the case waits on the customer (codes to read out, requirements
        # pending: domain/customer_wait), grouped by what is asked
        DeskQueue("customer", "Waiting on customer", QueueQuery(
            statuses=OPEN_STATUSES, waiting_on_customer=True, sort="customer_wait",
            descending=False)),
        DeskQueue("foc_week", f"{' or '.join(port_date_nouns())} next 7 days", QueueQuery(
            statuses=("foc_confirmed",), foc_from=today, foc_to=today + FOC_HORIZON,
            sort="foc_date",
            descending=False)),
        DeskQueue("overdue", "Overdue", QueueQuery(overdue=True, today=today, sort="next_due",
                                                   descending=False)),
        DeskQueue("completed", "Completed", QueueQuery(statuses=("ported",))),
        DeskQueue("port_outs", "Port-outs", QueueQuery(kinds=("port_out",),
                                                       statuses=OPEN_STATUSES)),
        DeskQueue("transfers", "Transfers", QueueQuery(kinds=("subaccount_transfer",))),
    ]


def saved_queues(store: Store) -> list[DeskQueue]:
    return [DeskQueue(f"saved:{fid}", name, QueueQuery.from_dict(query), fid)
            for fid, name, query in store.saved_filters.all()]


def save_queue(store: Store, name: str, query: QueueQuery) -> DeskQueue:
    label = name.strip()
    if not label:
        raise PortDeskError("give the filter a name")
    saved_id = store.saved_filters.save(label, query.to_dict())
    return DeskQueue(f"saved:{saved_id}", label, query, saved_id)


def delete_queue(store: Store, saved_id: int) -> None:
    store.saved_filters.delete(saved_id)


def queue_counts(store: Store, queues: Sequence[DeskQueue]) -> dict[str, int]:
    return store.queue.counts({q.key: lookup.with_utc_days(q.query, store.outbox)
                               for q in queues})


@dataclass(frozen=True, slots=True)
class CaseView:
    """Everything the editor shows for one case, read in one go on a worker."""

    case: PortCase
    evidence: Evidence
    checks: list[Check]
    timeline: list[TimelineEntry]
    children: list[str] = field(default_factory=list)
    post_port: list[PostPortCheck] = field(default_factory=list)  # ported port-ins only
    submit_waiting: bool = False  # submitted here, not yet sent: its fields are final
    not_sent: SyncTrouble | None = None  # a change that did not reach the platform, and why
    # the platform's order can port texts (messaging_capable; None: no order read yet)
    texts_capable: bool | None = None


def open_case(store: Store, settings: Settings, case_id: int,
              today: date | None = None) -> CaseView:
    case = store.cases.get(case_id)
    ev = evidence_for(store, case, settings, today)
    return CaseView(case, ev, run_checks(case, ev), timeline(store, case_id, case),
                    [c.reference for c in store.cases.children(case_id)],
                    post_port_checks(store, case_id) if post_port_applies(case) else [],
                    intents.submit_waiting(store, case), sync_failures.case_trouble(store, case),
                    texts_capable(store, case_id))


def texts_capable(store: Store, case_id: int) -> bool | None:
    """The order's `messaging_capable` as the sync last read it (None: not read yet)."""
    capable = store.outbox.get_json(capable_key(case_id))
    return capable if isinstance(capable, bool) else None


def sync_trouble(store: Store, case_id: int) -> SyncTrouble | None:
    """What did not reach the platform for a case, read again (after a save: a fix withdraws
    a refused submit and clears the refusal, so the banner must not keep saying it)."""
    return sync_failures.case_trouble(store, store.cases.get(case_id))


def saved_meanwhile(store: Store, case_id: int, since_version: int,
                    zone: tzinfo | None = None) -> str:
    """Who changed the case since the version the desk holds, when and what ("Ana at 09:53:
    Title", "maria at 10:02: Numbers, split into PD-000041"), for the "changed by someone
    else" banner ("" when the log says nothing more): "someone else" left the specialist to
    guess whether it was a colleague, the sync or their own CLI.

    A version is one write, not one log entry: a write may log a field change and then what
    it did besides (a split logs the numbers leaving, then where they went), so the entries
    are read back until as many field changes as versions are found, with what followed them
    said in the timeline's words (it took the last N entries, so a split read as nothing)."""
    from portdesk.domain.draft_fields import LABELS
    from portdesk.services.timeline import audit_entry as in_words

    case = store.cases.get(case_id)
    news = max(1, case.version - since_version)
    picked: list[Any] = []
    for entry in reversed([e for e in store.audit.for_case(case_id) if e.changes]):
        if sum(1 for e in picked if _field_changes(e.changes)) >= news:
            break
        picked.insert(0, entry)
    if not picked:
        return ""
    who = ", ".join(dict.fromkeys(e.actor for e in picked))
    def named(entry: Any, f: str) -> str:  # a status by what it now is, in the kind's words
        if f != "status":
            return LABELS.get(f, f.replace("_", " "))
        return "status " + status_label(case.kind, str(entry.changes[f].get("new") or ""))

    what = list(dict.fromkeys(
        [named(e, f) for e in picked for f in _field_changes(e.changes)]
        + [in_words(e).title[:1].lower() + in_words(e).title[1:]
           for e in picked if not _field_changes(e.changes)]))
    when = shown_time(picked[-1].at, zone, with_day=True)  # stored UTC, shown with its zone
    return f"{who} at {when}" + (f": {', '.join(what)}" if what else "")


def _field_changes(changes: dict[str, Any]) -> list[str]:
    """The fields an entry changed (each an {"old", "new"} pair): the writes that bump a case's
    version log these; other entries say what was done besides."""
    return [f for f, c in changes.items() if isinstance(c, dict) and "old" in c]


def send_again(store: Store, case_id: int, actor: str) -> int:
    """The desk's "Send again as it is": the case's refused changes back in the queue."""
    return sync_failures.send_again(store, case_id, actor)


def save_draft(store: Store, case: PortCase, actor: str) -> PortCase:
    """Save the editor's case; Conflict when someone else saved first (never overwritten)."""
    return intents.update_draft(store, case, actor)


def create_case(store: Store, case: PortCase, actor: str) -> PortCase:
    return store.cases.create(case, actor)


def create_cases(store: Store, cases: Sequence[PortCase], actor: str) -> list[PortCase]:
    """New cases from one intake, all or none; the others are linked to the first as split from
    it (another country, or toll-free beside geographic numbers: separate requests)."""
    if not cases:
        return []
    with store.transaction() as session:
        first = store.cases.create_many([cases[0]], actor, session)[0]
        rest = store.cases.create_many([replace(c, parent_id=first.id) for c in cases[1:]],
                                       actor, session)
        return [first, *rest]


def readiness_now(case: PortCase, evidence: Evidence, today: date | None = None) -> list[Check]:
    """Checks for the editor's unsaved values: pure, cheap enough to run on each edit."""
    ev = replace(evidence, today=today) if today else evidence
    return run_checks(case, ev)


def mark_ready(store: Store, settings: Settings, case_id: int, actor: str,
               override_reason: str = "") -> PortCase:
    """Queue the case for submission: the same readiness gate as `portdesk case submit`."""
    return submit_case_of(store, settings, case_id, actor, override_reason)


def add_comment(store: Store, case_id: int, body: str, actor: str) -> str:
    """The comment, and what to tell the specialist about where it went."""
    intents.comment(store, case_id, body, actor)
    if intents.comment_waits(store, case_id):
        return f"Comment {intents.COMMENT_WAITS}"
    return "Comment added"


def split_numbers(store: Store, case_id: int, numbers: Sequence[str], actor: str,
                  reason: str) -> PortCase:
    return intents.split(store, case_id, list(numbers), actor, reason)


def assignee_names(store: Store, me: str) -> list[str]:
    """Who cases can go to: me, the specialists of the desks seen lately, names in use."""
    from portdesk.store.desks import DeskRegistry

    since = datetime.now(UTC) - timedelta(days=30)
    seen = [d.actor for d in DeskRegistry(store.sessions).desks(since=since)]
    used = store.queue.assignees(limit=200)
    return sorted({n.strip() for n in (me, *seen, *used) if n and n.strip()}, key=str.casefold)


def export_selected(store: Store, case_ids: Sequence[int], path: Path) -> int:
    """Export the selected cases (secrets masked) through the same writer as the CLI."""
    if not case_ids:
        raise PortDeskError("select the cases to export first")
    return write_cases(path, [store.cases.get(i) for i in case_ids], False,
                       lookup.utc_days(store))


def load_samples(store: Store, actor: str) -> list[str]:
    refs = load_demo(store, actor)
    audit_note(store, actor, "desk.samples_loaded", {"cases": len(refs)})
    return refs


def audit_note(store: Store, actor: str, action: str, changes: dict[str, Any]) -> None:
    with store.transaction() as session:
        audit.append(session, actor=actor, action=action, changes=changes)


# The key and the client have one home (platform_access); the desk's names for them stay here.
has_api_key = platform_access.has_stored_key
store_api_key = platform_access.store_api_key
platform_key = platform_access.api_key
key_state = platform_access.key_state
no_key = platform_access.no_key
adopt_earlier_key = platform_access.adopt_earlier_key
earlier_key_waiting = platform_access.earlier_key_waiting
KeyringUnavailable = platform_access.KeyringUnavailable


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar shows after a sync round (or without one, when sync is not set up)."""

    configured: bool
    online: bool | None
    last_success: datetime | None
    pending: PendingChanges
    message: str = ""
    notices: tuple[Any, ...] = ()


def sync_status(store: Store, platform_url: str) -> SyncStatus:
    """`message`: why sync is not set up (no key, or a key kept for another address)."""
    from portdesk.services.sync import LAST_SYNC

    repo = store.outbox
    text = repo.get(LAST_SYNC)
    why_not = key_state(platform_url)
    return SyncStatus(not why_not, None, datetime.fromisoformat(text) if text else None,
                      repo.pending_changes(), why_not)


def pending_changes(store: Store) -> PendingChanges:
    """Changes waiting for the platform, and those held behind a refusal (one indexed read: the
    status bar follows every write, the desk's own and, through the change watcher, other
    processes')."""
    return store.outbox.pending_changes()


def sync_engine(store: Store, settings: Settings) -> Any:
    """The engine the desk's sync worker drives (built on the worker's thread)."""
    from portdesk.store.desks import DeskIdentity

    return platform_access.sync_engine(lambda: store, settings.platform_url,
                                       DeskIdentity.here(settings.actor, settings.desk_name))


check_connection = platform_access.check_connection


def notices(store: Store) -> list[str]:
    """What opening the queue changed and must say once (its own files made private)."""
    return list(store.notices)


def read_only(store: Store) -> str:
    """Why this desk may only read the queue ("" when it may write): the file or folder, named."""
    return store.read_only


READ_ONLY_TO_DO = ("You can read the queue and its cases; nothing can be saved, submitted or "
                   "synced here. Make it writable for your user (or open a writable copy with "
                   "--db), then start PortDesk again.")


def database_label(store: Store) -> str:
    """Where the data lives, as a person reads it (a file path, or the server and database)."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        return f"Database: {url.database or 'in memory'}"
    return f"Database: {url.host or 'localhost'}/{url.database or ''} ({url.get_backend_name()})"
