"""The client and the sandbox pinned to the platform's published description, read in place from
../shared (never copied): when the description and PortDesk drift apart, one of these fails.

What the client sends is checked on real traffic elsewhere (test_description_journey); here is
what it reads and decides by: statuses, event types, field names (records built from the
description's own examples go through the client's parsers), page sizes, the auth scheme, and the
port-out timing the guides state in words (24-48 hours, 10 days of FOC grace, 1001 "Other").
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from portdesk.domain.case import CaseKind
from portdesk.domain.kind_fields import status_label
from portdesk.domain.platform_status_words import (
    PORTOUT_WORDS,
    platform_status_words,
)
from portdesk.domain.rejections import REASONS
from portdesk.platform import porting_orders, telnyx_port, transport
from portdesk.platform.models import (
    parse_comment,
    parse_event,
    parse_order,
    parse_portability,
    parse_portout,
)
from portdesk.platform.records import (
    OTHER_REJECTION,
    parse_activation_job,
    parse_rejection,
    parse_window,
)
from portdesk.platform.sandbox import portouts as sandbox_portouts
from portdesk.platform.sandbox import queries, validate
from portdesk.platform.sandbox.app import V2, operations
from portdesk.platform.sync.mapping import (
    _NUMBER_STATUS,
    NUMBER_STATUS_KEPT,
    PLATFORM_STATUS_MAP,
    PORTOUT_STATUS,
)
from portdesk.platform.telnyx_port import to_event, to_request
from portdesk.services import sync_portout_review, sync_portouts

Json = dict[str, Any]
# Spellings the client also takes that the description does not list (kept on purpose: the
# desk must never drop a record over one letter), and the one port-out field it reads beyond it.
TOLERATED_STATUSES = {"cancelled", "canceled"}
TOLERATED_REQUEST_FIELDS = {"account_number"}


@cache
def _spec(shared: str) -> Json:
    path = Path(shared) / "samples" / "api" / "telnyx" / "porting-openapi.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture
def spec(shared_dir: Path) -> Json:
    return _spec(str(shared_dir))


def guide(shared_dir: Path, name: str) -> str:
    return (shared_dir / "samples" / "api" / "telnyx" / name).read_text(encoding="utf-8")


def schema(spec: Json, name: str) -> Json:
    return dict(spec["components"]["schemas"][name])


def deref(spec: Json, node: Json) -> Json:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def example(spec: Json, node: Json) -> Any:
    """A record made of the description's own examples, property by property."""
    node = deref(spec, node)
    if "example" in node:
        return node["example"]
    if "enum" in node:
        return node["enum"][0]
    if "properties" in node:
        return {k: example(spec, v) for k, v in node["properties"].items()}
    if "items" in node:
        return [example(spec, node["items"])]
    return None


def param_schema(spec: Json, path: str, method: str, name: str) -> Json:
    for param in spec["paths"][path][method].get("parameters", []):
        param = deref(spec, param)
        if param["name"] == name:
            return deref(spec, param["schema"])
    raise AssertionError(f"{method.upper()} {path} has no parameter {name}")


def enum(node: Json) -> set[str]:
    return set(node["enum"])


def test_statuses_are_the_description_s(spec: Json) -> None:
    portout = enum(schema(spec, "PortoutDetails")["properties"]["status"])
    assert portout <= set(PORTOUT_STATUS)
    assert set(PORTOUT_STATUS) - portout <= TOLERATED_STATUSES
    assert set(validate.PORTOUT_STATUSES) == portout
    assert telnyx_port.AWAITING_ANSWER in portout
    answers = enum(param_schema(spec, "/portouts/{id}/{status}", "patch", "status"))
    assert answers == set(sandbox_portouts.ANSWERS) == {"authorized", "rejected-pending"}

    order = enum(deref(spec, schema(spec, "PortingOrderStatus")["properties"]["value"]))
    assert order <= set(PLATFORM_STATUS_MAP)  # it also reads other platforms' spellings
    number = enum(schema(spec, "PortingPhoneNumber")["properties"]["porting_order_status"])
    assert number <= set(_NUMBER_STATUS) | NUMBER_STATUS_KEPT
    assert set(validate.ORDER_STATUSES) == number
    for chosen in (porting_orders.SUBMITTED_OR_LATER, telnyx_port.EDITABLE,
                   telnyx_port.CANCELLING):
        assert chosen <= order


def test_every_described_status_has_the_guides_meaning_in_words(spec: Json,
                                                                   shared_dir: Path) -> None:
    """The desk shows the platform's status by what it means (domain.platform_status_words),
    never the bare word: every status the description lists has words, and the port-out words
    say what the port-out guide's table says (a rejection under review, not a cancel)."""
    portout = enum(schema(spec, "PortoutDetails")["properties"]["status"])
    order = enum(deref(spec, schema(spec, "PortingOrderStatus")["properties"]["value"]))
    assert portout <= set(PORTOUT_WORDS)
    for word in order:  # an order's words come through the status the sync maps it to
        said = platform_status_words(CaseKind.PORT_IN, word)
        assert "does not know" not in said and said.endswith(f"(platform status '{word}')"), word
    table = guide(shared_dir, "port-out-orders.md")
    assert "| `rejected-pending` | You have submitted a rejection. The Porting Ops team is " \
           "reviewing the rejection reason" in " ".join(table.split())
    said = platform_status_words(CaseKind.PORT_OUT, "rejected-pending")
    assert said.startswith("rejection under review") and "Porting Ops" in said
    assert status_label(CaseKind.PORT_OUT, PORTOUT_STATUS["rejected-pending"].value) == \
        "Rejection in review"
    assert status_label(CaseKind.PORT_IN, "cancel_pending") == "Cancel pending"


def test_event_types_are_the_description_s(spec: Json) -> None:
    porting = enum(param_schema(spec, "/porting/events", "get", "filter")["properties"]["type"])
    assert porting == set(telnyx_port.KNOWN_PORTING)
    portout = enum(param_schema(spec, "/portouts/events", "get", "filter")
                   ["properties"]["event_type"])
    assert portout == set(telnyx_port.PORTOUT_KINDS) == set(validate.PORTOUT_EVENT_TYPES)
    assert "/" + porting_orders.PORTING_EVENTS in spec["paths"]
    assert "/" + porting_orders.PORTOUT_EVENTS in spec["paths"]


def test_every_exception_code_has_a_fix_for_the_specialist(spec: Json) -> None:
    codes = enum(schema(spec, "PortingOrdersExceptionType")["properties"]["code"])
    assert codes <= set(REASONS), sorted(codes - set(REASONS))


def test_a_port_out_as_described_reads_field_for_field(spec: Json) -> None:
    raw = example(spec, schema(spec, "PortoutDetails"))
    read = parse_portout(raw)
    assert read.id == raw["id"] and read.status == raw["status"]
    assert read.carrier_name == raw["carrier_name"] and read.end_user_name == raw["end_user_name"]
    assert read.numbers == tuple(raw["phone_numbers"]) and read.rejection_code == 1002
    assert read.foc_date is not None and read.created_at is not None
    fields = set(schema(spec, "PortoutDetails")["properties"])
    assert set(telnyx_port.REQUEST_FIELDS) - fields <= TOLERATED_REQUEST_FIELDS
    request = to_request(read)
    assert request.received_at == read.created_at  # the arrival the deadline counts from
    assert {k for k in request.details if k in fields} == {
        k for k in telnyx_port.REQUEST_FIELDS if k in fields and isinstance(raw.get(k), str)
    } | {"lsr"}
    assert request.details["lsr"].splitlines() == raw["lsr"]  # the Local Service Request links


def test_a_rejection_code_as_described_reads(spec: Json) -> None:
    raw = example(spec, schema(spec, "PortoutRejection"))
    read = parse_rejection(raw)
    assert (read.code, read.description) == (raw["code"], raw["description"])
    assert read.reason_required is raw["reason_required"]


@pytest.mark.parametrize("name", ["WebhookPortoutStatusChanged", "WebhookPortoutFocDateChanged",
                                  "WebhookPortoutNewComment"])
def test_port_out_events_as_described_name_their_port_out(spec: Json, name: str) -> None:
    raw = example(spec, schema(spec, name))
    kind = {"WebhookPortoutStatusChanged": "portout.status_changed",
            "WebhookPortoutFocDateChanged": "portout.foc_date_changed",
            "WebhookPortoutNewComment": "portout.new_comment"}[name]
    raw["event_type"] = kind  # each schema's example names the first type only
    event = to_event(parse_event(raw), telnyx_port.Feed.PORT_OUTS)
    assert event.known and event.created_at is not None
    assert event.portout_id == raw["portout_id"]
    if kind == "portout.foc_date_changed":
        assert event.foc_date is not None
    if kind == "portout.status_changed":
        assert event.details.get("attempted_pin") == raw["payload"]["attempted_pin"]


def test_pages_and_auth_are_the_description_s(spec: Json) -> None:
    for name in ("PageConsolidated", "porting-order_PageConsolidated"):
        size = spec["components"]["parameters"][name]["schema"]["properties"]["size"]
        assert size["maximum"] == transport.MAX_PAGE_SIZE == queries.MAX_PAGE_SIZE
    assert spec["security"] == [{"bearerAuth": []}]
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    client = transport.ClientCore("http://127.0.0.1:9/v2", "k-1")
    try:
        assert client._http.headers["Authorization"] == "Bearer k-1"
    finally:
        client.close()
    assert spec["servers"][0]["url"].endswith(V2)


def test_the_port_out_timing_is_the_guides(shared_dir: Path) -> None:
    orders = guide(shared_dir, "port-out-orders.md")
    low, high = (int(h) for h in re.search(
        r"response within (\d+)\s*[-\u2013]\s*(\d+) hours", orders).groups())  # type: ignore[union-attr]
    assert "automatically authorized" in orders
    assert (sync_portout_review.EARLIEST, sync_portout_review.LATEST) == (
        timedelta(hours=low), timedelta(hours=high))
    assert sandbox_portouts.AUTO_AUTHORIZE_HOURS == (low, high)
    other = re.search(r"rejection code `(\d+)` \(\"Other\"\)", orders)
    assert other is not None and int(other.group(1)) == OTHER_REJECTION
    assert sandbox_portouts.REJECTIONS[OTHER_REJECTION][1]  # needs a reason there too
    for status in re.findall(r"^\| `([a-z-]+)`", orders, re.M):
        assert status in PORTOUT_STATUS
    assert "moved back to `pending`" in orders  # the sandbox's Porting Ops review does it
    notes = guide(shared_dir, "port-out-order-notifications.md")
    grace = re.search(r"grace period of (\d+) days", notes)
    assert grace is not None and int(grace.group(1)) == sync_portouts.FOC_GRACE_DAYS


def test_port_in_records_as_described_read_field_for_field(spec: Json) -> None:
    order = example(spec, schema(spec, "PortingOrder"))
    read = parse_order(order)
    assert read.id == order["id"] and read.status == order["status"]["value"]
    assert read.customer_reference == order["customer_reference"]
    assert read.support_key == order["support_key"]
    assert read.foc_requested is not None  # activation_settings.foc_datetime_requested
    comment = parse_comment(example(spec, schema(spec, "PortingOrdersComment")))
    assert comment.body and comment.user_type in ("admin", "user", "system")
    window = parse_window(example(spec, schema(spec, "PortingOrdersAllowedFocWindow")))
    assert window.started_at is not None and window.ended_at is not None  # both read
    job = parse_activation_job(example(spec, schema(spec, "PortingOrdersActivationJob")))
    assert job.activate_at is not None and job.activation_type in ("scheduled", "on-demand")
    assert job.windows  # activation_windows[].start_at / end_at
    checked = parse_portability(example(spec, schema(spec, "PortabilityCheckDetails")))
    assert checked.e164.startswith("+")


def test_the_sandbox_serves_described_operations_and_says_which(spec: Json) -> None:
    served = [f"{method} {path}" for method, path in operations()]
    for entry in served:
        method, path = entry.split(" ", 1)
        assert method.lower() in spec["paths"].get(path, {}), entry
    own = Path(__file__).parents[3] / "resources" / "sandbox" / "openapi.json"
    assert json.loads(own.read_text(encoding="utf-8"))["x-portdesk-serves"] == served
