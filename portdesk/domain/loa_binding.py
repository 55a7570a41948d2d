"""What a signed LOA was signed over, and whether the case still says the same.

A signature authorizes the values printed above it, not whatever the case says later: after "Use
bill value" fixed the customer name, or a number was added, the old letter authorizes a different
port. So each signed LOA keeps the values it carries (its binding) and readiness compares them with
the case as it is now. The PIN is kept only as a digest: the binding must never hold it in clear.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from portdesk.domain.case import PortCase
from portdesk.domain.numbers import format_display

# The values an LOA carries that a losing carrier checks, with the words the specialist uses.
# The requested date and the contact details are printed too, but they are not terms of the
# authorization: the order carries the date, and moving it must not need a new signature.
CARRIED: dict[str, str] = {
    "account_name": "customer name",
    "customer_type": "customer type",
    "authorized_name": "authorized person",
    "authorized_title": "title",
    "account_number": "account number",
    "pin": "PIN",
    "btn": "BTN",
    "losing_carrier": "losing carrier",
    "service_address": "service address",
    "port_type": "port type",
    "remaining_action": "what happens to the numbers that stay",
    "remaining_numbers": "numbers that stay",
    "new_btn": "new BTN",
}
STALE_LOA = "The signed LOA no longer matches the case: fill and sign again"
STALE_FORM = "Filled before the case changed: fill the form again before it is signed"


def pin_digest(pin: str) -> str:
    return "sha256:" + hashlib.sha256(pin.encode()).hexdigest() if pin else ""


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return ",".join(_plain(v) for v in value)
    one_line = getattr(value, "one_line", None)
    return str(one_line()) if callable(one_line) else str(value)


@dataclass(frozen=True, slots=True)
class LoaBinding:
    """The values (PIN as a digest) and the numbers an LOA was signed over."""

    values: Mapping[str, str]
    numbers: frozenset[str] = field(default_factory=frozenset)


def bind(case: PortCase) -> LoaBinding:
    values = {name: _plain(getattr(case, name)) for name in CARRIED if name != "pin"}
    values["pin"] = pin_digest(case.pin)
    return LoaBinding(values, frozenset(case.number_e164s))


@dataclass(frozen=True, slots=True)
class LoaDrift:
    changed: tuple[str, ...] = ()  # labels of the values that differ now
    unlisted: tuple[str, ...] = ()  # numbers on the case the LOA does not list
    dropped: tuple[str, ...] = ()  # numbers the LOA lists that left the case

    @property
    def stale(self) -> bool:
        return bool(self.changed or self.unlisted)

    def describe(self, since: str = "it was signed") -> str:
        parts = []
        if self.changed:
            parts.append(f"changed since {since}: " + ", ".join(self.changed))
        if self.unlisted:
            shown = ", ".join(format_display(n) for n in self.unlisted[:5])
            more = f" and {len(self.unlisted) - 5} more" if len(self.unlisted) > 5 else ""
            parts.append(f"not on the LOA: {shown}{more}")
        return "; ".join(parts)


def drift(binding: LoaBinding, case: PortCase) -> LoaDrift:
    """How the case moved away from what its LOA was signed over (keys the binding lacks are
    skipped: a letter filed before a field was bound is not blamed for it)."""
    now = bind(case)
    changed = tuple(label for name, label in CARRIED.items()
                    if name in binding.values and binding.values[name] != now.values[name])
    current = case.number_e164s
    unlisted = tuple(n for n in current if n not in binding.numbers)
    dropped = tuple(sorted(binding.numbers - set(current)))
    return LoaDrift(changed, unlisted, dropped)


# The requested date is printed on the letter but not bound to the signature (the order carries
# it): a date moved after signing leaves the letter "matching", and a printed copy then asks for
# another day than the order. It is told, never made stale.
PRINTED_DATE = "requested_date"


def _long(day: date | None) -> str:
    return day.strftime("%a %b %d, %Y") if day else "no date"


def date_moved_note(asked: date | None, now: date | None, signed_on: date | None,
                    by: str = "") -> str:
    """The sentence the desk says when the case's requested date is not the one its signed LOA
    prints ("" when they agree): who moved it, to what, when the letter was signed, what the
    letter still asks for."""
    if asked == now:
        return ""
    who = by[:1].upper() + by[1:] if by else "The requested date was"
    moved = f"{who} moved the requested date" if by else who + " moved"
    to = f" to {_long(now)}" if now else " off the case"
    signed = f" on {_long(signed_on)}" if signed_on else ""
    return (f"{moved}{to} after the LOA was signed{signed}; the signed LOA still asks for "
            f"{_long(asked)}. The date is not bound to the signature (the order carries it), "
            "but a printed copy of the letter contradicts it.")


@dataclass(frozen=True, slots=True)
class PrintedDate:
    """The requested date a signed LOA prints, with who last moved the case's date away from it
    and to what (`by` is said only while the case still holds `moved_to`: a date typed in the
    editor since is the specialist's own)."""

    asked: date | None
    by: str = ""
    moved_to: date | None = None

    def note(self, now: date | None, signed_on: date | None) -> str:
        return date_moved_note(self.asked, now, signed_on,
                               self.by if now == self.moved_to else "")
