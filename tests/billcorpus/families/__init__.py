"""Every layout family, split by where it lives: tuned/ (the reader may be tuned on it) and blind/.

The blind third was set aside before the reader was rewritten; its modules say who must not read
them. Importing this package registers all families; code that only needs names asks `names()`.
"""

from __future__ import annotations

from tests.billcorpus.families import blind, tuned  # noqa: F401  (registration)
from tests.billcorpus.families.registry import FAMILIES, Family

SPLITS = ("tuned", "blind")


def names(split: str | None = None) -> list[str]:
    return sorted(n for n, f in FAMILIES.items() if split is None or f.split == split)


def get(name: str) -> Family:
    return FAMILIES[name]


__all__ = ["FAMILIES", "SPLITS", "Family", "get", "names"]
