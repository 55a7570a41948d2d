"""Port-out requests: another carrier wants numbers away from the platform; a specialist answers.

As the description has it: a request arrives `pending` and is listed by `GET /portouts`; its
`portout.status_changed` event may or may not come (`/_sandbox/portouts` can leave it out).
Events go to the port-out log, `GET /portouts/events`, never to the port-in log. PATCH
`/portouts/{id}/authorized` clears it to port on its FOC date; `/portouts/{id}/rejected-pending`
needs a `rejection_code` from `GET /portouts/rejections/{id}` (1001 "Other" with a reason), is
reviewed one business day later: it becomes `rejected`, or, when the reason is not one a port may
be refused for (an unpaid balance: 'owes', 'unpaid', 'balance', 'overdue'), goes back to `pending`
for another answer, as the guide says Porting Ops does with an invalid reason. Nobody answering
authorizes it automatically at a moment between 24 and 48 hours after it arrived ("a response
within 24-48 hours"), drawn from the seed per request, so the desk meets both ends of the window;
an automatic authorization leaves `reason` null (the description keeps it for a rejection). The
gaining carrier may comment, move the FOC date and cancel the request
(`/_sandbox/portouts/...`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from portdesk.platform.sandbox.clock import add_business_days, iso
from portdesk.platform.sandbox.errors import not_found, unprocessable
from portdesk.platform.sandbox.state import Json

if TYPE_CHECKING:
    from portdesk.platform.sandbox.core import Sandbox

ANSWERS = ("authorized", "rejected-pending")
VENDOR = str(uuid.uuid5(uuid.NAMESPACE_URL, "portdesk-sandbox/vendor"))
GAINING_USER = str(uuid.uuid5(uuid.NAMESPACE_URL, "portdesk-sandbox/gaining-carrier"))
_GAINING = ("Riverbend Wireless", "Northgate Mobile", "Cedar Telecom", "Summit Voice")
_NAMES = ("Harper Dental LLC", "Greenfield Bakery", "Lopez Family", "Atlas Freight Inc")
AUTO_AUTHORIZE_HOURS = (24, 48)  # "Port-out orders require a response within 24-48 hours"
# Reasons Porting Ops sends back: a port may not be refused over money the customer owes.
INVALID_REASON_WORDS = ("owes", "unpaid", "balance", "overdue")
REJECTIONS = {
    1001: ("Other", True), 1002: ("PIN or passcode does not match the account", False),
    1003: ("Account number does not match", False),
    1004: ("Name on the request does not match the account holder", False),
    1005: ("Service address does not match", False),
    1006: ("Number is under contract with a minimum term", False),
}


def eligible(portout: Json) -> list[int]:
    """The codes this request may be rejected with: they depend on its numbers."""
    if all(str(n).startswith("+1") for n in portout["phone_numbers"]):
        return [1001, 1002, 1003, 1004, 1005]
    return [1001, 1002, 1006]


def create(sandbox: Sandbox, numbers: list[str], end_user_name: str = "Harper Dental LLC",
           carrier_name: str = "Riverbend Wireless", foc_days: int = 5, *,
           with_event: bool = True, attempted_pin: str | None = None,
           authorized_name: str | None = None, lsr: list[str] | None = None) -> Json:
    """`lsr`: links to the gaining carrier's Local Service Request (the description's `lsr`,
    an array of URIs; none by default, as most requests in the description's examples)."""
    from portdesk.platform.sandbox.core import SANDBOX_USER

    now = sandbox.now()
    foc = add_business_days(now, foc_days)
    portout_id = str(uuid.uuid4())
    portout = {
        "id": portout_id, "record_type": "portout", "status": "pending",
        "phone_numbers": list(numbers), "carrier_name": carrier_name,
        "current_carrier": "Sandbox Telephone Co", "end_user_name": end_user_name,
        "authorized_name": authorized_name or end_user_name,
        "service_address": "100 Main Street", "city": "Springfield", "state": "IL",
        "zip": "62701", "pon": portout_id[:8].upper(), "spid": "SBX1",
        "support_key": "PO_" + portout_id[:6], "requested_foc_date": iso(foc),
        "foc_date": iso(foc), "already_ported": False, "host_messaging": False, "reason": None,
        "lsr": list(lsr or []), "user_id": SANDBOX_USER, "vendor": VENDOR,
        "created_at": iso(now), "inserted_at": iso(now), "updated_at": iso(now),
    }
    with sandbox.state.transaction():
        sandbox.state.insert_portout(portout)
        if attempted_pin:
            sandbox.state.add_record("portout_pin", portout_id,
                                     {"id": f"pin:{portout_id}", "pin": attempted_pin})
        if with_event:
            _status_event(sandbox, portout)
        _schedule_auto_authorize(sandbox, portout, now)
    return portout


def _schedule_auto_authorize(sandbox: Sandbox, portout: Json, since: datetime) -> None:
    """Somewhere in the 24-48 h the guide gives, the same for a seed, numbers and time every
    run (the id is random, so it does not pick the moment)."""
    low, high = AUTO_AUTHORIZE_HOURS
    minutes = sandbox.rng("auto-authorize", ",".join(portout["phone_numbers"]),
                          since.isoformat()).randint(low * 60, high * 60)
    sandbox.state.schedule(iso(since + timedelta(minutes=minutes)), "portout_auto_authorize",
                           portout["id"])


def get(sandbox: Sandbox, portout_id: str) -> Json:
    portout = sandbox.state.get_portout(portout_id)
    if portout is None:
        raise not_found("port-out", portout_id)
    return portout


def rejections(sandbox: Sandbox, portout_id: str) -> list[Json]:
    portout = get(sandbox, portout_id)
    return [{"code": code, "description": REJECTIONS[code][0],
             "reason_required": REJECTIONS[code][1]} for code in eligible(portout)]


def answer(sandbox: Sandbox, portout_id: str, status: str, body: Json) -> Json:
    if status not in ANSWERS:
        raise unprocessable(f"status must be one of {', '.join(ANSWERS)}", parameter="status")
    reason: Any = body.get("reason")
    code = body.get("rejection_code")
    with sandbox.state.transaction():
        portout = get(sandbox, portout_id)
        if status == "rejected-pending":
            _check_rejection(portout, code, reason)
        if portout["status"] != "pending":
            raise unprocessable(f"the port-out is already {portout['status']}",
                                code="PORTOUT_NOT_PENDING")
        portout["reason"] = reason if isinstance(reason, str) and reason else None
        portout["host_messaging"] = bool(body.get("host_messaging", False))
        if status == "rejected-pending":
            portout["rejection_code"] = code
        sandbox.state.unschedule(portout_id)
        _set(sandbox, portout, status)
        if status == "authorized":
            sandbox.state.schedule(portout["foc_date"], "portout_ported", portout_id)
        else:
            when = add_business_days(sandbox.now(), 1)
            sandbox.state.schedule(iso(when), "portout_rejected", portout_id)
        return portout


def _check_rejection(portout: Json, code: Any, reason: Any) -> None:
    if code is None:
        raise unprocessable("a rejection_code is required to reject a port-out",
                            pointer="/rejection_code")
    if code not in eligible(portout):
        allowed = ", ".join(str(c) for c in eligible(portout))
        raise unprocessable(f"rejection code {code} is not eligible for this port-out "
                            f"(eligible: {allowed})", pointer="/rejection_code")
    if REJECTIONS[code][1] and (not isinstance(reason, str) or not reason.strip()):
        raise unprocessable(f"rejection code {code} needs a reason", pointer="/reason")


def comments(sandbox: Sandbox, portout_id: str) -> list[Json]:
    get(sandbox, portout_id)
    return sandbox.state.records("portout_comment", portout_id)


def add_comment(sandbox: Sandbox, portout_id: str, text: str,
                user_id: str | None = None) -> Json:
    """A comment by the account (`POST /portouts/{id}/comments`) or, under /_sandbox, by the
    gaining carrier (`user_id` = GAINING_USER)."""
    from portdesk.platform.sandbox.core import SANDBOX_USER

    user_id = user_id or SANDBOX_USER
    if not text.strip():
        raise unprocessable("body must be a non-empty string", pointer="/body")
    with sandbox.state.transaction():
        get(sandbox, portout_id)
        comment = {"id": str(uuid.uuid4()), "body": text, "portout_id": portout_id,
                   "record_type": "portout_comment", "user_id": user_id,
                   "created_at": iso(sandbox.clock.stamp())}
        sandbox.state.add_record("portout_comment", portout_id, comment)
        _log(sandbox, "portout.new_comment", portout_id, {
            "comment": text, "id": comment["id"], "portout_id": portout_id,
            "user_id": user_id})
        return comment


MOVABLE = ("pending", "authorized")  # a port-out whose FOC is still to come


def move_foc(sandbox: Sandbox, portout_id: str, days: int) -> Json:
    """The gaining carrier asks for another FOC date. Only while the port-out is still to
    happen (a ported, rejected or canceled one has no FOC to move), and an authorized one then
    ports on the new date: the double moved the date and still ported on the old one."""
    from portdesk.platform.sandbox.core import SANDBOX_USER

    with sandbox.state.transaction():
        portout = get(sandbox, portout_id)
        if portout["status"] not in MOVABLE:
            raise unprocessable(f"the port-out is already {portout['status']}: its FOC date "
                                "cannot move", code="PORTOUT_NOT_PENDING")
        foc = add_business_days(sandbox.now(), max(1, days))
        portout["foc_date"] = iso(foc)
        portout["updated_at"] = iso(sandbox.now())
        sandbox.state.save_portout(portout)
        if portout["status"] == "authorized":
            sandbox.state.unschedule_action(portout_id, "portout_ported")
            sandbox.state.schedule(portout["foc_date"], "portout_ported", portout_id)
        _log(sandbox, "portout.foc_date_changed", portout_id,
             {"foc_date": iso(foc), "id": portout_id, "user_id": SANDBOX_USER})
        return portout


CANCELABLE = ("pending", "authorized", "rejected-pending")


def cancel(sandbox: Sandbox, portout_id: str, *, with_event: bool = True) -> Json:
    """The gaining carrier (or the platform) withdraws the request: `canceled`, "canceled by
    the gaining carrier or Telnyx" (port-out guide). The description gives it no reason field
    (`reason` is the account's rejection reason) and its event may not come."""
    with sandbox.state.transaction():
        portout = get(sandbox, portout_id)
        if portout["status"] not in CANCELABLE:
            raise unprocessable(f"the port-out is already {portout['status']}",
                                code="PORTOUT_NOT_CANCELABLE")
        sandbox.state.unschedule(portout_id)
        _set(sandbox, portout, "canceled", with_event=with_event)
        return portout


def _set(sandbox: Sandbox, portout: Json, status: str, *, with_event: bool = True) -> None:
    portout["status"] = status
    portout["updated_at"] = iso(sandbox.now())
    sandbox.state.save_portout(portout)
    if with_event:
        _status_event(sandbox, portout)


def _status_event(sandbox: Sandbox, portout: Json) -> None:
    from portdesk.platform.sandbox.core import SANDBOX_USER

    payload: Json = {"id": portout["id"], "status": portout["status"],
                     "phone_numbers": portout["phone_numbers"],
                     "carrier_name": portout["carrier_name"], "spid": portout["spid"],
                     "subscriber_name": portout["end_user_name"], "user_id": SANDBOX_USER,
                     "rejection_reason": portout.get("reason")}
    pins = sandbox.state.records("portout_pin", portout["id"])
    if pins:
        payload["attempted_pin"] = pins[0]["pin"]
    _log(sandbox, "portout.status_changed", portout["id"], payload)


def _log(sandbox: Sandbox, event_type: str, portout_id: str, payload: Json) -> None:
    stamp = sandbox.clock.stamp()
    now = iso(stamp)
    sandbox.state.add_portout_event({
        "id": str(uuid.uuid4()), "record_type": "portout_event", "event_type": event_type,
        "payload_status": "completed", "portout_id": portout_id, "payload": payload,
        "available_notification_methods": ["email", "webhook"], "created_at": now,
        "updated_at": now}, sandbox.listed_from(stamp))


def _auto_authorize(sandbox: Sandbox, portout_id: str, _: Json) -> None:
    portout = sandbox.state.get_portout(portout_id)
    if portout is not None and portout["status"] == "pending":
        _set(sandbox, portout, "authorized")
        sandbox.state.schedule(portout["foc_date"], "portout_ported", portout_id)


def _rejected(sandbox: Sandbox, portout_id: str, _: Json) -> None:
    """Porting Ops' review: an invalid reason sends the request back to `pending`."""
    portout = sandbox.state.get_portout(portout_id)
    if portout is None or portout["status"] != "rejected-pending":
        return
    reason = str(portout.get("reason") or "").lower()
    if any(word in reason for word in INVALID_REASON_WORDS):
        portout.pop("rejection_code", None)  # an integer when present, never null
        _set(sandbox, portout, "pending")
        _schedule_auto_authorize(sandbox, portout, sandbox.now())
        return
    _set(sandbox, portout, "rejected")


def _ported(sandbox: Sandbox, portout_id: str, _: Json) -> None:
    portout = sandbox.state.get_portout(portout_id)
    if portout is not None and portout["status"] == "authorized":
        portout["already_ported"] = True
        _set(sandbox, portout, "ported")


STREAM_WAITING = 2  # the stream adds no request while this many wait for an answer


def _spawn(sandbox: Sandbox, target: str, data: Json) -> None:
    """The demo's stream of incoming port-out requests, one every `portout_every_days` of the
    sandbox's clock, within bounds: at most `portout_max` in all, none while STREAM_WAITING
    wait for an answer, and the next one counted from the clock's now, so a fast clock or a
    restart after a pause never lets a backlog of missed ones arrive at once. Before, `--speed 2
    --portouts-every 2` added a request every 1.4 s, for ever (the queue flooded)."""
    count = int(data.get("count", 0))
    _, waiting = sandbox.state.list_portouts("pending", 1, 0)
    if count < sandbox.portout_max and waiting < STREAM_WAITING:
        rng = sandbox.rng("portout", count)
        number = f"+1{rng.choice(('312', '415', '646', '713'))}555{rng.randint(100, 199):04d}"
        create(sandbox, [number], rng.choice(_NAMES), rng.choice(_GAINING),
               with_event=rng.random() < 0.5, attempted_pin=f"{rng.randint(0, 9999):04d}")
        count += 1
    if sandbox.portout_every_days > 0 and count < sandbox.portout_max:
        due = add_business_days(sandbox.clock.now(), sandbox.portout_every_days)
        sandbox.state.schedule(iso(due), "portout_spawn", target, {"count": count})


ACTIONS: dict[str, Callable[[Sandbox, str, Json], None]] = {
    "portout_spawn": _spawn, "portout_auto_authorize": _auto_authorize,
    "portout_rejected": _rejected, "portout_ported": _ported,
}
