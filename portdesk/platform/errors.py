"""What can go wrong talking to the porting platform, each with a sentence a specialist can act on.

Messages name the platform's address and what to do; they never carry the API key or a PIN.
"""

from __future__ import annotations

from portdesk.domain.errors import NotFound as DomainNotFound
from portdesk.domain.errors import PortDeskError


class PlatformError(PortDeskError):
    """Any failure talking to the platform."""

    status: int | None = None
    maybe_applied = False  # the request may have reached the platform: check before resending


class AuthError(PlatformError):
    status = 401


class NotFound(PlatformError, DomainNotFound):
    status = 404


class RateLimited(PlatformError):
    status = 429

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServerError(PlatformError):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class Unreachable(PlatformError):
    """No answer at all: connection refused, timed out or dropped. The request may have applied."""


class MalformedResponse(PlatformError):
    """An answer PortDesk cannot read: not JSON, or not the shape of the contract."""


class NotJson(MalformedResponse):
    """The answer is not JSON at all: a proxy, a captive portal or the wrong address."""


class RequestRejected(PlatformError):
    """The platform refused the request as invalid (400/409/422); `errors` keeps its own words."""

    def __init__(self, message: str, status: int, errors: list[dict[str, str]]) -> None:
        super().__init__(message)
        self.status = status
        self.errors = errors

    @property
    def codes(self) -> list[str]:
        return [e.get("code", "") for e in self.errors]
