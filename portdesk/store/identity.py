"""This database's id: made once, kept in it, shared by every desk that opens it.

The platform sees it in each case's reference (services/sync_refs.py) and the audit chain seals it
into every entry (made by migration 0004 when absent); two desks racing to make it agree on one.
"""

from __future__ import annotations

import secrets

from sqlalchemy.exc import IntegrityError

from portdesk.store.sync_repo import SyncRepository

DATABASE_ID = "database.id"


def database_id(repo: SyncRepository) -> str:
    """This database's id, made on first use."""
    found = repo.get(DATABASE_ID)
    if found:
        return found
    try:
        repo.put(DATABASE_ID, secrets.token_hex(5))
    except IntegrityError:  # another workstation on the same database made it first
        pass
    return repo.get(DATABASE_ID)
