"""Phone number verification codes from the desk and the CLI: send a code to each number (by SMS or
call, chosen per number), type back what the customer reads out, and say the platform's answer
per number in words.

Every call needs the platform: nothing is queued, since a code is a secret of the customer that
must never be stored. The audit log says that codes were sent (how, to which numbers) and which
numbers were verified, never a code. A failure leaves what the person typed where it was typed
(the dialog's fields, the CLI's loop): this module keeps none of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from portdesk.domain.errors import PortDeskError
from portdesk.domain.verification_codes import (
    METHODS,
    CodeOutcome,
    clean_code,
    outcome_words,
    state_words,
)
from portdesk.platform.errors import Unreachable
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


def _order_id(store: Store, case_id: int) -> tuple[str, str]:
    case = store.cases.get(case_id)
    if not case.platform_order_id:
        raise PortDeskError(f"{case.reference} has no platform order yet: verification codes "
                            "are sent once the platform has the order (run a sync)")
    return case.platform_order_id, case.reference


def code_rows(client: PortingPlatform, store: Store, case_id: int) -> list[CodeRow]:
    """Every number of the order with its code state, in the order's own number order."""
    order_id, _ = _order_id(store, case_id)
    order = client.order(order_id)
    codes = {c.e164: c for c in client.verification_codes(order_id)}
    rows = []
    for e164 in sorted(order.numbers | set(codes)):
        code = codes.get(e164)
        verified = bool(code and code.verified)
        rows.append(CodeRow(e164, code is not None, verified, state_words(code is not None,
                                                                           verified)))
    # what the platform just said is what the queue says the case waits for
    customer_wait.from_codes(store, case_id, sum(r.sent and not r.verified for r in rows))
    return rows


def send_codes(client: PortingPlatform, store: Store, case_id: int, methods: dict[str, str],
               actor: str) -> list[str]:
    """`methods`: E.164 -> "sms" or "call". One request per method (the description sends one
    method to a list of numbers). Returns what was done, in words."""
    order_id, reference = _order_id(store, case_id)
    unknown = sorted({m for m in methods.values() if m not in METHODS})
    if unknown:
        raise PortDeskError(f"send codes by {' or '.join(METHODS)}, not {', '.join(unknown)}")
    said = []
    for method in METHODS:
        numbers = sorted(n for n, m in methods.items() if m == method)
        if not numbers:
            continue
        client.send_verification_codes(order_id, numbers, method)
        said.append(f"code sent by {METHODS[method]} to {', '.join(numbers)}")
        _audit(store, case_id, reference, actor, "platform.verification_codes_sent",
               {"method": method, "numbers": numbers})
    if said:
        code_rows(client, store, case_id)  # the queue's "waiting on the customer" read again
    return said


def verify_codes(client: PortingPlatform, store: Store, case_id: int, typed: dict[str, str],
                 actor: str) -> list[CodeOutcome]:
    """`typed`: E.164 -> the code as the person typed it (blank ones are left out)."""
    order_id, reference = _order_id(store, case_id)
    codes = {n: clean_code(c) for n, c in typed.items() if clean_code(c)}
    if not codes:
        raise PortDeskError("type the code the customer read out for at least one number")
    answered = {c.e164: c.verified for c in client.verify_codes(order_id, codes)}
    outcomes = [outcome_words(n, answered.get(n)) for n in sorted(codes)]
    code_rows(client, store, case_id)  # the queue's "waiting on the customer" read again
    _audit(store, case_id, reference, actor, "platform.verification_codes_checked",
           {"verified": [o.e164 for o in outcomes if o.verified],
            "not_accepted": [o.e164 for o in outcomes if o.verified is False]})
    return outcomes


def unreachable(exc: BaseException) -> bool:
    """The platform did not answer (offline, wrong address): the desk keeps what was typed."""
    return isinstance(exc, Unreachable)


def _audit(store: Store, case_id: int, reference: str, actor: str, action: str,
           changes: dict[str, object]) -> None:
    with store.transaction() as session:
        audit.append(session, actor=actor, action=action, changes=dict(changes),
                     case_id=case_id, case_reference=reference)
