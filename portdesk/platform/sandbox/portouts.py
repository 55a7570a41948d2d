"""Port-out requests: another carrier wants numbers away from the platform; a specialist answers.

A request arrives `pending`. PATCH `/portouts/{id}/authorized` clears it to port on its FOC date;
`/portouts/{id}/rejected-pending` (a reason is required) is reviewed and becomes `rejected` one
business day later. Nobody answering for 48 hours authorizes it automatically, as platforms do.
Each change is also written to `/porting/events` as `portout.created` / `portout.status_changed`
(a sandbox extension: the real platform keeps these in `/portouts/events`), so one events request
tells PortDesk everything that is new.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from portdesk.platform.sandbox.clock import add_business_days, iso
from portdesk.platform.sandbox.errors import not_found, unprocessable
from portdesk.platform.sandbox.state import Json

if TYPE_CHECKING:
    from portdesk.platform.sandbox.core import Sandbox

ANSWERS = ("authorized", "rejected-pending")
_GAINING = ("Riverbend Wireless", "Northgate Mobile", "Cedar Telecom", "Summit Voice")
_NAMES = ("Harper Dental LLC", "Greenfield Bakery", "Lopez Family", "Atlas Freight Inc")


def create(sandbox: Sandbox, numbers: list[str], end_user_name: str = "Harper Dental LLC",
           carrier_name: str = "Riverbend Wireless", foc_days: int = 5) -> Json:
    now = sandbox.now()
    foc = add_business_days(now, foc_days)
    portout_id = str(uuid.uuid4())
    portout = {
        "id": portout_id, "record_type": "portout", "status": "pending",
        "phone_numbers": list(numbers), "carrier_name": carrier_name,
        "current_carrier": "sandbox", "end_user_name": end_user_name,
        "authorized_name": end_user_name, "service_address": "100 Main Street",
        "city": "Springfield", "state": "IL", "zip": "62701", "pon": portout_id[:8].upper(),
        "spid": "SBX1", "support_key": "PO_" + portout_id[:6], "requested_foc_date": iso(foc),
        "foc_date": iso(foc), "already_ported": False, "host_messaging": False, "reason": None,
        "rejection_code": None, "lsr": [], "user_id": "sandbox-user", "vendor": "sandbox",
        "created_at": iso(now), "inserted_at": iso(now), "updated_at": iso(now),
    }
    with sandbox.state.transaction():
        sandbox.state.insert_portout(portout)
        _event(sandbox, "portout.created", portout)
        sandbox.state.schedule(iso(now + timedelta(hours=48)), "portout_auto_authorize",
                               portout_id)
    return portout


def get(sandbox: Sandbox, portout_id: str) -> Json:
    portout = sandbox.state.get_portout(portout_id)
    if portout is None:
        raise not_found("port-out", portout_id)
    return portout


def answer(sandbox: Sandbox, portout_id: str, status: str, body: Json) -> Json:
    if status not in ANSWERS:
        raise unprocessable(f"status must be one of {', '.join(ANSWERS)}", pointer="/status")
    reason: Any = body.get("reason")
    if status == "rejected-pending" and (not isinstance(reason, str) or not reason.strip()):
        raise unprocessable("a reason is required to reject a port-out", pointer="/reason")
    with sandbox.state.transaction():
        portout = get(sandbox, portout_id)
        if portout["status"] != "pending":
            raise unprocessable(f"the port-out is already {portout['status']}",
                                code="PORTOUT_NOT_PENDING")
        portout["reason"] = reason if isinstance(reason, str) else None
        portout["host_messaging"] = bool(body.get("host_messaging", False))
        sandbox.state.unschedule(portout_id)
        _set(sandbox, portout, status)
        if status == "authorized":
            sandbox.state.schedule(portout["foc_date"], "portout_ported", portout_id)
        else:
            when = add_business_days(sandbox.now(), 1)
            sandbox.state.schedule(iso(when), "portout_rejected", portout_id)
        return portout


def _set(sandbox: Sandbox, portout: Json, status: str) -> None:
    portout["status"] = status
    portout["updated_at"] = iso(sandbox.now())
    sandbox.state.save_portout(portout)
    _event(sandbox, "portout.status_changed", portout)


def _event(sandbox: Sandbox, event_type: str, portout: Json) -> None:
    sandbox.event(event_type, None, {"portout_id": portout["id"], "status": portout["status"],
                                     "phone_numbers": portout["phone_numbers"],
                                     "foc_date": portout["foc_date"],
                                     "carrier_name": portout["carrier_name"]})


def _auto_authorize(sandbox: Sandbox, portout_id: str, _: Json) -> None:
    portout = sandbox.state.get_portout(portout_id)
    if portout is not None and portout["status"] == "pending":
        portout["reason"] = "authorized automatically: no answer within 48 hours"
        _set(sandbox, portout, "authorized")
        sandbox.state.schedule(portout["foc_date"], "portout_ported", portout_id)


def _rejected(sandbox: Sandbox, portout_id: str, _: Json) -> None:
    portout = sandbox.state.get_portout(portout_id)
    if portout is not None and portout["status"] == "rejected-pending":
        _set(sandbox, portout, "rejected")


def _ported(sandbox: Sandbox, portout_id: str, _: Json) -> None:
    portout = sandbox.state.get_portout(portout_id)
    if portout is not None and portout["status"] == "authorized":
        portout["already_ported"] = True
        _set(sandbox, portout, "ported")


def _spawn(sandbox: Sandbox, target: str, data: Json) -> None:
    """The demo's stream of incoming port-out requests, one every `portout_every_days`."""
    count = int(data.get("count", 0))
    rng = sandbox.rng("portout", count)
    number = f"+1{rng.choice(('312', '415', '646', '713'))}555{rng.randint(100, 199):04d}"
    create(sandbox, [number], rng.choice(_NAMES), rng.choice(_GAINING))
    if sandbox.portout_every_days > 0:
        due = add_business_days(sandbox.now(),
                                sandbox.portout_every_days)
        sandbox.state.schedule(iso(due), "portout_spawn", target, {"count": count + 1})


ACTIONS: dict[str, Callable[[Sandbox, str, Json], None]] = {
    "portout_spawn": _spawn, "portout_auto_authorize": _auto_authorize,
    "portout_rejected": _rejected, "portout_ported": _ported,
}
