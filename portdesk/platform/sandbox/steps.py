"""The documented steps around an order in the sandbox: exception types, associated numbers
(partial GB ports) and on-demand activation of FastPort orders.

Activation: an order with `activation_settings.fast_port_eligible` whose FOC is confirmed can be
activated at once; the job runs `created` -> `in-process` -> `completed` within an hour of
simulated time and the numbers become active (the order is `ported`).
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING

from portdesk.platform.sandbox.carrier import DESCRIPTIONS
from portdesk.platform.sandbox.clock import iso
from portdesk.platform.sandbox.errors import not_found, unprocessable
from portdesk.platform.sandbox.state import Json

if TYPE_CHECKING:
    from portdesk.platform.sandbox.core import Sandbox

EXCEPTION_TYPES = {
    **DESCRIPTIONS,
    "FOC_EXPIRED": "The FOC date lapsed before the port completed",
    "LSR_PENDING": "The losing carrier has not answered the request yet",
    "MAIN_BTN_PORTING": "The BTN is porting: give instructions for the remaining numbers",
    "OSP_IRRESPONSIVE": "The losing carrier does not respond",
    "OTHER": "The losing carrier rejected the request; see the comments",
    "PHONE_NUMBER_HAS_SPECIAL_FEATURE": "A number has a special feature (hunt group, DSL, alarm)",
    "PORT_TYPE_INCORRECT": "Full or partial port is wrong for this account",
    "PORTING_ORDER_SPLIT_REQUIRED": "The losing carrier requires separate orders",
    "RATE_CENTER_NOT_PORTABLE": "The rate center is not covered",
    "SV_UNKNOWN_FAILURE": "Subscription version failed for an unknown reason",
}


def exception_types() -> list[Json]:
    return [{"code": code, "description": text} for code, text in sorted(EXCEPTION_TYPES.items())]


def add_associated(sandbox: Sandbox, order_id: str, body: Json) -> Json:
    with sandbox.state.transaction():
        order = sandbox.order(order_id)
        if order["status"]["value"] not in ("draft", "exception"):
            raise unprocessable("associated numbers can only change on a draft or exception "
                                "order", code="PORTING_ORDER_NOT_EDITABLE")
        rng = body.get("phone_number_range") or {}
        start, end = rng.get("start_at"), rng.get("end_at") or rng.get("start_at")
        if not start:
            raise unprocessable("phone_number_range.start_at is required",
                                pointer="/phone_number_range/start_at")
        on_order = {n["phone_number"] for n in order["phone_numbers"]}
        if start in on_order or end in on_order:
            raise unprocessable("an associated number stays behind: it cannot be one that "
                                "ports", pointer="/phone_number_range")
        now = iso(sandbox.now())
        record = {"id": str(uuid.uuid4()), "record_type": "porting_associated_phone_number",
                  "action": body["action"], "country_code": order_country(order),
                  "phone_number_range": {"start_at": start, "end_at": end},
                  "phone_number_type": order.get("phone_number_type") or "local",
                  "porting_order_id": order_id, "created_at": now, "updated_at": now}
        sandbox.state.add_record("associated", order_id, record)
        _refresh(sandbox, order)
        return record


def list_associated(sandbox: Sandbox, order_id: str, action: str | None = None,
                    phone_number: str | None = None) -> list[Json]:
    """The order's ranges in the order they were made (created_at ascending)."""
    sandbox.order(order_id)
    return [r for r in sandbox.state.records("associated", order_id)
            if (action is None or r.get("action") == action)
            and (phone_number is None or _in_range(phone_number, r.get("phone_number_range")))]


def _in_range(number: str, span: object) -> bool:
    """Whether an E.164 number lies in a range of numbers of its own length."""
    if not isinstance(span, dict):
        return False
    start = str(span.get("start_at") or "")
    end = str(span.get("end_at") or start)
    return len(number) == len(start) == len(end) and start <= number <= end


def delete_associated(sandbox: Sandbox, order_id: str, record_id: str) -> Json:
    with sandbox.state.transaction():
        order = sandbox.order(order_id)
        found = next((r for r in sandbox.state.records("associated", order_id)
                      if r["id"] == record_id), None)
        if found is None:
            raise not_found("associated phone number", record_id)
        sandbox.state.delete_record("associated", record_id)
        _refresh(sandbox, order)
        return found


def _refresh(sandbox: Sandbox, order: Json) -> None:
    from portdesk.platform.sandbox import requirements

    requirements.refresh(sandbox, order)
    sandbox.state.save_order(order)


def order_country(order: Json) -> str:
    first = order["phone_numbers"][0]["phone_number"] if order["phone_numbers"] else "+1"
    return "US" if first.startswith("+1") else "GB" if first.startswith("+44") else "ZZ"


def activate(sandbox: Sandbox, order_id: str) -> Json:
    with sandbox.state.transaction():
        order = sandbox.order(order_id)
        if not order["activation_settings"].get("fast_port_eligible"):
            raise unprocessable("this order does not support on-demand activation",
                                code="ACTIVATION_NOT_SUPPORTED")
        if order["status"]["value"] != "foc-date-confirmed":
            raise unprocessable("an order can be activated once its FOC date is confirmed",
                                code="ACTIVATION_NOT_READY")
        now = sandbox.now()
        job = {"id": str(uuid.uuid4()), "record_type": "porting_activation_job",
               "activation_type": "on-demand", "status": "in-process",
               "activate_at": iso(now), "activation_windows": [
                   {"start_at": iso(now), "end_at": iso(now + timedelta(hours=4))}],
               "created_at": iso(now), "updated_at": iso(now)}
        sandbox.state.add_record("activation", order_id, job)
        sandbox.state.schedule(iso(now + timedelta(hours=1)), "activated", order_id,
                               {"job": job["id"]})
        return job


def jobs(sandbox: Sandbox, order_id: str) -> list[Json]:
    sandbox.order(order_id)
    return sandbox.state.records("activation", order_id)


def job(sandbox: Sandbox, order_id: str, job_id: str) -> Json:
    found = next((j for j in jobs(sandbox, order_id) if j["id"] == job_id), None)
    if found is None:
        raise not_found("activation job", job_id)
    return found


def activated(sandbox: Sandbox, order_id: str, data: Json) -> None:
    """The activation job finished: numbers active, the order ported."""
    order = sandbox.state.get_order(order_id)
    found = next((j for j in sandbox.state.records("activation", order_id)
                  if j["id"] == data.get("job")), None)
    if order is None or found is None:
        return
    found["status"] = "completed"
    found["updated_at"] = iso(sandbox.now())
    sandbox.state.save_record(found)
    if order["status"]["value"] == "foc-date-confirmed":
        for number in order["phone_numbers"]:
            number["activation_status"] = "Active"
        sandbox.state.unschedule_action(order_id, "port")
        sandbox.set_status(order, "ported")
