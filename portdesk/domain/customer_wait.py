"""What a case waits for from the customer, in words, from what the platform said: the queue
shows it as the case's next action, and sorts and filters by it.

Two things the platform says put a port-in in the customer's hands: verification codes it sent
to numbers that are not verified yet (the customer reads each code out), and numbers whose
requirements are pending (`requirement-info-pending`: a document or value the customer gives).
Nothing else is guessed: an order that asks codes none of which were sent waits on the
specialist (send them), not on the customer, and says nothing here.
"""

from __future__ import annotations

from collections.abc import Iterable

PENDING_REQUIREMENT = "requirement-info-pending"
PREFIX = "Customer: "


def _numbers(count: int) -> str:
    return f"{count} number{'s' if count != 1 else ''}"


def codes_words(sent_unverified: int) -> str:
    if sent_unverified <= 0:
        return ""
    return (f"read out the verification code sent to {_numbers(sent_unverified)}; type it in "
            "Platform steps > Verification codes")


def requirements_words(states: Iterable[str]) -> str:
    pending = sum(1 for s in states if s == PENDING_REQUIREMENT)
    if not pending:
        return ""
    return (f"give the document or detail the platform asks for {_numbers(pending)} "
            "(requirements pending); then Platform steps > Requirements")


def combined(*parts: str) -> str:
    """The column's words: each part the platform said, in one line (cut to the column)."""
    said = [p for p in parts if p]
    return (PREFIX + "; ".join(said))[:300] if said else ""
