"""Phone number verification codes in the sandbox, as the description has them.

`POST .../verification_codes/send` (`phone_numbers`, `verification_method` sms or call; no body:
every number of the order) answers 204 and gives each number a new code; `GET
.../verification_codes` lists each number's record (`verified`, never the code); `POST
.../verification_codes/verify` answers each number given with its record, `verified` true when
the code is the last one sent. The order's `phone_number_verification_codes` step is done once
every number of the order is verified. The customer's side (the code received by text or call) is
the sandbox's own control `GET /_sandbox/porting_orders/{id}/verification_codes`.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from portdesk.platform.sandbox.clock import iso
from portdesk.platform.sandbox.errors import unprocessable
from portdesk.platform.sandbox.state import Json

if TYPE_CHECKING:
    from portdesk.platform.sandbox.core import Sandbox

STEP = "phone_number_verification_codes"
METHODS = ("sms", "call")
KIND = "verification_code"
_HIDDEN = ("code", "method")  # the sandbox's own: never in an answer of the description


def shown(record: Json) -> Json:
    return {k: v for k, v in record.items() if k not in _HIDDEN}


def _numbers(order: Json) -> list[str]:
    return [n["phone_number"] for n in order["phone_numbers"]]


def send(sandbox: Sandbox, order_id: str, payload: Json) -> None:
    with sandbox.state.transaction():
        order = sandbox.order(order_id)
        from portdesk.platform.sandbox import requirements

        if STEP not in requirements.asked(sandbox, order):
            raise unprocessable("this porting order does not need phone number verification "
                                "codes", pointer="/phone_numbers")
        method = payload.get("verification_method") or "sms"
        if method not in METHODS:
            raise unprocessable("verification_method must be sms or call",
                                pointer="/verification_method")
        wanted = payload.get("phone_numbers") or _numbers(order)
        strangers = [n for n in wanted if n not in _numbers(order)]
        if strangers:
            raise unprocessable(f"{', '.join(strangers)} is not a number of this order",
                                pointer="/phone_numbers")
        now = iso(sandbox.now())
        existing = {r["phone_number"]: r for r in sandbox.state.records(KIND, order_id)}
        for number in dict.fromkeys(wanted):
            code = f"{sandbox.rng('code', order_id, number, now).randrange(100000):05d}"
            record = existing.get(number)
            if record is None:
                record = {"id": str(uuid.uuid4()), "record_type": "porting_verification_code",
                          "phone_number": number, "porting_order_id": order_id,
                          "created_at": now}
                record.update(verified=False, updated_at=now, code=code, method=method)
                sandbox.state.add_record(KIND, order_id, record)
            else:
                record.update(verified=False, updated_at=now, code=code, method=method)
                sandbox.state.save_record(record)


def listed(sandbox: Sandbox, order_id: str, verified: Any = None, sort: str = "-created_at"
           ) -> list[Json]:
    sandbox.order(order_id)
    found = [shown(r) for r in sandbox.state.records(KIND, order_id)
             if verified is None or r.get("verified") is verified]
    found.sort(key=lambda r: r["created_at"], reverse=sort.startswith("-"))
    return found


def verify(sandbox: Sandbox, order_id: str, payload: Json) -> list[Json]:
    given = payload.get("verification_codes")
    if not isinstance(given, list) or not given:
        raise unprocessable("verification_codes must list phone numbers and their codes",
                            pointer="/verification_codes")
    with sandbox.state.transaction():
        order = sandbox.order(order_id)
        existing = {r["phone_number"]: r for r in sandbox.state.records(KIND, order_id)}
        answered = []
        now = iso(sandbox.now())
        for item in given:
            number = item.get("phone_number") if isinstance(item, dict) else None
            record = existing.get(number) if isinstance(number, str) else None
            if record is None:
                raise unprocessable(f"no verification code was sent to {number}: send the "
                                    "codes first", pointer="/verification_codes")
            if not record.get("verified"):
                record["verified"] = str(item.get("code") or "") == record["code"]
                record["updated_at"] = now
                sandbox.state.save_record(record)
            answered.append(shown(record))
        if all(existing.get(n, {}).get("verified") for n in _numbers(order)):
            from portdesk.platform.sandbox import requirements

            left = [s for s in requirements.asked(sandbox, order) if s != STEP]
            requirements.ask_steps(sandbox, order, left)
            order["updated_at"] = now
            sandbox.state.save_order(order)
        return answered


def received(sandbox: Sandbox, order_id: str) -> list[Json]:
    """What each customer's phone got: the sandbox's control, never a described answer."""
    sandbox.order(order_id)
    return [{"phone_number": r["phone_number"], "code": r["code"], "method": r["method"]}
            for r in sandbox.state.records(KIND, order_id)]
