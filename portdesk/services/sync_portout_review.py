"""What the port-out screen shows: the request as the gaining carrier sent it, set against the
account it wants to take numbers from, and the time left before the platform authorizes it.

The account is what this desk knows of the numbers' owner: the port-out case's own account fields
(entered from support), else the port-in case that brought the same numbers here. The port-out
case was made from the request, so a name, signer or address it holds as the request sent it is
the request's copy, never a match. Each field gets
a verdict: "matches", "differs", "unverifiable" (given, with nothing independent on file to set
it against: nothing at all, or only the request's own copy) or "not given" (the platform's
port-out record has no account
number, and the PIN only when the gaining carrier's request carried one). The platform may
authorize an unanswered request from 24 hours after it arrived, and does by 48 hours (the guide:
"a response within 24-48 hours"). The countdown says only what the platform told: the arrival is
the request's own `created_at`; when the platform gave none, the desk's first sight of it bounds
the deadline (it arrived no later); a request sent back to `pending` after a rejection gets no
new deadline from the description. Past 48 hours the desk does not declare it authorized: the
case changes when a sync reads the platform's answer. Clock and time zone are injected.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from urllib.parse import urlsplit

from portdesk.domain.case import CaseKind, PortCase, mask_secret
from portdesk.domain.errors import PortDeskError
from portdesk.domain.lifecycle import foc_void
from portdesk.domain.platform_status_words import platform_status_words
from portdesk.platform.errors import Unreachable
from portdesk.platform.port import PortingPlatform, RejectionCode
from portdesk.services.sync_dates import utc_day_cases
from portdesk.services.sync_portouts import EARLIEST, LATEST, leave_words, request_key
from portdesk.store.store import Store

__all__ = ["EARLIEST", "LATEST", "PortoutReview", "countdown_text", "eligible_codes", "review"]


@dataclass(frozen=True, slots=True)
class FieldCheck:
    label: str
    requested: str  # as the gaining carrier sent it (a PIN masked)
    account: str  # as this desk has it (a PIN masked)
    verdict: str  # matches | differs | unverifiable | not given


@dataclass(frozen=True, slots=True)
class PortoutReview:
    case_id: int
    reference: str
    status: str  # the platform's word, for display
    gaining_carrier: str
    numbers: tuple[str, ...]
    foc_date: str
    received_at: datetime | None
    fields: tuple[FieldCheck, ...]
    account_source: str
    awaiting_answer: bool = True  # nobody has authorized or rejected it yet
    first_seen_at: datetime | None = None  # when this desk first read it (it arrived no later)
    returned_at: datetime | None = None  # sent back to pending after a rejection (first seen)
    foc_utc: bool = False  # the FOC is an older PortDesk's UTC date, not yet read again
    foc_void: str = ""  # the request ended (cancelled): its FOC will not happen (lifecycle)
    lsr: tuple[str, ...] = ()  # links to the gaining carrier's Local Service Request

    @property
    def status_words(self) -> str:
        return portout_status_words(self.status)


def portout_status_words(raw: str) -> str:
    """The platform's port-out status in the desk's words: what the port-out guide says it
    means, with the platform's own word; a word the guide does not know is said as the
    platform's own, never dropped or guessed."""
    if not raw.strip():
        return "not read from the platform yet"
    return platform_status_words(CaseKind.PORT_OUT, raw)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").replace(".", " ").split())


REQUEST_COPY = "(the request's own value: not on file)"


def _check(label: str, requested: str, account: str, secret: bool = False,
           own: bool = False) -> FieldCheck:
    """A value the request gives and the account has nothing to set it against cannot be
    judged: "unverifiable", never "not given" (it was given; a PIN read "not given" beside the
    masked PIN the request carried). `own`: the account side is the port-out case, made from
    this very request: a value it holds as the request sent it is the request's copy, no
    evidence (it read "matches"), so unverifiable too; one the specialist changed is set
    against the request."""
    if own and requested and _norm(requested) == _norm(account):
        return FieldCheck(label, requested, REQUEST_COPY, "unverifiable")
    if not requested:
        verdict = "not given"
    elif not account:
        verdict = "unverifiable"
    else:
        verdict = "matches" if _norm(requested) == _norm(account) else "differs"
    if secret:
        requested, account = mask_secret(requested), mask_secret(account)
    return FieldCheck(label, requested or "(not given)", account or "(not on file)", verdict)


def review(store: Store, case_id: int) -> PortoutReview:
    case = store.cases.get(case_id)
    repo = store.outbox
    request = repo.get_json(request_key(case_id)) or {}
    account, source = _account(store, case)
    pin = store.box.decrypt(request.get("attempted_pin")) if request.get("attempted_pin") else ""
    address = " ".join(p for p in (request.get("service_address", ""), request.get("city", ""),
                                   request.get("state", ""), request.get("zip", "")) if p)
    own = account is case  # the port-out case, whose name, signer and address the request gave
    fields = (
        _check("Name", request.get("end_user_name") or case.account_name, account.account_name,
               own=own),
        _check("Authorized person", request.get("authorized_name", ""), account.authorized_name,
               own=own),
        _check("Service address", address, account.service_address.one_line(), own=own),
        _check("Account number", request.get("account_number", ""), account.account_number),
        _check("PIN", pin, account.pin, secret=True),
    )
    received = request.get("received_at")
    return PortoutReview(
        first_seen_at=_when(request.get("first_seen_at")),
        returned_at=_when(request.get("returned_at")),
        case_id=case_id, reference=case.reference, status=case.platform_status or "",
        gaining_carrier=request.get("carrier_name") or "", numbers=tuple(case.number_e164s),
        foc_date=case.foc_date.isoformat() if case.foc_date else "",
        received_at=_when(received),
        fields=fields, account_source=source,
        awaiting_answer=case.awaits_portout_answer,
        foc_utc=bool(case.foc_date) and case_id in utc_day_cases(repo),
        foc_void=foc_void(case.status.value) if case.foc_date else "",
        lsr=tuple(line for line in str(request.get("lsr") or "").splitlines() if line))


def lsr_words(links: tuple[str, ...]) -> list[tuple[str, str]]:
    """(words, link to open or "") per Local Service Request link: the gaining carrier's own
    order for the port (the description: "The Local Service Request", a list of links). Only a
    web address (https, http) is offered to open, in the browser, never fetched by the desk;
    anything else is shown as text, said not opened."""
    said = []
    for index, link in enumerate(links, start=1):
        name = "Local Service Request (LSR)" + (f" {index}" if len(links) > 1 else "")
        parts = urlsplit(link)
        if parts.scheme.lower() in ("https", "http") and parts.hostname:
            said.append((f"{name} from the gaining carrier: opens {parts.hostname} in your "
                         "browser", link))
        else:
            said.append((f"{name}: '{link}' is not a web address; PortDesk does not open it",
                         ""))
    return said


def _when(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _account(store: Store, case: PortCase) -> tuple[PortCase, str]:
    """The account the numbers belong to: this case's account fields, else the port-in case."""
    if case.account_number or case.pin:
        return case, f"{case.reference} (account details entered on this case)"
    wanted = set(case.number_e164s)
    for other in store.cases.iter_all():
        if other.kind == CaseKind.PORT_IN and wanted & set(other.number_e164s):
            return other, f"{other.reference} (the port-in that brought these numbers)"
    return case, "no account on file for these numbers: check with support"


def eligible_codes(client: PortingPlatform, store: Store, case_id: int) -> list[RejectionCode]:
    """The rejection codes the platform accepts for this port-out (they differ per request)."""
    case = store.cases.get(case_id)
    if not case.platform_order_id:
        return []
    return client.rejection_codes(case.platform_order_id)


def chosen_code(codes: list[RejectionCode], code: int | None) -> RejectionCode:
    """The rejection code picked from the ones the platform listed for this request, or why
    none can be: the desk's screen offers only these, so the command line says them too."""
    listed = "; ".join(f"{c.code} {c.description}" + (" (needs a reason)"
                                                       if c.reason_required else "")
                       for c in codes)
    if not codes:
        raise PortDeskError("the platform lists no rejection code for this request: run "
                            "`portdesk sync`, then try again, or ask the platform's support")
    found = next((c for c in codes if c.code == code), None)
    if found is None:
        start = "choose a rejection code with --code N" if code is None else \
            f"{code} is not a rejection code the platform lists for this request"
        raise PortDeskError(f"{start}; the platform lists: {listed}")
    return found


def rejection_code(connect: Callable[[], PortingPlatform], store: Store, case_id: int,
                   code: int | None) -> RejectionCode:
    """The command line's rejection: the code as the platform lists it for this request (its
    words, kept with the answer, and whether it needs a reason, as the desk's screen has
    them), or why it cannot go."""
    try:
        with closing(connect()) as client:
            codes = eligible_codes(client, store, case_id)
    except Unreachable as exc:
        raise PortDeskError(f"{exc}. The rejection codes differ per request and are read from "
                            "the platform: reject when it answers (nothing was queued)"
                            ) from None
    return chosen_code(codes, code)


def countdown_text(review_: PortoutReview, now: Callable[[], datetime] = lambda: datetime.now(
        UTC), tz: tzinfo | None = None) -> str:
    """The deadline as the platform has it, with its moments in `tz` (default: this machine's
    zone) and the time left; never a status the platform has not given."""
    moment = now()
    if not review_.awaiting_answer:
        return f"answered ({review_.status})" if review_.status else \
            "not awaiting an answer from this desk"
    if review_.returned_at is not None:
        return (f"sent back to pending on {_at(review_.returned_at, tz)} after its rejection: "
                "the platform's porting team did not accept the reason; the platform gives no "
                "new deadline, so answer it again now")
    received = review_.received_at
    if received is None:
        return _unknown_arrival(review_, moment, tz)
    may, surely = received + EARLIEST, received + LATEST
    if surely <= moment:
        return (f"48 hours passed on {_at(surely, tz)}: by the platform's rules an unanswered "
                "request is authorized by then; the case shows the platform's answer at the "
                "next sync")
    if may <= moment:
        return (f"may be authorized automatically any moment; surely by {_at(surely, tz)} "
                f"(in {_span(surely - moment)}){unanswered(review_)}")
    return (f"answer within {_span(may - moment)}, by {_at(may, tz)} (the platform may "
            f"authorize it then; surely by {_at(surely, tz)}, in {_span(surely - moment)})"
            f"{unanswered(review_)}")


def unanswered(review_: PortoutReview) -> str:
    """What the deadline means (the guide: unanswered, it "is automatically authorized and will
    proceed on the requested FOC ... date")."""
    return leave_words(review_.gaining_carrier, review_.foc_date)


def _unknown_arrival(review_: PortoutReview, moment: datetime, tz: tzinfo | None) -> str:
    """The platform gave no arrival time: it came no later than this desk first saw it."""
    if review_.first_seen_at is None:
        return "received at a time this desk does not know: answer it now (the platform may " \
               "authorize a request 24 hours after it came)"
    surely = review_.first_seen_at + LATEST
    head = (f"the platform did not say when it arrived (first seen here "
            f"{_at(review_.first_seen_at, tz)}): answer it now, it may be authorized any moment")
    if surely <= moment:
        return head + f"; 48 hours from then passed on {_at(surely, tz)}"
    return head + (f" and surely by {_at(surely, tz)} (in {_span(surely - moment)})"
                   f"{unanswered(review_)}")


def _at(moment: datetime, tz: tzinfo | None) -> str:
    local = moment.astimezone(tz)
    return local.strftime("%a %d %b %H:%M ") + (local.tzname() or "")


def _span(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(max(0, minutes), 60)
    return f"{hours} h {minutes:02d} min"
