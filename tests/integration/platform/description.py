"""The platform's published description as a judge: does a request or an answer match it?

Loaded from ../shared (never copied into the repo). Schemas are checked with jsonschema_rs
(OpenAPI 3.1 schemas are JSON Schema 2020-12); a `oneOf` with a `discriminator` is read the way
OpenAPI defines it: the discriminator value picks the branch (each branch gets its value pinned).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import jsonschema_rs

Json = dict[str, Any]
PREFIX = "/v2"


@dataclass
class Traffic:
    """Requests a client sent and the answers it got, as recorded by `recording_transport`."""

    exchanges: list[tuple[str, str, str, bytes, str, int, bytes]] = field(default_factory=list)


def load(shared: Path) -> Json:
    path = shared / "samples" / "api" / "telnyx" / "porting-openapi.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _pin_discriminators(node: Any) -> Any:
    if isinstance(node, dict):
        node = {k: _pin_discriminators(v) for k, v in node.items()}
        disc = node.get("discriminator")
        if isinstance(disc, dict) and "oneOf" in node:
            prop, mapping = disc.get("propertyName"), disc.get("mapping") or {}
            by_ref: dict[str, list[str]] = {}
            for value, ref in mapping.items():
                by_ref.setdefault(ref, []).append(value)
            node["oneOf"] = [{"allOf": [branch, {"properties": {prop: {
                "enum": by_ref.get(branch.get("$ref", ""), [])}}}]}
                for branch in node["oneOf"]]
            node.pop("discriminator")
        return node
    if isinstance(node, list):
        return [_pin_discriminators(v) for v in node]
    return node


class Description:
    def __init__(self, raw: Json) -> None:
        self.raw = _pin_discriminators(copy.deepcopy(raw))
        self.components = self.raw["components"]
        self._validators: dict[str, Any] = {}
        self.operations: list[tuple[str, str, re.Pattern[str], Json]] = []
        for path, item in self.raw["paths"].items():
            pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
            for method, op in item.items():
                if method in ("get", "post", "patch", "put", "delete"):
                    self.operations.append((method.upper(), path, pattern, op))
        # literal paths before templated ones: /portouts/events is not /portouts/{id}
        self.operations.sort(key=lambda o: o[1].count("{"))

    def operation(self, method: str, path: str) -> tuple[str, Json] | None:
        bare = path[len(PREFIX):] if path.startswith(PREFIX) else path
        for verb, template, pattern, op in self.operations:
            if verb == method and pattern.match(bare):
                return template, op
        return None

    def _check(self, schema: Json, value: Any) -> list[str]:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            root = {**schema, "components": self.components}
            self._validators[key] = jsonschema_rs.validator_for(root, validate_formats=True)
        return [f"{e.instance_path}: {e.message}"[:200]
                for e in self._validators[key].iter_errors(value)]

    def _resolve(self, node: Json) -> Json:
        while "$ref" in node:
            parts = node["$ref"].lstrip("#/").split("/")
            target: Any = self.raw
            for part in parts:
                target = target[part]
            node = target
        return node

    def request_problems(self, method: str, path: str, query: str, body: bytes,
                         content_type: str) -> list[str]:
        found = self.operation(method, path)
        if found is None:
            return [f"{method} {path}: not an operation of the description"]
        template, op = found
        problems = self._query_problems(op, query)
        if body and content_type.startswith("application/json"):
            schema = self._body_schema(op)
            if schema is None:
                problems.append(f"{method} {template}: the description takes no JSON body")
            else:
                problems += [f"{method} {template} body {p}"
                             for p in self._check(schema, json.loads(body))]
        return problems

    def _body_schema(self, op: Json) -> Json | None:
        body = op.get("requestBody")
        if body is None:
            return None
        body = self._resolve(body)
        media = (body.get("content") or {}).get("application/json")
        return media.get("schema") if media else None

    def _query_problems(self, op: Json, query: str) -> list[str]:
        declared: dict[str, Json] = {}
        for param in op.get("parameters", []):
            param = self._resolve(param)
            if param.get("in") == "query":
                declared[param["name"]] = param
        problems = []
        nested: dict[str, Json] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            name, _, rest = key.partition("[")
            if name not in declared:
                problems.append(f"query parameter {key} is not declared for {op.get('operationId')}")
                continue
            if not rest:
                continue
            target = nested.setdefault(name, {})
            keys = [k.rstrip("]") for k in ("[" + rest).split("[")[1:]]
            for part in keys[:-1]:
                target = target.setdefault(part, {})
            target[keys[-1]] = _typed_query(value)
        for name, value in nested.items():
            schema = self._resolve(declared[name]).get("schema") or {}
            problems += [f"query {name}{p}" for p in self._check(_loose(schema), value)]
        return problems

    def response_problems(self, method: str, path: str, status: int, body: bytes) -> list[str]:
        found = self.operation(method, path)
        if found is None:
            return []
        template, op = found
        response = (op.get("responses") or {}).get(str(status))
        if response is None or not body:
            return []
        response = self._resolve(response)
        media = (response.get("content") or {}).get("application/json")
        if not media or "schema" not in media:
            return []
        return [f"{method} {template} -> {status} {p}"
                for p in self._check(media["schema"], json.loads(body))]


def _typed_query(value: str) -> Any:
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    return {"true": True, "false": False}.get(value, value)


def _loose(schema: Json) -> Json:
    """Query strings carry no types: a number where a string is declared is still fine."""
    text = json.dumps(schema)
    text = text.replace('"type": "string"', '"type": ["string", "integer", "boolean"]')
    return dict(json.loads(text))


@lru_cache(maxsize=1)
def cached(shared: str) -> Description:
    return Description(load(Path(shared)))


class RecordingTransport:
    """An httpx transport that keeps every exchange (for checking against the description) and
    can answer chosen paths itself (HTML, say) to play a misbehaving platform."""

    def __init__(self, traffic: Traffic, answer: Any = None) -> None:
        import httpx

        self.inner = httpx.HTTPTransport()
        self.traffic = traffic
        self.answer = answer  # callable(request) -> httpx.Response | None

    def handle_request(self, request: Any) -> Any:
        request.read()
        response = self.answer(request) if self.answer else None
        if response is None:
            response = self.inner.handle_request(request)
        response.read()
        self.traffic.exchanges.append((
            request.method, request.url.path, request.url.query.decode(), request.content,
            request.headers.get("content-type", ""), response.status_code, response.content))
        return response

    def close(self) -> None:
        self.inner.close()


def violations(description: Description, traffic: Traffic) -> tuple[list[str], list[str]]:
    """(request problems, response problems) over everything recorded."""
    requests, responses = [], []
    for method, path, query, body, ctype, status, answer in traffic.exchanges:
        requests += description.request_problems(method, path, query, body, ctype)
        if answer[:1] in (b"{", b"["):
            responses += description.response_problems(method, path, status, answer)
    return requests, responses
