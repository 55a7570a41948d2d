"""Reading a request the sandbox was sent: JSON bodies, pages, deepObject filters, path ids.

Everything a client can get wrong ends as a 4xx naming the parameter or field, never a 500: a
page number too large for SQLite, a filter of the wrong type, a body that is not JSON.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.requests import Request

from portdesk.platform.sandbox import validate
from portdesk.platform.sandbox.errors import ApiError, not_found, unprocessable
from portdesk.platform.sandbox.state import Json

MAX_PAGE_SIZE = 250
MAX_OFFSET = 2**62  # beyond this SQLite cannot offset; such a page is simply empty


def page(request: Request) -> tuple[int, int, int]:
    """(page number, page size, row offset) from page[number] and page[size]."""
    number = _int(request, "page[number]", 1, minimum=1)
    size = _int(request, "page[size]", 20, minimum=1, maximum=MAX_PAGE_SIZE)
    return number, size, min((number - 1) * size, MAX_OFFSET)


def _int(request: Request, name: str, default: int, minimum: int,
         maximum: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise unprocessable(f"{name} must be a whole number", parameter=name) from None
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"{minimum}..{maximum}" if maximum is not None else f">= {minimum}"
        raise unprocessable(f"{name} must be {bound}", parameter=name)
    return value


def filters(request: Request, allowed: dict[str, validate.Schema]) -> dict[str, str]:
    """filter[a][b]=v (deepObject) as {"a.b": v}, each checked against its schema."""
    out = {}
    for key, value in request.query_params.items():
        if key.startswith("filter[") and key.endswith("]"):
            name = key[7:-1].replace("][", ".")
            schema = allowed.get(name)
            if schema is not None:
                validate.check(_typed(value, schema), schema, key, parameter=True)
                out[name] = value
    return out


def _typed(value: str, schema: validate.Schema) -> Any:
    kinds = schema.get("type")
    if kinds == "boolean":
        return {"true": True, "false": False}.get(value, value)
    if kinds == "integer":
        try:
            return int(value)
        except ValueError:
            return value
    return value


def flag(request: Request, name: str) -> None:
    raw = request.query_params.get(name)
    if raw is not None and raw not in ("true", "false"):
        raise unprocessable(f"{name} must be true or false", parameter=name)


async def body(request: Request) -> Json:
    raw = await request.body()
    if not raw:
        return {}
    try:
        parsed = json.loads(raw)
    except ValueError:
        raise ApiError(400, "10002", "Invalid JSON", "the request body is not JSON") from None
    if not isinstance(parsed, dict):
        raise unprocessable("the request body must be a JSON object", pointer="/")
    return parsed


def path_id(request: Request, name: str = "id", what: str = "record") -> str:
    """A path id the description declares as a UUID: anything else cannot exist."""
    value = str(request.path_params[name])
    try:
        uuid.UUID(value)
    except ValueError:
        raise not_found(what, value) from None
    return value
