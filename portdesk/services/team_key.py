"""The team key's use cases: make it (first desk), join it (every other desk), rotate it.

Each is audited under the specialist's name with the desk and OS user beside it, so the log says
who let which workstation in and who rotated the key. A wrong passphrase fails before anything is
written, on this desk or in the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.fernet import Fernet

from portdesk.config import Settings
from portdesk.domain.errors import PortDeskError
from portdesk.store import audit, team_key
from portdesk.store.desks import DeskIdentity
from portdesk.store.store import Store
from portdesk.store.team_schema import TeamKeyRow


@dataclass(frozen=True, slots=True)
class KeyOutcome:
    generation: int
    kept_in: str  # where this desk keeps the key now
    pins: int = 0
    documents: int = 0


def _who(settings: Settings, actor: str) -> tuple[str, dict[str, str]]:
    desk = DeskIdentity.here(actor, settings.desk_name)
    return (f"{actor} on {desk.name} (OS user {desk.os_user})",
            {"desk": desk.name, "os_user": desk.os_user, "host": desk.host})


def _record(store: Store) -> TeamKeyRow:
    with store.sessions() as session:
        row = team_key.record(session)
    if row is None:
        raise PortDeskError("this queue has no team key yet: run `portdesk team init` on the "
                            "desk whose key the queue uses now")
    return row


def init_team(store: Store, passphrase: str, settings: Settings, actor: str) -> KeyOutcome:
    """Wrap the key this desk uses with the team passphrase and put it in the database."""
    team_key.check_passphrase(passphrase)
    label, desk = _who(settings, actor)
    with store.transaction() as session:
        existing = team_key.record(session)
        if existing is not None:
            raise PortDeskError(f"this queue already has a team key (made by "
                                f"{existing.created_by}); other desks run `portdesk team join`")
        row = team_key.create(session, store.box, passphrase, label)
        session.flush()
        store.box.bind_team(team_key.info_of(row))
        audit.append(session, actor=label, action="team.key_created",
                     changes={**desk, "generation": 1})
    return KeyOutcome(1, store.box.keep(store.box.current_key()))


def join_team(store: Store, passphrase: str, settings: Settings, actor: str) -> KeyOutcome:
    """Unwrap the team key with the passphrase and keep it on this desk (once per rotation)."""
    row = _record(store)
    key = team_key.unwrap(row.wrapped, passphrase, row.key_id)  # wrong: nothing written
    info = team_key.info_of(row)
    assert info is not None
    kept_in = store.box.keep(key)
    store.box.switch(key, info)
    label, desk = _who(settings, actor)
    with store.transaction() as session:
        audit.append(session, actor=label, action="team.joined",
                     changes={**desk, "generation": row.generation})
    return KeyOutcome(row.generation, kept_in)


def rotate_team(store: Store, passphrase: str, new_passphrase: str, settings: Settings,
                actor: str) -> KeyOutcome:
    """A new team key for everything, in one transaction; the other desks join again with the
    new passphrase (whoever knew the old one must not be able to)."""
    team_key.check_passphrase(new_passphrase)
    if new_passphrase == passphrase:
        raise PortDeskError("choose a new passphrase: whoever knew the old one could join again")
    checked = _record(store)
    team_key.unwrap(checked.wrapped, passphrase, checked.key_id)  # wrong: nothing written
    store.box.key_id_checked()  # this desk must hold the current key to re-encrypt with it
    label, desk = _who(settings, actor)
    before, new_key = store.box.state(), Fernet.generate_key()
    try:
        with store.transaction() as session:
            row = team_key.record(session)
            if row is None or row.generation != checked.generation:
                raise PortDeskError("another desk rotated the team key meanwhile; nothing was "
                                    "changed here: run `portdesk team join`")
            done = team_key.rotate(session, store.box, row, new_key, new_passphrase, label)
            audit.append(session, actor=label, action="team.key_rotated",
                         changes={**desk, "generation": done.generation, "pins": done.pins,
                                  "documents": done.documents})
    except BaseException:
        store.box.restore(before)
        raise
    return KeyOutcome(done.generation, store.box.keep(new_key), done.pins, done.documents)
