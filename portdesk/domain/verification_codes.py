"""Phone number verification codes (the order's `phone_number_verification_codes` step): the
platform sends a code to each number by SMS or call; the customer reads it out and the specialist
types it back. The codes are the customer's secrets: they live only in the request that verifies
them, never in a log, a store, an audit entry or a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from portdesk.domain.numbers import format_display

# the description's `verification_method` values, in words
METHODS = {"sms": "text message (SMS)", "call": "voice call"}
_SPACING = re.compile(r"[\s\-.]")


@dataclass(frozen=True, slots=True)
class CodeOutcome:
    e164: str
    verified: bool | None  # None: the platform said nothing of this number
    words: str


def clean_code(typed: str) -> str:
    """A code as read out over the phone: spaces, dashes and dots dropped, nothing else."""
    return _SPACING.sub("", typed)


def outcome_words(e164: str, verified: bool | None) -> CodeOutcome:
    """The number as the desk writes it everywhere (format_display), not the platform's "+1"."""
    shown = format_display(e164)
    if verified is True:
        return CodeOutcome(e164, True, f"{shown}: verified")
    if verified is False:
        return CodeOutcome(e164, False, f"{shown}: the code was not accepted; read it back to "
                           "the customer digit by digit and type it again, or send a new code "
                           "to this number")
    return CodeOutcome(e164, None, f"{shown}: the platform did not answer for this number; "
                       "list the codes again to see its state")


def state_words(sent: bool, verified: bool) -> str:
    if verified:
        return "verified"
    return "code sent, waiting for the customer's code" if sent else "no code sent yet"
