"""Errors the sandbox answers with, in the contract's shape: {"errors": [{code, title, detail}]}."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, code: str, title: str, detail: str,
                 pointer: str | None = None, parameter: str | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.pointer = pointer
        self.parameter = parameter

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "title": self.title, "detail": self.detail}
        if self.pointer:
            error["source"] = {"pointer": self.pointer}
        elif self.parameter:
            error["source"] = {"parameter": self.parameter}
        return {"errors": [error]}


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, "10005", "Resource not found", f"{what} {ident} does not exist")


def unprocessable(detail: str, code: str = "10015", pointer: str | None = None,
                  parameter: str | None = None) -> ApiError:
    return ApiError(422, code, "Invalid request", detail, pointer, parameter)
