"""The simulated losing carriers: what happens to an order after confirm, in business days.

Timeline (business days, US federal holidays and weekends skipped; delays drawn per order from the
sandbox seed so a run is repeatable):
  confirm            -> in-process                       at once
  acknowledgment     -> submitted, or exception          1-3 days after confirm
  FOC assigned       -> foc-date-confirmed               mobile 1-2, others 3-7 days after the ack
  FOC date           -> ported                           the later of the requested FOC and
                                                         confirm + lead (mobile 5-10, local and
                                                         toll-free 15-20, international 20-29:
                                                         within the ten allowed FOC windows)
  cancel             -> cancel-pending -> cancelled      1 day; refused within 48 h of the FOC

Rejection triggers, checked at the acknowledgment (all that match are reported together):
  | trigger                                                  | exception code            |
  |----------------------------------------------------------|---------------------------|
  | end_user.admin.account_number ends in 0000               | ACCOUNT_NUMBER_MISMATCH   |
  | end_user.admin.pin_passcode is 0000                      | PASSCODE_PIN_INVALID      |
  | end_user.admin.entity_name contains "Mismatch"           | ENTITY_NAME_MISMATCH      |
  | end_user.admin.auth_person_name contains "Unauthorized"  | AUTH_PERSON_MISMATCH      |
  | end_user.location.postal_code is 00000                   | POSTAL_CODE_MISMATCH      |
  | end_user.location.street_address contains "PO Box"       | LOCATION_MISMATCH         |
  | end_user.admin.billing_phone_number ends in 0199         | BTN_ATN_MISMATCH          |
  | foc_datetime_requested falls on a weekend or holiday     | FOC_REJECTED              |
  | a number ends in 0196                                    | SV_CONFLICT               |
Per-number triggers (partial approval): a number ending in 0197 (PHONE_NUMBER_MISMATCH: not on the
account) or 0198 (PHONE_NUMBER_NOT_PORTABLE: no coverage; also reported by /portability_checks). When
the order has other numbers, the carrier approves those and the platform splits the rejected ones
into a new order in `exception` (a `porting_order.split` event); when all are rejected the whole
order goes to `exception`. A number ending in 0195 has the platform ask the order for the
`phone_number_verification_codes` additional step (sandbox/requirements.py): confirm is refused
until it is done. A number ending in 0194 makes the order one that cannot port texts
(`messaging.messaging_capable` false, core.TEXTS_NOT_CAPABLE_TRIGGER): not a rejection, the texts'
port never starts. An exception order can be PATCHed and confirmed again (a resubmission).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from portdesk.platform.sandbox.clock import add_business_days, is_business_day, iso, parse_iso
from portdesk.platform.sandbox.errors import unprocessable
from portdesk.platform.sandbox.state import Json

if TYPE_CHECKING:
    from portdesk.platform.sandbox.core import Sandbox

DESCRIPTIONS = {
    "ACCOUNT_NUMBER_MISMATCH": "Account number does not match the one on the CSR",
    "PASSCODE_PIN_INVALID": "The port-out PIN / passcode is invalid",
    "ENTITY_NAME_MISMATCH": "Entity name does not match that on the CSR",
    "AUTH_PERSON_MISMATCH": "Authorized person is not on the account",
    "POSTAL_CODE_MISMATCH": "Postal code does not match that on the CSR",
    "LOCATION_MISMATCH": "Service address does not match that on the CSR",
    "BTN_ATN_MISMATCH": "Billing telephone number does not match the CSR",
    "FOC_REJECTED": "Requested FOC date is not a business day",
    "SV_CONFLICT": "Another port request is open for a number",
    "PHONE_NUMBER_MISMATCH": "Phone number is not on the account",
    "PHONE_NUMBER_NOT_PORTABLE": "Phone number is not portable (no coverage)",
}
_LEAD_DAYS = {"mobile": (5, 10), "local": (15, 20), "landline": (15, 20), "toll_free": (15, 20)}
_INTERNATIONAL_LEAD = (20, 40)
ACTIVE = frozenset({"in-process", "submitted", "foc-date-confirmed", "exception"})
_REQUIRED = (
    ("end_user", "admin", "entity_name"), ("end_user", "admin", "auth_person_name"),
    ("end_user", "admin", "account_number"), ("end_user", "location", "street_address"),
    ("end_user", "location", "locality"), ("end_user", "location", "administrative_area"),
    ("end_user", "location", "postal_code"),
)


def missing_requirements(order: Json) -> list[str]:
    missing = []
    for path in _REQUIRED:
        value: object = order
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if not value:
            missing.append(".".join(path))
    if order.get("phone_number_type") == "mobile" and not order["end_user"]["admin"].get(
            "pin_passcode"):
        missing.append("end_user.admin.pin_passcode")
    return missing


def not_portable_reason(e164: str) -> str | None:
    return "No coverage" if e164.endswith("0198") else None


def confirm(sandbox: Sandbox, order: Json) -> Json:
    status = order["status"]["value"]
    if status not in ("draft", "exception"):
        raise unprocessable(f"the order is already {status}; only draft or exception orders "
                            "can be confirmed", code="PORTING_ORDER_NOT_DRAFT")
    from portdesk.platform.sandbox import requirements

    missing = missing_requirements(order) + requirements.unmet(sandbox, order)
    if missing:
        raise unprocessable("requirements not met: " + ", ".join(missing),
                            code="REQUIREMENTS_NOT_MET")
    sandbox.state.unschedule(order["id"])
    order["support_key"] = order.get("support_key") or "sr_" + order["id"][:6]
    for number in order["phone_numbers"]:
        number["support_key"] = order["support_key"]
    requirements.approve(sandbox, order)
    sandbox.set_status(order, "in-process")
    rng = sandbox.rng(order["id"], "ack", order["updated_at"])
    due = add_business_days(sandbox.now(), rng.randint(1, 3))
    sandbox.state.schedule(iso(due), "ack", order["id"])
    return order


def cancel(sandbox: Sandbox, order: Json) -> Json:
    status = order["status"]["value"]
    if status == "draft":
        sandbox.state.unschedule(order["id"])
        sandbox.set_status(order, "cancelled")
        return order
    if status not in ACTIVE:
        raise unprocessable(f"the order is {status} and cannot be cancelled",
                            code="PORTING_ORDER_NOT_CANCELLABLE")
    foc = order["activation_settings"].get("foc_datetime_actual")
    if foc and parse_iso(foc) - sandbox.now() < timedelta(hours=48):
        raise unprocessable("cancel is refused within 48 hours of the FOC date",
                            code="FOC_TOO_CLOSE")
    sandbox.state.unschedule(order["id"])
    sandbox.set_status(order, "cancel-pending")
    sandbox.state.schedule(iso(add_business_days(sandbox.now(), 1)), "cancelled",
                           order["id"])
    return order


FOC_WINDOWS = 10  # business days the platform lists as allowed FOC windows


def foc_windows(sandbox: Sandbox, order: Json) -> list[Json]:
    """The next ten business days from the earliest date the order's number type allows."""
    low, _ = _lead(order)
    day = add_business_days(sandbox.now(), low)
    windows = []
    for _ in range(FOC_WINDOWS):
        start = day.replace(hour=14, minute=0, second=0, microsecond=0)
        windows.append({"record_type": "porting_order", "started_at": iso(start),
                        "ended_at": iso(start + timedelta(hours=8))})
        day = add_business_days(day, 1)
    return windows


def run_due(sandbox: Sandbox) -> int:
    done = 0
    while True:
        with sandbox.state.transaction():
            item = sandbox.state.pop_due(iso(sandbox.clock.now()))
            if item is None:
                return done
            due_at, action, target, data = item
            sandbox.acting_at = parse_iso(due_at)
            try:
                if action.startswith("portout_"):
                    from portdesk.platform.sandbox.portouts import ACTIONS

                    ACTIONS[action](sandbox, target, data)
                else:
                    _ACTIONS[action](sandbox, target, data)
            finally:
                sandbox.acting_at = None
            done += 1


def _lead(order: Json) -> tuple[int, int]:
    country = (order.get("end_user", {}).get("location", {}) or {}).get("country_code")
    first = order["phone_numbers"][0]["phone_number"] if order["phone_numbers"] else "+1"
    if not first.startswith("+1") or (country and country not in ("US", "CA")):
        return _INTERNATIONAL_LEAD
    return _LEAD_DAYS.get(order.get("phone_number_type") or "local", (15, 20))


def _order_triggers(order: Json) -> list[str]:
    admin, location = order["end_user"]["admin"], order["end_user"]["location"]
    codes = []
    if (admin.get("account_number") or "").endswith("0000"):
        codes.append("ACCOUNT_NUMBER_MISMATCH")
    if admin.get("pin_passcode") == "0000":
        codes.append("PASSCODE_PIN_INVALID")
    if "Mismatch" in (admin.get("entity_name") or ""):
        codes.append("ENTITY_NAME_MISMATCH")
    if "Unauthorized" in (admin.get("auth_person_name") or ""):
        codes.append("AUTH_PERSON_MISMATCH")
    if location.get("postal_code") == "00000":
        codes.append("POSTAL_CODE_MISMATCH")
    if "po box" in (location.get("street_address") or "").lower():
        codes.append("LOCATION_MISMATCH")
    if (admin.get("billing_phone_number") or "").endswith("0199"):
        codes.append("BTN_ATN_MISMATCH")
    requested = order["activation_settings"].get("foc_datetime_requested")
    if requested and not is_business_day(parse_iso(requested).date()):
        codes.append("FOC_REJECTED")
    if any(n["phone_number"].endswith("0196") for n in order["phone_numbers"]):
        codes.append("SV_CONFLICT")
    return codes


def _number_trigger(e164: str) -> str | None:
    if e164.endswith("0197"):
        return "PHONE_NUMBER_MISMATCH"
    if e164.endswith("0198"):
        return "PHONE_NUMBER_NOT_PORTABLE"
    return None


def _details(codes: list[str]) -> list[Json]:
    return [{"code": c, "description": DESCRIPTIONS[c]} for c in codes]


def _ack(sandbox: Sandbox, order_id: str, _: Json) -> None:
    order = sandbox.state.get_order(order_id)
    if order is None or order["status"]["value"] != "in-process":
        return
    codes = _order_triggers(order)
    rejected = {n["phone_number"]: c for n in order["phone_numbers"]
                if (c := _number_trigger(n["phone_number"]))}
    if codes or len(rejected) == len(order["phone_numbers"]):
        codes += sorted(set(rejected.values()) - set(codes))
        sandbox.set_status(order, "exception", _details(codes))
        return
    if rejected:
        _split_rejected(sandbox, order, rejected)
    sandbox.set_status(order, "submitted")
    ack = sandbox.now()
    low, high = (1, 2) if order.get("phone_number_type") == "mobile" else (3, 7)
    rng = sandbox.rng(order_id, "foc", order["updated_at"])
    sandbox.state.schedule(iso(add_business_days(ack, rng.randint(low, high))), "foc", order_id,
                           {"submitted_at": iso(ack)})


def _split_rejected(sandbox: Sandbox, order: Json, rejected: dict[str, str]) -> None:
    """Partial approval: the rejected numbers leave in their own order, in exception."""
    keep = [n for n in order["phone_numbers"] if n["phone_number"] not in rejected]
    moved = [n["phone_number"] for n in order["phone_numbers"] if n["phone_number"] in rejected]
    body = {"phone_numbers": moved, "customer_reference": order.get("customer_reference"),
            "customer_group_reference": order.get("customer_group_reference")}
    child = sandbox._new_order([(n, order["phone_number_type"]) for n in moved], body)
    for key in ("end_user", "documents", "misc", "activation_settings"):
        child[key] = order[key]
    child["parent_support_key"] = order.get("support_key")
    from portdesk.platform.sandbox import requirements

    requirements.from_documents(sandbox, child)
    requirements.approve(sandbox, child)
    requirements.refresh(sandbox, child)
    order["phone_numbers"] = keep
    order["porting_phone_numbers_count"] = len(keep)
    sandbox.state.save_order(order)
    sandbox.event("porting_order.split", order["id"], {
        "from": {"id": order["id"]}, "to": {"id": child["id"]},
        "porting_phone_numbers": [{"id": n} for n in moved]})
    sandbox.set_status(child, "exception", _details(sorted(set(rejected.values()))))


def _foc(sandbox: Sandbox, order_id: str, data: Json) -> None:
    order = sandbox.state.get_order(order_id)
    if order is None or order["status"]["value"] != "submitted":
        return
    now = sandbox.now()
    low, high = _lead(order)
    # the carrier's date stays within the windows the platform lists as allowed (from the
    # submission): an international lead of 20-40 days had it up to 14 days past the last
    # window, two months after a requested FOC in the first one. The description lets the
    # carrier choose ("requested FOC dates are not guaranteed"), never outside what the
    # platform itself offers.
    high = min(high, low + FOC_WINDOWS - 1)
    rng = sandbox.rng(order_id, "lead", order["updated_at"])
    submitted = parse_iso(str(data.get("submitted_at") or iso(now)))
    foc = add_business_days(submitted, rng.randint(low, high))
    requested = order["activation_settings"].get("foc_datetime_requested")
    if requested and parse_iso(requested) > foc:
        foc = parse_iso(requested)
    foc = max(foc, add_business_days(now, 1))
    order["activation_settings"]["foc_datetime_actual"] = iso(foc)
    for number in order["phone_numbers"]:
        number["activation_status"] = "Pending"
    sandbox.set_status(order, "foc-date-confirmed")
    sandbox.state.schedule(iso(foc), "port", order_id)


def _port(sandbox: Sandbox, order_id: str, _: Json) -> None:
    order = sandbox.state.get_order(order_id)
    if order is None or order["status"]["value"] != "foc-date-confirmed":
        return
    for number in order["phone_numbers"]:
        number["activation_status"] = "Active"
    sandbox.set_status(order, "ported")


def _cancelled(sandbox: Sandbox, order_id: str, _: Json) -> None:
    order = sandbox.state.get_order(order_id)
    if order is not None and order["status"]["value"] == "cancel-pending":
        for number in order["phone_numbers"]:
            number["activation_status"] = "Cancelled"
        sandbox.set_status(order, "cancelled")



def _activated(sandbox: Sandbox, order_id: str, data: Json) -> None:
    from portdesk.platform.sandbox import steps

    steps.activated(sandbox, order_id, data)


_ACTIONS: dict[str, Callable[[Sandbox, str, Json], None]] = {
    "ack": _ack, "foc": _foc, "port": _port, "cancelled": _cancelled, "activated": _activated,
}
