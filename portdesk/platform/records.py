"""The documented steps around an order read into the port's plain records (platform/port.py):
requirements, FOC windows, exception types, activation jobs and port-out rejection codes.

Each parser takes the description's shape and keeps going on anything odd: a missing description
is "", an unknown status is kept as written, so the desk can show what the platform said.
"""

from __future__ import annotations

from typing import Any

from portdesk.platform.errors import MalformedResponse
from portdesk.platform.port import (
    OTHER_REJECTION,
    ActivationJob,
    ExceptionType,
    FocWindow,
    RejectionCode,
    Requirement,
)
from portdesk.platform.wire import Json, parse_time, require


def _obj(value: Any, what: str) -> Json:
    if not isinstance(value, dict):
        raise MalformedResponse(f"the platform sent {what} that is not an object")
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def parse_rejection(data: Any) -> RejectionCode:
    item = _obj(data, "a rejection code")
    code = item.get("code")
    if not isinstance(code, int) or isinstance(code, bool):
        raise MalformedResponse("the platform's rejection code has no valid 'code'")
    return RejectionCode(code, _text(item.get("description")),
                         item.get("reason_required") is True or code == OTHER_REJECTION)


def parse_requirement(data: Any) -> Requirement:
    item = _obj(data, "a requirement")
    kind = item.get("requirement_type")
    kind = kind if isinstance(kind, dict) else {}
    type_id = kind.get("id") or item.get("requirement_type_id")
    if not isinstance(type_id, str) or not type_id:
        raise MalformedResponse("the platform's requirement has no requirement type id")
    accept = kind.get("acceptance_criteria")
    field_type = _text(item.get("field_type")) or _text(kind.get("type"))
    status = _text(item.get("requirement_status")) or "requirement-info-pending"
    value = _text(item.get("field_value"))
    return Requirement(
        type_id=type_id, name=_text(kind.get("name")) or type_id,
        description=_text(kind.get("description")), field_type=field_type, status=status,
        value=value, acceptance=accept if isinstance(accept, dict) else {},
        is_document=field_type == "document",
        met=status in ("approved", "requirement-info-under-review"),
        wants_value=not value or status == "requirement-info-exception")


def parse_window(data: Any) -> FocWindow:
    item = _obj(data, "an FOC window")
    start = parse_time(item.get("started_at"), "an FOC window start")
    end = parse_time(item.get("ended_at"), "an FOC window end")
    if start is None or end is None:
        raise MalformedResponse("the platform sent an FOC window without its start or end")
    return FocWindow(start, end)


def parse_exception_type(data: Any) -> ExceptionType:
    item = _obj(data, "an exception type")
    return ExceptionType(require(item, "code", str, "exception type"),
                         _text(item.get("description")))


def parse_activation_job(data: Any) -> ActivationJob:
    item = _obj(data, "an activation job")
    windows = []
    for raw in item.get("activation_windows") or []:
        if isinstance(raw, dict):
            start = parse_time(raw.get("start_at"), "an activation window")
            end = parse_time(raw.get("end_at"), "an activation window")
            if start and end:
                windows.append(FocWindow(start, end))
    return ActivationJob(
        id=require(item, "id", str, "activation job"),
        status=_text(item.get("status")) or "created",
        activation_type=_text(item.get("activation_type")),
        activate_at=parse_time(item.get("activate_at"), "an activation time"),
        windows=tuple(windows))


__all__ = ["OTHER_REJECTION", "ActivationJob", "ExceptionType", "FocWindow", "RejectionCode",
           "Requirement", "parse_activation_job", "parse_exception_type", "parse_rejection",
           "parse_requirement", "parse_window"]
