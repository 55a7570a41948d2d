"""The outbox and the sync cursor: what PortDesk still owes the platform, and how far it has read.

Intents are enqueued in the caller's session, so they commit with the local change they describe;
a `dedupe_key` makes enqueueing the same intent twice a no-op. Items of a case flagged as a conflict
wait until a person resolves it. Methods taking a `session` write in the caller's transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from portdesk.domain.case import NumberStatus, PortCase
from portdesk.domain.errors import Conflict
from portdesk.domain.lifecycle import TERMINAL, Status
from portdesk.domain.routing import Routing
from portdesk.domain.schedule import next_milestone
from portdesk.domain.sync_outcome import UNKNOWN, SyncOutcome
from portdesk.domain.sync_trouble import PendingChanges
from portdesk.store import audit
from portdesk.store.documents import routing
from portdesk.store.mapping import BOOKKEEPING, row_to_case
from portdesk.store.schema import CaseRow, NumberRow, OutboxRow, StatusChangeRow, SyncStateRow
from portdesk.store.secrets import SecretBox

HELD = ("conflict", "failed")  # case sync states whose intents wait for a person
# intents that change nothing the platform checks: one made on a refused case is not the
# specialist acting on the refusal, so it sends nothing again and the case stays held; it waits
# behind the refusal and goes after it (a fix saved, or Send again)
SAYS_ONLY = ("comment",)
SUBMIT_WITHDRAWN = ("withdrawn: the case was changed after the platform refused it; submit it "
                    "again")


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    case_id: int
    intent: str
    payload: dict[str, Any]
    attempts: int
    dedupe_key: str = ""


def _item(r: OutboxRow) -> OutboxItem:
    return OutboxItem(r.id, r.case_id, r.intent, dict(r.payload or {}), r.attempts, r.dedupe_key)


class SyncRepository:
    def __init__(self, sessions: sessionmaker[Session], box: SecretBox | None = None) -> None:
        self._sessions = sessions
        self.sessions = sessions  # for callers that write several keys in one transaction
        self._box = box

    def enqueue(self, session: Session, case_id: int, intent: str, dedupe_key: str,
                payload: dict[str, Any] | None = None) -> bool:
        # whether the intent is queued already, and the case's sync state: one round trip
        exists, refused = session.execute(select(
            select(OutboxRow.id).where(OutboxRow.dedupe_key == dedupe_key).scalar_subquery(),
            select(CaseRow.sync_state).where(CaseRow.id == case_id).scalar_subquery())).one()
        if exists is not None:
            return False
        session.add(OutboxRow(case_id=case_id, intent=intent, payload=payload or {},
                              dedupe_key=dedupe_key, state="pending", attempts=0,
                              created_at=datetime.now(UTC)))
        if refused == "failed" and intent in SAYS_ONLY:
            return True  # walked: a comment re-sent the refused submit, unasked
        if refused == "failed":
            session.flush()  # the new item's id: what was refused goes behind it
            self._requeue_behind(session, case_id, intent)
        session.execute(update(CaseRow).where(CaseRow.id == case_id,
                                              CaseRow.sync_state != "conflict")
                        .values(sync_state="pending", sync_error="", sync_outcome=None))
        return True

    def _requeue_behind(self, session: Session, case_id: int, intent: str) -> None:
        """A new intent on a case the platform refused is the specialist acting on it (the fix
        saved, the missing LOA attached): what was refused goes again, after the fix, since the
        platform would refuse it again before it. A create keeps its place (nothing goes before
        the order exists); a refused update is covered by the new one (both send the case as it
        is). A refused submit is withdrawn (audited), not sent: it was checked against the case
        before the fix, and the fix may leave the signed LOA behind (walked: an account number
        added after the refusal went to the carrier under a letter signed without it); Submit
        goes through the gate again. Withdrawn items stay withdrawn."""
        rows = list(session.scalars(select(OutboxRow).where(
            OutboxRow.case_id == case_id, OutboxRow.state == "failed").order_by(OutboxRow.id)))
        for row in rows:
            if row.intent == "create":
                row.state = "pending"
            elif row.intent == "update" and intent == "update":
                row.state = "superseded"
            elif row.intent == "confirm":
                row.state, row.last_error = "withdrawn", SUBMIT_WITHDRAWN
                row.last_outcome = None
                audit.append(session, actor="PortDesk", action="case.submit_withdrawn",
                             changes={"why": SUBMIT_WITHDRAWN}, case_id=case_id,
                             case_reference=session.scalar(
                                 select(CaseRow.reference).where(CaseRow.id == case_id)) or "")
            else:
                again = OutboxRow(case_id=case_id, intent=row.intent, payload=row.payload,
                                  dedupe_key=row.dedupe_key, state="pending",
                                  attempts=row.attempts, last_error=row.last_error,
                                  last_outcome=row.last_outcome, created_at=row.created_at)
                session.delete(row)
                session.flush()  # the dedupe key is free before its copy takes it
                session.add(again)
        session.flush()

    def pending(self, limit: int = 500, after_id: int = 0) -> list[OutboxItem]:
        """Pending items in id order, leaving out cases held for a person (conflict, failed)."""
        with self._sessions() as session:
            rows = session.scalars(
                select(OutboxRow).join(CaseRow, CaseRow.id == OutboxRow.case_id)
                .where(OutboxRow.state == "pending", OutboxRow.id > after_id,
                       CaseRow.sync_state.not_in(HELD))
                .order_by(OutboxRow.id).limit(limit))
            return [_item(r) for r in rows]

    def pending_for_case(self, session: Session, case_id: int, after_id: int) -> list[OutboxItem]:
        rows = session.scalars(select(OutboxRow).where(
            OutboxRow.case_id == case_id, OutboxRow.state == "pending", OutboxRow.id > after_id)
            .order_by(OutboxRow.id))
        return [_item(r) for r in rows]

    def next_pending(self, case_id: int, after_id: int) -> OutboxItem | None:
        """The case's next pending item past `after_id`, unless the case waits for a person."""
        with self._sessions() as session:
            row = session.scalars(
                select(OutboxRow).join(CaseRow, CaseRow.id == OutboxRow.case_id)
                .where(OutboxRow.case_id == case_id, OutboxRow.state == "pending",
                       OutboxRow.id > after_id, CaseRow.sync_state.not_in(HELD))
                .order_by(OutboxRow.id).limit(1)).first()
            return _item(row) if row is not None else None

    def items_for_case(self, case_id: int) -> list[tuple[OutboxItem, str, str]]:
        """Every item of a case with its state and last error, oldest first (for display)."""
        with self._sessions() as session:
            rows = session.scalars(select(OutboxRow).where(OutboxRow.case_id == case_id)
                                   .order_by(OutboxRow.id))
            return [(_item(r), r.state, r.last_error) for r in rows]

    def pending_changes(self) -> PendingChanges:
        """What waits: the count the next round sends (`pending` leaves out the same cases), the
        intents held behind a refusal and those waiting for a conflict to be settled."""
        with self._sessions() as session:
            rows = session.execute(
                select(CaseRow.sync_state, OutboxRow.intent, OutboxRow.case_id)
                .join(CaseRow, CaseRow.id == OutboxRow.case_id)
                .where(OutboxRow.state == "pending").order_by(OutboxRow.id)).all()
        held = tuple(intent for state, intent, _c in rows if state == "failed")
        conflicted = tuple(intent for state, intent, _c in rows if state == "conflict")
        cases = {case_id for state, _i, case_id in rows if state not in HELD}
        return PendingChanges(len(rows) - len(held) - len(conflicted), held, conflicted,
                              len(cases))

    def held_behind(self, case_id: int) -> list[str]:
        """The case's pending intents held for a person, behind its refusal (a comment) or its
        conflict (the update), oldest first."""
        with self._sessions() as session:
            return list(session.scalars(
                select(OutboxRow.intent).join(CaseRow, CaseRow.id == OutboxRow.case_id)
                .where(OutboxRow.case_id == case_id, OutboxRow.state == "pending",
                       CaseRow.sync_state.in_(HELD)).order_by(OutboxRow.id)))

    def pending_count(self) -> int:
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(OutboxRow)
                                      .where(OutboxRow.state == "pending")) or 0)

    def mark_done(self, item_id: int, case_values: dict[str, Any] | None = None,
                  session: Session | None = None) -> None:
        """Done, and in the same transaction what the platform answered (order id, status)."""
        if session is None:
            with self._sessions.begin() as own:
                self.mark_done(item_id, case_values, own)
            return
        row = session.get(OutboxRow, item_id)
        if row is None:
            return
        row.state, row.done_at, row.last_error = "done", datetime.now(UTC), ""
        row.last_outcome = None
        row.attempts += 1
        session.flush()
        left = session.scalar(select(func.count()).select_from(OutboxRow).where(
            OutboxRow.case_id == row.case_id, OutboxRow.state == "pending"))
        values = dict(case_values or {})
        state = session.scalar(select(CaseRow.sync_state).where(CaseRow.id == row.case_id))
        if state != "conflict":
            values.setdefault("sync_state", "pending" if left else "synced")
        values.setdefault("sync_error", "")
        self.set_case_values(row.case_id, session, **values)

    def mark_failed(self, item_id: int, error: str, final: bool = False,
                    outcome: SyncOutcome | None = None) -> None:
        """`error` is what is shown; `outcome` how it ended, what the desk decides from (a
        caller that does not know says nothing and it is kept as unknown, never guessed)."""
        kept = (outcome or UNKNOWN).to_json()
        with self._sessions.begin() as session:
            row = session.get(OutboxRow, item_id)
            if row is None:
                return
            row.attempts += 1
            row.last_error, row.last_outcome = error, kept
            if final:
                row.state = "failed"
                # a refusal is a moment in the case's life the specialist reads in its
                # timeline (the platform's words and when), not only a banner that a fix clears
                audit.append(session, actor="platform", action="sync.refused",
                             changes={"intent": row.intent, "reason": error},
                             case_id=row.case_id, case_reference=session.scalar(
                                 select(CaseRow.reference).where(CaseRow.id == row.case_id))
                             or "")
            session.execute(update(CaseRow).where(CaseRow.id == row.case_id,
                                                  CaseRow.sync_state != "conflict")
                            .values(sync_state="failed" if final else "pending",
                                    sync_error=error, sync_outcome=kept))

    def withdraw(self, session: Session, case_id: int, intent: str, why: str) -> int:
        """The case's pending `intent` items will not be sent (kept, withdrawn, with `why`; a
        retry does not bring them back)."""
        result = session.execute(update(OutboxRow).where(
            OutboxRow.case_id == case_id, OutboxRow.intent == intent,
            OutboxRow.state == "pending").values(state="withdrawn", last_error=why,
                                                 last_outcome=None))
        return int(result.rowcount)  # type: ignore[attr-defined]

    def retry_failed(self, session: Session, case_id: int) -> int:
        """A person says what the platform refused can go again as it is: its failed items go
        back in the queue, in their order (a conflict stays held for its own answer)."""
        result = session.execute(update(OutboxRow).where(
            OutboxRow.case_id == case_id, OutboxRow.state == "failed")
            .values(state="pending", last_error="", last_outcome=None))
        count = int(result.rowcount)  # type: ignore[attr-defined]
        left = self.has_pending(session, case_id)
        session.execute(update(CaseRow).where(CaseRow.id == case_id,
                                              CaseRow.sync_state != "conflict")
                        .values(sync_state="pending" if left else "synced", sync_error="",
                                sync_outcome=None))
        return count

    def refused(self, case_id: int) -> list[tuple[str, str]]:
        """The case's items the platform refused, oldest first: (intent, the platform's words)."""
        with self._sessions() as session:
            return [(r.intent, r.last_error) for r in session.scalars(
                select(OutboxRow).where(OutboxRow.case_id == case_id,
                                        OutboxRow.state == "failed").order_by(OutboxRow.id))]

    def set_case_values(self, case_id: int, session: Session | None = None,
                        **values: Any) -> None:
        """Columns the platform decides. Anything but sync bookkeeping is a change of the case:
        its version moves (a desk holding the older copy gets a conflict, not an overwrite) and
        the audit log covers it."""
        if session is None:
            with self._sessions.begin() as own:
                self.set_case_values(case_id, own, **values)
            return
        if "sync_error" in values and "sync_outcome" not in values:
            values = {**values, "sync_outcome": None}  # new words: the old outcome is not theirs
        content = tuple(sorted(set(values) - BOOKKEEPING))
        if content:
            values = {**values, "version": CaseRow.version + 1}
            audit.touch(session, case_id, content)
        session.execute(update(CaseRow).where(CaseRow.id == case_id).values(**values)
                        .execution_options(synchronize_session=False))
        if "foc_date" in values:
            self._port_milestone(session, case_id)

    def set_customer_wait(self, session: Session, case_id: int, words: str) -> None:
        """The queue's "waiting on the customer" words; written only when they change (no
        write, nor a team notice, on every sync round). Bookkeeping: no version moves."""
        shown = session.scalar(select(CaseRow.customer_wait).where(CaseRow.id == case_id))
        if shown is not None and shown != words:
            self.set_case_values(case_id, session, customer_wait=words)

    def _port_milestone(self, session: Session, case_id: int) -> None:
        """A case waiting for its port waits for the FOC the platform gives: the milestone was
        worked out when the status changed, often before the FOC came (the queue said "Port ·
        Dec 18" beside an FOC of Jan 11)."""
        assert self._box is not None
        row = session.scalars(select(CaseRow).where(CaseRow.id == case_id)
                              .execution_options(populate_existing=True)).first()  # as written
        if row is None or row.status != Status.FOC_CONFIRMED.value:
            return  # no other status waits for the FOC date
        milestone = next_milestone(row_to_case(row, self._box), datetime.now(UTC).date())
        session.execute(update(CaseRow).where(CaseRow.id == case_id).values(
            next_milestone=milestone.name, next_due=milestone.due)
            .execution_options(synchronize_session=False))

    def set_number_states(self, session: Session, case_id: int,
                          states: dict[str, tuple[str, str | None]]) -> int:
        """Per-number status and rejection code from the platform; returns how many changed."""
        changed = 0
        rows = session.scalars(select(NumberRow).where(NumberRow.case_id == case_id))
        for row in rows:
            state = states.get(row.e164)
            if state is not None and (row.status, row.rejection_code) != state:
                row.status, row.rejection_code = state
                changed += 1
        if changed:  # a change of the case: its version moves and the audit log covers it
            session.execute(update(CaseRow).where(CaseRow.id == case_id)
                            .values(version=CaseRow.version + 1)
                            .execution_options(synchronize_session=False))
            audit.touch(session, case_id, ("numbers",))
        return changed

    def sync_state_of(self, case_id: int) -> str:
        with self._sessions() as session:
            return str(session.scalar(select(CaseRow.sync_state).where(CaseRow.id == case_id)))

    # cases as the sync engine finds them: by platform order id or by case reference
    def _case(self, session: Session, where: Any) -> PortCase | None:
        if self._box is None:
            raise RuntimeError("SyncRepository needs the store's SecretBox to read cases")
        row = session.scalars(select(CaseRow).where(where).order_by(CaseRow.id)
                              .options(selectinload(CaseRow.numbers))).first()
        return row_to_case(row, self._box) if row is not None else None

    def prefetch(self, session: Session, order_ids: list[str], references: list[str]
                 ) -> tuple[dict[str, PortCase], dict[str, PortCase]]:
        """The cases of a batch of orders in two queries: by platform order id, by reference."""
        if self._box is None:
            raise RuntimeError("SyncRepository needs the store's SecretBox to read cases")
        rows = session.scalars(select(CaseRow).where(
            CaseRow.platform_order_id.in_(order_ids) | CaseRow.reference.in_(references))
            .order_by(CaseRow.id).options(selectinload(CaseRow.numbers)))
        by_order: dict[str, PortCase] = {}
        by_ref: dict[str, PortCase] = {}
        for row in rows:
            found = row_to_case(row, self._box)
            if found.platform_order_id:
                by_order.setdefault(found.platform_order_id, found)
            by_ref[found.reference] = found
        return by_order, by_ref

    def set_platform_status(self, session: Session, case: PortCase, target: Status,
                            platform_status: str, actor: str) -> None:
        """The platform moved the case: status, history row, milestone; no lifecycle check.

        The lean twin of CaseRepository.change_status for the sync's bulk path (the platform is
        the authority on carrier-side status, so no transition is refused); the caller audits.
        `case` must be the version read in this transaction (compare-and-set on it).
        """
        assert case.id is not None
        now = datetime.now(UTC)
        submitted_at = case.submitted_at
        if target == Status.SUBMITTED and submitted_at is None:
            submitted_at = now
        new = replace(case, status=target, platform_status=platform_status,
                      submitted_at=submitted_at)
        milestone = next_milestone(new, now.date(), now.date(),
                                   routing(session, case.id) if target == Status.PORTED
                                   else Routing.UNCHECKED)
        moved = session.execute(update(CaseRow).where(
            CaseRow.id == case.id, CaseRow.version == case.version).values(
            status=target.value, platform_status=platform_status, submitted_at=submitted_at,
            updated_at=now, status_changed_at=now, version=CaseRow.version + 1,
            next_milestone=milestone.name, next_due=milestone.due)
            .execution_options(synchronize_session=False))
        if moved.rowcount != 1:  # type: ignore[attr-defined]
            raise Conflict(f"{case.reference} changed while the platform's status was applied "
                           f"(expected version {case.version}); the next sync applies it again")
        if target == Status.PORTED:
            session.execute(update(NumberRow).where(
                NumberRow.case_id == case.id, NumberRow.status != NumberStatus.REJECTED.value)
                .values(status=NumberStatus.PORTED.value)
                .execution_options(synchronize_session=False))
        session.execute(insert(StatusChangeRow).values(
            case_id=case.id, from_status=case.status.value, to_status=target.value,
            platform_status=platform_status, actor=actor, at=now,
            reason=f"platform: {platform_status}"))

    def case_by_id(self, session: Session, case_id: int) -> PortCase | None:
        return self._case(session, CaseRow.id == case_id)

    def conflict_of(self, session: Session, case_id: int) -> dict[str, Any] | None:
        value = session.scalar(select(CaseRow.conflict).where(CaseRow.id == case_id))
        return dict(value) if value else None

    def order_and_sync_state(self, session: Session, case_id: int) -> tuple[str, str] | None:
        """(platform order id, sync state) of the case, None when there is no such case: what
        a comment decides from, read without building the case."""
        found = session.execute(select(CaseRow.platform_order_id, CaseRow.sync_state)
                                .where(CaseRow.id == case_id)).one_or_none()
        return None if found is None else (found[0] or "", found[1] or "")

    def has_intent(self, session: Session, case_id: int, intent: str) -> bool:
        return session.scalar(select(OutboxRow.id).where(
            OutboxRow.case_id == case_id, OutboxRow.intent == intent).limit(1)) is not None

    def has_pending_intent(self, session: Session, case_id: int, intent: str) -> bool:
        return session.scalar(select(OutboxRow.id).where(
            OutboxRow.case_id == case_id, OutboxRow.intent == intent,
            OutboxRow.state == "pending").limit(1)) is not None

    def submits_waiting(self, case_ids: list[int]) -> frozenset[int]:
        """The cases among `case_ids` whose submit waits in the outbox (not those the platform
        refused: theirs never goes as it is)."""
        if not case_ids:
            return frozenset()
        with self._sessions() as session:
            return frozenset(session.scalars(
                select(OutboxRow.case_id).join(CaseRow, CaseRow.id == OutboxRow.case_id)
                .where(OutboxRow.case_id.in_(case_ids), OutboxRow.intent == "confirm",
                       OutboxRow.state == "pending", CaseRow.sync_state != "failed")
                .distinct()))

    def has_pending(self, session: Session, case_id: int) -> bool:
        return session.scalar(select(OutboxRow.id).where(
            OutboxRow.case_id == case_id, OutboxRow.state == "pending").limit(1)) is not None

    def case_by_order(self, session: Session, order_id: str) -> PortCase | None:
        return self._case(session, CaseRow.platform_order_id == order_id)

    def waiting_split(self, session: Session, parent_id: int, parent_order: str | None,
                      numbers: set[str]) -> PortCase | None:
        """A case split here off `parent_id` while its order held the numbers, that has no
        order of its own yet and holds every one of `numbers`."""
        if not parent_order or not numbers or self._box is None:
            return None
        rows = session.scalars(select(CaseRow).where(
            CaseRow.parent_id == parent_id, CaseRow.platform_order_id.is_(None))
            .order_by(CaseRow.id).options(selectinload(CaseRow.numbers)))
        for row in rows:
            case = row_to_case(row, self._box)
            if parent_order in case.platform_refs and numbers <= set(case.number_e164s):
                return case
        return None

    def open_portouts(self) -> list[str]:
        """The port-out ids of this queue's port-out cases still open (waiting for an answer,
        authorized, or a rejection under review): each must still be on the platform's open
        lists or be read again, since its status event may not come."""
        with self.sessions() as session:
            rows = session.scalars(select(CaseRow.platform_order_id).where(
                CaseRow.kind == "port_out", CaseRow.platform_order_id.is_not(None),
                CaseRow.status.in_((Status.SUBMITTED.value, Status.FOC_CONFIRMED.value,
                                    Status.CANCEL_PENDING.value))).order_by(CaseRow.id))
            return [str(r) for r in rows]

    def open_orders(self) -> list[str]:
        """The platform order ids of this queue's port-in cases not yet at an end (ported,
        cancelled, expired): a walk of the order list that did not list one may have skipped it
        (the list shifted under the walk), so it is read on its own."""
        with self.sessions() as session:
            rows = session.scalars(select(CaseRow.platform_order_id).where(
                CaseRow.kind != "port_out", CaseRow.platform_order_id.is_not(None),
                CaseRow.status.not_in([s.value for s in TERMINAL])).order_by(CaseRow.id))
            return [str(r) for r in rows]

    def case_by_reference(self, session: Session, reference: str) -> PortCase | None:
        return self._case(session, CaseRow.reference == reference)

    def known_orders(self, session: Session, order_ids: list[str]) -> dict[str, int]:
        rows = session.execute(select(CaseRow.platform_order_id, CaseRow.id).where(
            CaseRow.platform_order_id.in_(order_ids)))
        return {str(order): int(case) for order, case in rows}

    def get_json(self, key: str, session: Session | None = None) -> Any:
        if session is None:
            with self._sessions() as own:
                return self.get_json(key, own)
        row = session.get(SyncStateRow, key)
        return json.loads(row.value) if row is not None and row.value else None

    def put_json(self, key: str, value: Any, session: Session | None = None) -> None:
        if session is None:
            with self._sessions.begin() as own:
                self.put_json(key, value, own)
            return
        text = json.dumps(value, sort_keys=True)
        row = session.get(SyncStateRow, key)
        if row is None:
            session.add(SyncStateRow(key=key, value=text))
        else:
            row.value = text

    def get(self, key: str, default: str = "") -> str:
        with self._sessions() as session:
            row = session.get(SyncStateRow, key)
            return row.value if row else default

    def put(self, key: str, value: str, session: Session | None = None) -> None:
        if session is None:
            with self._sessions.begin() as own:
                self.put(key, value, own)
            return
        row = session.get(SyncStateRow, key)
        if row is None:
            session.add(SyncStateRow(key=key, value=value))
        else:
            row.value = value
