"""What one sync round did, in plain data the command line prints and the desk shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from portdesk.platform.errors import (
    AuthError,
    MalformedResponse,
    PlatformError,
    RateLimited,
    Unreachable,
)

NOTICE_KINDS = ("exception", "foc_set", "ported", "portout_waiting")


@dataclass(frozen=True, slots=True)
class Notice:
    """Something a specialist should hear about at once (an exception, an FOC date, ...)."""

    kind: str  # one of NOTICE_KINDS
    case_id: int
    reference: str
    message: str


@dataclass
class SyncReport:
    pushed: int = 0
    failed: int = 0
    events: int = 0
    cases_updated: int = 0
    cases_linked: int = 0  # split orders that became linked cases
    conflicts: int = 0
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    aborted: str | None = None  # the round stopped: platform unreachable, key refused, ...
    offline: bool = False  # stopped because the platform could not be reached at all

    @property
    def ok(self) -> bool:
        return self.aborted is None and not self.failed

    def summary(self, pending: int) -> str:
        text = (f"pushed {self.pushed}, failed {self.failed}, events {self.events}, "
                f"cases updated {self.cases_updated}, pending {pending}")
        if self.cases_linked:
            text += f", split cases {self.cases_linked}"
        if self.conflicts:
            text += f", conflicts {self.conflicts}"
        return text


def stops_the_round(exc: PlatformError) -> bool:
    """Failures that every further request would hit too: stop at once instead of hammering."""
    return isinstance(exc, AuthError | Unreachable | MalformedResponse | RateLimited)
