"""SEVENTEENTH TUNING SPLIT (open): material for tuning the reader on issue 10, not a measure.

Written in session 19 by the engineer who then tunes the reader on it (the round's brief: open
tuning material first, its first-sight score before any change to the reader, then the tuning),
of carriers no other split models, chosen from a pool kept apart from the held-out split's
(blind17, written at the same time: carriers A to L there, M to Z here); eight of its ten
carriers are not on PortDesk's own carrier list. It is open from the start: the reader's tuner
reads, renders and scores it like tune10/ to tune16/. Being tuned on, its figures say how well
the reader fits it, never how well it generalises. Every idea of the round's list
(notes/prompts-s19/ideas-bills.md) is used at least once across its ten families.
"""

from tests.billcorpus.families.tune17 import (  # noqa: F401  (registration)
    coop,
    email,
    enterprise,
    languages,
    mainframe,
    twoup,
    wireless,
)
