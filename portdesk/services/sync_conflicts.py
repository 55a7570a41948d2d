"""Draft fields changed on both sides: flag the case for a person, never overwrite silently.

For every case with a platform order PortDesk keeps the draft fields as they were at the last sync
(the base, in sync_state under `base.<case id>`, the PIN encrypted). A field the platform changed
and the specialist did not is taken; one the specialist changed and the platform did not is pushed
by the pending update; one both changed to different values is a conflict: the case gets
`sync_state = "conflict"` and `cases.conflict` lists field, local value and platform value (a PIN
only masked, its platform value encrypted), and its outbox waits until `resolve_conflict`.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from portdesk.domain.case import PortCase, mask_secret
from portdesk.domain.draft_fields import (
    DEFAULTS,
    DRAFT_FIELDS,
    LABELS,
    SECRET_FIELDS,
    case_values,
    with_values,
)
from portdesk.domain.errors import NotFound, PortDeskError
from portdesk.services.sync_dates import PlatformDates
from portdesk.services.sync_report import SyncReport
from portdesk.store import audit
from portdesk.store.leases import Clock, system_clock
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from portdesk.store.unit import Session


def _base_key(case_id: int) -> str:
    return f"base.{case_id}"


class ConflictKeeper:
    def __init__(self, store: Store, repo: SyncRepository, actor: str,
                 dates: PlatformDates | None = None, clock: Clock = system_clock) -> None:
        self.store = store
        # when a conflict was seen: the sync's clock (the leases' one), so a test sets it and the
        # resolution's outbox key (`resolve:<case>:<detected_at>`) is the same on every run
        self.clock = clock
        self.repo = repo
        self.actor = actor
        self.dates = dates or PlatformDates(repo, actor)

    def load_base(self, session: Session, case_id: int) -> dict[str, str] | None:
        raw = self.repo.get_json(_base_key(case_id), session)
        if not isinstance(raw, dict):
            return None
        base = {k: str(v) for k, v in raw.items()}
        for name in SECRET_FIELDS:
            base[name] = self.store.box.decrypt(base.get(name) or None)
        return base

    def save_base(self, session: Session, case_id: int, values: dict[str, str],
                  old: dict[str, str] | None = None) -> None:
        if old == values:
            return
        stored = dict(values)
        for name in SECRET_FIELDS:
            stored[name] = self.store.box.encrypt(stored.get(name, "")) or ""
        self.repo.put_json(_base_key(case_id), stored, session)

    def merge(self, session: Session, case: PortCase, remote: dict[str, str],
              order_id: str, report: SyncReport | None = None) -> tuple[PortCase, list[str]]:
        """Three-way merge of the draft fields (`remote`: the order's); returns the case as now
        and the conflicting fields. A requested date the platform moved absurdly far from this
        desk's today is not taken (nor made the base: a later believable one still is)."""
        assert case.id is not None
        case_id = case.id
        base = self.load_base(session, case_id)
        if base is None:  # first sight of this order: what it holds now is the common ground
            self.save_base(session, case_id, remote)
            return case, []
        local = case_values(case)
        new_base, take, conflicts = dict(base), {}, []
        for name in DRAFT_FIELDS:
            b, mine, theirs = base.get(name, DEFAULTS.get(name, "")), local[name], remote[name]
            if theirs == b:
                continue
            if mine == b:
                if not self._believable(session, case, name, theirs, report):
                    continue
                take[name] = theirs
            elif mine != theirs:
                conflicts.append(name)
                continue
            new_base[name] = theirs
        if take:
            try:
                case = self.store.cases.update(with_values(case, take), self.actor, session,
                                               action="case.platform_edit")
            except ValueError:  # a value PortDesk cannot hold: a person decides
                conflicts.extend(take)
                new_base = {k: base.get(k, "") if k in take else v for k, v in new_base.items()}
        self.save_base(session, case_id, new_base, base)
        if conflicts:
            self._flag(session, case, conflicts, local, remote, order_id)
        elif case.sync_state == "conflict":
            self._clear(session, case)
        return case, conflicts

    def _believable(self, session: Session, case: PortCase, name: str, theirs: str,
                    report: SyncReport | None) -> bool:
        if name != "requested_date" or not theirs:
            return True
        try:
            day = date.fromisoformat(theirs)
        except ValueError:
            return True  # not a date at all: the update below refuses it as a conflict
        return self.dates.believable(session, case, name, day, report or SyncReport())

    def _flag(self, session: Session, case: PortCase, names: list[str], local: dict[str, str],
              remote: dict[str, str], order_id: str) -> None:
        assert case.id is not None
        fields: list[dict[str, Any]] = []
        for name in names:
            entry: dict[str, Any] = {"field": name, "label": LABELS[name],
                                     "local": local[name], "platform": remote[name]}
            if name in SECRET_FIELDS:
                entry.update(local=mask_secret(local[name]), platform=mask_secret(remote[name]),
                             platform_secret=self.store.box.encrypt(remote[name]))
            fields.append(entry)
        conflict = {"order_id": order_id, "detected_at": self.clock().isoformat(),
                    "fields": fields}
        old = self.repo.conflict_of(session, case.id) or {}
        if [f["field"] for f in old.get("fields", [])] == names and \
                [f["platform"] for f in old["fields"]] == [f["platform"] for f in fields]:
            return  # already flagged for the same values
        labels = ", ".join(LABELS[n] for n in names)
        self.repo.set_case_values(case.id, session, conflict=conflict, sync_state="conflict",
                                  sync_error=f"changed here and on the platform: {labels}")
        audit.append(session, actor=self.actor, action="sync.conflict",
                     changes={"fields": [{k: v for k, v in f.items() if k != "platform_secret"}
                                         for f in fields]},
                     case_id=case.id, case_reference=case.reference)

    def _clear(self, session: Session, case: PortCase) -> None:
        assert case.id is not None
        state = "pending" if self.repo.has_pending(session, case.id) else "synced"
        self.repo.set_case_values(case.id, session, conflict=None, sync_state=state,
                                  sync_error="")


def resolve_conflict(store: Store, case_id: int, keep: Literal["mine", "theirs"],
                     actor: str) -> PortCase:
    """A person decided: keep the local values (and push them) or take the platform's."""
    if keep not in ("mine", "theirs"):
        raise PortDeskError("choose 'mine' (keep your values) or 'theirs' (take the platform's)")
    repo = store.outbox
    keeper = ConflictKeeper(store, repo, actor)
    with store.transaction() as session:
        case = repo.case_by_id(session, case_id)
        if case is None:
            raise NotFound(f"case {case_id} does not exist")
        conflict = repo.conflict_of(session, case_id)
        if not conflict:
            raise PortDeskError(f"{case.reference} has no conflict to resolve")
        theirs = {}
        for entry in conflict.get("fields", []):
            name = str(entry["field"])
            value = str(entry.get("platform") or "")
            if name in SECRET_FIELDS:
                value = store.box.decrypt(entry.get("platform_secret"))
            theirs[name] = value
        base = keeper.load_base(session, case_id) or {}
        keeper.save_base(session, case_id, {**base, **theirs}, base)
        if keep == "theirs":
            try:
                case = store.cases.update(with_values(case, theirs), actor, session,
                                          action="conflict.resolved")
            except ValueError as exc:
                raise PortDeskError(f"the platform's value cannot be used here ({exc}); "
                                    "keep yours or correct it on the case") from None
        elif not any(item.intent == "update" and state == "pending"
                     for item, state, _ in repo.items_for_case(case_id)):
            repo.enqueue(session, case_id, "update", f"resolve:{case_id}:{conflict['detected_at']}")
        state = "pending" if repo.has_pending(session, case_id) else "synced"
        repo.set_case_values(case_id, session, conflict=None, sync_state=state, sync_error="")
        audit.append(session, actor=actor, action="sync.conflict_resolved",
                     changes={"kept": keep, "fields": sorted(theirs)}, case_id=case_id,
                     case_reference=case.reference)
    return store.cases.get(case_id)
