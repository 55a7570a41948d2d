"""Port-out requests from the platform as port_out cases a specialist answers.

Each request becomes one case (kind port_out, platform_order_id = the port-out's id) the first time
it is seen, from the pending list, an event or the full list; later changes (answered, rejected,
auto-authorized after 24-48 h, ported) update it. What the gaining carrier sent (name, address,
the PIN it tried, when it arrived) is kept beside the case as the request (`portout.<case id>`,
the PIN encrypted), so the port-out screen can set it against the account. Comments and FOC
changes from `/portouts/events` reach the case; a new request waiting for an answer raises a
notice, and so do the two turns the desk did not make itself: the platform authorizing a request
nobody answered from here (automatically after 24-48 h, or on its portal), and Porting Ops
sending a rejection back to `pending`. A request this queue first meets already authorized
(the desk did not sync for two days, or its events never came) is told the same way, since its
numbers leave and nobody here saw it. The arrival time is the platform's own (`created_at`),
never the desk's clock: a request without one keeps only when this desk first saw it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from portdesk.domain.case import Address, CaseKind, PortCase
from portdesk.domain.lifecycle import Status
from portdesk.domain.numbers import format_display
from portdesk.platform.port import EventKind, FeedEvent, PortoutRequest
from portdesk.services.sync_apply import FINISHED, OrderApplier, batched, case_number
from portdesk.services.sync_keys import PORTOUT_CURSOR
from portdesk.services.sync_report import Notice, SyncReport
from portdesk.store import audit
from portdesk.store.unit import Session

# "the gaining carrier can port the phone number at any point between the FOC date listed and
# the following 10 days" (port-out notifications guide)
FOC_GRACE_DAYS = 10
# "Port-out orders require a response within 24-48 hours" (port-out orders guide): from the
# first the platform may authorize an unanswered request by itself, by the second it has.
EARLIEST, LATEST = timedelta(hours=24), timedelta(hours=48)


def request_key(case_id: int) -> str:
    return f"portout.{case_id}"


@dataclass
class PortoutNews:
    """What the event logs said this round beyond "fetch it again": comments from either log,
    FOC changes and status details from the port-out log."""

    refresh: list[str] = field(default_factory=list)
    comments: list[FeedEvent] = field(default_factory=list)
    focs: list[FeedEvent] = field(default_factory=list)
    details: dict[str, dict[str, str]] = field(default_factory=dict)  # what status changes said
    read: set[str] = field(default_factory=set)  # port-outs whose record was applied this round


class PortoutApplier:
    def __init__(self, orders: OrderApplier,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 zone: tzinfo | None = UTC) -> None:
        self.orders = orders
        self.zone = zone  # the desk's porting zone, for the deadline in a notice
        self.store = orders.store
        self.repo = orders.repo
        self.clock = clock  # when this desk first saw a request, or saw it sent back

    def apply_portouts(self, portouts: Iterable[PortoutRequest], report: SyncReport,
                       details: dict[str, dict[str, str]] | None = None) -> None:
        for chunk in batched(portouts):
            with self.store.transaction() as session:
                for portout in chunk:
                    self.apply(session, portout, report, (details or {}).get(portout.id))

    def apply(self, session: Session, portout: PortoutRequest, report: SyncReport,
              event_details: dict[str, str] | None = None, answered_here: bool = False
              ) -> PortCase:
        """`answered_here`: the state comes back from this desk's own answer (no notice)."""
        state = portout.state
        if state.status is None:
            report.unknown.append(f"port-out status {state.platform_status} "
                                  f"(port-out {portout.id})")
        case = self.repo.case_by_order(session, portout.id)
        if case is not None:
            assert case.id is not None
            returned = case.status == Status.CANCEL_PENDING and state.status == Status.SUBMITTED
            self._keep_request(session, case.id, portout, event_details, returned)
            self.orders.keep_support_key(session, case.id, portout.details.get("support_key", ""))
            if not answered_here:
                self._turn(case, state.status, portout, report)
                self._canceled(session, case, portout, report)
            return self.orders.apply_state(session, case, state, report)
        new, history = _case(portout, state.status), state.status in FINISHED
        doubted = new.foc_date if new.foc_date and not self.orders.dates.plausible(
            new.foc_date, history) else None
        created = self.store.cases.create(replace(new, foc_date=None) if doubted else new,
                                          self.orders.actor, session)
        assert created.id is not None
        if doubted:  # told on the new case's timeline, the case made without it
            self.orders.dates.believable(session, created, "foc_date", doubted, report,
                                         history=history)
        self._keep_request(session, created.id, portout, event_details)
        self.orders.keep_support_key(session, created.id, portout.details.get("support_key", ""))
        report.cases_updated += 1
        numbers = ", ".join(format_display(n) for n in portout.numbers)  # as shown everywhere
        if state.status == Status.FOC_CONFIRMED and not answered_here:
            foc = state.foc_date
            report.notices.append(Notice(
                "portout_authorized", created.id, created.reference,
                f"{created.reference}: the platform authorized a port-out of {numbers} to "
                f"{portout.carrier_name or 'another carrier'} that was never answered here "
                "(this queue first sees it now; the platform authorizes a request nobody "
                "answers within 24-48 hours, or it was answered on its portal); the numbers "
                "leave" + (f" from {foc.isoformat()}" if foc else " on the FOC date")))
        if state.status == Status.PORTED and not answered_here and \
                self.repo.get_json(PORTOUT_CURSOR, session):
            # news, not history: this queue was syncing when the request came (the first
            # pull meets settled requests quietly), yet nobody here saw it until it ported
            report.notices.append(Notice(
                "portout_authorized", created.id, created.reference,
                ported_unseen_words(created.reference, numbers, portout, self.zone)))
        if portout.awaiting_answer:
            report.notices.append(Notice(
                "portout_waiting", created.id, created.reference,
                f"{created.reference}: {portout.carrier_name or 'a carrier'} asks to port out "
                f"{numbers}; authorize or reject it{_deadline(portout.received_at, self.zone)}"
                + leave_words(portout.carrier_name, state.foc_date.isoformat()
                              if state.foc_date else "")))
        return created

    def _turn(self, case: PortCase, status: Status | None, portout: PortoutRequest,
              report: SyncReport) -> None:
        """A turn of the request this desk did not make: said once, as the platform gave it."""
        assert case.id is not None
        ref = case.reference
        if case.status == Status.SUBMITTED and status == Status.FOC_CONFIRMED:
            foc = portout.state.foc_date
            report.notices.append(Notice(
                "portout_authorized", case.id, ref,
                f"{ref}: the platform authorized the port-out; no answer was sent from PortDesk "
                "(it authorizes a request nobody answers within 24-48 hours, or it was answered "
                "on its portal); the numbers leave"
                + (f" from {foc.isoformat()}" if foc else " on the FOC date")))
        elif case.status == Status.CANCEL_PENDING and status == Status.SUBMITTED:
            said = f" ({portout.reason})" if portout.reason else ""
            report.notices.append(Notice(
                "portout_returned", case.id, ref,
                f"{ref}: the platform's porting team did not accept the rejection{said} and "
                "sent the port-out request back: authorize or reject it again"))

    def _canceled(self, session: Session, case: PortCase, portout: PortoutRequest,
                  report: SyncReport) -> None:
        """The request withdrawn on the platform: `canceled`, "canceled by the gaining carrier
        or Telnyx" (port-out guide). The description names no cancel reason (`reason` is the
        account's own rejection reason) and no field saying who, so neither is guessed: the
        notice and the timeline say so, with the platform's moment (`updated_at`) and zone.
        Told once: when this case's platform status turns to a cancellation."""
        assert case.id is not None
        if not is_cancellation(portout.state.platform_status) or \
                is_cancellation(case.platform_status) or case.status in FINISHED:
            return
        was = case.platform_status or ""
        when = portout.changed_at
        at = f" at {when.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if when else ""
        numbers = ", ".join(format_display(n) for n in portout.numbers)
        effect = {Status.SUBMITTED: "no answer is needed any more",
                  Status.FOC_CONFIRMED: "the authorized port will not happen",
                  Status.CANCEL_PENDING: "the rejection under review is moot"}.get(
                      case.status, "")
        report.notices.append(Notice(
            "portout_canceled", case.id, case.reference,
            f"{case.reference}: the port-out of {numbers} to "
            f"{portout.carrier_name or 'another carrier'} was canceled on the platform{at} "
            "(by the gaining carrier or the platform; it gives no reason); the numbers stay"
            + (f"; {effect}" if effect else "")))
        audit.append(session, actor=self.orders.actor, action="portout.canceled", changes={
            "at": when.isoformat() if when else None, "was": was,
            "carrier": portout.carrier_name, "effect": effect},
            case_id=case.id, case_reference=case.reference)

    def _keep_request(self, session: Session, case_id: int, portout: PortoutRequest,
                      details: dict[str, str] | None, returned: bool = False) -> None:
        key = request_key(case_id)
        old = self.repo.get_json(key, session) or {}
        kept: dict[str, Any] = {**old, **portout.details}
        received = portout.received_at or (_moment(old["received_at"])
                                            if old.get("received_at") else None)
        kept["received_at"] = received.isoformat() if received else None  # the platform's only
        kept.setdefault("first_seen_at", self.clock().isoformat())
        if returned:
            kept["returned_at"] = self.clock().isoformat()
        elif not portout.awaiting_answer:
            kept.pop("returned_at", None)
        kept["rejection_code"] = portout.rejection_code
        kept["reason"] = portout.reason
        for name, value in (details or {}).items():
            kept[name] = self.store.box.encrypt(value) if name == "attempted_pin" else value
        if kept != old:
            self.repo.put_json(key, kept, session)

    def apply_news(self, news: PortoutNews, report: SyncReport) -> None:
        """Comments from either log and FOC changes from the port-out log, onto the cases
        (made by now)."""
        if not news.comments and not news.focs:
            return
        with self.store.transaction() as session:
            for event in news.comments:
                self._comment(session, event, report)
            for event in newest_focs(news.focs, news.read):
                self._foc(session, event, report)

    def _case_of(self, session: Session, event: FeedEvent,
                 report: SyncReport) -> PortCase | None:
        if event.kind == EventKind.ORDER_COMMENT:
            order_id = event.order_ids[0] if event.order_ids else ""
            case = self.repo.case_by_order(session, order_id) if order_id else None
            if case is None:
                report.skip("event", event.id, event.name,
                            f"porting order {order_id or '(none named)'} is not in this queue")
            return case
        case = self.repo.case_by_order(session, event.portout_id or "")
        if case is None:
            report.skip("event", event.id, event.name,
                        f"port-out {event.portout_id} is not on the platform's list")
        return case

    def _comment(self, session: Session, event: FeedEvent, report: SyncReport) -> None:
        case = self._case_of(session, event, report)
        body = event.comment
        if case is None or case.id is None:
            return
        if not body.strip():
            report.skip("event", event.id, event.name, "a comment without text")
            return
        marker = event.comment_id or event.id
        if self.store.comments.has_platform_comment(marker) or self._ours(case.id, event):
            return
        self.store.comments.add(case.id, _author(event), body, source="platform",
                                platform_comment_id=marker, at=event.created_at,
                                session=session)
        on_what = "port-in order" if event.kind == EventKind.ORDER_COMMENT else "port-out"
        kind = "order_comment" if event.kind == EventKind.ORDER_COMMENT else "portout_comment"
        report.notices.append(Notice(kind, case.id, case.reference,
                                     f"{case.reference}: new comment on the {on_what}: "
                                     f"{body.strip()[:120]}"))

    def _ours(self, case_id: int, event: FeedEvent) -> bool:
        """A comment this account wrote that the case already holds (sent from here). A
        port-out comment's event names no author kind, so its text alone decides."""
        if event.author != "user" and event.kind != EventKind.PORTOUT_COMMENT:
            return False
        body = event.comment.strip()
        return any(c.body == body for c in self.store.comments.for_case(case_id))

    def _foc(self, session: Session, event: FeedEvent, report: SyncReport) -> None:
        case = self._case_of(session, event, report)
        foc = event.foc_date  # None when missing or unreadable: reported, not applied
        if case is None or case.id is None:
            return
        if foc is None:
            report.skip("event", event.id, event.name, "no readable foc_date")
            return
        self.orders.dates.read_again(session, case)  # a new FOC, read on the desk's clock
        if case.foc_date != foc and self.orders.dates.believable(
                session, case, "foc_date", foc, report):
            self.repo.set_case_values(case.id, session, foc_date=foc)
            audit.append(session, actor=self.orders.actor, action="case.platform_edit",
                         changes={"foc_date": {"old": case.foc_date, "new": foc}},
                         case_id=case.id, case_reference=case.reference)
            report.cases_updated += 1
            report.notices.append(Notice(
                "portout_foc", case.id, case.reference,
                f"{case.reference}: the gaining carrier moved the port-out FOC to "
                f"{foc.isoformat()} (it may port up to {FOC_GRACE_DAYS} days later)"))


def newest_focs(events: list[FeedEvent], read: set[str]) -> list[FeedEvent]:
    """The FOC events worth applying: none for a port-out whose record this round read and
    applied (it was read after the events were written: its FOC is the current one), else the
    newest per port-out (by its time; equal or unknown times: the one listed last). The log's
    order is no guide (the description names none): applied in the order listed, a log listed
    newest first set the case back to an FOC already moved away from."""
    newest: dict[str, FeedEvent] = {}
    for event in events:
        key = event.portout_id or ""
        if key in read:
            continue
        kept = newest.get(key)
        if kept is None or kept.created_at is None or event.created_at is None or \
                event.created_at >= kept.created_at:
            newest[key] = event
    return list(newest.values())


def is_cancellation(platform_status: str | None) -> bool:
    """A port-out status saying the request was withdrawn (either spelling)."""
    return (platform_status or "").strip().lower() in ("canceled", "cancelled")


def _case(portout: PortoutRequest, status: Status | None) -> PortCase:
    sent = portout.details
    address = Address(line1=sent.get("service_address", ""), city=sent.get("city", ""),
                      state=sent.get("state", "")[:2], postal_code=sent.get("zip", ""))
    pon = sent.get("pon")
    notes = f"Port-out request from {portout.carrier_name or 'another carrier'}"
    notes += f" (PON {pon})." if pon else "."
    return PortCase(
        account_name=portout.end_user_name or "(name not given)",
        numbers=tuple(case_number(n) for n in portout.numbers), kind=CaseKind.PORT_OUT,
        status=status or Status.SUBMITTED, platform_status=portout.state.platform_status,
        authorized_name=sent.get("authorized_name", ""), service_address=address,
        foc_date=portout.state.foc_date,
        platform_order_id=portout.id, platform_refs=(portout.id,), notes=notes,
        exception_detail=portout.reason, sync_state="synced")


def ported_unseen_words(reference: str, numbers: str, portout: PortoutRequest,
                        zone: tzinfo | None) -> str:
    """A request this queue never saw until its numbers had left: what happened, who decided
    (nobody here: the platform, by its 24-48 hour rule, or someone on its portal; the platform
    does not say which) and what a person does now."""
    came = f" (it arrived {_stamp(portout.received_at.astimezone(zone))})" \
        if portout.received_at else ""
    foc = portout.state.foc_date
    return (f"{reference}: {numbers} ported out to {portout.carrier_name or 'another carrier'}"
            f"{' on ' + foc.isoformat() if foc else ''} on a request never answered here{came}: "
            "the platform authorized it (it does so for a request nobody answers within 24-48 "
            "hours, or it was answered on its portal). Check with the customer that they asked "
            "for the move; if not, contact the platform's support at once")


def leave_words(carrier: str, foc: str) -> str:
    """What the deadline means (the port-out guide: unanswered, it "is automatically authorized
    and will proceed on the requested FOC (Firm Order Commitment) date")."""
    when = f"on the FOC date {foc}" if foc else "on the FOC date the gaining carrier asked for"
    return (f"; unanswered, it is authorized and the numbers leave for "
            f"{carrier or 'the gaining carrier'} {when}")


def _deadline(received: datetime | None, zone: tzinfo | None) -> str:
    """The platform's window in the desk's porting zone (None: this workstation's), named."""
    if received is None:
        return " now: the platform did not say when it arrived"
    start, end = (received.astimezone(zone) + span for span in (EARLIEST, LATEST))
    return (f" before {_stamp(start)} (from then the platform may authorize it by "
            f"itself; surely by {_stamp(end)})")


def _stamp(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} {moment.tzname() or moment.strftime('%z')}"


def _moment(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _author(event: FeedEvent) -> str:
    """Who the timeline names: the platform's support or system, or a user of the account."""
    return {"admin": "platform support", "system": "platform",
            "user": "platform user"}.get(event.author, "platform")
