"""After the port: whether the numbers were verified to work here, from the post-port checks.

The specialist records four checks on a completed port-in (services/postport): an inbound call
reaches the customer, an outbound call shows the number, texts arrive, the listings are updated.
They are kept as verifications; this says what they add up to, so the queue's milestone column
stops asking to "Verify routing" once every check passed, and says "Fix routing" while one fails.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from portdesk.domain.case import CaseKind

PREFIX = "postport."  # the verification field of a check is PREFIX + its name
CHECKS: tuple[tuple[str, str, str], ...] = (
    ("inbound_call", "Inbound call",
     "Call each number from outside: it rings where the customer expects"),
    ("outbound_call", "Outbound call", "Call out from the numbers: the right caller ID shows"),
    ("sms", "SMS", "Send a text to and from the numbers: both arrive"),
    ("listings", "Listings updated",
     "Directory listing, 911/E911 address and caller name (CNAM) point to the customer here"),
)
PASS, FAIL = "pass", "fail"


class Routing(Enum):
    UNCHECKED = "unchecked"  # some checks not made yet
    VERIFIED = "verified"  # every check passed (its newest record)
    FAILED = "failed"  # a check's newest record says it fails


def routing_of(newest: Mapping[str, str]) -> Routing:
    """`newest`: each check's field (PREFIX + name) -> the verdict of its newest record."""
    verdicts = [newest.get(PREFIX + name) for name, _label, _hint in CHECKS]
    if FAIL in verdicts:
        return Routing.FAILED
    if all(v == PASS for v in verdicts):
        return Routing.VERIFIED
    return Routing.UNCHECKED


def action_name(kind: CaseKind) -> tuple[str, str]:
    """(what the action is, where the checks are made) for a case of this kind: a transfer is
    checked on its destination sub-account, where routing and SMS were reset ("Verify the port"
    on a transfer named a port that never happened)."""
    if kind == CaseKind.SUBACCOUNT_TRANSFER:
        return "Verify the transfer", "on the destination sub-account"
    return "Verify the port", ""
