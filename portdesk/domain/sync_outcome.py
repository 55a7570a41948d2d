"""How a change sent to the platform ended, kept as data beside the platform's words.

The desk tells a change the platform refused (about the case: held for a person) from one that got
no usable answer (not about the case: sent again at every round). That was read back from the
stored error text ("the platform has no such record" meant gone); a reworded message, a
translated one or the platform quoting that phrase would have turned one into the other. The
outcome is decided where the answer is met (platform/errors.py) and stored with the item and the
case; the text is only shown. A row written before outcomes were kept says `unknown`: its cause
was not recorded, and nothing is guessed from its words (migration 0010).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class OutcomeKind(StrEnum):
    REFUSED = "refused"  # the platform answered and refused what was sent (4xx; 404: gone)
    NOT_SENDABLE = "not_sendable"  # PortDesk did not send it: nothing the platform could take
    TIMED_OUT = "timed_out"  # sent, no answer in time: it may have applied
    NOT_ANSWERED = "not_answered"  # no connection, or dropped before an answer
    SERVER_ERROR = "server_error"  # the platform's own failure (5xx, 408)
    RATE_LIMITED = "rate_limited"  # 429
    UNREADABLE = "unreadable"  # an answer PortDesk cannot read (not JSON, wrong shape)
    KEY_REFUSED = "key_refused"  # 401/403: the API key, not the case
    UNKNOWN = "unknown"  # kept by an older PortDesk without its cause


# the platform (or PortDesk) said no to what was sent: the same request meets the same answer
HELD_KINDS = frozenset({OutcomeKind.REFUSED, OutcomeKind.NOT_SENDABLE})


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    kind: OutcomeKind
    status: int | None = None  # the HTTP status when there was one
    codes: tuple[str, ...] = ()  # the platform's error codes, as it gave them

    @property
    def refused(self) -> bool:
        """The answer was a refusal of what was sent (sending it again as it is cannot help)."""
        return self.kind in HELD_KINDS

    @property
    def gone(self) -> bool:
        """The platform no longer has the record the change was about."""
        return self.kind == OutcomeKind.REFUSED and self.status == 404

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "status": self.status, "codes": list(self.codes)}

    @classmethod
    def from_json(cls, raw: Any) -> SyncOutcome | None:
        """None for nothing stored; an unreadable or unknown value is `unknown`, never guessed."""
        if not raw:
            return None
        if not isinstance(raw, dict):
            return cls(OutcomeKind.UNKNOWN)
        try:
            kind = OutcomeKind(str(raw.get("kind")))
        except ValueError:
            kind = OutcomeKind.UNKNOWN
        status = raw.get("status")
        codes = raw.get("codes") or ()
        return cls(kind, status if isinstance(status, int) else None,
                   tuple(str(c) for c in codes) if isinstance(codes, list | tuple) else ())


UNKNOWN = SyncOutcome(OutcomeKind.UNKNOWN)
