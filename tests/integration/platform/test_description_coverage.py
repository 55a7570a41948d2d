"""The platform's published description walked end to end, against the client and the sandbox.

`description_coverage.md` (beside this file) lists every operation of the description: the client
module that calls it, whether the sandbox doubles it, and for one not used, why. This test keeps
that table honest: every operation of the description has exactly one row, a row naming a client
module is called from that module, and the sandbox column is what the sandbox serves.

Then every enum of the description (each place it occurs: a schema's property, a query
parameter, a request body) must fall under one entry of `HANDLED` below, either handled BY NAME
(the description's values are a subset of what the client's code decides by: a new value fails
until the client says what it means) or AUDITED (read as given, sent as chosen, or not used: the
values are pinned as they were when audited, so a new one fails and someone decides whether the
catch-all still fits). Every HTTP status the description answers with must map to a failure
kind of the client by name (`transport._http_error`), never to the generic one. The description
is read in place from ../shared (skipped, with the reason, when it is absent).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest

from portdesk.domain.additional_documents import DOCUMENT_TYPES
from portdesk.domain.case import PortType, RemainingAction
from portdesk.domain.document_review import DENIED, INFECTED, PENDING, VERIFIED
from portdesk.domain.number_requirements import REQUIREMENTS_STATUS
from portdesk.domain.rejections import REASONS
from portdesk.domain.verification_codes import METHODS
from portdesk.platform import additional_documents, errors, telnyx_port
from portdesk.platform.retry import RetryPolicy
from portdesk.platform.sandbox.app import operations
from portdesk.platform.sync.mapping import (
    _NUMBER_STATUS,
    NUMBER_STATUS_KEPT,
    PLATFORM_STATUS_MAP,
    PORTOUT_STATUS,
)
from portdesk.platform.transport import ClientCore
from portdesk.services.portout_documents import KIND_WORDS
from portdesk.services.timeline import MESSAGING_WORDS

Json = dict[str, Any]
HERE = Path(__file__).parent
TABLE = HERE / "description_coverage.md"
PLATFORM = Path(__file__).parents[3] / "portdesk" / "platform"


@cache
def _spec(shared: str) -> Json:
    path = Path(shared) / "samples" / "api" / "telnyx" / "porting-openapi.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture
def spec(shared_dir: Path) -> Json:
    return _spec(str(shared_dir))


# ---------------------------------------------------------------- operations

@dataclass(frozen=True)
class Row:
    operation: str  # "GET /porting_orders/{id}"
    client: str  # the module under portdesk/platform that calls it, or "-"
    sandbox: bool
    note: str


def rows() -> list[Row]:
    found = []
    text = TABLE.read_text(encoding="utf-8")
    section = text.split("## Operations", 1)[1].split("\n## ", 1)[0]
    for line in section.splitlines():
        match = re.match(r"^\| `([A-Z]+ /[^`]*)` \| ([^|]*) \| ([^|]*) \| ([^|]*) \|$", line)
        if match:
            op, client, sandbox, note = (g.strip() for g in match.groups())
            found.append(Row(op, client, sandbox == "yes", note))
    return found


def described_operations(spec: Json) -> set[str]:
    return {f"{method.upper()} {path}" for path, item in spec["paths"].items()
            for method in item if method in ("get", "post", "patch", "put", "delete")}


def called_from(module: str, operation: str) -> bool:
    """Whether the module's source holds a path literal that reaches the operation's path
    (an f-string's `{...}` stands for one path segment)."""
    path = operation.split(" ", 1)[1].lstrip("/")
    source = (PLATFORM / module).read_text(encoding="utf-8")
    wanted = path.split("/")
    for literal in re.findall(r"f?\"([a-z_/{}.]+)\"", source):
        parts = literal.split("/")
        if len(parts) != len(wanted):
            continue
        if all(_segment_reaches(mine, theirs, source) for mine, theirs in zip(parts, wanted, strict=True)):
            return True
    return False


def _segment_reaches(mine: str, theirs: str, source: str) -> bool:
    """A literal segment must be the description's; a `{placeholder}` reaches a placeholder, or
    a fixed segment ("actions/share") only when the module writes that word as a string."""
    if not mine.startswith("{"):
        return mine == theirs
    return theirs.startswith("{") or f'"{theirs}"' in source


def test_every_operation_of_the_description_has_one_row(spec: Json) -> None:
    listed = [r.operation for r in rows()]
    assert len(listed) == len(set(listed)), "an operation is listed twice"
    assert set(listed) == described_operations(spec), (
        sorted(described_operations(spec) - set(listed)), sorted(set(listed) - described_operations(spec)))


def test_the_client_column_is_what_the_client_calls() -> None:
    for row in rows():
        if row.client == "-":
            assert row.note, f"{row.operation}: not used by the client, and no reason given"
            continue
        assert called_from(row.client, row.operation), f"{row.operation} not in {row.client}"


def test_the_sandbox_column_is_what_the_sandbox_serves() -> None:
    served = {f"{method} {path}" for method, path in operations()}
    for row in rows():
        assert row.sandbox == (row.operation in served), row.operation
    assert served <= {r.operation for r in rows()}


def test_the_summary_counts_are_the_table_s() -> None:
    table = rows()
    text = TABLE.read_text(encoding="utf-8")
    used = sum(r.client != "-" for r in table)
    doubled = sum(r.sandbox for r in table)
    assert f"{len(table)} operations: {used} used by the client, {doubled} doubled by the " \
           f"sandbox, {len(table) - used} not used by the client" in text
    unused = [r.note for r in table if r.client == "-"]
    assert all(n.startswith(("not needed", "not yet")) for n in unused), unused
    needed = sum(n.startswith("not needed") for n in unused)
    assert f"({needed} not needed by a specialist, {len(unused) - needed} not yet)" in text


# ---------------------------------------------------------------- enums

def _deref(spec: Json, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _walk(node: Any, where: str) -> Iterator[tuple[str, list[Any]]]:
    if isinstance(node, dict):
        if "enum" in node:
            yield where, list(node["enum"])
        for key, value in node.items():
            if key in ("example", "examples"):
                continue
            if key in ("properties", "allOf", "oneOf", "anyOf", "schema", "content",
                       "application/json"):
                yield from _walk(value, where)
            elif key == "items":
                yield from _walk(value, where + "[]")
            elif isinstance(value, (dict, list)):
                yield from _walk(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value, where)


def enums(spec: Json) -> list[tuple[str, list[Any]]]:
    """Every enum, named by where it is: `Schema.property`, `GET /path ?param.key`,
    `POST /path body.key`."""
    found = []
    for name, schema in spec["components"]["schemas"].items():
        found += _walk(schema, name)
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            for param in op.get("parameters", []):
                param = _deref(spec, param)
                found += _walk(param.get("schema", {}), f"{method.upper()} {path} ?{param['name']}")
            if "requestBody" in op:
                found += _walk(_deref(spec, op["requestBody"]).get("content", {}),
                               f"{method.upper()} {path} body")
    return found


@dataclass(frozen=True)
class Handled:
    where: str  # a regular expression over the enum's place
    values: Callable[[], set[Any]]  # BY NAME: what the client decides by; AUDITED: the pinned set
    by_name: bool
    how: str  # what the client does with it, in a few words


def by_name(where: str, values: Callable[[], set[Any]], how: str) -> Handled:
    return Handled(where, values, True, how)


def audited(where: str, values: set[Any], how: str) -> Handled:
    return Handled(where, lambda: set(values), False, how)


ORDER_STATUSES = {"draft", "in-process", "submitted", "exception", "foc-date-confirmed",
                  "cancel-pending", "ported", "cancelled"}
PAYLOAD = {"created", "completed"}
NUMBER_TYPES = {"landline", "local", "mobile", "national", "shared_cost", "toll_free"}
ACTIVATION = {"New", "Pending", "Conflict", "Cancel Pending", "Failed", "Concurred",
              "Activate RDY", "Disconnect Pending", "Concurrence Sent", "Old", "Sending",
              "Active", "Cancelled"}
UNUSED_OPERATION = "an operation the client does not call (description_coverage.md says why)"

HANDLED = [
    # statuses a specialist sees, decided value by value
    by_name(r"^(PortingOrderStatus\.value|ExportPortingOrdersCSVReport\.filters\.status__in\[\]"
            r"|GET /porting_orders/phone_number_configurations \?filter\.porting_order\.status\[\]"
            r"|GET /porting_orders/\{porting_order_id\}/phone_number_blocks \?filter\.status(\[\])?"
            r"|GET /porting_phone_numbers \?filter\.porting_order_status)$",
            lambda: set(PLATFORM_STATUS_MAP), "sync/mapping.PLATFORM_STATUS_MAP"),
    by_name(r"^PortingPhoneNumber\.porting_order_status$",
            lambda: set(_NUMBER_STATUS) | set(NUMBER_STATUS_KEPT),
            "sync/mapping._NUMBER_STATUS, NUMBER_STATUS_KEPT (cancel-pending keeps the number)"),
    by_name(r"^(PortoutDetails\.status|WebhookPortoutStatusChanged\.payload\.status"
            r"|ExportPortoutsCSVReport\.filters\.status__in\[\]|GET /portouts \?filter\.status"
            r"|GET /portouts \?filter\.status_in\[\])$",
            lambda: set(PORTOUT_STATUS), "sync/mapping.PORTOUT_STATUS"),
    by_name(r"^PATCH /portouts/\{id\}/\{status\} \?status$",
            lambda: {"authorized", "rejected-pending"}
            if _sends_both_answers() else set(), "portout_calls.answer_portout"),
    by_name(r"^PortingOrdersExceptionType\.code$", lambda: set(REASONS),
            "domain/rejections.REASONS: each code with its fix"),
    by_name(r"^(PortingEvent\w+\.event_type|GET /porting/events \?filter\.type)$",
            lambda: set(telnyx_port.KNOWN_PORTING), "telnyx_port.KNOWN_PORTING"),
    by_name(r"^(WebhookPortout\w+\.event_type|GET /portouts/events \?filter\.event_type)$",
            lambda: set(telnyx_port.PORTOUT_KINDS), "telnyx_port.PORTOUT_KINDS"),
    by_name(r"^PortingOrder(Messaging|EventMessagingChangedPayload\.payload\.messaging)?"
            r"\.messaging_port_status$|^PortingEventMessagingChangedPayload\.payload\.messaging"
            r"\.messaging_port_status$",
            lambda: set(MESSAGING_WORDS), "services/timeline.MESSAGING_WORDS (+ notices)"),
    by_name(r"^DocServiceDocument\.status$", lambda: {PENDING, VERIFIED, DENIED},
            "domain/document_review"),
    by_name(r"^PortingOrder\.additional_steps\[\]$",
            lambda: set(telnyx_port.DESK_STEPS) | set(telnyx_port.STEP_WORDS),
            "sync does associated_phone_numbers; phone_number_verification_codes is sent and "
            "verified from the desk (services/verification_codes)"),
    by_name(r"^PortingPhoneNumber\.requirements_status$", lambda: set(REQUIREMENTS_STATUS),
            "domain/number_requirements.REQUIREMENTS_STATUS: each state with what to do; "
            "another is shown as given, noted once"),
    by_name(r"^POST /porting_orders/\{id\}/verification_codes/send body\.verification_method$",
            lambda: set(METHODS), "domain/verification_codes.METHODS, chosen per number"),
    by_name(r"^(PortingAdditionalDocument\.document_type|POST /porting_orders/\{id\}"
            r"/additional_documents body\.additional_documents\[\]\.document_type)$",
            lambda: set(DOCUMENT_TYPES) & set(additional_documents.DOCUMENT_TYPES),
            "domain/additional_documents.DOCUMENT_TYPES: each type in words, chosen by the "
            "specialist; another is shown as given"),
    by_name(r"^PortOutSupportingDocument\.type$", lambda: set(KIND_WORDS),
            "services/portout_documents.KIND_WORDS (another is named as given)"),
    by_name(r"^(PortingOrderMisc\.remaining_numbers_action|PortingAssociatedPhoneNumber\.action"
            r"|POST /porting_orders/\{porting_order_id\}/associated_phone_numbers body\.action"
            r"|GET /porting_orders/\{porting_order_id\}/associated_phone_numbers \?filter\.action)$",
            lambda: {a.value for a in RemainingAction} | {None}, "domain RemainingAction"),
    by_name(r"^PortingOrderType$", lambda: {t.value for t in PortType}, "domain PortType"),
    by_name(r"^Porting\w*Event\w*\.payload_status$|^WebhookPortout\w+\.payload_status$",
            lambda: PAYLOAD, "telnyx_port: `created` without payload is read again"),
    # read as given (shown, or one value decides and the rest are the catch-all)
    audited(r"^DocServiceDocument\.av_scan_status$",
            {INFECTED, "scanned", "pending_scan", "not_scanned"},
            "`infected` refuses the upload; the others are shown as given"),
    audited(r"^PortingOrderActivationStatus$", ACTIVATION,
            "`Active` reads as ported; `Conflict` and `Failed` are told "
            "(telnyx_port.ACTIVATION_TROUBLE); the rest follow the order's status"),
    audited(r"^(PortingOrder|PortingPhoneNumber|PortingPhoneNumberBlock"
            r"|PortingAssociatedPhoneNumber)\.phone_number_type$", NUMBER_TYPES,
            "kept as the number's type, shown"),
    audited(r"^(PortingOrdersComment\.user_type|PortingEventNewCommentEvent\.payload\.comment"
            r"\.user_type)$", {"admin", "user", "system"}, "the comment's author word, shown"),
    audited(r"^PortingOrderRequirement(Detail)?\.field_type$", {"document", "textual"},
            "`document` is filled with an uploaded id, any other with a text value"),
    audited(r"^PortingOrdersActivationJob\.(status|activation_type)$",
            {"created", "in-process", "completed", "failed", "scheduled", "on-demand"},
            "Case > Platform steps shows the activation job's words"),
    audited(r"^PortabilityStatus$", {"pending", "confirmed", "provisional"},
            "not read: portability comes from POST /portability_checks (portable, reason)"),
    audited(r"^\w+\.available_notification_methods\[\]$", {"email", "webhook", "webhook_v1"},
            "not used: PortDesk reads the event logs, it receives no webhook"),
    audited(r"^GET /porting_orders \?sort\.value$",
            {"created_at", "-created_at", "activation_settings.foc_datetime_requested",
             "-activation_settings.foc_datetime_requested"},
            "not sent: the walk reads every page, in the platform's order"),
    audited(r"^GET /documents \?sort\[\]$",
            {"filename", "created_at", "updated_at", "-filename", "-created_at", "-updated_at"},
            "not sent: documents are looked up by customer_reference"),
    # enums of operations the client does not call
    audited(r"^(PortingReport|PortoutReport)\.(report_type|status)$|"
            r"^(GET|POST) /(porting|portouts)/reports (\?filter|body)\.(report_type|status)$",
            {"export_porting_orders_csv", "export_portouts_csv", "pending", "completed"},
            UNUSED_OPERATION),
    audited(r"^(PortingOrderSharingToken\.permissions\[\]|POST /porting_orders/\{id\}/actions"
            r"/share body\.permissions)$",
            {"porting_order.document.read", "porting_order.document.update"}, UNUSED_OPERATION),
    audited(r"^GET /porting_orders/\{id\}/additional_documents \?filter\.document_type\[\]$",
            {"loa", "invoice", "csr", "other"}, "not sent: every additional document is read"),
    audited(r"^POST /portouts/\{id\}/supporting_documents body\.documents\[\]\.type$",
            {"loa", "invoice"}, UNUSED_OPERATION),
    audited(r"^(PortingActionRequirement\.(status|record_type)|GET /porting_orders/"
            r"\{porting_order_id\}/action_requirements \?filter\.(status|action_type))$",
            {"created", "pending", "completed", "cancelled", "failed",
             "porting_action_requirement", "au_id_verification"}, UNUSED_OPERATION),
    audited(r"^PortingLOAConfiguration\.logo\.content_type$", {"image/png"}, UNUSED_OPERATION),
    audited(r"^GET /porting_orders/\{id\}/verification_codes \?sort\.value$",
            {"created_at", "-created_at"}, "not sent: every code of the order is read"),
    audited(r"^GET /porting_orders/\{id\}/additional_documents \?sort\.value$",
            {"created_at", "-created_at"}, "not sent: every additional document is read"),
    audited(r"^GET /porting_orders/(?!\{id\}/(verification_codes|additional_documents) )[^ ]+"
            r" \?sort\.value$",
            {"created_at", "-created_at", "updated_at", "-updated_at"}, UNUSED_OPERATION),
]


def _sends_both_answers() -> bool:
    source = (PLATFORM / "portout_calls.py").read_text(encoding="utf-8")
    return '"authorized"' in source and '"rejected-pending"' in source


def _entry(where: str) -> Handled | None:
    matching = [h for h in HANDLED if re.search(h.where, where)]
    assert len(matching) <= 1, f"{where} falls under {len(matching)} entries"
    return matching[0] if matching else None


def test_every_described_enum_value_is_handled_by_name_or_by_an_audited_catch_all(
        spec: Json) -> None:
    problems = []
    for where, values in enums(spec):
        entry = _entry(where)
        if entry is None:
            problems.append(f"{where} {values}: a new enum; add it to HANDLED and the table")
            continue
        described, handled = set(values), entry.values()
        if entry.by_name and not described <= handled:
            problems.append(f"{where}: {sorted(described - handled, key=str)} not handled "
                            f"by the client ({entry.how})")
        if not entry.by_name and not described <= handled:
            problems.append(f"{where}: new {sorted(described - handled, key=str)}: does "
                            f"'{entry.how}' still fit?")
    assert not problems, "\n".join(problems)


def test_every_enum_place_is_in_the_table(spec: Json) -> None:
    text = TABLE.read_text(encoding="utf-8")
    missing = {where for where, _ in enums(spec) if f"`{where}`" not in text}
    assert not missing, sorted(missing)


def test_the_enum_summary_counts_are_the_table_s() -> None:
    """The summary's enum figures were kept by hand and never checked (trust 16)."""
    text = TABLE.read_text(encoding="utf-8")
    section = text.split("## Enums", 1)[1].split("\n## ", 1)[0]
    handled = [line.split(" | ")[2] for line in section.splitlines() if line.startswith("| `")]
    counts = {word: handled.count(word) for word in ("by name", "catch-all", "not used")}
    assert sum(counts.values()) == len(handled)
    assert (f"{len(handled)} enum places: {counts['by name']} handled by name, "
            f"{counts['catch-all']} read as given by an audited catch-all, "
            f"{counts['not used']} belong to\noperations the client does not call") in text


def test_every_entry_still_meets_the_description(spec: Json) -> None:
    """An entry no enum falls under is stale (the description dropped or renamed it)."""
    places = [where for where, _ in enums(spec)]
    stale = [h.where for h in HANDLED if not any(re.search(h.where, w) for w in places)]
    assert not stale, stale


# ---------------------------------------------------------------- HTTP answers

NAMED_FAILURES: dict[int, type[errors.PlatformError]] = {
    400: errors.RequestRejected, 401: errors.AuthError, 404: errors.NotFound,
    422: errors.RequestRejected, 500: errors.ServerError}


def _answer(status: int) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/porting_orders"):  # the address proof: this serves the API
            return httpx.Response(200, json={"data": [], "meta": {}})
        body = {"errors": [{"code": "10015", "title": "Bad", "detail": "described words"}]}
        return httpx.Response(status, json=body)
    return answer


def test_every_described_http_status_has_a_failure_kind_by_name(spec: Json) -> None:
    statuses = {code for item in spec["paths"].values() for op in item.values()
                if isinstance(op, dict) for code in op.get("responses", {})}
    numbered = {int(code) for code in statuses if code.isdigit()}
    assert statuses - {str(c) for c in numbered} <= {"default"}  # `default`: any other status
    assert {c for c in numbered if c >= 300} <= set(NAMED_FAILURES), sorted(numbered)
    for status in sorted(numbered):
        client = ClientCore("http://platform.test/v2", "k-1",
                            transport=httpx.MockTransport(_answer(status)),
                            retry=RetryPolicy(max_attempts=1), sleep=lambda _: None)
        try:
            if status < 300:
                client.request("GET", "porting_orders/o-1")
                continue
            with pytest.raises(errors.PlatformError) as raised:
                client.request("GET", "porting_orders/o-1")
            assert type(raised.value) is NAMED_FAILURES[status], status
        finally:
            client.close()
