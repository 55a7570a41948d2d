"""A number's own requirements state on an international port-in (the description's
`PortingPhoneNumber.requirements_status`), in the specialist's words with what to do.

The four values are the description's and the port-in requirements guide's; each is read by name.
A value the platform adds later is not guessed at: it is shown as the platform writes it, and the
view says once (not on every number) that PortDesk does not know it yet.
"""

from __future__ import annotations

from dataclasses import dataclass

# value -> (the state in words, what the specialist does)
REQUIREMENTS_STATUS: dict[str, tuple[str, str]] = {
    "requirement-info-pending": (
        "information needed",
        "give the missing document or value (Platform steps > Requirements); the port cannot "
        "go on until you do"),
    "requirement-info-under-review": (
        "under review by the platform",
        "nothing to do: the platform's porting team is checking what was given"),
    "requirement-info-exception": (
        "refused by the platform",
        "what was given does not meet the requirement: read its acceptance criteria and give "
        "a corrected document or value"),
    "approved": (
        "approved",
        "nothing to do for this number's requirements"),
}
UNKNOWN_NOTE = ("a requirements state PortDesk does not know yet is shown as the platform "
                "writes it: read the order's requirements on the platform for what it asks")


@dataclass(frozen=True, slots=True)
class NumberRequirement:
    e164: str
    platform_word: str  # as the platform wrote it ("" when it gave none)
    state: str  # in words
    todo: str  # what the specialist does
    known: bool  # one of the description's values


def number_requirement(e164: str, value: str) -> NumberRequirement:
    if not value:
        return NumberRequirement(e164, "", "not given", "the platform gives no requirements "
                                 "state for this number (domestic orders have none)", True)
    if value in REQUIREMENTS_STATUS:
        state, todo = REQUIREMENTS_STATUS[value]
        return NumberRequirement(e164, value, state, todo, True)
    return NumberRequirement(e164, value, f"'{value}' (not known to PortDesk)",
                             "see the note below", False)


def unknown_note(rows: list[NumberRequirement]) -> str:
    """Said once for the whole list, whatever number of rows carry an unknown state."""
    return UNKNOWN_NOTE if any(not r.known for r in rows) else ""
