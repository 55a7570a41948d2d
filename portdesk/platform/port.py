"""The port in front of the porting platform: what the sync services ask of a platform, and the
plain records it answers with.

The services (sync, platform view, port-out review) talk to `PortingPlatform` only: no JSON, no
URL, no platform status spelling reaches them. A record carries the canonical status
(domain/lifecycle) beside the platform's own word for it (kept for display, never compared), and
the decisions the sync needs are answered by the adapter as plain flags (`editable`,
`awaiting_answer`, ...). The platform PortDesk talks to today implements this in
platform/telnyx_port.py over its HTTP client; a second provider would implement the same
Protocol and raise the failure kinds of platform/errors.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from portdesk.domain.case import NumberStatus
from portdesk.domain.lifecycle import Status
from portdesk.domain.platform_status_words import PORTOUT_STATUS_MAP

if TYPE_CHECKING:
    from portdesk.domain.case import PortCase

OTHER_REJECTION = 1001  # the port-out rejection code "Other": it needs a reason with it

# Port-out request statuses onto the canonical model (the sync's mapping and the port-out
# screen's words both read it): the request waits with the platform for the
# specialist's answer (submitted), is cleared for its FOC date (foc_confirmed), is being refused
# (cancel_pending) or was refused (cancelled), or the numbers left (ported).
PORTOUT_STATUS = PORTOUT_STATUS_MAP  # the one table: domain/platform_status_words


class Feed(StrEnum):
    """The platform's two event logs."""

    PORT_INS = "port-ins"
    PORT_OUTS = "port-outs"


class EventKind(StrEnum):
    ORDER = "order"  # something happened to a port-in order: read it again
    ORDER_COMMENT = "order_comment"  # a comment on a port-in order (and read the order again)
    PORTOUT_STATUS = "portout_status"
    PORTOUT_COMMENT = "portout_comment"
    PORTOUT_FOC = "portout_foc"
    PORTOUT_OTHER = "portout_other"


@dataclass(frozen=True, slots=True)
class NumberState:
    status: NumberStatus
    rejection_code: str | None


@dataclass(frozen=True, slots=True)
class OrderState:
    status: Status | None  # None: unknown platform value, keep the case's status
    platform_status: str  # the platform's own word, for display
    exception_code: str | None
    exception_detail: str
    foc_date: date | None
    numbers: dict[str, NumberState]  # E.164 -> state; numbers with unknown statuses left out


@dataclass(frozen=True, slots=True)
class Order:
    """A port-in order as the platform has it."""

    id: str
    reference: str | None  # the customer reference it was made under
    numbers: frozenset[str]  # E.164
    state: OrderState
    draft: dict[str, str] = field(compare=False)  # every draft field, as plain strings ("" unset)
    editable: bool = False  # still takes edits, requirements and steps (draft, exception)
    needs_kept_numbers: bool = False  # a partial port: list the numbers that stay behind
    # the order's other additional steps, which PortDesk does not do (in the specialist's words):
    # the platform refuses to submit the order until a person does them on the platform
    steps_elsewhere: tuple[str, ...] = ()
    # numbers whose activation the platform reports in trouble: (E.164, the platform's word)
    activation_trouble: tuple[tuple[str, str], ...] = ()
    fast_port_eligible: bool = False
    account_number: str = ""
    # the texts' own port (`messaging.messaging_port_status`, the description's word as given;
    # "" when the order says nothing): calls can port while texts stay behind or fail
    messaging_status: str = ""
    # `messaging.messaging_capable`: "whether the porting order can also port messaging
    # capabilities"; None when the order does not say. enable_messaging is sent only where true
    messaging_capable: bool | None = None
    # "A key to reference this porting order when contacting ... customer support" (the
    # description; null on drafts): "" when the platform has not given one
    support_key: str = ""
    # "Is true when the required documentation is met" (the description); None when not given
    requirements_met: bool | None = None
    # each number's own `requirements_status` (international orders): (E.164, the platform's
    # word as given, "" when none); read by name in domain.number_requirements
    number_requirements: tuple[tuple[str, str], ...] = ()
    # the `phone_number_verification_codes` step is asked and not done yet: codes are sent and
    # typed back from the desk (services.verification_codes)
    asks_verification_codes: bool = False


@dataclass(frozen=True, slots=True)
class PortoutRequest:
    """A gaining carrier's request to take numbers away, as the platform has it."""

    id: str
    state: OrderState
    numbers: tuple[str, ...]
    carrier_name: str
    end_user_name: str
    awaiting_answer: bool  # nobody has authorized or rejected it yet
    reason: str = ""
    rejection_code: int | None = None
    received_at: datetime | None = None
    details: dict[str, str] = field(default_factory=dict)  # the request's fields as sent
    changed_at: datetime | None = None  # its last change on the platform (`updated_at`)


@dataclass(frozen=True, slots=True)
class FeedEvent:
    """One entry of an event log, already read: what it is about, never its JSON."""

    id: str
    name: str  # the platform's name for the event, for reports
    kind: EventKind
    known: bool  # a kind the adapter knows (unknown ones still name what to read again)
    created_at: datetime | None  # None: no time given (it cannot move the cursor)
    order_ids: tuple[str, ...] = ()  # orders to read again (a split names the new one too)
    portout_id: str | None = None
    comment: str = ""  # PORTOUT_COMMENT, ORDER_COMMENT: the text ...
    comment_id: str = ""  # ... the platform's id for it ("" when none) ...
    author: str = ""  # ... and who wrote it: "user" (this account), "admin", "system", or ""
    foc_date: date | None = None  # PORTOUT_FOC: the day it means; None: missing or unreadable
    details: dict[str, str] = field(default_factory=dict)  # PORTOUT_STATUS: what the request said
    # listed before its payload was made (`payload_status: created`, no payload) while its kind
    # is told by the payload alone (a comment's text, a new FOC): to be read again, not now
    payload_pending: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record the platform sent that could not be used, as the sync report shows it."""

    kind: str  # event, order, port-out, ...
    record_id: str
    record_type: str
    reason: str

    @classmethod
    def of(cls, kind: str, item: Any, reason: str) -> Skipped:
        data = item if isinstance(item, dict) else {}
        ident = data.get("id")
        kind_of = data.get("event_type") or data.get("record_type") or type(item).__name__
        return cls(kind, str(ident) if ident is not None else "(no id)", str(kind_of)[:60],
                   reason)


@dataclass(frozen=True, slots=True)
class Comment:
    id: str
    body: str
    user_type: str
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class Document:
    """An upload as the platform has it. `status` is its review ("pending", "verified",
    "denied") and `av_scan_status` its virus scan ("scanned", "infected", "pending_scan",
    "not_scanned"), the description's words as given ("" when the answer leaves them out)."""

    id: str
    filename: str
    sha256: str
    status: str = ""
    av_scan_status: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class VerificationCode:
    """A number's verification code as the platform lists it: never the code itself (the
    description gives none back), only whether it was verified."""

    e164: str
    verified: bool | None  # None: not said
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SupportingDocument:
    """A document the gaining carrier sent with a port-out request (its LOA, its invoice)."""

    id: str
    document_id: str
    kind: str  # the description's `type` ("loa", "invoice"), as given
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AdditionalDocument:
    """A document linked to a porting order beside its LOA and invoice (a CSR the carrier
    asked for, another invoice, ...): `document_type` is the description's word as given."""

    id: str
    document_id: str
    document_type: str
    filename: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Download:
    """A document's bytes as the platform sent them; `content_type` is what it declared,
    never trusted (domain.file_kinds reads the bytes)."""

    content: bytes
    content_type: str
    filename: str = ""


@dataclass(frozen=True, slots=True)
class PortabilityResult:
    e164: str
    portable: bool
    reason: str
    fast_portable: bool = False


@dataclass(frozen=True, slots=True)
class RejectionCode:
    """A code the platform accepts for rejecting one particular port-out."""

    code: int
    description: str
    reason_required: bool


@dataclass(frozen=True, slots=True)
class Requirement:
    """One regulatory requirement of an order (LOA, invoice, a text value) and its state."""

    type_id: str
    name: str
    description: str
    field_type: str  # the platform's word for the kind of value, for display
    status: str  # the platform's word for its state, for display
    value: str
    acceptance: dict[str, Any] = field(default_factory=dict, compare=False)
    is_document: bool = False  # satisfied by an uploaded document (else by a text value)
    met: bool = False  # approved, or accepted for review
    wants_value: bool = True  # nothing given yet, or what was given was refused


@dataclass(frozen=True, slots=True)
class FocWindow:
    started_at: datetime
    ended_at: datetime


@dataclass(frozen=True, slots=True)
class ExceptionType:
    code: str
    description: str


@dataclass(frozen=True, slots=True)
class ActivationJob:
    id: str
    status: str  # created, in-process, completed, failed
    activation_type: str
    activate_at: datetime | None
    windows: tuple[FocWindow, ...] = ()


class PortingPlatform(Protocol):
    """What the sync asks of a porting platform. Calls that change something are safe to repeat
    after an uncertain failure (the adapter checks before it resends), and fail with the kinds of
    platform/errors.py."""

    requests_sent: int  # requests made so far (the report counts a round's)
    skipped: list[Skipped]  # records set aside as unreadable; the sync engine drains this
    # called before every request (each attempt); raising stops it unsent: a desk of a team sets
    # it while it holds a lease on the work (store.leases.Keeper), to renew it or stop at once
    guard: Callable[[], None] | None
    # where the platform's date-times are read as days (domain.platform_dates); None: this
    # workstation's own zone
    zone: tzinfo | None

    @property
    def answers_read(self) -> int:
        """Answers so far that were readable at all (tells a wrong address from one bad record)."""

    def close(self) -> None: ...

    # port-in orders
    def orders_for(self, reference: str) -> list[Order]: ...

    def create_order(self, numbers: list[str], reference: str,
                     account_number: str = "") -> list[Order]: ...

    def order(self, order_id: str) -> Order: ...

    def all_orders(self) -> Iterator[Order]: ...

    def update_order(self, order_id: str, case: PortCase,
                     foc_at: datetime | None, texts: bool = True) -> Order: ...

    def confirm_order(self, order_id: str) -> Order:
        """Confirmed, or found already past confirmation (a lost answer, another desk)."""

    def cancel_order(self, order_id: str) -> Order:
        """Cancelling or cancelled, whoever asked first."""

    def comments(self, order_id: str) -> list[Comment]: ...

    def add_comment(self, order_id: str, text: str, already: int = 0) -> Comment:
        """`already`: comments with these very words on the order before this one; after an
        uncertain failure only one more than that counts as sent (the same words said twice
        are two comments)."""

    def upload_document(self, filename: str, content: bytes, content_type: str = ...,
                        customer_reference: str | None = None) -> Document: ...

    def documents_by_reference(self, customer_reference: str) -> list[Document]: ...

    def document(self, document_id: str) -> Document:
        """The upload read back, with its review and virus scan status (NotFound when gone)."""

    def delete_document(self, document_id: str) -> None: ...

    def attach_documents(self, order_id: str, loa: str | None = None,
                         invoice: str | None = None) -> Order: ...

    # the documented steps around an order
    def portability_check(self, numbers: list[str]) -> list[PortabilityResult]: ...

    def requirements(self, order_id: str) -> list[Requirement]: ...

    def fulfil_requirements(self, order_id: str, values: dict[str, str]) -> object: ...

    def allowed_foc_windows(self, order_id: str) -> list[FocWindow]: ...

    def exception_types(self) -> list[ExceptionType]: ...

    def keep_number_behind(self, order_id: str, number: str, action: str) -> None: ...

    def activate(self, order_id: str) -> ActivationJob: ...

    def activation_jobs(self, order_id: str) -> list[ActivationJob]: ...

    def verification_codes(self, order_id: str) -> list[VerificationCode]:
        """Every number's code state (whether sent and verified), read in full."""

    def send_verification_codes(self, order_id: str, numbers: list[str], method: str) -> None:
        """The platform sends a code to each number, by `method` ("sms" or "call")."""

    def verify_codes(self, order_id: str, codes: dict[str, str]) -> list[VerificationCode]:
        """E.164 -> the code the customer read out; the platform's answer per number. Never
        logged: a refusal quoting a code back has it masked."""

    def document_content(self, document_id: str) -> Download: ...

    # documents linked to an order beside its LOA and invoice
    def additional_documents(self, order_id: str) -> list[AdditionalDocument]:
        """Every additional document of the order, read in full."""

    def add_additional_document(self, order_id: str, document_id: str,
                                document_type: str) -> AdditionalDocument:
        """Link an uploaded document; one already linked with that type is not linked twice."""

    def delete_additional_document(self, order_id: str, additional_id: str) -> None:
        """Unlink it; one already gone (NotFound) is what was asked."""

    # port-out requests
    def portout_requests(self, open_only: bool = False) -> Iterator[PortoutRequest]:
        """Every request, or (`open_only`) those whose numbers are still here and may leave:
        waiting for an answer, or authorized (by anyone: the platform authorizes a request
        nobody answers within 24-48 hours) and not yet ported."""

    def portout_request(self, portout_id: str) -> PortoutRequest: ...

    def ported_portouts(self, since: datetime) -> Iterator[PortoutRequest]:
        """Requests whose numbers left at or after `since` (the platform's moment of the port),
        so one that came and went between two rounds reaches the queue without a walk."""

    def answer_portout_request(self, portout_id: str, authorize: bool, reason: str = "",
                               rejection_code: int | None = None,
                               host_messaging: bool = False) -> PortoutRequest:
        """`host_messaging`: with an authorization, whether the numbers' texts stay hosted on
        this account after they port out (domain.portout_texts)."""

    def rejection_codes(self, portout_id: str) -> list[RejectionCode]: ...

    def portout_comments(self, portout_id: str) -> list[Comment]: ...

    def supporting_documents(self, portout_id: str) -> list[SupportingDocument]:
        """What the gaining carrier sent with its request (none is an answer too)."""

    def add_portout_comment(self, portout_id: str, text: str, already: int = 0) -> Comment:
        """A port-out's comments live on the port-out, not on a porting order; `already` as
        for add_comment."""

    # the event logs
    def events_since(self, feed: Feed, since: datetime | None) -> Iterator[FeedEvent]: ...

    def log_end(self, feed: Feed) -> tuple[datetime | None, set[str]]:
        """The newest time in the log now and the ids of the events at that time."""
