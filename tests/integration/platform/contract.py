"""Schemathesis driving the sandbox's ASGI app in-process against the published description.

Shared by the bounded contract test in `make test` and the longer fuzz in `make bench`. Path ids
are taken from records seeded in the sandbox most of the time (random UUIDs would only ever
reach the 404 branch), so answers of every kind are checked against the description.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
)

from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.app import build_app, operations
from portdesk.platform.sandbox.clock import SandboxClock
from portdesk.platform.sandbox.core import Sandbox
from portdesk.platform.sandbox.state import SandboxState
from tests.integration.platform.description import _pin_discriminators

KEY = "contract-key"
CHECKS = (not_a_server_error, response_schema_conformance, content_type_conformance,
          negative_data_rejection)
ID_KINDS = {"id": "order", "porting_order_id": "order", "portout_id": "portout",
            "activationJobId": "job"}


@dataclass
class Outcome:
    cases: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    operations: int = 0


def seeded_sandbox() -> tuple[Sandbox, dict[str, list[str]]]:
    sandbox = Sandbox(SandboxState(), SandboxClock(start=datetime(2026, 3, 2, 15, tzinfo=UTC)))
    ids: dict[str, list[str]] = {"order": [], "portout": [], "job": [], "document": []}
    doc = sandbox.add_document("loa.pdf", b"%PDF-1.4 x", "application/pdf", "seed")
    ids["document"].append(doc["id"])
    for numbers in (["+13125550101"], ["+13125550102", "+18005550103"], ["+442071234567"]):
        for order in sandbox.create_orders({"phone_numbers": numbers,
                                            "customer_reference": "seed"}):
            ids["order"].append(order["id"])
    first = ids["order"][0]
    sandbox.update_order(first, {"documents": {"loa": doc["id"]}, "end_user": {
        "admin": {"entity_name": "Acme", "auth_person_name": "Ann", "account_number": "1"},
        "location": {"street_address": "1 Main", "locality": "Chicago",
                     "administrative_area": "IL", "postal_code": "60601"}}})
    sandbox.confirm(first)
    sandbox.add_comment(first, "seeded")
    for count in range(2):
        made = portouts.create(sandbox, [f"+1312555016{count}"], with_event=bool(count))
        ids["portout"].append(made["id"])
    portouts.add_comment(sandbox, ids["portout"][0], "from the gaining carrier")
    return sandbox, ids


def run(description: dict[str, Any], examples: int, seed: int = 0) -> Outcome:
    sandbox, ids = seeded_sandbox()
    app = build_app(sandbox, KEY)
    served = {(m, p.replace("{porting_order_id}", "{id}")) for m, p in operations()}
    # a oneOf with a discriminator is read as OpenAPI defines it: the value picks the branch
    # (the port-out event branches overlap otherwise: each would accept every event)
    # the description's document download declares its bytes under the media type "*", which is
    # not one (RFC 6838); read as "*/*", any media type, which is what it means
    schema = schemathesis.openapi.from_dict(_any_media(_pin_discriminators(
        copy.deepcopy(description))))
    schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
    schema.app = app
    outcome = Outcome()
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(),
                operation.path.replace("{porting_order_id}", "{id}")) not in served:
            continue
        outcome.operations += 1
        _fuzz(operation, ids, examples, seed, outcome)
    return outcome


def _any_media(node: Any) -> Any:
    if isinstance(node, dict):
        if "content" in node and isinstance(node["content"], dict) and "*" in node["content"]:
            node["content"]["*/*"] = node["content"].pop("*")
        for value in node.values():
            _any_media(value)
    elif isinstance(node, list):
        for value in node:
            _any_media(value)
    return node


def _fuzz(operation: Any, ids: dict[str, list[str]], examples: int, seed: int,
          outcome: Outcome) -> None:
    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    @given(case=operation.as_strategy(), data=st.data())
    def test(case: Any, data: st.DataObject) -> None:
        outcome.cases += 1
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {KEY}"}
        for name in list(case.path_parameters or {}):
            kind = "document" if "/documents" in operation.path else ID_KINDS.get(name)
            if kind == "order" and "/portouts" in operation.path:
                kind = "portout"
            if kind and ids.get(kind) and data.draw(st.integers(0, 3), label="known") > 0:
                case.path_parameters[name] = data.draw(st.sampled_from(ids[kind]))
        try:
            case.call_and_validate(checks=CHECKS)
        except BaseException as exc:  # noqa: BLE001 - every failure kind is counted
            lines = [ln for ln in str(exc).splitlines() if ln.strip()]
            first = " | ".join(lines[1:4]) if len(lines) > 1 else type(exc).__name__
            outcome.failures[f"{operation.label}: {first[:160]}"] += 1

    test()
