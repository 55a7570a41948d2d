"""The reference the platform sees for a case: the human reference plus this database's id.

Two desks with their own databases on one platform account both number their first case
PD-000001; the platform's `customer_reference` must still tell their orders apart, or one desk
adopts the other's order (another customer's numbers). So PortDesk sends `PD-000001/<database
id>`: the specialist's reference stays readable in front, and the id (made once per database,
kept in it) makes it unique. Orders made before this carried the bare reference; those are only
taken when their numbers are the case's.
"""

from __future__ import annotations

from portdesk.store.identity import DATABASE_ID, database_id

__all__ = ["DATABASE_ID", "SEPARATOR", "database_id", "platform_reference", "split_reference"]
SEPARATOR = "/"


def platform_reference(reference: str, db_id: str) -> str:
    return f"{reference}{SEPARATOR}{db_id}"


def split_reference(value: str) -> tuple[str, str | None]:
    """(human reference, database id or None for a bare, older reference)."""
    human, sep, db_id = value.rpartition(SEPARATOR)
    if not sep or not human or not db_id:
        return value, None
    return human, db_id
