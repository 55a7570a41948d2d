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
