"""Push: the outbox to the platform, case by case, each case's intents in the order they were made.

Several desks may push one shared queue: each claims a whole case (a lease, store/leases) before
sending anything for it, so an intent goes out from one desk only and a case's intents keep
their order; a desk that dies mid-push is taken over once its lease runs out.

Every intent is safe to send again after a crash or a lost answer: creates are found by the case
reference before they are made; confirm and cancel refused as "already done" are checked against
the order; a comment already on the platform as often as PortDesk has sent it is not sent again;
an upload at worst leaves an unlinked copy; a port-out already answered is not answered twice.
An update first reads the order: draft fields changed there too are merged, and a field both sides
changed holds the case as a conflict instead of overwriting the platform.
A case whose item fails keeps its later items for the next round; failures that every request
would hit (platform unreachable, key refused, answers unreadable) end the round at once.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TypeVar

from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.lifecycle import Status
from portdesk.domain.sync_trouble import masked, platform_reason
from portdesk.platform.errors import MalformedResponse, NotFound, PlatformError, RequestRejected
from portdesk.platform.port import Order, PortingPlatform
from portdesk.services import sync_additional
from portdesk.services.sync_apply import OrderApplier
from portdesk.services.sync_portouts import PortoutApplier
from portdesk.services.sync_refs import platform_reference
from portdesk.services.sync_report import SyncReport, stops_the_round
from portdesk.services.sync_steps import PortInSteps
from portdesk.store import audit
from portdesk.store.documents import Document
from portdesk.store.leases import (
    Clock,
    Keeper,
    LeaseBook,
    LeaseLost,
    case_lease,
    system_clock,
)
from portdesk.store.store import Store
from portdesk.store.sync_repo import OutboxItem, SyncRepository

UPLOAD_SLOTS = ("loa", "invoice")
Linked = TypeVar("Linked")
log = logging.getLogger("portdesk.sync")
# what a port-out request becomes once answered: authorized (cleared for its FOC), or refused
ANSWERED = {True: Status.FOC_CONFIRMED, False: Status.CANCEL_PENDING}


class Held(Exception):
    """The case waits for a person (a conflict was flagged); its later items wait too."""


class Pusher:
    def __init__(self, store: Store, client: PortingPlatform, repo: SyncRepository,
                 applier: OrderApplier, portouts: PortoutApplier, leases: LeaseBook,
                 answered: Callable[[], bool] = lambda: True,
                 clock: Clock = system_clock) -> None:
        self._answered = answered
        self._clock = clock  # the upload journal's start (the sync's clock, set by tests)
        self.leases = leases
        self.steps = PortInSteps(store, client, repo)
        self.store = store
        self.client = client
        self.repo = repo
        self.applier = applier
        self.portouts = portouts
        self.keeper = applier.keeper
        self._handlers: dict[str, Callable[[OutboxItem, PortCase, SyncReport], None]] = {
            "create": self._create, "update": self._update, "confirm": self._confirm,
            "cancel": self._cancel, "comment": self._comment, "upload": self._upload,
            "portout": self._portout,
            **{intent: partial(push, self) for intent, push in sync_additional.INTENTS.items()},
        }

    def push(self, report: SyncReport) -> None:
        """Claim a case, send its intents in order, let it go; until no case is left to claim.

        A case another desk holds is left to that desk; one whose holder stopped renewing its
        lease (killed mid-push) is taken over and resumed from its first item not marked done."""
        after = 0
        while (claim := self.leases.claim_case(after)) is not None:
            after = max(after, claim.first_item)  # a takeover may be behind the walk
            if claim.taken_from:
                report.taken_over += 1
                log.info("case %d taken over from desk %s (its lease ran out)", claim.case_id,
                         claim.taken_from)
            keeper = Keeper.start(self.leases, case_lease(claim.case_id))
            self.client.guard = keeper.guard
            try:
                self._push_case(claim.case_id, report)
            except LeaseLost as exc:
                log.warning("%s", exc)
                report.errors.append(str(exc))
            finally:
                self.client.guard = None
                self.leases.release(keeper.name)

    def _push_case(self, case_id: int, report: SyncReport) -> None:
        """The case's pending intents in the order they were made, until one fails or waits."""
        last = 0
        while (item := self.repo.next_pending(case_id, last)) is not None:
            last = item.id
            try:
                self._push_one(item, report)
            except Held:
                return
            except (RequestRejected, NotFound) as exc:  # never accepted as it is
                self._failed(item, exc, report, final=True)
                return
            except PlatformError as exc:
                self._failed(item, exc, report, final=False)
                if stops_the_round(exc, self._answered()):
                    raise
                return

    def _failed(self, item: OutboxItem, exc: PlatformError, report: SyncReport,
                final: bool) -> None:
        """Kept with the item and told for its case: `sync` printed the platform's sentence
        without the case it was about (walked: "the platform refused POST /porting_orders/
        ef9c.../actions/confirm: ..." and nothing else to find the case by)."""
        case = self.store.cases.get(item.case_id)
        said = masked(str(exc), case)
        self.repo.mark_failed(item.id, said, final=final, outcome=exc.outcome())
        report.failed += 1
        report.errors.append(f"{case.reference}: {said}")
        if final:
            report.refused.append(f"{case.reference}: {platform_reason(said)}")

    def _push_one(self, item: OutboxItem, report: SyncReport) -> None:
        case = self.store.cases.get(item.case_id)
        handler = self._handlers.get(item.intent)
        if handler is None:
            raise RequestRejected(f"PortDesk does not know how to send '{item.intent}'", 0, [])
        handler(item, case, report)
        report.pushed += 1

    def _done(self, item: OutboxItem, order: Order, report: SyncReport,
              new_base: bool = False) -> None:
        """The platform's answer onto the case and the item done, in one transaction."""
        with self.store.transaction() as session:
            case = self.repo.case_by_id(session, item.case_id)
            assert case is not None
            if new_base:  # what was just written is the common ground from now on
                old = self.keeper.load_base(session, item.case_id)
                self.keeper.save_base(session, item.case_id, order.draft, old)
            self.applier.apply_state(session, case, order.state, report, order)
            self.repo.mark_done(item.id, session=session)

    def reference(self, case: PortCase) -> str:
        """What the platform sees as the case's customer_reference (unique to this database)."""
        return platform_reference(case.reference, self.applier.database_id)

    def order_id_of(self, case: PortCase) -> str:
        return self._order_id(case)

    def upload_and_link(self, document: Document, case: PortCase,
                        link: Callable[[str], Linked]) -> Linked:
        """Upload `document` once (kept across rounds by its platform id), then `link(id)`:
        the one way every document reaches an order (the LOA and bill slots, an additional
        document), so a retry rule cannot drift between them.

        "Uploaded files must be linked to a service within 30 minutes or they will be
        automatically deleted" (the description's POST /documents). A link refused when the
        copy uploaded in an earlier round is gone from the platform is that deletion: upload
        again and link the new copy. The description answers such a link with 422 (PATCH of
        an order lists no 404) or 404 "Resource not found" (POST additional_documents), so
        both are read so; a refusal while the copy is still there is the platform's answer
        to the link itself and is raised as it came.
        """
        platform_id = document.platform_document_id or self._upload_once(document, case)
        try:
            return link(platform_id)
        except (RequestRejected, NotFound):
            if not document.platform_document_id or self._still_there(document, case):
                raise
        log.info("%s: the platform deleted document %s before it was linked; uploading it "
                 "again", case.reference, platform_id)
        self.store.documents.set_platform_id(document.id, None)
        return link(self._upload_once(document, case))

    def _order_id(self, case: PortCase) -> str:
        if case.platform_order_id:
            return case.platform_order_id
        found = self.client.orders_for(self.reference(case))
        if not found:
            raise RequestRejected(f"{case.reference} has no platform order yet", 0, [])
        return found[0].id

    # intents
    def _create(self, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
        blocked = self.steps.not_portable(case)
        if blocked:
            raise RequestRejected(f"{case.reference}: not portable: {'; '.join(blocked)}; "
                                  "remove or split those numbers, then submit again", 0, [])
        orders = self.client.create_order(case.number_e164s, self.reference(case),
                                          account_number=case.account_number)
        mine = set(case.number_e164s)
        primary = next((o for o in orders if o.id == case.platform_order_id), None) or next(
            (o for o in orders if mine & o.numbers), orders[0])
        with self.store.transaction() as session:
            refs = list(dict.fromkeys([*case.platform_refs, *(o.id for o in orders)]))
            self.repo.set_case_values(item.case_id, session, platform_order_id=primary.id,
                                      platform_refs=refs)
            fresh = self.repo.case_by_id(session, item.case_id)
            assert fresh is not None
            self.applier.apply_state(session, fresh, primary.state, report, primary)
            for other in orders:
                if other.id != primary.id:
                    self.applier.apply(session, other, report, clone_after=item.id)
            self.repo.mark_done(item.id, session=session)

    def _update(self, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
        order_id = self._order_id(case)
        current = self.client.order(order_id)
        with self.store.transaction() as session:
            fresh = self.repo.case_by_id(session, item.case_id)
            assert fresh is not None
            fresh, conflicts = self.keeper.merge(session, fresh, current.draft, current.id,
                                                 report)
        if conflicts:
            report.conflicts += 1
            raise Held
        moment, day = self.steps.foc_request(
            fresh, order_id, report, lambda day: self._believable(fresh, day, report))
        order = self.client.update_order(order_id, fresh, moment,
                                         texts=current.messaging_capable is not False)
        if day is not None and day != fresh.requested_date:
            with self.store.transaction() as session:  # audited with both dates, like an edit
                self.repo.set_case_values(item.case_id, session, requested_date=day)
                audit.append(session, actor=self.applier.actor, action="case.foc_window",
                             changes={"requested_date": {"old": fresh.requested_date,
                                                         "new": day}},
                             case_id=item.case_id, case_reference=fresh.reference)
        self._done(item, order, report, True)

    def _believable(self, case: PortCase, window_day: date, report: SyncReport) -> bool:
        """Whether the allowed FOC date the requested date would move to is believable here."""
        with self.store.transaction() as session:
            return self.applier.dates.believable(session, case, "foc_window", window_day, report)

    def _confirm(self, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
        order_id = self._order_id(case)
        current = self.client.order(order_id)
        if current.editable:
            self.steps.satisfy(case, order_id, report)
            if current.needs_kept_numbers:
                self.steps.associated_numbers(case, order_id, report)
            if current.asks_verification_codes:
                # sent all the same: the platform judges whether every number is verified
                report.errors.append(
                    f"{case.reference}: the platform asks phone number verification codes for "
                    "this order: send them to the customer's numbers and type back the codes "
                    "the customer reads out (Case > Platform steps > Verification codes, or "
                    f"`portdesk case codes {case.reference}`), then send the case again")
            for step in current.steps_elsewhere:
                # sent all the same: the platform judges whether the step is done
                report.errors.append(
                    f"{case.reference}: the platform asks for an additional step PortDesk "
                    f"does not do: {step}; do it on the platform for this order, then "
                    "send the case again")
        self._done(item, self.client.confirm_order(order_id), report)

    def _cancel(self, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
        self._done(item, self.client.cancel_order(self._order_id(case)), report)

    def _comment(self, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
        order_id = self._order_id(case)
        done = [other for other, state, _ in self.repo.items_for_case(item.case_id)
                if other.intent == "comment" and state == "done"]
        bodies = self.store.comments.bodies([_comment_id(i) for i in (item, *done)])
        body = _comment_body(item, bodies)
        if not body:
            raise RequestRejected(f"{case.reference}: the comment to send is gone", 0, [])
        portout = case.kind == CaseKind.PORT_OUT  # its comments live on the port-out
        listed = (self.client.portout_comments if portout else self.client.comments)(order_id)
        there = sum(c.body == body for c in listed)
        sent = sum(1 for other in done if _comment_body(other, bodies) == body)
        if there <= sent:  # not there yet as often as PortDesk has sent it
            (self.client.add_portout_comment if portout else self.client.add_comment)(
                order_id, body, already=there)
        self.repo.mark_done(item.id)

    def _upload(self, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
        slot = str(item.payload.get("slot", "loa"))
        document_id = int(item.payload.get("document_id", 0))
        owners = [item.case_id] + ([case.parent_id] if case.parent_id else [])  # split: parent's
        document = next((d for owner in owners for d in self.store.documents.for_case(owner)
                         if d.id == document_id), None)
        if slot not in UPLOAD_SLOTS or document is None:
            raise RequestRejected(f"{case.reference}: the document to upload is gone", 0, [])
        order = self.upload_and_link(document, case, lambda platform_id: (
            self.client.attach_documents(self._order_id(case), **{slot: platform_id})))
        self._done(item, order, report)

    def _still_there(self, document: Document, case: PortCase) -> bool:
        tag = f"{self.reference(case)}/doc{document.id}"
        return document.platform_document_id in {
            d.id for d in self.client.documents_by_reference(tag)}

    def _upload_once(self, document: Document, case: PortCase) -> str:
        """Upload a document exactly once, even across a crash between sending and recording.

        The upload is journaled (with its own customer_reference) before it is sent; an entry
        found on the next round means a crash came in between, so the platform is asked for
        what it got under that reference: one copy is adopted, extra copies deleted, and only
        when there is none is it sent again. No PIN-bearing LOA is left unlinked there.
        """
        key = f"upload.{document.id}"
        tag = f"{self.reference(case)}/doc{document.id}"
        content = self.store.documents.content(document.id)
        digest = hashlib.sha256(content).hexdigest()
        if self.repo.get_json(key):
            found = self.client.documents_by_reference(tag)
            whole = [d for d in found if _same(d.sha256, digest)]
            for extra in [d for d in found if d is not (whole[0] if whole else None)]:
                self.client.delete_document(extra.id)
            if whole:
                return self._uploaded(document, key, whole[0].id)
        self.repo.put_json(key, {"tag": tag, "started_at": self._clock().isoformat()})
        uploaded = self.client.upload_document(document.filename, content, document.media_type,
                                               tag)
        if not _same(uploaded.sha256, digest):
            # the description gives the copy's SHA-256 "for optional verification": a copy that
            # differs from the desk's (cut or altered on the way) is never linked to an order
            self.client.delete_document(uploaded.id)
            self.repo.put_json(key, None)
            raise MalformedResponse(
                f"{case.reference}: the platform's copy of {document.filename} is not the "
                f"document on the desk (SHA-256 {uploaded.sha256[:12]}... instead of "
                f"{digest[:12]}...): it was deleted there and is sent again next round")
        return self._uploaded(document, key, uploaded.id)

    def _uploaded(self, document: Document, key: str, platform_id: str) -> str:
        self.store.documents.set_platform_id(document.id, platform_id)
        self.repo.put_json(key, None)
        return platform_id

    def _portout(self, item: OutboxItem, case: PortCase, report: SyncReport) -> None:
        if not case.platform_order_id:
            raise RequestRejected(f"{case.reference} is not a platform port-out request", 0, [])
        authorize = bool(item.payload.get("authorize"))
        current = self.client.portout_request(case.platform_order_id)
        note = ""
        if current.awaiting_answer:
            code = item.payload.get("code")
            current = self.client.answer_portout_request(
                case.platform_order_id, authorize, str(item.payload.get("reason") or ""),
                code if isinstance(code, int) else None,
                host_messaging=item.payload.get("host_messaging") is True)
        elif current.state.status != ANSWERED[authorize]:
            note = (f"the port-out was already {current.state.platform_status} when your answer "
                    "was sent")
            report.errors.append(f"{case.reference}: {note}")
        with self.store.transaction() as session:
            self.portouts.apply(session, current, report, answered_here=True)
            self.repo.mark_done(item.id, {"sync_error": note}, session=session)


def _same(platform_sha256: str, digest: str) -> bool:
    """The platform's copy is the desk's document; a platform that gives no hash is believed
    (the description makes `sha256` optional)."""
    return not platform_sha256 or platform_sha256.lower() == digest


def _comment_id(item: OutboxItem) -> int:
    return int(item.payload.get("comment_id") or 0)


def _comment_body(item: OutboxItem, bodies: dict[int, str]) -> str:
    """The comment's text, read from the sealed comment (the outbox names it only; 0008)."""
    return bodies.get(_comment_id(item), "")
