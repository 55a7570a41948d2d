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
from portdesk.domain.lifecycle import Status

# The platform's spellings of an order status onto the canonical model (DOMAIN.md's table).
# Lower-cased keys.
ORDER_STATUS_MAP: dict[str, Status] = {
    "draft": Status.DRAFT,
    "in-process": Status.SUBMITTED,
    "in_process": Status.SUBMITTED,
    "in review": Status.SUBMITTED,
    "submitted": Status.AT_CARRIER,
    "in progress": Status.AT_CARRIER,
    "requested_supp": Status.AT_CARRIER,
    "exception": Status.EXCEPTION,
    "action required": Status.EXCEPTION,
    "foc-date-confirmed": Status.FOC_CONFIRMED,
    "foc": Status.FOC_CONFIRMED,
    # the description names it among the orders' statuses (the phone number configurations'
    # filter), nowhere else: the numbers are being activated on the FOC the order holds
    "activation-in-progress": Status.FOC_CONFIRMED,
    "ported": Status.PORTED,
    "completed": Status.PORTED,
    "complete": Status.PORTED,
    "cancel-pending": Status.CANCEL_PENDING,
    "requested_cancel": Status.CANCEL_PENDING,
    "canceling": Status.CANCEL_PENDING,
    "cancelled": Status.CANCELLED,
    "canceled": Status.CANCELLED,
    "expired": Status.EXPIRED,
    "waiting for signature": Status.AWAITING_SIGNATURE,
    "pending_documents": Status.AWAITING_SIGNATURE,
}

# A port-out request's status onto the canonical model (the sync reads this table).
PORTOUT_STATUS_MAP: dict[str, Status] = {
    "pending": Status.SUBMITTED,
    "authorized": Status.FOC_CONFIRMED,
    "rejected-pending": Status.CANCEL_PENDING,
    "rejected": Status.CANCELLED,
    "cancelled": Status.CANCELLED,
    "canceled": Status.CANCELLED,
    "ported": Status.PORTED,
}

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

# what an order in each canonical status means for the specialist: every word the sync maps
# (ORDER_STATUS_MAP) is said by the status it maps to, so the sync and the words cannot part
STATUS_WORDS: dict[Status, str] = {
    Status.DRAFT: "draft on the platform: not submitted yet",
    Status.AWAITING_SIGNATURE: "waiting for documents or a signature on the platform",
    Status.SUBMITTED: "submitted: the platform is checking it before the losing carrier",
    Status.AT_CARRIER: "with the losing carrier",
    Status.EXCEPTION: "rejected by the losing carrier: fix what the reasons say and send it again",
    Status.FOC_CONFIRMED: "the losing carrier committed to the FOC date",
    Status.PORTED: "ported: check that calls and texts arrive",
    Status.CANCEL_PENDING: "cancel asked, not yet confirmed: the numbers stay until it is",
    Status.CANCELLED: "cancelled: the port will not happen",
    Status.EXPIRED: "expired on the platform: it will not port as it stands",
}
# a word whose meaning is narrower than its status's (the port-in guide and its notifications)
ORDER_WORDS: dict[str, str] = {
    "activation-in-progress": "the numbers are being activated on the FOC date",
}


def platform_status_words(kind: CaseKind | str | None, raw: str) -> str:
    """'<words> (platform status '<raw>')': the meaning first, the platform's own word kept for
    support; a word not known here is said as the platform's own."""
    word = raw.strip()
    if not word:
        return ""
    key = word.lower()
    if str(kind) == CaseKind.PORT_OUT:
        meaning = PORTOUT_WORDS.get(key)
    else:
        status = ORDER_STATUS_MAP.get(key)
        meaning = ORDER_WORDS.get(key) or (STATUS_WORDS.get(status) if status else None)
    if meaning is None:
        return f"'{word}' (as the platform names it; this desk does not know it yet)"
    return f"{meaning} (platform status '{word}')"
