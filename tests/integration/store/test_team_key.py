"""The team key on SQLite and PostgreSQL: two desks with keys of their own (no keyring, one key
folder each, as on two machines), one queue. Init wraps the first desk's key with a passphrase;
the second desk is refused until it joins; a wrong passphrase writes nothing; a rotation
re-encrypts every PIN and document in one transaction, keeps the audit chain and older
checkpoints verifiable, and leaves the other desk refused until it joins with the new passphrase.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from portdesk.config import Settings
from portdesk.domain.errors import PortDeskError
from portdesk.services.team_key import init_team, join_team, rotate_team
from portdesk.store import checkpoint, team_key
from portdesk.store.secrets import SecretsUnavailable
from portdesk.store.store import Store
from tests.helpers import case

OLD, NEW = "correct horse battery staple", "purple otter under a quiet bridge"


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    """Each desk keeps its key in its own folder: two machines, not one keyring."""
    import keyring.core

    before = keyring.core.get_keyring()
    keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
    yield
    keyring.core.set_keyring(before)


def _desk(db_url: str, tmp_path: Path, name: str) -> Store:
    return Store.open(db_url, key_dir=tmp_path / name)


def _audit_count(store: Store) -> int:
    return sum(1 for _ in store.audit.iter_all())


def test_init_join_rotate(db_url: str, tmp_path: Path) -> None:
    maria = _desk(db_url, tmp_path, "maria")
    made = maria.cases.create(case(pin="4821"), "Maria Lopez")
    assert made.id is not None
    maria.documents.add(made.id, "loa_signed", "loa.pdf", b"%PDF-1.4 signed", "Maria Lopez")
    maria.comments.add(made.id, "Maria Lopez", "PIN 4821 confirmed by phone")
    maria.verifications.record(made.id, "btn", "verified", "csr", "CSR page 2", "Maria Lopez")
    made_by = init_team(maria, OLD, Settings(desk_name="front desk"), "Maria Lopez")
    assert made_by.generation == 1
    old_checkpoint = tmp_path / "before.json"
    checkpoint.write(old_checkpoint, checkpoint.make(
        maria.box, maria.sealer.database_id, maria.audit.verify(), maria.audit.chain_end()))

    tom = _desk(db_url, tmp_path, "tom")
    with pytest.raises(SecretsUnavailable, match="has not joined"):
        tom.cases.get(made.id).pin  # noqa: B018 - reading the PIN is what is refused
    before = _audit_count(maria)
    with pytest.raises(PortDeskError, match="not joined"):
        tom.cases.create(case(numbers=["312-555-0101"]), "Tom Okafor")
    with pytest.raises(team_key.WrongPassphrase, match=r"^wrong team passphrase; nothing was"):
        join_team(tom, "not the passphrase", Settings(), "Tom Okafor")
    assert not any((tmp_path / "tom").glob("secrets-*.key")), "a wrong passphrase kept a key"
    assert _audit_count(maria) == before

    join_team(tom, OLD, Settings(desk_name="back office"), "Tom Okafor")
    assert tom.cases.get(made.id).pin == "4821"
    joined = [e for e in tom.audit.iter_all() if e.action == "team.joined"]
    assert joined and "back office" in joined[-1].actor and joined[-1].changes["os_user"]

    done = rotate_team(maria, OLD, NEW, Settings(desk_name="front desk"), "Maria Lopez")
    assert (done.generation, done.pins, done.documents) == (2, 1, 1)
    assert maria.cases.get(made.id).pin == "4821"
    [doc] = maria.documents.for_case(made.id)
    assert maria.documents.content(doc.id) == b"%PDF-1.4 signed"
    assert [c.body for c in maria.comments.for_case(made.id)] == ["PIN 4821 confirmed by phone"]
    assert [v.note for v in maria.verifications.for_case(made.id)] == ["CSR page 2"]
    report = maria.audit.verify(checkpoint.read(old_checkpoint, maria.box))
    assert report.ok, report.problem

    with pytest.raises(PortDeskError, match="rotated"):
        tom.cases.create(case(numbers=["312-555-0102"]), "Tom Okafor")
    with pytest.raises(team_key.WrongPassphrase):
        join_team(tom, OLD, Settings(), "Tom Okafor")  # the old passphrase lets nobody in
    reopened = _desk(db_url, tmp_path, "tom")
    with pytest.raises(SecretsUnavailable, match="rotated"):
        reopened.cases.get(made.id).pin  # noqa: B018
    join_team(reopened, NEW, Settings(desk_name="back office"), "Tom Okafor")
    assert reopened.cases.get(made.id).pin == "4821"
    assert [v.note for v in reopened.verifications.for_case(made.id)] == ["CSR page 2"]
    reopened.cases.create(case(numbers=["312-555-0103"]), "Tom Okafor")
    assert reopened.audit.verify().ok
    rotated = [e for e in maria.audit.iter_all() if e.action == "team.key_rotated"]
    assert rotated[0].changes["desk"] == "front desk" and rotated[0].changes["pins"] == 1
    for store in (maria, tom, reopened):
        store.close()


def test_rules_for_passphrases_and_order(db_url: str, tmp_path: Path) -> None:
    maria = _desk(db_url, tmp_path, "maria")
    with pytest.raises(PortDeskError, match="no team key yet"):
        join_team(maria, OLD, Settings(), "Maria Lopez")
    with pytest.raises(PortDeskError, match="at least 12"):
        init_team(maria, "short", Settings(), "Maria Lopez")
    init_team(maria, OLD, Settings(), "Maria Lopez")
    with pytest.raises(PortDeskError, match="already has a team key"):
        init_team(maria, NEW, Settings(), "Maria Lopez")
    with pytest.raises(PortDeskError, match="choose a new passphrase"):
        rotate_team(maria, OLD, OLD, Settings(), "Maria Lopez")
    with pytest.raises(team_key.WrongPassphrase):
        rotate_team(maria, "a wrong passphrase!", NEW, Settings(), "Maria Lopez")
    assert maria.audit.verify().ok
    maria.close()
