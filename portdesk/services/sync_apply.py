"""What the platform says about an order, written onto its case; split orders become linked cases.

The platform owns carrier-side status: status, per-number status, exception and FOC date are taken
as they come (kept raw when unknown). Draft fields go through the three-way merge of
sync_conflicts. An order PortDesk does not know but that carries a case's reference is either that
case's order (a create whose answer was lost) or a split of it: the platform moved some numbers
into their own order (toll-free apart from local at create, rejected numbers at the carrier's
answer). The split becomes a linked case (parent_id) holding those numbers and that order.
Writes for a batch of orders share one transaction: a first pull of 10,000 orders stays fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from typing import Any, TypeVar

from portdesk.domain.case import CaseKind, CaseNumber, NumberStatus, PortCase
from portdesk.domain.lifecycle import Status
from portdesk.domain.numbers import InvalidNumber, parse_number
from portdesk.domain.portin_texts import capable_key
from portdesk.platform.port import Order, OrderState
from portdesk.services import customer_wait
from portdesk.services.sync_conflicts import ConflictKeeper
from portdesk.services.sync_dates import READ_AGAIN, PlatformDates
from portdesk.services.sync_refs import database_id, split_reference
from portdesk.services.sync_report import (
    Notice,
    SyncReport,
    requirements_stale_key,
    support_key_key,
)
from portdesk.store import audit
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from portdesk.store.unit import Session

T = TypeVar("T")
BATCH = 250
FINISHED = (Status.PORTED, Status.CANCELLED)


def batched(items: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class OrderApplier:
    def __init__(self, store: Store, repo: SyncRepository, keeper: ConflictKeeper,
                 actor: str, dates: PlatformDates | None = None) -> None:
        self.store = store
        self.repo = repo
        self.keeper = keeper
        self.actor = actor
        self.dates = dates or keeper.dates  # platform dates believed only on this desk's clock
        # per batch: cases read ahead (dropped once touched) and audit entries written at the end
        self._by_order: dict[str, PortCase] = {}
        self._by_ref: dict[str, PortCase] = {}
        self._unlinked: set[str] = set()  # order ids of the batch no case holds
        self._audit: list[tuple[int | None, str, str, dict[str, Any]]] | None = None
        self._database_id: str | None = None

    @property
    def database_id(self) -> str:
        if self._database_id is None:
            self._database_id = database_id(self.repo)
        return self._database_id

    def apply_orders(self, orders: Iterable[Order], report: SyncReport) -> None:
        for chunk in batched(orders):
            with self.store.transaction() as session:
                self._by_order, self._by_ref = self.repo.prefetch(
                    session, [o.id for o in chunk],
                    [split_reference(o.reference)[0] for o in chunk if o.reference])
                self._unlinked = {o.id for o in chunk} - set(self._by_order)
                self._audit = []
                try:
                    for order in chunk:
                        self.apply(session, order, report)
                    audit.append_many(session, actor=self.actor, entries=self._audit)
                finally:
                    self._by_order, self._by_ref, self._audit = {}, {}, None
                    self._unlinked = set()

    def _forget(self, case: PortCase) -> None:
        """A case written to is read again from the database next time it is needed."""
        if case.platform_order_id:
            self._by_order.pop(case.platform_order_id, None)
        self._by_ref.pop(case.reference, None)

    def _audit_entry(self, session: Session, case: PortCase, action: str,
                     changes: dict[str, Any]) -> None:
        if self._audit is not None:
            self._audit.append((case.id, case.reference, action, changes))
        else:
            audit.append(session, actor=self.actor, action=action, changes=changes,
                         case_id=case.id, case_reference=case.reference)

    def apply(self, session: Session, order: Order, report: SyncReport,
              clone_after: int | None = None) -> PortCase | None:
        case = self._by_order.get(order.id)
        if case is None and order.id not in self._unlinked:
            case = self.repo.case_by_order(session, order.id)
        if case is None:
            case = self._owner(session, order, report, clone_after)
        if case is None:
            return None  # an order PortDesk did not make: not ours to track
        return self.apply_state(session, case, order.state, report, order)

    def _owner(self, session: Session, order: Order, report: SyncReport,
               clone_after: int | None) -> PortCase | None:
        if not order.reference:
            return None
        human, db_id = split_reference(order.reference)
        if db_id is not None and db_id != self.database_id:
            return None  # another desk's order: its case lives in another database
        case = self._by_ref.get(human) or self.repo.case_by_reference(session, human)
        if case is None or case.id is None:
            return None
        theirs = set(order.numbers)
        strangers = theirs - set(case.number_e164s)
        if (db_id is None and not theirs & set(case.number_e164s)) or (
                case.platform_order_id is None and (strangers or not theirs)):
            report.skip("order", order.id, "porting_order",
                        f"carries the reference {human} but not its numbers: not adopted")
            return None
        if case.platform_order_id is None:
            refs = list(dict.fromkeys([*case.platform_refs, order.id]))
            self.repo.set_case_values(case.id, session, platform_order_id=order.id,
                                      platform_refs=refs)
            return replace(case, platform_order_id=order.id, platform_refs=tuple(refs),
                           version=case.version + 1)  # set_case_values moved the version
        return self.link_split(session, case, order, report, clone_after)

    def link_split(self, session: Session, parent: PortCase, order: Order,
                   report: SyncReport, clone_after: int | None = None) -> PortCase:
        """A linked case for an order the platform split off `parent`, with its numbers."""
        assert parent.id is not None
        self._forget(parent)
        on_order = set(order.numbers)
        waiting = self.repo.waiting_split(session, parent.id, parent.platform_order_id, on_order)
        if waiting is not None:
            return self._adopt(session, parent, waiting, order, report)
        moving = [n for n in parent.numbers if n.e164 in on_order]
        staying = tuple(n for n in parent.numbers if n.e164 not in on_order)
        if not moving:  # numbers PortDesk never had on this case: take the order's word
            moving = [case_number(e164) for e164 in sorted(on_order)]
        refs = tuple(dict.fromkeys([*parent.platform_refs, order.id]))
        if staying and len(staying) < len(parent.numbers):
            self.store.cases.update(replace(parent, numbers=staying, platform_refs=refs),
                                    self.actor, session, action="case.split")
        else:
            self.repo.set_case_values(parent.id, session, platform_refs=list(refs))
        child = replace(
            parent, id=None, reference="", status=Status.DRAFT, platform_status=None,
            numbers=tuple(replace(n, status=NumberStatus.PENDING, rejection_code=None)
                          for n in moving),
            parent_id=parent.id, platform_order_id=order.id, platform_refs=(order.id,),
            exception_code=None, exception_detail="", foc_date=None, submitted_at=None,
            sync_state="synced", sync_error="",
            notes=f"Split by the platform from {parent.reference} (order {order.id}).")
        created = self.store.cases.create(child, self.actor, session)
        assert created.id is not None
        audit.append(session, actor=self.actor, action="case.split_by_platform",
                     changes={"numbers": [n.e164 for n in moving], "into": created.reference,
                              "order": order.id}, case_id=parent.id,
                     case_reference=parent.reference)
        if clone_after is not None:  # the parent's later intents concern the child's order too
            for item in self.repo.pending_for_case(session, parent.id, clone_after):
                self.repo.enqueue(session, created.id, item.intent,
                                  f"{item.dedupe_key}>{created.id}", item.payload)
        report.cases_linked += 1
        return created

    def _adopt(self, session: Session, parent: PortCase, child: PortCase, order: Order,
               report: SyncReport) -> PortCase:
        """The order the platform split off for numbers a specialist had split here already."""
        assert parent.id is not None and child.id is not None
        refs = list(dict.fromkeys([*parent.platform_refs, order.id]))
        self.repo.set_case_values(parent.id, session, platform_refs=refs)
        self.repo.set_case_values(child.id, session, platform_order_id=order.id,
                                  platform_refs=[order.id], sync_state="synced")
        audit.append(session, actor=self.actor, action="case.split_by_platform",
                     changes={"numbers": sorted(order.numbers), "into": child.reference,
                              "order": order.id, "linked": True}, case_id=parent.id,
                     case_reference=parent.reference)
        report.cases_linked += 1
        return replace(child, platform_order_id=order.id, platform_refs=(order.id,),
                       sync_state="synced", version=child.version + 1)

    def apply_state(self, session: Session, case: PortCase, state: OrderState,
                    report: SyncReport, order: Order | None = None) -> PortCase:
        assert case.id is not None
        case_id, before, changed = case.id, case, False
        self._forget(case)
        if order is not None:
            case, conflicts = self.keeper.merge(session, case, order.draft, order.id, report)
            report.conflicts += bool(conflicts)
            changed = case.version != before.version
        if state.status is not None and state.status != case.status:
            self.repo.set_platform_status(session, case, state.status, state.platform_status,
                                         self.actor)
            self._audit_entry(session, case, "case.status", {
                "status": {"old": case.status.value, "new": state.status.value},
                "reason": f"platform: {state.platform_status}"})
            case = replace(case, status=state.status, platform_status=state.platform_status,
                           version=case.version + 1)
            changed = True
        values: dict[str, object] = {}
        if case.platform_status != state.platform_status:
            values["platform_status"] = state.platform_status
        read_again = state.foc_date is not None and self.dates.read_again(session, case)
        new_foc = state.foc_date if state.foc_date and state.foc_date != case.foc_date and \
            self.dates.believable(session, case, "foc_date", state.foc_date, report,
                                  history=state.status in FINISHED) else None
        if new_foc:
            values["foc_date"] = new_foc  # said with its old date, like an edit
            self._audit_entry(session, case, "case.platform_edit", {
                "foc_date": {"old": case.foc_date, "new": new_foc},
                **({"reason": READ_AGAIN} if read_again else {})})
        if state.exception_code != case.exception_code or \
                state.exception_detail != case.exception_detail:
            values["exception_code"] = state.exception_code
            values["exception_detail"] = state.exception_detail
        if values:
            self.repo.set_case_values(case_id, session, **values)
            changed = True
        numbers = {e164: (s.status.value, s.rejection_code) for e164, s in state.numbers.items()}
        if numbers and self.repo.set_number_states(session, case_id, numbers):
            changed = True
        if changed:
            report.cases_updated += 1
            self._notices(before, state, report, new_foc is not None, read_again)
        if order is not None and order.messaging_status:
            self._messaging(session, before, order.messaging_status, report)
        if order is not None:
            self._activation(session, before, order.activation_trouble, report)
        if order is not None:
            self.keep_support_key(session, case_id, order.support_key)
            self._texts_capable(session, case_id, order.messaging_capable)
            self._requirements_met(session, case_id, order.requirements_met)
            customer_wait.from_order(self.repo, session, case_id, order)
        return case

    def _texts_capable(self, session: Session, case_id: int, capable: bool | None) -> None:
        """The order's `messaging_capable`, kept for the desk (the texts tick is off, with
        why, on an order that cannot port texts)."""
        key = capable_key(case_id)
        if capable is not None and self.repo.get_json(key, session) != capable:
            self.repo.put_json(key, capable, session)

    def _requirements_met(self, session: Session, case_id: int, met: bool | None) -> None:
        """A change of the order's `requirements_met` has the requirements read again
        (services.sync_documents), so readiness says what the platform still needs."""
        key = f"requirements_met.{case_id}"
        if met is None or self.repo.get_json(key, session) == met:
            return
        self.repo.put_json(key, met, session)
        self.repo.put_json(requirements_stale_key(case_id), True, session)

    def keep_support_key(self, session: Session, case_id: int, support_key: str) -> None:
        """The key the platform's support knows the order (or port-out) by, for the notices."""
        if support_key and self.repo.get_json(support_key_key(case_id), session) != support_key:
            self.repo.put_json(support_key_key(case_id), support_key, session)

    def _messaging(self, session: Session, case: PortCase, status: str,
                   report: SyncReport) -> None:
        """The texts' own port, told once per change: the description names its status
        (`messaging.messaging_port_status`, event `porting_order.messaging_changed`) and an
        order can be `ported` for calls while its texts failed; PortDesk dropped it."""
        assert case.id is not None
        key = f"messaging.{case.id}"
        told = self.repo.get_json(key, session)
        if status == told or (told is None and status == "not_applicable"):
            return
        self.repo.put_json(key, status, session)
        self._audit_entry(session, case, "sync.messaging",
                          {"messaging_port_status": {"old": told, "new": status}})
        said = messaging_notice(status)
        if said:
            report.notices.append(Notice("messaging", case.id, case.reference,
                                         f"{case.reference}: {said}"))

    def _activation(self, session: Session, case: PortCase,
                    trouble: tuple[tuple[str, str], ...], report: SyncReport) -> None:
        """A number whose activation the platform reports in conflict or failed, told once per
        number and word: the order can read `foc-date-confirmed` or even `ported` meanwhile
        (the description gives each number its own `activation_status`); PortDesk dropped it."""
        assert case.id is not None
        key = f"activation.{case.id}"
        told = self.repo.get_json(key, session) or {}
        now = dict(trouble)
        if now == told:
            return
        self.repo.put_json(key, now, session)
        for e164, word in trouble:
            if told.get(e164) == word:
                continue
            self._audit_entry(session, case, "sync.activation", {
                "number": e164, "activation_status": {"old": told.get(e164), "new": word}})
            report.notices.append(Notice(
                "activation", case.id, case.reference,
                f"{case.reference}: the platform reports the activation of {e164} as "
                f"'{word}': {activation_words(word)}"))

    def _notices(self, before: PortCase, state: OrderState, report: SyncReport,
                 foc_taken: bool, read_again: bool = False) -> None:
        assert before.id is not None
        ref = before.reference
        if state.status != before.status and state.status == Status.EXCEPTION:
            text = state.exception_detail or "the carrier rejected the request"
            report.notices.append(Notice("exception", before.id, ref, f"{ref}: exception: {text}"))
        if state.status != before.status and state.status == Status.PORTED:
            said = ("ported out: the numbers have left for the gaining carrier"
                    if before.kind == CaseKind.PORT_OUT else "ported; verify calls and texts route")
            report.notices.append(Notice("ported", before.id, ref, f"{ref}: {said}"))
        if foc_taken and state.foc_date and read_again:
            shown = before.foc_date.isoformat() if before.foc_date else "no date"
            report.notices.append(Notice(
                "foc_read_again", before.id, ref,
                f"{ref}: the FOC is {state.foc_date.isoformat()} on this desk's clock; it showed "
                f"{shown}, the UTC date an older PortDesk stored for the platform's FOC"))
        elif foc_taken and state.foc_date and state.status not in FINISHED:
            report.notices.append(Notice("foc_set", before.id, ref,
                                         f"{ref}: FOC date {state.foc_date.isoformat()}"))


def activation_words(word: str) -> str:
    """What a number's activation in trouble means for the specialist (telnyx_port's
    ACTIVATION_TROUBLE words; the platform gives no reason)."""
    if word.strip().lower() == "conflict":
        return ("the number will not port until the conflict is cleared; the platform gives no "
                "reason: ask its support")
    return ("the number may not take calls or texts on the platform; test it, and ask the "
            "platform's support")


def messaging_notice(status: str) -> str:
    """What a specialist must hear of a texts' port status at once ("" for the ordinary ones)."""
    return {
        "exception": "texts did not port with the numbers (the platform's messaging port is in "
                     "exception): calls may work while texts fail; read the order's comments "
                     "or ask the platform's support",
        "partial_port_complete": "texts ported for only some of the numbers: test a text to "
                                 "every number",
        "canceled": "the texts' port was canceled: texts stay with the old carrier",
    }.get(status, "")


def case_number(e164: str) -> CaseNumber:
    try:
        parsed = parse_number(e164)
    except InvalidNumber:
        return CaseNumber(e164)
    return CaseNumber(parsed.e164, parsed.kind, country=parsed.country)
