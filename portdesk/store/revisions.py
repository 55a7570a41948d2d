"""The schema's newest revisions, read from the migration files with the standard library only
(neither Alembic nor SQLAlchemy: `case list` checks them before it decides how to read)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"""^(down_revision|revision)\s*=\s*['"]?([\w]+)['"]?""", re.M)


@cache
def head_revisions() -> frozenset[str]:
    """The newest revisions, read from the migration files without importing Alembic."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", "None"))
    return frozenset(revisions - parents)
