"""An order's regulatory requirements and additional steps, per country and number type.

Every order needs the LOA (a document); orders outside the US and Canada also need a recent
invoice and a textual contact e-mail. A
requirement is met once a value is given (document ids must exist): `requirement-info-under-review`
at once, `approved` when the order is confirmed. `documents.loa` / `documents.invoice` fill the
matching requirement and the other way round. A partial port of GB local numbers needs
`associated_phone_numbers` (the numbers that stay with the losing carrier) before confirm.
The description's other additional step, `phone_number_verification_codes`, is asked of an order
holding a number ending in 0195 (the sandbox's trigger) and of any order through
`POST /_sandbox/porting_orders/{id}/steps`, and is done once every number of the order has its
code verified (sandbox/verification.py, the description's verification code operations; the
control with an empty list still plays it done on the platform's portal).
Until then confirm is refused ("These steps must be completed before you can submit the order":
the additional steps guide).
"""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING

from portdesk.platform.sandbox.errors import unprocessable
from portdesk.platform.sandbox.state import Json

if TYPE_CHECKING:
    from portdesk.platform.sandbox.core import Sandbox


def _type_id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"portdesk-sandbox/requirement/{name}"))


LOA, INVOICE, EMAIL = _type_id("loa"), _type_id("invoice"), _type_id("contact-email")
TYPES: dict[str, Json] = {
    LOA: {"id": LOA, "name": "Letter of Authorization", "type": "document",
          "description": "The account holder's signed LOA naming the numbers to port",
          "acceptance_criteria": {"acceptable_values": ["signed PDF"]}},
    INVOICE: {"id": INVOICE, "name": "Copy of latest invoice", "type": "document",
              "description": "A bill from the losing carrier not older than 30 days",
              "acceptance_criteria": {"max_age_days": 30}},
    EMAIL: {"id": EMAIL, "name": "Account holder's contact e-mail", "type": "textual",
            "description": "An e-mail address the losing carrier can reach the account holder at",
            "acceptance_criteria": {"regex": r"^[^@\s]+@[^@\s]+\.[^@\s]+$"}},
}
SLOT = {LOA: "loa", INVOICE: "invoice"}
# The description's additional steps (PortingOrder.additional_steps) other than the numbers that
# stay, which `needs_associated` decides from the order itself.
ASKED_STEPS = ("phone_number_verification_codes",)
VERIFICATION_TRIGGER = "0195"


def _domestic(order: Json) -> bool:
    return all(n["phone_number"].startswith("+1") for n in order["phone_numbers"])


def attach(sandbox: Sandbox, order: Json) -> None:
    """The requirements a new order gets, from its country and number type."""
    needed = [LOA]
    if not _domestic(order):
        needed += [INVOICE, EMAIL]
    order["requirements"] = [_summary(type_id, None) for type_id in needed]
    for type_id in needed:
        sandbox.state.add_record("requirement", order["id"], {
            "id": f"{order['id']}:{type_id}", "record_type": "porting_requirement",
            "field_type": TYPES[type_id]["type"], "requirement_status": "requirement-info-pending",
            "requirement_type": TYPES[type_id]})
    refresh(sandbox, order)
    ask_on_creation(sandbox, order)


def _summary(type_id: str, value: str | None) -> Json:
    item: Json = {"record_type": "porting_requirement", "requirement_type_id": type_id}
    if TYPES[type_id]["type"] == "document":
        item["field_type"] = "document"
    if value is not None:
        item["field_value"] = value
    return item


def details(sandbox: Sandbox, order_id: str) -> list[Json]:
    out = []
    for record in sandbox.state.records("requirement", order_id):
        shown = {k: v for k, v in record.items() if k != "id"}
        out.append(shown)
    return out


def fulfil(sandbox: Sandbox, order: Json, items: list[Json]) -> None:
    """Values for requirements (already shape-checked): document ids must exist, text must pass
    the acceptance criteria; a 422 names the entry otherwise."""
    records = {r["requirement_type"]["id"]: r
               for r in sandbox.state.records("requirement", order["id"])}
    for index, item in enumerate(items):
        type_id, value = item["requirement_type_id"], item["field_value"]
        pointer = f"/requirements/{index}"
        record = records.get(type_id)
        if record is None:
            raise unprocessable(f"requirement type {type_id} is not on this order",
                                pointer=f"{pointer}/requirement_type_id")
        if record["field_type"] == "document" and sandbox.state.get_document(value) is None:
            raise unprocessable(f"document {value} does not exist",
                                pointer=f"{pointer}/field_value")
        pattern = TYPES[type_id]["acceptance_criteria"].get("regex")
        if pattern and not re.match(pattern, value):
            raise unprocessable(f"'{value}' does not meet the acceptance criteria",
                                pointer=f"{pointer}/field_value")
        _set(sandbox, record, value)
        if type_id in SLOT:
            order["documents"][SLOT[type_id]] = value


def from_documents(sandbox: Sandbox, order: Json) -> None:
    """documents.loa / documents.invoice given directly fill their requirements."""
    for record in sandbox.state.records("requirement", order["id"]):
        slot = SLOT.get(record["requirement_type"]["id"])
        value = (order.get("documents") or {}).get(slot) if slot else None
        if value and record.get("field_value") != value:
            _set(sandbox, record, value)


def _set(sandbox: Sandbox, record: Json, value: str) -> None:
    record["field_value"] = value
    record["requirement_status"] = "requirement-info-under-review"
    sandbox.state.save_record(record)


def document_reviewed(sandbox: Sandbox, doc_id: str, refused: bool, verified: bool) -> None:
    """Every requirement the document fills, on every order that names it, follows its review."""
    orders, _ = sandbox.state.list_orders("body LIKE ?", (f"%{doc_id}%",), "seq", 1000, 0)
    for order in orders:
        for record in sandbox.state.records("requirement", order["id"]):
            if record.get("field_value") != doc_id:
                continue
            if refused:
                record["requirement_status"] = "requirement-info-exception"
            elif verified:
                record["requirement_status"] = "approved"
            sandbox.state.save_record(record)
        refresh(sandbox, order)
        sandbox.state.save_order(order)


def approve(sandbox: Sandbox, order: Json) -> None:
    for record in sandbox.state.records("requirement", order["id"]):
        # a requirement whose document was denied or found infected stays refused
        if record.get("field_value") and \
                record.get("requirement_status") != "requirement-info-exception":
            record["requirement_status"] = "approved"
            sandbox.state.save_record(record)
    number_states(sandbox, order)


def refresh(sandbox: Sandbox, order: Json) -> None:
    """The order's own view: requirement values, requirements_met, additional_steps."""
    records = sandbox.state.records("requirement", order["id"])
    order["requirements"] = [_summary(r["requirement_type"]["id"], r.get("field_value"))
                             for r in records]
    order["requirements_met"] = all(
        r.get("field_value") and r.get("requirement_status") != "requirement-info-exception"
        for r in records)
    order["additional_steps"] = (["associated_phone_numbers"]
                                 if needs_associated(sandbox, order) else []) + asked(sandbox, order)
    number_states(sandbox, order)


def number_states(sandbox: Sandbox, order: Json) -> None:
    """Each number's `requirements_status`: "The current status of the requirements in a INTL
    porting order" (the description), so only international orders carry it; the sandbox's
    requirements are the order's, so every number follows them: one refused is an exception,
    one missing is pending, all approved is approved, else under review."""
    states = {r.get("requirement_status") for r in
              sandbox.state.records("requirement", order["id"])}
    if _domestic(order):
        for number in order["phone_numbers"]:
            number.pop("requirements_status", None)
        return
    state = next((s for s in ("requirement-info-exception", "requirement-info-pending",
                              "requirement-info-under-review") if s in states), "approved")
    for number in order["phone_numbers"]:
        number["requirements_status"] = state


def asked(sandbox: Sandbox, order: Json) -> list[str]:
    """The steps the platform asked of this order that are not done yet."""
    return [r["step"] for r in sandbox.state.records("asked_step", order["id"])]


def ask_steps(sandbox: Sandbox, order: Json, steps: list[str]) -> None:
    """The platform now asks exactly these steps of the order (an empty list: all done)."""
    for record in sandbox.state.records("asked_step", order["id"]):
        sandbox.state.delete_record("asked_step", record["id"])
    for step in dict.fromkeys(steps):
        sandbox.state.add_record("asked_step", order["id"],
                                 {"id": f"{order['id']}:{step}", "step": step})
    refresh(sandbox, order)


def ask_on_creation(sandbox: Sandbox, order: Json) -> None:
    if any(n["phone_number"].endswith(VERIFICATION_TRIGGER) for n in order["phone_numbers"]):
        ask_steps(sandbox, order, ["phone_number_verification_codes"])


def unmet(sandbox: Sandbox, order: Json) -> list[str]:
    missing = [r["requirement_type"]["name"] for r in
               sandbox.state.records("requirement", order["id"]) if not r.get("field_value")]
    if needs_associated(sandbox, order):
        missing.append("associated phone numbers (the numbers that stay)")
    missing += [f"additional step {step}" for step in asked(sandbox, order)]
    return missing


def needs_associated(sandbox: Sandbox, order: Json) -> bool:
    misc = order.get("misc") or {}
    gb_local = all(n["phone_number"].startswith("+44") for n in order["phone_numbers"]) and \
        order.get("phone_number_type") in ("local", "landline")
    return bool(gb_local and misc.get("type") == "partial"
                and not sandbox.state.records("associated", order["id"]))
