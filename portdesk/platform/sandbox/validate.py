"""Requests the platform's description forbids, refused with a 422 that names the field.

A small schema checker (types, enums, formats, patterns, bounds, required) and the request shapes
of the operations the sandbox serves, written after the published description: a client that the
sandbox accepts sends what the platform accepts. The first problem found is reported, with a JSON
pointer into the body (`/end_user/admin/pin_passcode`) or the query parameter's name.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any

from portdesk.platform.sandbox.errors import unprocessable

Schema = dict[str, Any]
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "object": (dict,), "array": (list,), "null": (type(None),),
}


def check(value: Any, schema: Schema, where: str, *, parameter: bool = False) -> None:
    """Raise a 422 naming `where` (a pointer, or a parameter name) when `value` breaks `schema`."""
    problem = _problem(value, schema, where)
    if problem is not None:
        path, text = problem
        raise unprocessable(f"{path or 'the body'}: {text}",
                            pointer=None if parameter else (path or "/"),
                            parameter=path if parameter else None)


def _problem(value: Any, schema: Schema, where: str) -> tuple[str, str] | None:
    if "anyOf" in schema:
        for option in schema["anyOf"]:
            if _problem(value, option, where) is None:
                return None
        return where, "matches none of the allowed shapes"
    kinds = schema.get("type")
    if kinds is not None:
        names = kinds if isinstance(kinds, list) else [kinds]
        if not any(_is(value, name) for name in names):
            return where, f"must be {' or '.join(names)}, not {_kind(value)}"
    if value is None:
        return None
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"] if v is not None)
        return where, f"must be one of {allowed}"
    if isinstance(value, str):
        return _string(value, schema, where)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return where, f"must be at least {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return where, f"must be at most {schema['maximum']}"
    if isinstance(value, list):
        item = schema.get("items")
        if "minItems" in schema and len(value) < schema["minItems"]:
            return where, f"needs at least {schema['minItems']} item(s)"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return where, f"holds at most {schema['maxItems']} item(s)"
        for index, entry in enumerate(value):
            if item is not None and (found := _problem(entry, item, f"{where}/{index}")):
                return found
    if isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                return f"{where}/{name}", "is required"
        for name, sub in (schema.get("properties") or {}).items():
            if name in value and (found := _problem(value[name], sub, f"{where}/{name}")):
                return found
    return None


def _string(value: str, schema: Schema, where: str) -> tuple[str, str] | None:
    fmt = schema.get("format")
    if fmt == "uuid" and not _uuid(value):
        return where, "must be a UUID"
    if fmt == "date-time" and not _date_time(value):
        return where, "must be an ISO 8601 date-time"
    if fmt == "uri" and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$", value):
        return where, "must be a URI"
    if "pattern" in schema and not re.search(schema["pattern"], value):
        return where, f"must match {schema['pattern']}"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return where, f"must be at most {schema['maxLength']} characters"
    return None


def _is(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(name, (object,)))


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false",
            type(None): "null", int: "a number", float: "a number"}.get(type(value), "other")


def _uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36


def _date_time(value: str) -> bool:
    if "T" not in value and "t" not in value:
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


# request shapes, after the description
_NULLABLE_TEXT: Schema = {"type": ["string", "null"]}
_DOCUMENTS: Schema = {"type": "object", "properties": {
    "loa": {"type": ["string", "null"], "format": "uuid"},
    "invoice": {"type": ["string", "null"], "format": "uuid"}}}
_END_USER: Schema = {"type": "object", "properties": {
    "admin": {"type": "object", "properties": {k: _NULLABLE_TEXT for k in (
        "account_number", "auth_person_name", "billing_phone_number", "business_identifier",
        "entity_name", "pin_passcode", "tax_identifier")}},
    "location": {"type": "object", "properties": {k: _NULLABLE_TEXT for k in (
        "administrative_area", "country_code", "extended_address", "locality", "postal_code",
        "street_address")}}}}
_MISC: Schema = {"anyOf": [{"type": "null"}, {"type": "object", "properties": {
    "new_billing_phone_number": _NULLABLE_TEXT,
    "remaining_numbers_action": {"type": ["string", "null"],
                                 "enum": ["keep", "disconnect", None]},
    "type": {"type": "string", "enum": ["full", "partial"]}}}]}
CREATE_ORDER: Schema = {"type": "object", "required": ["phone_numbers"], "properties": {
    "phone_numbers": {"type": "array", "items": {"type": "string"}},
    "customer_reference": {"type": ["string", "null"]},
    "customer_group_reference": {"type": "string"}}}
UPDATE_ORDER: Schema = {"type": "object", "properties": {
    "activation_settings": {"type": "object", "properties": {
        "foc_datetime_requested": {"type": "string", "format": "date-time"}}},
    "customer_group_reference": {"type": "string"},
    "customer_reference": {"type": "string"},
    "documents": _DOCUMENTS, "end_user": _END_USER,
    "messaging": {"type": "object", "properties": {"enable_messaging": {"type": "boolean"}}},
    "misc": _MISC,
    "phone_number_configuration": {"type": "object", "properties": {
        **{k: _NULLABLE_TEXT for k in ("billing_group_id", "connection_id",
                                        "emergency_address_id", "messaging_profile_id")},
        "tags": {"type": "array", "items": {"type": "string"}}}},
    "requirement_group_id": {"type": "string", "format": "uuid"},
    "requirements": {"type": "array", "items": {
        "type": "object", "required": ["field_value", "requirement_type_id"],
        "properties": {"field_value": {"type": "string"},
                       "requirement_type_id": {"type": "string"}}}},
    "user_feedback": {"type": "object", "properties": {
        "user_comment": _NULLABLE_TEXT, "user_rating": {"type": ["integer", "null"]}}},
    "webhook_url": {"type": "string", "format": "uri"}}}
COMMENT: Schema = {"type": "object", "properties": {"body": {"type": "string"}}}
PORTABILITY: Schema = {"type": "object", "properties": {
    "phone_numbers": {"type": "array", "items": {"type": "string"}}}}
PORTOUT_ANSWER: Schema = {"type": "object", "required": ["reason"], "properties": {
    "host_messaging": {"type": "boolean"}, "reason": {"type": "string"},
    "rejection_code": {"type": "integer"}}}
ASSOCIATED: Schema = {"type": "object", "required": ["phone_number_range", "action"],
                      "properties": {
    "action": {"type": "string", "enum": ["keep", "disconnect"]},
    "phone_number_range": {"type": "object", "properties": {
        "start_at": {"type": "string", "pattern": r"^\+\d{7,15}$"},
        "end_at": {"type": "string", "pattern": r"^\+\d{7,15}$"}}}}}
ADDITIONAL_DOCUMENTS: Schema = {"type": "object", "required": ["additional_documents"],
                                "properties": {"additional_documents": {
    "type": "array", "minItems": 1, "maxItems": 100, "items": {
        "type": "object", "required": ["document_id", "document_type"], "properties": {
            "document_id": {"type": "string", "format": "uuid"},
            "document_type": {"type": "string", "enum": ["loa", "invoice", "csr", "other"]}}}}}}
PORTING_EVENT_TYPES = ["porting_order.deleted", "porting_order.loa_updated",
                       "porting_order.messaging_changed", "porting_order.status_changed",
                       "porting_order.sharing_token_expired", "porting_order.new_comment",
                       "porting_order.split"]
PORTOUT_EVENT_TYPES = ["portout.status_changed", "portout.new_comment",
                       "portout.foc_date_changed"]
ORDER_STATUSES = ["draft", "in-process", "submitted", "exception", "foc-date-confirmed",
                  "cancel-pending", "ported", "cancelled"]
PORTOUT_STATUSES = ["pending", "authorized", "ported", "rejected", "rejected-pending",
                    "canceled"]
UUID: Schema = {"type": "string", "format": "uuid"}
DATE_TIME: Schema = {"type": "string", "format": "date-time"}
CREATE_DOCUMENT: Schema = {"type": "object", "properties": {
    "customer_reference": {"type": "string"}, "file": {"type": "string"},
    "filename": {"type": "string"}, "url": {"type": "string"}}}
