"""The desk's batch actions on the queue's selection: assign, change status.

A batch is decided on what the queue showed: each case is written only if it is still the version
the specialist saw (the version each queue row carries), under the write lock. A case a colleague
or the sync changed in the meantime is left as it is and named, with who changed it and when, so
nothing is done to a case nobody looked at and nothing is done twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import tzinfo

from portdesk.domain.case import PortCase
from portdesk.domain.errors import Conflict, PortDeskError
from portdesk.domain.lifecycle import parse_status
from portdesk.domain.moments import shown_time
from portdesk.domain.words import counted
from portdesk.services.cases import change_status_of
from portdesk.store.store import Store

# case id -> the version the specialist saw in the queue; None for a row selected without being
# loaded (select all on a long queue): it is taken as it stands when the batch runs
Seen = Mapping[int, int | None]


@dataclass(frozen=True, slots=True)
class BatchResult:
    done: list[str]
    failed: list[tuple[str, str]]  # (reference or id, reason)
    changed: list[tuple[str, str]] = field(default_factory=list)  # (reference, who and when)

    def summary(self, verb: str) -> str:
        text = f"{verb} {counted(len(self.done), 'case')}"
        if self.changed:
            text += (f"; {len(self.changed)} changed since you looked, left as they are: "
                     f"{', '.join(ref for ref, _ in self.changed)}")
        if self.failed:
            text += f"; {len(self.failed)} not: {self.failed[0][0]}: {self.failed[0][1]}"
        return text

    def changed_detail(self) -> str:
        """One line per case changed under the specialist (empty when none was)."""
        return "\n".join(f"{ref}: {how}" for ref, how in self.changed)


def assign(store: Store, seen: Seen, assignee: str, actor: str) -> BatchResult:
    name = assignee.strip()

    def one(case: PortCase) -> PortCase:
        return store.cases.update(replace(case, assignee=name), actor)

    return _each(store, seen, one)


def change_status_many(store: Store, seen: Seen, status: str, reason: str,
                       actor: str) -> BatchResult:
    """Through the one status-change path the CLI uses too (cancel tells the platform)."""
    parse_status(status)  # an unknown status is refused before any case is touched

    def one(case: PortCase) -> PortCase:
        assert case.id is not None
        return change_status_of(store, case.id, status, reason, actor, case.version)

    return _each(store, seen, one)


def _each(store: Store, seen: Seen, write: Callable[[PortCase], PortCase]) -> BatchResult:
    """`write` gets each case at the version seen; the store refuses it if that is not current."""
    result = BatchResult([], [])
    for cid, version in seen.items():
        reference = str(cid)
        try:
            current = store.cases.get(cid)
            reference = current.reference
            write(current if version is None else replace(current, version=version))
            result.done.append(reference)
        except Conflict:
            result.changed.append((reference, changed_by(store, cid)))
        except PortDeskError as exc:
            result.failed.append((reference, str(exc)))
    return result


def changed_by(store: Store, case_id: int, zone: tzinfo | None = None) -> str:
    """Who changed the case last and how, from its audit trail ("edited by Tom at 10:42")."""
    entries = store.audit.for_case(case_id)
    if not entries:
        return "changed by someone else"
    last = entries[-1]
    what = last.action.split(".", 1)[-1].replace("_", " ")
    return f"{what} by {last.actor}, {shown_time(last.at, zone, with_day=True)}"
