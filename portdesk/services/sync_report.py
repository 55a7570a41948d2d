"""What one sync round did, in plain data the command line prints and the desk shows."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from portdesk.domain.sync_trouble import SyncStop
from portdesk.platform.errors import (
    AuthError,
    NotJson,
    PlatformError,
    RateLimited,
    ServerError,
    Unreachable,
    WrongAddress,
)
from portdesk.platform.port import Skipped

NOTICE_KINDS = ("exception", "foc_set", "requested_moved", "ported", "portout_waiting",
                "portout_comment", "portout_foc", "order_comment", "questionable_date",
                "portout_authorized", "portout_returned", "portout_canceled", "messaging",
                "document_refused", "activation")


# notices a specialist may take to the platform's support: they name the order's support key
SUPPORT_KINDS = frozenset({"exception", "messaging", "activation", "portout_canceled", "portout_authorized",
                           "portout_returned", "document_refused"})


def requirements_stale_key(case_id: int) -> str:
    """Set when the platform's requirements for the case's order may have moved."""
    return f"requirements_stale.{case_id}"


def support_key_key(case_id: int) -> str:
    return f"support_key.{case_id}"


def with_support_key(notice: Notice, support_key: str | None) -> Notice:
    """The description's `support_key` ("A key to reference this porting order when contacting
    ... customer support"; none on a draft) said in the notice, so it can be quoted."""
    if notice.kind not in SUPPORT_KINDS or not support_key or support_key in notice.message:
        return notice
    return replace(notice, message=f"{notice.message} (platform support reference: "
                                   f"{support_key})")


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
    # "PD-000037: requirements not met: ..." per change the platform refused (held for a person)
    refused: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # records PortDesk could not use
    unknown: list[str] = field(default_factory=list)  # event types / statuses it does not know
    aborted: str | None = None  # the round stopped: platform unreachable, key refused, ...
    offline: bool = False  # stopped because the platform could not be reached at all
    stop: SyncStop | None = None  # why it stopped, for the status bar (None: it did not stop)
    taken_over: int = 0  # cases resumed from a desk whose lease ran out (killed mid-push)
    pull_elsewhere: bool = False  # another desk of the team was reading the platform's events
    retry_after: float | None = None  # the round stopped on a Retry-After of this many seconds
    walked: bool = False  # every order and port-out was walked this round (sync_walk)

    @property
    def ok(self) -> bool:
        return self.aborted is None and not self.failed

    def skip(self, kind: str, record_id: str, record_type: str, reason: str) -> None:
        self.skipped.append(Skipped(kind, record_id, record_type, reason))

    def summary(self, pending: int) -> str:
        text = (f"pushed {self.pushed}, failed {self.failed}, events {self.events}, "
                f"cases updated {self.cases_updated}, pending {pending}")
        if self.cases_linked:
            text += f", split cases {self.cases_linked}"
        if self.conflicts:
            text += f", conflicts {self.conflicts}"
        if self.skipped:
            text += f", skipped {len(self.skipped)}"
        return text

    def skipped_lines(self, limit: int = 10) -> list[str]:
        """One line per skipped record (id, type, why) and per unknown value, for people."""
        lines = [f"skipped {s.kind} {s.record_id} ({s.record_type}): {s.reason}"
                 for s in self.skipped[:limit]]
        if len(self.skipped) > limit:
            lines.append(f"... and {len(self.skipped) - limit} more skipped (see the log)")
        lines += [f"not known to PortDesk, kept as sent: {u}" for u in self.unknown[:limit]]
        return lines


def stop_of(exc: BaseException) -> SyncStop:
    """The kind of a round's stop, by the client's exception type (never by its words)."""
    if isinstance(exc, WrongAddress):  # an Unreachable by its retry rule, not by its fix
        return SyncStop.WRONG_ADDRESS
    if isinstance(exc, Unreachable):
        return SyncStop.UNREACHABLE
    if isinstance(exc, AuthError):
        return SyncStop.KEY_REFUSED
    return SyncStop.OTHER


def stops_the_round(exc: PlatformError, answered: bool = True) -> bool:
    """Failures that every further request would hit too: stop at once instead of hammering.

    An answer that is not JSON stops the round only when nothing this round was JSON (the
    address is wrong or a portal is in the way); after good answers it is one bad record.
    """
    if isinstance(exc, NotJson):
        return not answered
    # a 503 with Retry-After is the platform saying it is away for a while, for every request
    return isinstance(exc, AuthError | Unreachable | RateLimited) or (
        isinstance(exc, ServerError) and exc.retry_after is not None)
