"""The platform's error pointers said in the specialist's words.

The description's error object names the offending field by `source.pointer` ("JSON pointer
(RFC6901) to the offending entity") or `source.parameter`, and its `detail` is free text that
need not name the field at all ("is invalid"). A refusal shown as "the platform refused PATCH
/porting_orders/...: is invalid" leaves the specialist guessing which of a dozen values to fix, so
every pointer into a body PortDesk sends (wire.order_fields, comments, uploads, port-out answers)
is named by the case field it was written from; any other pointer by its own last word.
"""

from __future__ import annotations

import re

# pointer (without its leading "/", list indexes as "#") -> the case field, in the trade's words
_WORDS: dict[str, str] = {
    "end_user/admin/entity_name": "customer name",
    "end_user/admin/auth_person_name": "authorized person",
    "end_user/admin/account_number": "account number",
    "end_user/admin/pin_passcode": "PIN / passcode",
    "end_user/admin/billing_phone_number": "billing telephone number (BTN)",
    "end_user/admin/business_identifier": "business identifier",
    "end_user/admin/tax_identifier": "tax identifier",
    "end_user/location/street_address": "service address: street",
    "end_user/location/extended_address": "service address: suite / unit",
    "end_user/location/locality": "service address: city",
    "end_user/location/administrative_area": "service address: state / province",
    "end_user/location/postal_code": "service address: ZIP / postal code",
    "end_user/location/country_code": "service address: country",
    "misc/type": "full or partial port",
    "misc/remaining_numbers_action": "what happens to the numbers that stay",
    "misc/new_billing_phone_number": "new billing telephone number",
    "activation_settings/foc_datetime_requested": "requested FOC date",
    "documents/loa": "LOA document",
    "documents/invoice": "bill (invoice) document",
    "phone_numbers": "numbers to port",
    "phone_numbers/#": "number {n} of the case",
    "customer_reference": "case reference",
    "body": "comment text",
    "file": "uploaded file",
    "reason": "rejection reason",
    "rejection_code": "rejection code",
    "requirements/#/field_value": "value of requirement {n}",
    "requirements/#/requirement_type_id": "requirement {n}",
}
SECRET_FIELDS = frozenset({"end_user/admin/pin_passcode"})
_INDEX = re.compile(r"^\d+$")


def _key(pointer: str) -> tuple[str, int | None]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.strip("/").split("/") if p]
    index = next((int(p) for p in parts if _INDEX.match(p)), None)
    return "/".join("#" if _INDEX.match(p) else p for p in parts), index


def field_words(pointer: str) -> str:
    """The field a pointer (or a query parameter's name) points at, as the specialist calls it."""
    key, index = _key(pointer)
    words = _WORDS.get(key)
    if words is not None:
        return words.format(n=(index or 0) + 1)
    last = next((p for p in reversed(key.split("/")) if p and p != "#"), "")
    return re.sub(r"[_\[\].]+", " ", last).strip() or "the request"


def is_secret(pointer: str) -> bool:
    """A field whose value must not come back in an error's words (the PIN)."""
    return _key(pointer)[0] in SECRET_FIELDS


def without_pointer(detail: str, pointer: str) -> str:
    """The detail without the pointer written at its head ("/end_user/x: is required")."""
    head = pointer if pointer.startswith("/") else "/" + pointer
    for prefix in (head + ":", pointer + ":"):
        if detail.startswith(prefix):
            return detail[len(prefix):].strip()
    return detail
