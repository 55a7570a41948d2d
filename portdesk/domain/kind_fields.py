"""Which of a case's fields its kind uses, and why the others are absent.

A sub-account transfer moves numbers between two of the platform's own sub-accounts: there is
no losing carrier, so nothing checks a carrier's name, account number, PIN or BTN, and nothing
stays behind with a carrier (no partial port, no new BTN). Its editor offered all of them, as if
they were wanted. The fields are hidden, not cleared: a value stored before (a case entered as a
port-in first, an import) is kept on the case and named, never silently dropped.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from portdesk.domain.case import CaseKind, PortCase, mask_secret

_TRANSFER_UNUSED = ("losing_carrier", "account_number", "pin", "btn", "port_type",
                    "remaining_action", "new_btn")
_UNUSED: dict[CaseKind, tuple[str, ...]] = {CaseKind.SUBACCOUNT_TRANSFER: _TRANSFER_UNUSED}
_WHY: dict[CaseKind, str] = {
    CaseKind.SUBACCOUNT_TRANSFER: (
        "A sub-account transfer moves the numbers inside the platform: no carrier checks a "
        "current carrier, account number, PIN or BTN, and no number stays behind with a "
        "carrier (no partial port, no new BTN), so those fields are not shown."),
}
_SECRET = ("pin",)


def unused_fields(kind: CaseKind) -> tuple[str, ...]:
    """The editor's field names this kind of case does not carry."""
    return _UNUSED.get(kind, ())


def why_absent(kind: CaseKind) -> str:
    return _WHY.get(kind, "")


def _default(name: str) -> Any:
    for f in fields(PortCase):
        if f.name == name:
            return f.default
    return None


def kept_unused(case: PortCase) -> list[tuple[str, str]]:
    """(field name, value as shown) of each unused field that holds a value of its own: kept on
    the case, shown masked when it is a secret."""
    kept = []
    for name in unused_fields(case.kind):
        value = getattr(case, name)
        if value in (None, "") or value == _default(name):
            continue
        shown = mask_secret(str(value)) if name in _SECRET else str(getattr(value, "value", value))
        kept.append((name, shown))
    return kept
