"""The case repository: create, read, update with optimistic locking, status changes, split.

Every write records an audit entry in the same transaction. Reads return domain PortCase objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from portdesk.domain.case import NumberStatus, PortCase, format_reference
from portdesk.domain.errors import Conflict, NotFound
from portdesk.domain.lifecycle import Status, StatusChange, check_transition
from portdesk.domain.routing import Routing
from portdesk.domain.schedule import next_milestone
from portdesk.store import audit
from portdesk.store.audit_state import LATER, new_case_state
from portdesk.store.case_record import stored_reference
from portdesk.store.documents import routing
from portdesk.store.mapping import (
    BOOKKEEPING,
    case_to_row_values,
    diff,
    number_rows,
    row_to_case,
)
from portdesk.store.schema import CaseRow, NumberRow, SequenceRow, StatusChangeRow
from portdesk.store.secrets import SecretBox

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


class CaseRepository:
    def __init__(self, sessions: sessionmaker[Session], box: SecretBox,
                 clock: Clock = _now) -> None:
        self._sessions = sessions
        self._box = box
        self._clock = clock

    # -- references ---------------------------------------------------------------------------
    def _reserve_refs(self, session: Session, count: int) -> list[str]:
        row = session.execute(
            select(SequenceRow).where(SequenceRow.name == "case_ref").with_for_update()
        ).scalar_one_or_none()
        if row is None:
            row = SequenceRow(name="case_ref", value=0)
            session.add(row)
        start = row.value + 1
        row.value += count
        session.flush()
        return [format_reference(n) for n in range(start, start + count)]

    # -- create -------------------------------------------------------------------------------
    def create(self, case: PortCase, actor: str, session: Session | None = None) -> PortCase:
        if session is None:
            with self._sessions.begin() as own:
                return self.create(case, actor, own)
        return self.create_many([case], actor, session)[0]

    def create_many(self, cases: Sequence[PortCase], actor: str, session: Session,
                    progress: Callable[[int], None] | None = None) -> list[PortCase]:
        """Insert many cases in the caller's transaction (bulk import). Returns them with ids."""
        now = self._clock()
        if now.tzinfo is not None:
            now = now.astimezone(UTC)  # stored as UTC, read back as UTC (audit states agree)
        today = now.date()
        refs = self._reserve_refs(session, len(cases))
        created: list[PortCase] = []
        chunk = 2000
        for start in range(0, len(cases), chunk):
            batch = [replace(c, reference=refs[start + i], created_at=now, updated_at=now, version=1)
                     for i, c in enumerate(cases[start:start + chunk])]
            rows = [dict(case_to_row_values(c, self._box, today), reference=c.reference,
                         created_at=now, updated_at=now, status_changed_at=now, version=1)
                    for c in batch]
            conn = session.connection()  # Core inserts: the ORM's bulk path costs 3x here
            conn.execute(insert(CaseRow.__table__), rows)  # type: ignore[arg-type]
            ids = dict(session.execute(
                select(CaseRow.reference, CaseRow.id).where(
                    CaseRow.reference.in_([c.reference for c in batch]))
            ).all())
            numbers: list[dict[str, Any]] = []
            changes: list[dict[str, Any]] = []
            entries: list[tuple[int, str, str, dict[str, Any], str]] = []
            for c, row in zip(batch, rows, strict=True):
                cid = ids[c.reference]
                created.append(replace(c, id=cid))
                mine = [{"case_id": cid, "position": i, "e164": n.e164, "kind": n.kind.value,
                         "country": n.country, "status": n.status.value,
                         "rejection_code": n.rejection_code} for i, n in enumerate(c.numbers)]
                history = {"case_id": cid, "from_status": None, "to_status": c.status.value,
                           "platform_status": None, "actor": actor, "at": now,
                           "reason": "case created"}
                numbers.extend(mine)
                changes.append(history)
                entries.append((cid, c.reference, "case.created",
                                {"account_name": c.account_name, "numbers": len(c.numbers),
                                 "pin": "set" if c.pin else "",
                                 # a LATER column off its default: recorded, so a case an older
                                 # desk writes next can still be held against it (audit_cases)
                                 **{n: getattr(c, n) for n, d in LATER.items()
                                    if getattr(c, n, d) != d}},
                                new_case_state({**row, "id": cid}, mine, [history])))
            if numbers:
                conn.execute(insert(NumberRow.__table__), numbers)  # type: ignore[arg-type]
            conn.execute(insert(StatusChangeRow.__table__), changes)  # type: ignore[arg-type]
            for entry_case, ref, action, what, state in entries:
                audit.append(session, actor=actor, action=action, changes=what,
                             case_id=entry_case, case_reference=ref, state=state)
            if progress:
                progress(len(created))
        return created

    # -- read ---------------------------------------------------------------------------------
    def _row(self, session: Session, case_id: int) -> CaseRow:
        row = session.get(CaseRow, case_id, options=[selectinload(CaseRow.numbers)])
        if row is None:
            raise NotFound(f"case {case_id} does not exist")
        return row

    def get(self, case_id: int) -> PortCase:
        with self._sessions() as session:
            return row_to_case(self._row(session, case_id), self._box)

    def get_by_reference(self, reference: str) -> PortCase:
        ref = stored_reference(reference)
        with self._sessions() as session:
            row = session.scalars(select(CaseRow).where(CaseRow.reference == ref)
                                  .options(selectinload(CaseRow.numbers))).one_or_none()
            if row is None:
                raise NotFound(f"no case with reference {reference}")
            return row_to_case(row, self._box)

    def id_by_reference(self, reference: str) -> tuple[int, str]:
        """(id, reference as stored) of the case, or NotFound as get_by_reference says it: for
        a command that only acts on the case by its id (a comment), with no case built, no
        numbers read and no PIN decrypted."""
        ref = stored_reference(reference)
        with self._sessions() as session:
            found = session.execute(select(CaseRow.id, CaseRow.reference)
                                    .where(CaseRow.reference == ref)).one_or_none()
        if found is None:
            raise NotFound(f"no case with reference {reference}")
        return int(found[0]), str(found[1])

    def find_by_platform_order(self, order_id: str) -> PortCase | None:
        with self._sessions() as session:
            row = session.scalars(select(CaseRow).where(CaseRow.platform_order_id == order_id)
                                  .options(selectinload(CaseRow.numbers))).first()
            return row_to_case(row, self._box) if row else None

    def ids_of(self, kind: str, statuses: Sequence[str]) -> list[int]:
        """The ids of the cases of one kind in these statuses, oldest first."""
        with self._sessions() as session:
            return list(session.scalars(select(CaseRow.id).where(
                CaseRow.kind == kind, CaseRow.status.in_(statuses)).order_by(CaseRow.id)))

    def count(self) -> int:
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).select_from(CaseRow)) or 0)

    def iter_all(self, batch: int = 500) -> Iterable[PortCase]:
        last = 0
        while True:
            with self._sessions() as session:
                rows = list(session.scalars(
                    select(CaseRow).where(CaseRow.id > last).order_by(CaseRow.id).limit(batch)
                    .options(selectinload(CaseRow.numbers))))
                cases = [row_to_case(r, self._box) for r in rows]
            if not cases:
                return
            yield from cases
            last = rows[-1].id

    def status_history(self, case_id: int) -> list[StatusChange]:
        with self._sessions() as session:
            rows = session.scalars(select(StatusChangeRow).where(StatusChangeRow.case_id == case_id)
                                   .order_by(StatusChangeRow.id))
            return [StatusChange(Status(r.from_status) if r.from_status else None,
                                 Status(r.to_status), r.actor, r.at, r.reason, r.platform_status)
                    for r in rows]

    # -- update -------------------------------------------------------------------------------
    def update(self, case: PortCase, actor: str, session: Session | None = None,
               action: str = "case.edited") -> PortCase:
        """Save edits. `case.version` must be the version that was read, else Conflict."""
        if case.id is None:
            raise NotFound("the case has not been saved yet")
        if session is None:
            with self._sessions.begin() as own:
                return self.update(case, actor, own, action)
        row = self._row(session, case.id)
        current = row_to_case(row, self._box)
        if current.version != case.version:
            raise stale(current, case.version)
        changes = {k: v for k, v in diff(current, case).items() if k not in BOOKKEEPING}
        if not changes:
            return current
        now = self._clock()
        values = case_to_row_values(case, self._box, now.date(),
                                    _as_date(row.status_changed_at), _routing(session, case))
        for name in BOOKKEEPING:  # the sync engine's, never written back from a copy
            values.pop(name, None)
        values.update(updated_at=now, version=case.version + 1)
        result = session.execute(
            update(CaseRow).where(CaseRow.id == case.id, CaseRow.version == case.version)
            .values(**values).execution_options(synchronize_session=False))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise stale(current, case.version)
        if "numbers" in changes:
            session.expire(row, ["numbers"])
            row = self._row(session, case.id)
            row.numbers.clear()
            session.flush()
            row.numbers.extend(number_rows(case))
        audit.append(session, actor=actor, action=action, changes=changes, case_id=case.id,
                     case_reference=current.reference)
        session.flush()
        session.expire_all()
        return row_to_case(self._row(session, case.id), self._box)

    def change_status(self, case_id: int, target: Status, actor: str, reason: str,
                      session: Session | None = None, *, platform_status: str | None = None,
                      enforce: bool = True, expected_version: int | None = None) -> PortCase:
        """Move a case through the lifecycle; every change records who, when and why.

        The transition is checked against the status read under the write lock, and only the
        status columns are written (compare-and-set on that version): a colleague's saved notes
        or assignee are never written back from an older copy. `expected_version` is the version
        the specialist was looking at: if the case moved since, that is a conflict they see.
        """
        if session is None:
            with self._sessions.begin() as own:
                return self.change_status(case_id, target, actor, reason, own,
                                          platform_status=platform_status, enforce=enforce,
                                          expected_version=expected_version)
        current = row_to_case(self._row(session, case_id), self._box)
        if expected_version is not None and expected_version != current.version:
            raise stale(current, expected_version)
        if enforce:
            check_transition(current.status, target, reason)
        now = self._clock()
        new = replace(current, status=target,
                      platform_status=platform_status or current.platform_status)
        if target == Status.SUBMITTED and current.submitted_at is None:
            new = replace(new, submitted_at=now)
        if target == Status.PORTED:
            new = replace(new, numbers=tuple(
                replace(n, status=NumberStatus.PORTED) if n.status != NumberStatus.REJECTED else n
                for n in new.numbers))
        milestone = next_milestone(new, now.date(), now.date(), _routing(session, new))
        result = session.execute(
            update(CaseRow).where(CaseRow.id == case_id, CaseRow.version == current.version)
            .values(status=target.value, platform_status=new.platform_status,
                    submitted_at=new.submitted_at, next_milestone=milestone.name,
                    next_due=milestone.due, updated_at=now, status_changed_at=now,
                    version=current.version + 1)
            .execution_options(synchronize_session=False))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise stale(current, current.version)
        if target == Status.PORTED:
            session.execute(update(NumberRow).where(
                NumberRow.case_id == case_id, NumberRow.status != NumberStatus.REJECTED.value)
                .values(status=NumberStatus.PORTED.value)
                .execution_options(synchronize_session=False))
        session.add(StatusChangeRow(case_id=case_id, from_status=current.status.value,
                                    to_status=target.value, platform_status=platform_status,
                                    actor=actor, at=now, reason=reason))
        audit.append(session, actor=actor, action="case.status",
                     changes={"status": {"old": current.status.value, "new": target.value},
                              "reason": reason},
                     case_id=case_id, case_reference=current.reference)
        session.flush()
        session.expire_all()
        return row_to_case(self._row(session, case_id), self._box)

    def split(self, case_id: int, numbers: Sequence[str], actor: str, reason: str,
              session: Session | None = None) -> PortCase:
        """Move `numbers` into a new draft case linked to this one (e.g. rejected numbers).

        When the original case has a platform order, the new case names that order in its
        references without owning it: its numbers are still on it until the platform moves them
        into an order of their own (which the sync then links to the new case)."""
        if session is None:
            with self._sessions.begin() as own:
                return self.split(case_id, numbers, actor, reason, own)
        current = row_to_case(self._row(session, case_id), self._box)
        moving = [n for n in current.numbers if n.e164 in set(numbers)]
        if not moving:
            raise NotFound("none of the selected numbers are on this case")
        if len(moving) == len(current.numbers):
            raise Conflict("a split must leave at least one number on the original case")
        staying = tuple(n for n in current.numbers if n.e164 not in set(numbers))
        self.update(replace(current, numbers=staying), actor, session, action="case.split")
        child = replace(
            current, id=None, reference="", status=Status.DRAFT, platform_status=None,
            numbers=tuple(replace(n, status=NumberStatus.PENDING, rejection_code=None)
                          for n in moving),
            parent_id=case_id, platform_order_id=None,
            platform_refs=(current.platform_order_id,) if current.platform_order_id else (),
            exception_code=None, exception_detail="", sync_state="local", sync_error="",
            sync_outcome=None, submitted_at=None, foc_date=None,
            btn=current.btn if current.btn in {n.e164 for n in moving} else "",
            notes=f"Split from {current.reference}: {reason}".strip(),
        )
        created = self.create(child, actor, session)
        audit.append(session, actor=actor, action="case.split",
                     changes={"numbers": [n.e164 for n in moving], "into": created.reference,
                              "reason": reason},
                     case_id=case_id, case_reference=current.reference)
        return created

    def children(self, case_id: int) -> list[PortCase]:
        with self._sessions() as session:
            rows = session.scalars(select(CaseRow).where(CaseRow.parent_id == case_id)
                                   .options(selectinload(CaseRow.numbers)))
            return [row_to_case(r, self._box) for r in rows]


def _routing(session: Session, case: PortCase) -> Routing:
    """A ported case's milestone follows its post-port checks ("Verify routing" until done)."""
    if case.status != Status.PORTED or case.id is None:
        return Routing.UNCHECKED
    return routing(session, case.id)


def _as_date(value: datetime | None) -> date | None:
    return value.date() if value else None


def stale(current: PortCase, seen: int) -> Conflict:
    """The refusal of a write made on version `seen` of a case now at another version."""
    return Conflict(
        f"{current.reference} was changed by someone else (now version {current.version}, "
        f"you worked on version {seen}); reload it and apply your change again"
    )
