"""The sandbox's HTTP layer (Starlette): the description's paths, Bearer auth, paging, filters.

Handlers are async and call the synchronous core directly: the event loop serialises them, which is
what a single SQLite connection wants. Before each request the carriers catch up with the clock.
Paths under /_sandbox are the sandbox's own controls (advance the clock, send a port-out request,
a comment or an FOC change from the gaining carrier) and its own OpenAPI document; nothing beyond
the published description lives outside /_sandbox.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from portdesk.platform.sandbox import handlers
from portdesk.platform.sandbox.core import Sandbox
from portdesk.platform.sandbox.errors import ApiError
from portdesk.platform.sandbox.state import Json

Handler = Callable[[Sandbox, Request], Awaitable[Response]]
V2 = "/v2"

# (path, method, handler): the operations of the published description the sandbox serves
ROUTES: list[tuple[str, str, Handler]] = [
    ("/portability_checks", "POST", handlers.portability),
    ("/porting_orders", "GET", handlers.list_orders),
    ("/porting_orders", "POST", handlers.create_orders),
    ("/porting_orders/exception_types", "GET", handlers.exception_types),
    ("/porting_orders/{id}", "GET", handlers.get_order),
    ("/porting_orders/{id}", "PATCH", handlers.patch_order),
    ("/porting_orders/{id}", "DELETE", handlers.delete_order),
    ("/porting_orders/{id}/actions/confirm", "POST", handlers.confirm),
    ("/porting_orders/{id}/actions/cancel", "POST", handlers.cancel),
    ("/porting_orders/{id}/actions/activate", "POST", handlers.activate),
    ("/porting_orders/{id}/activation_jobs", "GET", handlers.activation_jobs),
    ("/porting_orders/{id}/activation_jobs/{activationJobId}", "GET", handlers.activation_job),
    ("/porting_orders/{id}/allowed_foc_windows", "GET", handlers.foc_windows),
    ("/porting_orders/{id}/comments", "GET", handlers.list_comments),
    ("/porting_orders/{id}/comments", "POST", handlers.add_comment),
    ("/porting_orders/{id}/requirements", "GET", handlers.requirements_list),
    ("/porting_orders/{porting_order_id}/associated_phone_numbers", "GET",
     handlers.list_associated),
    ("/porting_orders/{porting_order_id}/associated_phone_numbers", "POST",
     handlers.add_associated),
    ("/porting_orders/{porting_order_id}/associated_phone_numbers/{id}", "DELETE",
     handlers.delete_associated),
    ("/porting_orders/{id}/additional_documents", "GET", handlers.list_additional),
    ("/porting_orders/{id}/additional_documents", "POST", handlers.add_additional),
    ("/porting_orders/{id}/additional_documents/{additional_document_id}", "DELETE",
     handlers.delete_additional),
    ("/porting_phone_numbers", "GET", handlers.phone_numbers),
    ("/porting/events", "GET", handlers.porting_events),
    ("/documents", "GET", handlers.list_documents),
    ("/documents", "POST", handlers.upload_document),
    ("/documents/{id}", "GET", handlers.get_document),
    ("/documents/{id}", "DELETE", handlers.delete_document),
    ("/portouts", "GET", handlers.list_portouts),
    ("/portouts/events", "GET", handlers.portout_events),
    ("/portouts/rejections/{portout_id}", "GET", handlers.rejections),
    ("/portouts/{id}", "GET", handlers.get_portout),
    ("/portouts/{id}/comments", "GET", handlers.portout_comments),
    ("/portouts/{id}/comments", "POST", handlers.add_portout_comment),
    ("/portouts/{id}/supporting_documents", "GET", handlers.supporting_documents),
    ("/porting_orders/{id}/verification_codes", "GET", handlers.list_verification_codes),
    ("/porting_orders/{id}/verification_codes/send", "POST", handlers.send_verification_codes),
    ("/porting_orders/{id}/verification_codes/verify", "POST",
     handlers.verify_verification_codes),
    ("/documents/{id}/download", "GET", handlers.download_document),
    ("/portouts/{id}/{status}", "PATCH", handlers.answer_portout),
]
CONTROLS: list[tuple[str, str, Handler]] = [
    ("/_sandbox/advance", "POST", handlers.advance),
    ("/_sandbox/portouts", "POST", handlers.new_portout),
    ("/_sandbox/portouts/{id}/comments", "POST", handlers.gaining_comment),
    ("/_sandbox/portouts/{id}/foc", "POST", handlers.gaining_foc),
    ("/_sandbox/portouts/{id}/cancel", "POST", handlers.gaining_cancel),
    ("/_sandbox/porting_orders/{id}/comments", "POST", handlers.support_comment),
    ("/_sandbox/porting_orders/{id}/messaging", "POST", handlers.messaging_status),
    ("/_sandbox/porting_orders/{id}/steps", "POST", handlers.asked_steps),
    ("/_sandbox/porting_orders/{id}/activation", "POST", handlers.number_activation),
    ("/_sandbox/documents/{id}/review", "POST", handlers.review_document),
    ("/_sandbox/porting_orders/{id}/verification_codes", "GET", handlers.codes_received),
    ("/_sandbox/portouts/{id}/supporting_documents", "POST", handlers.gaining_document),
]


def build_app(sandbox: Sandbox, api_key: str) -> Starlette:
    api = _Api(sandbox, api_key)
    routes = [Route(V2 + path, api.wrap(handler), methods=[method])
              for path, method, handler in ROUTES]
    routes += [Route(path, api.wrap(handler), methods=[method])
               for path, method, handler in CONTROLS]
    routes += [Route("/_sandbox/health", api.health, methods=["GET"]),
               Route("/_sandbox/openapi.json", handlers.openapi, methods=["GET"])]
    return Starlette(routes=routes, exception_handlers={404: _http_error, 405: _http_error})


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and methods answer in the description's error shape, like everything else."""
    status = int(getattr(exc, "status_code", 404))
    title = "Resource not found" if status == 404 else "Method not allowed"
    detail = f"{request.method} {request.url.path} is not part of this API"
    return JSONResponse(ApiError(status, str(status), title, detail).body(), status_code=status)


class _Api:
    def __init__(self, sandbox: Sandbox, api_key: str) -> None:
        self.sandbox = sandbox
        self._expected = f"Bearer {api_key}".encode()

    def wrap(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            given = request.headers.get("authorization", "").encode("latin-1", "replace")
            if not hmac.compare_digest(given, self._expected):
                return JSONResponse(ApiError(401, "10009", "Authentication failed",
                                             "the API key is missing or not valid").body(),
                                    status_code=401)
            try:
                self.sandbox.tick()
                return await handler(self.sandbox, request)
            except ApiError as exc:
                body = exc.body()
                if exc.status == 422 and (request.url.path.startswith(V2 + "/portouts")
                                          or "/verification_codes" in request.url.path):
                    # the port-out operations' 422: "Check message field in response for
                    # details" (the description); errors[] kept for clients reading it
                    body["message"] = exc.detail
                return JSONResponse(body, status_code=exc.status)
        return endpoint

    async def health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "now": self.sandbox.clock.now().isoformat()})


def operations() -> list[tuple[str, str]]:
    """(method, path) of every operation of the description the sandbox serves."""
    return [(method, path) for path, method, _ in ROUTES]


def data(value: Any, meta: Json | None = None, status: int = 200) -> JSONResponse:
    body: Json = {"data": value}
    if meta is not None:
        body["meta"] = meta
    return JSONResponse(body, status_code=status)
