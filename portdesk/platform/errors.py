"""What can go wrong talking to the porting platform, each with a sentence a specialist can act on.

Messages name the platform's address and what to do; they never carry the API key or a PIN.
"""

from __future__ import annotations

from portdesk.domain.errors import NotFound as DomainNotFound
from portdesk.domain.errors import PortDeskError
from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome


class PlatformError(PortDeskError):
    """Any failure talking to the platform."""

    status: int | None = None
    retry_after: float | None = None  # seconds the platform asked to be left alone (Retry-After)
    maybe_applied = False  # the request may have reached the platform: check before resending
    kind = OutcomeKind.UNREADABLE  # what the outbox keeps of it (domain/sync_outcome)

    def outcome(self) -> SyncOutcome:
        """How the change ended, as data: the desk decides from this, never from the words."""
        return SyncOutcome(self.kind, self.status)


class AuthError(PlatformError):
    status = 401
    kind = OutcomeKind.KEY_REFUSED


class NotFound(PlatformError, DomainNotFound):
    status = 404
    kind = OutcomeKind.REFUSED


class RateLimited(PlatformError):
    status = 429
    kind = OutcomeKind.RATE_LIMITED

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServerError(PlatformError):
    kind = OutcomeKind.SERVER_ERROR

    def __init__(self, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after  # a 503 "come back later" says when


class Unreachable(PlatformError):
    """No answer at all: connection refused, timed out or dropped. The request may have applied."""

    kind = OutcomeKind.NOT_ANSWERED
    timed_out = False  # sent, and no answer came in time (set where the transport met it)
    not_connected = False  # timed out before the platform took the connection

    def outcome(self) -> SyncOutcome:
        return SyncOutcome(OutcomeKind.TIMED_OUT if self.timed_out else OutcomeKind.NOT_ANSWERED)


class WrongAddress(Unreachable):
    """The address does not serve the platform's API (a 404 on a list, an unknown scheme): no
    request reached it, so nothing is refused or gone; fixed in Settings, sent again after."""

    def outcome(self) -> SyncOutcome:
        return SyncOutcome(OutcomeKind.NOT_ANSWERED)


class MalformedResponse(PlatformError):
    """An answer PortDesk cannot read: not JSON, or not the shape of the contract."""


class NotJson(MalformedResponse):
    """The answer is not JSON at all: a proxy, a captive portal or the wrong address."""


class RequestRejected(PlatformError):
    """The platform refused the request as invalid (400/409/422); `errors` keeps its own words.
    Status 0: PortDesk itself did not send it (nothing the platform could take)."""

    def __init__(self, message: str, status: int, errors: list[dict[str, str]]) -> None:
        super().__init__(message)
        self.status = status
        self.errors = errors

    @property
    def codes(self) -> list[str]:
        return [e.get("code", "") for e in self.errors]

    def outcome(self) -> SyncOutcome:
        if not self.status:
            return SyncOutcome(OutcomeKind.NOT_SENDABLE)
        return SyncOutcome(OutcomeKind.REFUSED, self.status, tuple(c for c in self.codes if c))
