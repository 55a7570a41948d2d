"""The recovery journal: unsaved edits written to the data dir on every change, so nothing is lost
if PortDesk is killed before the autosave reaches the database.

One small file per case, encrypted with the journal's seal (services.recovery: the PIN may be among
the edits; it never sits on disk in clear; the desk never holds the store's secrets box itself). Written to a temporary file and renamed, removed once the edits are
saved. On the next start the desk re-applies a journal onto the case it was made for.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from portdesk.config import private_dir
from portdesk.domain.case import Address, CaseNumber, NumberStatus, PortCase
from portdesk.domain.numbers import NumberKind
from portdesk.ui.fields import ENUM_FIELDS, get_value, set_value

log = logging.getLogger(__name__)
JOURNALED = ("account_name", "customer_type", "authorized_name", "authorized_title",
             "account_number", "pin", "btn", "losing_carrier", "service_address", "port_type",
             "remaining_action", "new_btn", "requested_date", "assignee", "contact_phone",
             "contact_email", "notes", "temporary_number", "numbers")


class Seal(Protocol):
    def encrypt(self, value: str) -> str | None: ...
    def decrypt(self, token: str | None) -> str: ...


@dataclass(frozen=True, slots=True)
class Recovered:
    case_id: int
    version: int  # the version the edits were made on
    changes: dict[str, Any]  # field -> plain JSON value


def _plain(name: str, value: Any) -> Any:
    if name == "service_address":
        return value.to_dict()
    if name == "numbers":
        return [[n.e164, n.kind.value, n.status.value, n.rejection_code, n.country] for n in value]
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def _typed(name: str, raw: Any) -> Any:
    if name == "service_address":
        return Address(**{k: str(v) for k, v in (raw or {}).items()})
    if name == "numbers":
        return tuple(CaseNumber(e, NumberKind(k), NumberStatus(s), r, c) for e, k, s, r, c in raw)
    if name == "requested_date":
        return date.fromisoformat(raw) if raw else None
    if name in ENUM_FIELDS:
        return ENUM_FIELDS[name](raw) if raw else None
    return raw


def changes_between(base: PortCase, draft: PortCase) -> dict[str, Any]:
    return {n: _plain(n, get_value(draft, n)) for n in JOURNALED
            if get_value(draft, n) != get_value(base, n)}


def apply_changes(case: PortCase, changes: dict[str, Any]) -> PortCase:
    for name, raw in changes.items():
        if name in JOURNALED:
            case = set_value(case, name, _typed(name, raw))
    return case


class Journal:
    def __init__(self, folder: Path, box: Seal) -> None:
        self.folder = folder
        self.box = box
        private_dir(folder, own=True)  # it names the case being typed: 0700 like the data folder

    def path(self, case_id: int) -> Path:
        return self.folder / f"case-{case_id}.journal"

    def write(self, case_id: int, version: int, changes: dict[str, Any]) -> None:
        if not changes:
            self.discard(case_id)
            return
        body = json.dumps({"case_id": case_id, "version": version, "changes": changes})
        token = self.box.encrypt(body) or ""
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".journal-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path(case_id))

    def read(self, case_id: int) -> Recovered | None:
        path = self.path(case_id)
        if not path.exists():
            return None
        try:
            raw = json.loads(self.box.decrypt(path.read_text(encoding="utf-8")))
            return Recovered(int(raw["case_id"]), int(raw["version"]), dict(raw["changes"]))
        except Exception:  # noqa: BLE001 - a damaged journal must never stop the desk opening
            log.warning("unreadable recovery journal %s set aside", path.name)
            path.replace(path.with_suffix(".damaged"))
            return None

    def pending(self) -> list[int]:
        out = []
        for p in self.folder.glob("case-*.journal"):
            try:
                out.append(int(p.stem.split("-", 1)[1]))
            except ValueError:
                continue
        return sorted(out)

    def discard(self, case_id: int) -> None:
        self.path(case_id).unlink(missing_ok=True)
