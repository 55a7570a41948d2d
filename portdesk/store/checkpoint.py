"""Signed checkpoints of the audit log, for a team lead to keep outside PortDesk.

A checkpoint names the database, the newest entry number and its seal, when it was made and how
many cases there were, and is signed (Ed25519, a key derived from the secrets key; the public half
is in the file). Kept somewhere the database's users cannot write (a mail, a ticket, a USB stick),
it later proves the log still holds that entry with that seal: no truncation, no rewrite up to it,
even by someone who could rewrite the database and the workstation's keyring anchor.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from portdesk.domain.errors import PortDeskError
from portdesk.store.anchors import Anchor
from portdesk.store.audit_findings import ChainReport, CheckpointClaim
from portdesk.store.secrets import SecretBox, checkpoint_signature_ok

FORMAT = "portdesk-audit-checkpoint/1"
SIGNED = ("format", "database_id", "seq", "hash", "made_at", "entries", "cases", "public_key")


class CheckpointRefused(PortDeskError):
    pass


def _message(body: dict[str, Any]) -> bytes:
    return json.dumps({k: body[k] for k in SIGNED}, sort_keys=True,
                      separators=(",", ":")).encode()


def make(box: SecretBox, database_id: str, report: ChainReport, end: Anchor,
         now: datetime | None = None) -> dict[str, Any]:
    """A signed checkpoint of an intact log (a broken one is refused: it would vouch for it)."""
    if not report.ok:
        raise CheckpointRefused(f"the audit log is not intact ({report.problem}); a checkpoint "
                                "would vouch for it")
    body: dict[str, Any] = {
        "format": FORMAT, "database_id": database_id, "seq": end.seq, "hash": end.hash,
        "made_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "entries": report.entries, "cases": report.cases, "public_key": box.checkpoint_key()}
    body["signature"] = box.sign_checkpoint(_message(body))
    return body


def write(path: Path, body: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(body, fh, indent=2)
        fh.write("\n")
    os.replace(tmp, path)


def read(path: Path, box: SecretBox) -> CheckpointClaim:
    """The claim of a checkpoint file, once its signature and signer are checked."""
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        message = _message(body)
        claim = CheckpointClaim(str(body["database_id"]),
                                Anchor(int(body["seq"]), str(body["hash"])), str(body["made_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise CheckpointRefused(f"{path.name} is not a PortDesk audit checkpoint") from None
    if body.get("format") != FORMAT:
        raise CheckpointRefused(f"{path.name} is not a PortDesk audit checkpoint")
    if not checkpoint_signature_ok(str(body["public_key"]), message, str(body.get("signature"))):
        raise CheckpointRefused(f"{path.name} was altered after it was signed")
    if body["public_key"] not in box.checkpoint_keys():  # this key, or one before a rotation
        raise CheckpointRefused(f"{path.name} was signed with another key than this "
                                "database's (another team, or the key was replaced)")
    return claim
