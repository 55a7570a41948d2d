"""Phone number verification codes from the desk and the CLI: send a code to each number (by SMS or
call, chosen per number), type back what the customer reads out, and say the platform's answer
per number in words.

Every call needs the platform: nothing is queued, since a code is a secret of the customer that
must never be stored. The audit log says that codes were sent (how, to which numbers) and which
numbers were verified, never a code. A failure leaves what the person typed where it was typed
(the dialog's fields, the CLI's loop): this module keeps none of it.

The desk's lanes (README "Writes go through the database lane"): `read_codes`, `send` and
`verify` talk to the platform only and return a `CodesAnswer`; `record` writes what the desk
keeps of it (the queue's "waiting on the customer" words, the audit entries) on the database
lane. Before, the network calls wrote the customer-wait words and the audit from the background
lane. `code_rows`, `send_codes` and `verify_codes` do both in one go for the command line, which
has one thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from portdesk.domain.errors import PortDeskError
from portdesk.domain.numbers import format_display
from portdesk.domain.verification_codes import (
    METHODS,
    CodeOutcome,
    clean_code,
    outcome_words,
    state_words,
)
from portdesk.platform.errors import PlatformError, Unreachable
from portdesk.platform.port import PortingPlatform
from portdesk.services import customer_wait
from portdesk.store import audit
from portdesk.store.store import Store


@dataclass(frozen=True, slots=True)
class CodeRow:
    e164: str
    sent: bool
    verified: bool
    words: str


@dataclass(frozen=True, slots=True)
class CodesOrder:
    """The case and its platform order, read once from the database before any platform call."""
    case_id: int
    reference: str
    order_id: str


@dataclass(frozen=True, slots=True)
class CodesAnswer:
    """What the platform answered, and what the desk records of it (`record`).

    `rows` is None when the codes could not be read again after a send or a verify the
    platform had taken; `failed` is then why (or why a later send of a two-method send failed):
    what was done is still recorded and said."""
    rows: list[CodeRow] | None
    said: list[str] = field(default_factory=list)
    outcomes: list[CodeOutcome] = field(default_factory=list)
    audits: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    failed: PlatformError | None = None

    @property
    def waiting(self) -> int | None:
        """Numbers with a code sent and not verified; None when the rows were not read."""
        return None if self.rows is None else sum(r.sent and not r.verified for r in self.rows)


def codes_order(store: Store, case_id: int) -> CodesOrder:
    """The database lane: the order the codes belong to, or why there is none yet."""
    from portdesk.services.intents import require_order

    case = store.cases.get(case_id)
    order_id = require_order(store, case, "verification codes are sent to its platform order")
    return CodesOrder(case_id, case.reference, order_id)


def _rows(client: PortingPlatform, order_id: str) -> list[CodeRow]:
    """Every number of the order with its code state, in the order's own number order."""
    order = client.order(order_id)
    codes = {c.e164: c for c in client.verification_codes(order_id)}
    rows = []
    for e164 in sorted(order.numbers | set(codes)):
        code = codes.get(e164)
        verified = bool(code and code.verified)
        rows.append(CodeRow(e164, code is not None, verified, state_words(code is not None,
                                                                           verified)))
    return rows


def read_codes(client: PortingPlatform, order: CodesOrder) -> CodesAnswer:
    """The background lane: the platform only."""
    return CodesAnswer(_rows(client, order.order_id))


def send(client: PortingPlatform, order: CodesOrder, methods: dict[str, str]) -> CodesAnswer:
    """The background lane. `methods`: E.164 -> "sms" or "call". One request per method (the
    description sends one method to a list of numbers). A failure once a code went out is kept
    in the answer, so the codes that did go out are audited and said."""
    unknown = sorted({m for m in methods.values() if m not in METHODS})
    if unknown:
        raise PortDeskError(f"send codes by {' or '.join(METHODS)}, not {', '.join(unknown)}")
    said: list[str] = []
    audits: list[tuple[str, dict[str, object]]] = []
    try:
        for method in METHODS:
            numbers = sorted(n for n, m in methods.items() if m == method)
            if not numbers:
                continue
            client.send_verification_codes(order.order_id, numbers, method)
            said.append(f"code sent by {METHODS[method]} to "
                        f"{', '.join(format_display(n) for n in numbers)}")
            audits.append(("platform.verification_codes_sent",
                           {"method": method, "numbers": numbers}))
        # the queue's "waiting on the customer" read again
        return CodesAnswer(_rows(client, order.order_id) if said else None, said, [], audits)
    except PlatformError as exc:
        if not said:
            raise
        return CodesAnswer(None, said, [], audits, exc)


def verify(client: PortingPlatform, order: CodesOrder, typed: dict[str, str]) -> CodesAnswer:
    """The background lane. `typed`: E.164 -> the code as the person typed it (blank ones are
    left out)."""
    codes = {n: clean_code(c) for n, c in typed.items() if clean_code(c)}
    if not codes:
        raise PortDeskError("type the code the customer read out for at least one number")
    answered = {c.e164: c.verified for c in client.verify_codes(order.order_id, codes)}
    outcomes = [outcome_words(n, answered.get(n)) for n in sorted(codes)]
    audits: list[tuple[str, dict[str, object]]] = [(
        "platform.verification_codes_checked",
        {"verified": [o.e164 for o in outcomes if o.verified],
         "not_accepted": [o.e164 for o in outcomes if o.verified is False]})]
    try:  # the queue's "waiting on the customer" read again
        return CodesAnswer(_rows(client, order.order_id), [], outcomes, audits)
    except PlatformError as exc:
        return CodesAnswer(None, [], outcomes, audits, exc)


def record(store: Store, order: CodesOrder, answer: CodesAnswer, actor: str) -> CodesAnswer:
    """The database lane: what the platform just said is what the queue says the case waits for
    (left as it was when the codes were not read), and what was done goes to the audit log."""
    waiting = answer.waiting
    with store.transaction() as session:
        if waiting is not None:
            customer_wait.from_codes(store.outbox, session, order.case_id, waiting)
        for action, changes in answer.audits:
            audit.append(session, actor=actor, action=action, changes=dict(changes),
                         case_id=order.case_id, case_reference=order.reference)
    return answer


def code_rows(client: PortingPlatform, store: Store, case_id: int) -> list[CodeRow]:
    """One thread (the command line): read the codes and record the customer-wait words."""
    order = codes_order(store, case_id)
    answer = record(store, order, read_codes(client, order), "")
    assert answer.rows is not None
    return answer.rows


class PartlySent(PortDeskError):
    """A two-method send whose second request failed after the first code went out: `said` is
    what went (recorded), `failed` why the rest did not; the caller says both, in that order, as
    the desk's dialog does (the customer may already hold a code)."""

    def __init__(self, said: list[str], failed: PlatformError) -> None:
        super().__init__(str(failed))
        self.said, self.failed = said, failed


def send_codes(client: PortingPlatform, store: Store, case_id: int, methods: dict[str, str],
               actor: str) -> list[str]:
    """One thread: send, record, and return what was done in words; a failure after a code
    went out is raised, once what went out is recorded, as PartlySent with what went."""
    order = codes_order(store, case_id)
    answer = record(store, order, send(client, order, methods), actor)
    if answer.failed is not None:
        raise PartlySent(answer.said, answer.failed) from answer.failed
    return answer.said


def verify_codes(client: PortingPlatform, store: Store, case_id: int, typed: dict[str, str],
                 actor: str) -> list[CodeOutcome]:
    """One thread: verify and record; the outcomes are returned even if the codes could not be
    read again (the platform's answer to the codes is what the person needs)."""
    order = codes_order(store, case_id)
    return record(store, order, verify(client, order, typed), actor).outcomes


def unreachable(exc: BaseException) -> bool:
    """The platform did not answer (offline, wrong address): the desk keeps what was typed."""
    return isinstance(exc, Unreachable)
