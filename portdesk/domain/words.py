"""A count with its noun in the right number: "1 case", "3 cases", "1 entry", "2 entries".

The desk and the command line wrote "1 case(s)", "Restored 1 unsaved edit(s)", "1 of 1 page(s)"
(walked in session 19): a specialist reads the count, so the word follows it, by one rule here.
"""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """The count and its noun; `plural` where adding "s" is wrong ("entry", "entries")."""
    return f"{count:,} {noun if count == 1 else (plural or noun + 's')}"


def verb(count: int, singular: str, plural: str) -> str:
    """The verb that agrees with a count: verb(1, "fails", "fail") is "fails"."""
    return singular if count == 1 else plural
