"""Every layout family, split by where it lives: tuned/ (the reader may be tuned on it), blind/ and
blind2/ (never read by whoever tunes the reader).

blind/ was set aside before the reader was rewritten; blind2/ was added after the reader's first
blind score, to measure its next round honestly. Their modules say who must not read them.
Importing this package registers all families; code that only needs names asks `names()`.
"""

from __future__ import annotations

from tests.billcorpus.families import blind, blind2, tuned  # noqa: F401  (registration)
from tests.billcorpus.families.registry import FAMILIES, Family

SPLITS = ("tuned", "blind", "blind2")
BLIND = ("blind", "blind2")


def names(split: str | None = None) -> list[str]:
    return sorted(n for n, f in FAMILIES.items() if split is None or f.split == split)


def get(name: str) -> Family:
    return FAMILIES[name]


__all__ = ["BLIND", "FAMILIES", "SPLITS", "Family", "get", "names"]
