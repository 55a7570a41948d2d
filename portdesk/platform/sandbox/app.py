"""The sandbox's HTTP layer (Starlette): the contract's paths, Bearer auth, paging and filters.

Handlers are async and call the synchronous core directly: the event loop serialises them, which is
what a single SQLite connection wants. Before each request the carriers catch up with the clock.
Paths under /_sandbox are the sandbox's own controls (advance the clock, send a port-out request).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.core import Sandbox
from portdesk.platform.sandbox.errors import ApiError, unprocessable
from portdesk.platform.sandbox.state import Json, page_meta

Handler = Callable[[Request], Awaitable[Response]]
MAX_PAGE_SIZE = 250


def build_app(sandbox: Sandbox, api_key: str) -> Starlette:
    api = _Api(sandbox, api_key)
    v2 = "/v2"
    routes = [
        Route(f"{v2}/portability_checks", api.wrap(api.portability), methods=["POST"]),
        Route(f"{v2}/porting_orders", api.wrap(api.list_orders), methods=["GET"]),
        Route(f"{v2}/porting_orders", api.wrap(api.create_orders), methods=["POST"]),
        Route(f"{v2}/porting_orders/{{id}}", api.wrap(api.get_order), methods=["GET"]),
        Route(f"{v2}/porting_orders/{{id}}", api.wrap(api.patch_order), methods=["PATCH"]),
        Route(f"{v2}/porting_orders/{{id}}", api.wrap(api.delete_order), methods=["DELETE"]),
        Route(f"{v2}/porting_orders/{{id}}/actions/confirm", api.wrap(api.confirm),
              methods=["POST"]),
        Route(f"{v2}/porting_orders/{{id}}/actions/cancel", api.wrap(api.cancel),
              methods=["POST"]),
        Route(f"{v2}/porting_orders/{{id}}/allowed_foc_windows", api.wrap(api.foc_windows),
              methods=["GET"]),
        Route(f"{v2}/porting_orders/{{id}}/comments", api.wrap(api.list_comments),
              methods=["GET"]),
        Route(f"{v2}/porting_orders/{{id}}/comments", api.wrap(api.add_comment),
              methods=["POST"]),
        Route(f"{v2}/documents", api.wrap(api.upload_document), methods=["POST"]),
        Route(f"{v2}/porting_phone_numbers", api.wrap(api.phone_numbers), methods=["GET"]),
        Route(f"{v2}/porting/events", api.wrap(api.events), methods=["GET"]),
        Route(f"{v2}/portouts", api.wrap(api.list_portouts), methods=["GET"]),
        Route(f"{v2}/portouts/{{id}}", api.wrap(api.get_portout), methods=["GET"]),
        Route(f"{v2}/portouts/{{id}}/{{status}}", api.wrap(api.answer_portout),
              methods=["PATCH"]),
        Route("/_sandbox/health", api.health, methods=["GET"]),
        Route("/_sandbox/advance", api.wrap(api.advance), methods=["POST"]),
        Route("/_sandbox/portouts", api.wrap(api.new_portout), methods=["POST"]),
    ]
    return Starlette(routes=routes, exception_handlers={404: _http_error, 405: _http_error})


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and methods answer in the contract's error shape, like everything else."""
    status = int(getattr(exc, "status_code", 404))
    title = "Resource not found" if status == 404 else "Method not allowed"
    detail = f"{request.method} {request.url.path} is not part of this API"
    return JSONResponse(ApiError(status, str(status), title, detail).body(), status_code=status)


def _data(data: Any, meta: Json | None = None, status: int = 200) -> JSONResponse:
    body: Json = {"data": data}
    if meta is not None:
        body["meta"] = meta
    return JSONResponse(body, status_code=status)


def _page(request: Request) -> tuple[int, int]:
    try:
        number = int(request.query_params.get("page[number]", "1"))
        size = int(request.query_params.get("page[size]", "20"))
    except ValueError:
        raise unprocessable("page[number] and page[size] must be whole numbers",
                            pointer="/page") from None
    if number < 1 or not 1 <= size <= MAX_PAGE_SIZE:
        raise unprocessable(f"page[number] must be >= 1 and page[size] 1..{MAX_PAGE_SIZE}",
                            pointer="/page")
    return number, size


def _filters(request: Request) -> dict[str, str]:
    """filter[a][b]=v (deepObject) as {"a.b": v}."""
    out = {}
    for key, value in request.query_params.items():
        if key.startswith("filter[") and key.endswith("]"):
            out[key[7:-1].replace("][", ".")] = value
    return out


async def _json(request: Request) -> Json:
    raw = await request.body()
    if not raw:
        return {}
    try:
        body = json.loads(raw)
    except ValueError:
        raise ApiError(400, "10002", "Invalid JSON", "the request body is not JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "10002", "Invalid JSON", "the request body must be a JSON object")
    return body


class _Api:
    def __init__(self, sandbox: Sandbox, api_key: str) -> None:
        self.sandbox = sandbox
        self._expected = f"Bearer {api_key}".encode()

    def wrap(self, handler: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            given = request.headers.get("authorization", "").encode()
            if not hmac.compare_digest(given, self._expected):
                return JSONResponse(ApiError(401, "10009", "Authentication failed",
                                             "the API key is missing or not valid").body(),
                                    status_code=401)
            try:
                self.sandbox.tick()
                return await handler(request)
            except ApiError as exc:
                return JSONResponse(exc.body(), status_code=exc.status)
        return endpoint

    async def health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "now": self.sandbox.clock.now().isoformat()})

    async def portability(self, request: Request) -> Response:
        body = await _json(request)
        return _data(self.sandbox.portability(body.get("phone_numbers")), status=201)

    async def list_orders(self, request: Request) -> Response:
        number, size = _page(request)
        sort = request.query_params.get("sort[value]", "-created_at")
        filters = _filters(request)
        filters.setdefault("status", filters.pop("status.value", ""))
        orders, total = self.sandbox.list_orders(filters, sort, number, size)
        return _data(orders, page_meta(number, size, total))

    async def create_orders(self, request: Request) -> Response:
        return _data(self.sandbox.create_orders(await _json(request)), status=201)

    async def get_order(self, request: Request) -> Response:
        order_id = request.path_params["id"]
        meta = {"phone_numbers_url": f"/v2/porting_phone_numbers?filter[porting_order_id]={order_id}"}
        return _data(self.sandbox.order(order_id), meta)

    async def patch_order(self, request: Request) -> Response:
        body = await _json(request)
        return _data(self.sandbox.update_order(request.path_params["id"], body))

    async def delete_order(self, request: Request) -> Response:
        self.sandbox.delete_order(request.path_params["id"])
        return Response(status_code=204)

    async def confirm(self, request: Request) -> Response:
        return _data(self.sandbox.confirm(request.path_params["id"]))

    async def cancel(self, request: Request) -> Response:
        return _data(self.sandbox.cancel(request.path_params["id"]))

    async def foc_windows(self, request: Request) -> Response:
        windows = self.sandbox.allowed_foc_windows(request.path_params["id"])
        return _data(windows, page_meta(1, len(windows) or 1, len(windows)))

    async def list_comments(self, request: Request) -> Response:
        number, size = _page(request)
        comments, total = self.sandbox.comments(request.path_params["id"], number, size)
        return _data(comments, page_meta(number, size, total))

    async def add_comment(self, request: Request) -> Response:
        body = await _json(request)
        return _data(self.sandbox.add_comment(request.path_params["id"], body.get("body")),
                     status=201)

    async def upload_document(self, request: Request) -> Response:
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise unprocessable("send the document as multipart/form-data with a 'file' part")
        async with request.form() as form:
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise unprocessable("the 'file' part is missing", pointer="/file")
            content = await upload.read()
            reference = form.get("customer_reference")
            document = self.sandbox.add_document(
                upload.filename or "document", content,
                upload.content_type or "application/octet-stream",
                reference if isinstance(reference, str) else None)
        return _data(document)

    async def phone_numbers(self, request: Request) -> Response:
        number, size = _page(request)
        filters = _filters(request)
        numbers, total = self.sandbox.phone_numbers(
            filters.get("porting_order_status"), filters.get("porting_order_id"), number, size)
        return _data(numbers, page_meta(number, size, total))

    async def events(self, request: Request) -> Response:
        number, size = _page(request)
        filters = _filters(request)
        where, args = ["1=1"], []
        for key, column, op in (("type", "event_type", "="),
                                ("porting_order_id", "porting_order_id", "="),
                                ("created_at.gte", "created_at", ">="),
                                ("created_at.lte", "created_at", "<=")):
            if value := filters.get(key):
                if key.startswith("created_at"):
                    value = _normalise_time(value)
                where.append(f"{column} {op} ?")
                args.append(value)
        with self.sandbox.state.lock:
            events, total = self.sandbox.state.list_events(" AND ".join(where), tuple(args), size,
                                                           (number - 1) * size)
        return _data(events, page_meta(number, size, total))

    async def list_portouts(self, request: Request) -> Response:
        number, size = _page(request)
        status = _filters(request).get("status")
        with self.sandbox.state.lock:
            items, total = self.sandbox.state.list_portouts(status, size, (number - 1) * size)
        return _data(items, page_meta(number, size, total))

    async def get_portout(self, request: Request) -> Response:
        return _data(portouts.get(self.sandbox, request.path_params["id"]))

    async def answer_portout(self, request: Request) -> Response:
        body = await _json(request)
        params = request.path_params
        return _data(portouts.answer(self.sandbox, params["id"], params["status"], body))

    async def advance(self, request: Request) -> Response:
        body = await _json(request)
        try:
            delta = timedelta(days=float(body.get("days", 0)), hours=float(body.get("hours", 0)))
        except (TypeError, ValueError):
            raise unprocessable("days and hours must be numbers") from None
        done = self.sandbox.advance(delta)
        return JSONResponse({"now": self.sandbox.clock.now().isoformat(), "actions": done})

    async def new_portout(self, request: Request) -> Response:
        body = await _json(request)
        numbers = body.get("phone_numbers")
        if not isinstance(numbers, list) or not numbers:
            raise unprocessable("phone_numbers must be a non-empty list", pointer="/phone_numbers")
        return _data(portouts.create(self.sandbox, [str(n) for n in numbers]), status=201)


def _normalise_time(value: str) -> str:
    """Any ISO time the client sends, in the stored form, so string comparison orders correctly."""
    from portdesk.platform.sandbox.clock import iso, parse_iso

    try:
        return iso(parse_iso(value))
    except ValueError:
        raise unprocessable(f"'{value}' is not an ISO 8601 time",
                            pointer="/filter/created_at") from None
