"""Use cases that change a case here and tell the platform, in one transaction.

Each writes the local change, its audit entry and its outbox intent together, so a crash leaves
both or neither, and the sync engine delivers the intent later, however long PortDesk is offline.
Dedupe keys carry the case version: pressing Submit twice on the same version sends it once, and
a resubmission after an exception (edit, then submit again) is a new intent. The GUI and the CLI
call these; none of them talks to the network.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.draft_fields import DRAFT_FIELDS, LABELS, case_values
from portdesk.domain.errors import NotFound, PortDeskError
from portdesk.domain.kind_fields import has_carrier, status_label
from portdesk.domain.lifecycle import EDITABLE as lifecycle_editable
from portdesk.domain.lifecycle import RELEASED, Status
from portdesk.store import audit
from portdesk.store.cases import stale
from portdesk.store.documents import Document
from portdesk.store.store import Store
from portdesk.store.sync_repo import SUBMIT_WITHDRAWN, SyncRepository
from portdesk.store.unit import Session

if TYPE_CHECKING:
    from portdesk.platform.port import RejectionCode

EDITABLE = lifecycle_editable  # one rule with readiness (domain.lifecycle)
LOA_KINDS = ("loa_signed", "loa_wet_signed", "loa")
SLOT_OF_KIND = {"loa_signed": "loa", "loa_wet_signed": "loa", "loa": "loa", "bill": "invoice"}
SENT_ON_FILING = ("loa_signed", "loa_wet_signed", "bill")  # evidence the platform wants at once
SIGNED_LOAS = ("loa_signed", "loa_wet_signed")


class SubmittedFieldsLocked(PortDeskError):
    """An edit of fields the platform reads as final once the case is submitted."""


def _load(store: Store, session: Session, case_id: int) -> tuple[SyncRepository, PortCase]:
    repo = store.outbox
    case = repo.case_by_id(session, case_id)
    if case is None:
        raise NotFound(f"case {case_id} does not exist")
    return repo, case


def _on_platform(repo: SyncRepository, session: Session, case: PortCase) -> bool:
    assert case.id is not None
    return bool(case.platform_order_id) or repo.has_intent(session, case.id, "create")


def on_platform(store: Store, case: PortCase) -> bool:
    """The platform has the order, or a create for it waits in the outbox."""
    with store.reading() as session:
        return _on_platform(store.outbox, session, case)


def no_order_words(case: PortCase, what: str) -> str:
    """Why a case has no platform order, truthfully, for a step that needs one (`what`: what
    goes to the order). A case not yet sent is told to submit; a case whose status was moved
    past that on this desk (a sample case, or one tracked by hand) has nothing to submit, and
    "submit it first" was untrue for an "At carrier" case: it is told where it stands."""
    if case.status in (Status.CANCELLED, Status.EXPIRED):  # ended here before it ever went
        return (f"{case.reference} was never sent to the platform (it was "
                f"{status_label(case.kind, case.status.value).lower()} before that): it has no "
                f"platform order; {what}")
    if case.status in (Status.DRAFT, Status.AWAITING_SIGNATURE):
        return f"{case.reference} is not on the platform yet: submit it first; {what}"
    label = status_label(case.kind, case.status.value)
    return (f"{case.reference} has no platform order: its status '{label}' was set on this "
            f"desk, not by the platform (a sample or hand-tracked case); {what}")


def require_order(store: Store, case: PortCase, what: str) -> str:
    """The case's platform order id, or a refusal saying truthfully why there is none: its
    create waits for a sync (pending only), the platform refused it (a failed, withdrawn or
    superseded create waits for nothing), it is not sent yet, or its status was set here."""
    if case.platform_order_id:
        return case.platform_order_id
    assert case.id is not None
    creates = [state for item, state, _error in store.outbox.items_for_case(case.id)
               if item.intent == "create"]
    if "pending" in creates:
        raise PortDeskError(f"{case.reference} has no platform order yet: its submission waits "
                            f"for the next sync; {what}")
    if creates:  # failed, withdrawn or superseded: nothing waits, the platform has no order
        raise PortDeskError(f"{case.reference} has no platform order: the platform refused its "
                            "submission (the case shows why); fix the case and send it again "
                            f"(`portdesk sync --retry {case.reference}`); {what}")
    raise PortDeskError(no_order_words(case, what))


def submit_waiting(store: Store, case: PortCase) -> bool:
    """A submit waits in the outbox: the case still reads "draft" here, but what it holds now
    is what goes to the carrier with it. Not when the platform refused what went before it
    (sync failed): the specialist fixes the case, and the submit is withdrawn (`send_edit`)."""
    if case.id is None or case.sync_state == "failed":
        return False
    with store.reading() as session:
        return store.outbox.has_pending_intent(session, case.id, "confirm")


WITHDRAWN = SUBMIT_WITHDRAWN


def locked_by_submit(reference: str, fields: list[str]) -> str:
    """What to tell a specialist whose edit of a submitted case is refused (desk and CLI)."""
    names = ", ".join(LABELS.get(f, f) for f in fields)
    return (f"{reference} is submitted (waiting to be sent): the platform takes no change to "
            f"{names} once it has the request, and the signed LOA was checked against what is "
            "there now. To change it, cancel the case and submit it again with the new "
            "details (the platform offers no supplement to a submitted order); to tell the "
            "carrier something, add a comment. Nothing was saved.")


def send_edit(repo: SyncRepository, session: Session, before: PortCase,
              saved: PortCase, actor: str = "PortDesk") -> None:
    """An edit of a case the platform has goes to it (refused once the carrier has it, and
    while its submit waits to be sent: the outbox would send the edit with the submit, past
    the readiness gate and the signed LOA's binding)."""
    assert saved.id is not None
    old, new = case_values(before), case_values(saved)
    if old == new or not _on_platform(repo, session, saved):
        return
    if repo.has_pending_intent(session, saved.id, "confirm"):
        if before.sync_state != "failed":
            raise SubmittedFieldsLocked(locked_by_submit(
                saved.reference, [f for f in DRAFT_FIELDS if old[f] != new[f]]))
        # stuck behind a refusal: the fix is sent, the submit goes back through the gate
        repo.withdraw(session, saved.id, "confirm", WITHDRAWN)  # the update below re-queues
        audit.append(session, actor=actor, action="case.submit_withdrawn",
                     changes={"why": WITHDRAWN}, case_id=saved.id,
                     case_reference=saved.reference)
    if saved.status not in EDITABLE:
        raise PortDeskError(
            f"{saved.reference} is {_label(saved)}: {_holder(saved)} has the request, "
            "so its details cannot change now; wait for an exception or cancel it")
    repo.enqueue(session, saved.id, "update", f"update:{saved.id}:{saved.version}")


def _label(case: PortCase) -> str:
    """The status as the desk names it for the case's kind (kind_fields.status_label)."""
    return status_label(case.kind, case.status.value).lower()


def _holder(case: PortCase) -> str:
    """Who has a sent request: a carrier, or the platform on a kind without one (a transfer)."""
    return "the carrier" if has_carrier(case.kind) else "the platform"


def submit(store: Store, case_id: int, actor: str) -> PortCase:
    """Create the platform order (if needed), send the fields and documents, then confirm."""
    with store.transaction() as session:
        repo, case = _load(store, session, case_id)
        if case.kind != CaseKind.PORT_IN:
            raise PortDeskError(f"{case.reference} is a {case.kind.value} case; only port-ins "
                                "are submitted to the platform")
        if case.status not in EDITABLE:
            raise PortDeskError(f"{case.reference} is {_label(case)}: only a draft or an "
                                "exception can be submitted")
        if not case.numbers:
            raise PortDeskError(f"{case.reference} has no numbers to port")
        loa = store.documents.latest(case_id, *LOA_KINDS[:2]) or \
            store.documents.latest(case_id, *LOA_KINDS)
        if loa is None:
            raise PortDeskError(f"{case.reference} has no LOA: attach the signed LOA first")
        version = case.version
        repo.enqueue(session, case_id, "create", f"create:{case_id}")
        repo.enqueue(session, case_id, "update", f"update:{case_id}:{version}")
        for document in (loa, store.documents.latest(case_id, "bill")):
            if document is not None:
                _enqueue_upload(repo, session, case_id, document)
        repo.enqueue(session, case_id, "confirm", f"confirm:{case_id}:{version}")
        audit.append(session, actor=actor, action="case.submit_requested",
                     changes={"version": version, "loa": loa.filename}, case_id=case_id,
                     case_reference=case.reference)
    return store.cases.get(case_id)


def _enqueue_upload(repo: SyncRepository, session: Session, case_id: int,
                    document: Document) -> None:
    slot = SLOT_OF_KIND.get(document.kind)
    if slot is not None:
        repo.enqueue(session, case_id, "upload", f"upload:{document.id}:{slot}",
                     {"document_id": document.id, "slot": slot})


def update_draft(store: Store, edited: PortCase, actor: str) -> PortCase:
    """Save edits (optimistic: Conflict if someone saved first); send platform fields if changed."""
    if edited.id is None:
        raise NotFound("the case has not been saved yet")
    with store.transaction() as session:
        repo, before = _load(store, session, edited.id)
        send_edit(repo, session, before, store.cases.update(edited, actor, session), actor)
    return store.cases.get(edited.id)


def cancel(store: Store, case_id: int, reason: str, actor: str,
           expected_version: int | None = None) -> PortCase:
    """Cancel locally when the platform never saw the case, else ask the platform to cancel.
    `expected_version`: the version the person saw; another one is a Conflict, nothing done."""
    if not reason.strip():
        raise PortDeskError("a reason is required to cancel a case")
    with store.transaction() as session:
        repo, case = _load(store, session, case_id)
        if expected_version is not None and case.version != expected_version:
            raise stale(case, expected_version)
        if case.kind == CaseKind.PORT_OUT and case.platform_order_id:
            raise PortDeskError(  # the description lets the account authorize or reject only
                f"{case.reference} is a port-out request from the platform: it cannot be "
                "cancelled from here; reject it with a rejection code while it waits for an "
                "answer (`portdesk case portout REF --reject REASON --code N`)")
        if not _on_platform(repo, session, case):
            store.cases.change_status(case_id, Status.CANCELLED, actor, reason, session,
                                      expected_version=case.version)
        else:
            if case.status in (Status.PORTED, Status.CANCELLED, Status.EXPIRED):
                raise PortDeskError(f"{case.reference} is {_label(case)} already")
            repo.enqueue(session, case_id, "cancel", f"cancel:{case_id}:{case.version}")
            audit.append(session, actor=actor, action="case.cancel_requested",
                         changes={"reason": reason}, case_id=case_id,
                         case_reference=case.reference)
    return store.cases.get(case_id)


def comment(store: Store, case_id: int, body: str, actor: str) -> int:
    """A note on the case; sent to the platform order when there is one. Returns its id."""
    if not body.strip():
        raise PortDeskError("a comment cannot be empty")
    with store.transaction() as session:
        repo = store.outbox
        order_id, _state = _order_and_state(repo, session, case_id)
        added = store.comments.add(case_id, actor, body, session=session)
        if order_id or repo.has_intent(session, case_id, "create"):  # as _on_platform
            _send_comment(repo, session, case_id, added.id)
        return added.id


def _order_and_state(repo: SyncRepository, session: Session, case_id: int) -> tuple[str, str]:
    """A comment needs only these two of the case: it is not built (its numbers read, its PIN
    decrypted) for them, which cost `portdesk case comment` a third of its own work."""
    found = repo.order_and_sync_state(session, case_id)
    if found is None:
        raise NotFound(f"case {case_id} does not exist")
    return found


def comment_waits(store: Store, case_id: int) -> bool:
    """A comment of the case waits behind a change the platform refused: it goes after the
    refusal is settled (a fix saved, or Send again), and re-sends nothing by itself."""
    with store.reading() as session:
        repo = store.outbox
        _order, state = _order_and_state(repo, session, case_id)
        return state == "failed" and repo.has_pending_intent(session, case_id, "comment")


COMMENT_WAITS = ("kept here; it goes to the platform once the change it refused is settled "
                 "(fix and save, or Send again)")


def _send_comment(repo: SyncRepository, session: Session, case_id: int, comment_id: int) -> None:
    """The text stays in the sealed comment: the sync reads it from there to send it."""
    repo.enqueue(session, case_id, "comment", f"comment:{comment_id}",
                 {"comment_id": comment_id})


def split(store: Store, case_id: int, numbers: list[str], actor: str, reason: str) -> PortCase:
    """Move numbers into a new linked case; a platform order holding them is asked to let go.

    The published API cannot take numbers off an order (its PATCH carries no numbers, DELETE is
    for drafts only); the platform splits orders itself, and its support reads the order's
    comments. So the request goes there as a comment, in the same transaction as the split, and
    the new case waits (readiness says so) until the platform's own split order arrives and the
    sync links it to the new case instead of making another."""
    if not reason.strip():
        raise PortDeskError("say why these numbers are split off")
    with store.transaction() as session:
        repo, case = _load(store, session, case_id)
        child = store.cases.split(case_id, numbers, actor, reason.strip(), session)
        if case.platform_order_id and case.status not in RELEASED:
            body = (f"Please move {', '.join(n.e164 for n in child.numbers)} off this order "
                    f"into an order of their own (reason: {reason.strip()}). We track them here as "
                    f"{child.reference}.")
            added = store.comments.add(case_id, actor, body, session=session)
            _send_comment(repo, session, case_id, added.id)
        return child


def attach_document(store: Store, case_id: int, kind: str, filename: str, content: bytes,
                    actor: str, media_type: str = "application/pdf", *,
                    signed_at: datetime | None = None,
                    meta: dict[str, Any] | None = None) -> Document:
    """The one way a document is filed with a case (audited as `document.added`, with its hash).

    A signed LOA or a bill of a case the platform has (and that can still change) is uploaded
    too, in the same transaction; an unsigned form is kept here only. A signed LOA filed on a
    case that "Needs signature" has its signature: the case is a draft again in the same
    transaction (said in its history), not left waiting for what it holds."""
    with store.transaction() as session:
        repo, case = _load(store, session, case_id)
        from portdesk.domain.readiness import no_loa_here  # the readiness rules: not on every write

        if kind in LOA_KINDS and (why := no_loa_here(case)):
            raise PortDeskError(f"{why} Nothing was attached.")
        document = store.documents.add(case_id, kind, filename, content, actor,
                                       media_type=media_type, signed_at=signed_at, meta=meta,
                                       session=session)
        on_platform = _on_platform(repo, session, case)
        if kind in SENT_ON_FILING and on_platform and (
                case.status in EDITABLE or _replaces_refused(store, repo, case_id, kind)):
            _enqueue_upload(repo, session, case_id, document)
        if kind in SIGNED_LOAS and case.status == Status.AWAITING_SIGNATURE and not on_platform:
            store.cases.change_status(case_id, Status.DRAFT, actor,
                                      f"signed LOA filed ({filename})", session=session)
        return document


def _replaces_refused(store: Store, repo: SyncRepository, case_id: int, kind: str) -> bool:
    """A new LOA or bill filed after the platform denied (or found infected) the one it holds
    goes at once whatever the case's status: the platform is waiting for it
    (services.sync_documents)."""
    from portdesk.services.sync_documents import current_uploads, refused_upload

    slot = SLOT_OF_KIND.get(kind)
    return any(SLOT_OF_KIND.get(d.kind) == slot and d.platform_document_id
               and refused_upload(repo, d.platform_document_id)
               for d in current_uploads(store, case_id))


def upload_document(store: Store, case_id: int, document_id: int, actor: str) -> None:
    """Send a stored LOA or bill to the platform and link it to the case's order."""
    with store.transaction() as session:
        repo, case = _load(store, session, case_id)
        document = next((d for d in store.documents.for_case(case_id) if d.id == document_id),
                        None)
        if document is None or document.kind not in SLOT_OF_KIND:
            raise PortDeskError(f"{case.reference} has no LOA or bill with id {document_id}")
        if not _on_platform(repo, session, case):
            raise PortDeskError(f"{case.reference} is not on the platform yet: submit it first")
        _enqueue_upload(repo, session, case_id, document)
        audit.append(session, actor=actor, action="document.upload_requested",
                     changes={"document": document.filename}, case_id=case_id,
                     case_reference=case.reference)


def decide_portout(store: Store, case_id: int, authorize: bool, reason: str,
                   actor: str, rejection: RejectionCode | None = None,
                   host_messaging: bool = False) -> PortCase:
    """Authorize a port-out request, or reject it with a rejection code (one the platform lists
    as eligible for this request, as it listed it) and a reason, which a code the platform
    marks `reason_required` cannot go without (the desk's screen and the command line alike).
    The code's description is kept in the audit entry so the timeline says the code in words
    later (the list is read from the platform only). An authorization carries the texts
    decision (`host_messaging`, domain.portout_texts; the platform's default false unless the
    specialist keeps them), sent with it and kept in the audit entry."""
    with store.transaction() as session:
        repo, case = _load(store, session, case_id)
        if case.kind != CaseKind.PORT_OUT or not case.platform_order_id:
            raise PortDeskError(f"{case.reference} is not a port-out request from the platform")
        if not case.awaits_portout_answer:
            raise PortDeskError(f"{case.reference} was already answered "
                                f"({case.platform_status})")
        if not authorize and rejection is None:
            raise PortDeskError("a rejection code is required to reject a port-out request: "
                                "pick one of the codes the platform lists for it")
        if not authorize and rejection is not None and rejection.reason_required \
                and not reason.strip():
            raise PortDeskError(f"a reason is required with rejection code {rejection.code} "
                                f"({rejection.description}): the platform asks for one with "
                                "it; give the reason and reject again")
        code = None if authorize or rejection is None else rejection.code
        texts = {"host_messaging": host_messaging} if authorize else {}
        repo.enqueue(session, case_id, "portout",
                     f"portout:{case_id}:{case.platform_order_id}:{case.version}",
                     {"authorize": authorize, "reason": reason.strip(), "code": code, **texts})
        words = "" if authorize or rejection is None else rejection.description.strip()
        said = {"code_words": words, **texts} if words else dict(texts)
        audit.append(session, actor=actor, action="portout.decided",
                     changes={"authorize": authorize, "reason": reason.strip(),
                              "code": code, **said},
                     case_id=case_id, case_reference=case.reference)
    return store.cases.get(case_id)


def retry_failed(store: Store, case_id: int, actor: str) -> int:
    """After fixing what the platform refused: send the case's failed intents again."""
    with store.transaction() as session:
        repo, case = _load(store, session, case_id)
        count = repo.retry_failed(session, case_id)
        audit.append(session, actor=actor, action="sync.retry", changes={"items": count},
                     case_id=case_id, case_reference=case.reference)
        return count
