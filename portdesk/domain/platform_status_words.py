"""The platform's own status of an order or a port-out request, in the specialist's words.

The desk keeps the platform's word as it came (`platform_status`) beside the canonical status;
shown raw ("Platform says: pending") it asked the specialist to know the platform's vocabulary,
and the same word means different things on a port-in and a port-out. The meanings are the
description's guides' own: the port-out guide's status table ("Port-out orders"), the port-in
guide and notifications ("Getting started with port-in orders", "Port-in order notifications").
A word the platform adds later is shown as the platform writes it, never guessed.
"""

from __future__ import annotations

from portdesk.domain.case import CaseKind

# "Port-out order statuses" (port-out-orders.md), as what it means for the specialist
PORTOUT_WORDS: dict[str, str] = {
    "pending": "waiting for your answer: authorize or reject it",
    "authorized": "authorized: the numbers leave on the FOC date",
    "rejected-pending": ("rejection under review: the platform's Porting Ops team checks your "
                         "rejection reason; if it is not valid, the request comes back to you "
                         "as pending"),
    "rejected": "rejected: the port-out will not happen",
    "canceled": "canceled by the gaining carrier or the platform: no answer needed",
    "cancelled": "canceled by the gaining carrier or the platform: no answer needed",
    "ported": "ported: the numbers left for the gaining carrier",
}

# a porting order's status (the port-in guide and its notifications)
ORDER_WORDS: dict[str, str] = {
    "draft": "draft on the platform: not submitted yet",
    "in-process": "submitted: the platform is checking it before the losing carrier",
    "submitted": "with the losing carrier",
    "exception": "rejected by the losing carrier: fix what the reasons say and send it again",
    "foc-date-confirmed": "the losing carrier committed to the FOC date",
    "activation-in-progress": "the numbers are being activated on the FOC date",
    "ported": "ported: check that calls and texts arrive",
    "cancel-pending": "cancel asked, not yet confirmed: the numbers stay until it is",
    "cancelled": "cancelled: the port will not happen",
    "canceled": "cancelled: the port will not happen",
}


def platform_status_words(kind: CaseKind | str | None, raw: str) -> str:
    """'<words> (platform status '<raw>')': the meaning first, the platform's own word kept for
    support; a word not known here is said as the platform's own."""
    word = raw.strip()
    if not word:
        return ""
    table = PORTOUT_WORDS if str(kind) == CaseKind.PORT_OUT else ORDER_WORDS
    meaning = table.get(word.lower())
    if meaning is None:
        return f"'{word}' (as the platform names it; this desk does not know it yet)"
    return f"{meaning} (platform status '{word}')"
