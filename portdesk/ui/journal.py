"""The recovery journal: unsaved edits written to the data dir on every change, so nothing is lost
if PortDesk is killed before the autosave reaches the database.

One small file per case, encrypted with the journal's seal (services.recovery: the PIN may be among
the edits; it never sits on disk in clear; the desk never holds the store's secrets box itself). Written to a temporary file and renamed, removed once the edits are
saved. On the next start the desk re-applies a journal onto the case it was made for.

A journal also keeps the case as it was when the edits began (`base`), so a restart can tell the
desk's own save from someone else's: a save that committed but whose clean-up never ran (the
window closed with the save still in flight, or the process killed between the commit and the
callback) leaves a journal one version behind the store. Every difference between that version and
the store's being one of the journal's own edits, it is this desk's save, not a colleague's
(`reconcile`); before, it read "Restored 1 unsaved edit" and "changed by someone else" together
for the specialist's own save.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
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
             "contact_email", "notes", "temporary_number", "port_texts", "numbers")


class Seal(Protocol):
    def encrypt(self, value: str) -> str | None: ...
    def decrypt(self, token: str | None) -> str: ...


@dataclass(frozen=True, slots=True)
class Recovered:
    case_id: int
    version: int  # the version the edits were made on
    changes: dict[str, Any]  # field -> plain JSON value
    base: dict[str, Any] | None = None  # the case at `version` (snapshot); None: older journal
    sent: dict[str, Any] | None = None  # a save of this desk in flight when it was written


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


def snapshot(case: PortCase) -> dict[str, Any]:
    """The case's journaled fields and its status, as plain JSON values."""
    out = {n: _plain(n, get_value(case, n)) for n in JOURNALED}
    out["status"] = case.status.value
    return _json(out)


def _json(value: Any) -> Any:
    """The value as it reads back from the journal file (tuples become lists, and so on)."""
    return json.loads(json.dumps(value))


def reconcile(recovered: Recovered, case: PortCase) -> tuple[dict[str, Any], bool]:
    """What of a journal is still unsaved on `case`, and whether someone else changed the case
    since the journal's version. A journaled value the case already holds was saved; a newer
    version whose every difference from the journal's base is one of its own edits is this
    desk's own save (nothing of anyone else's to compare with), and so is a value the save in
    flight when the journal was written sent (typing went on during it). A journal without a base (an
    older PortDesk's) cannot tell, so a newer version is a conflict, as before."""
    now = snapshot(case)
    unsaved = {n: v for n, v in _json(recovered.changes).items()
                if n in JOURNALED and now.get(n) != v}
    if not unsaved or recovered.version == case.version:
        return unsaved, False
    if recovered.base is None:
        return unsaved, True
    ours = [_json(recovered.changes), _json(recovered.sent or {})]
    # a field the journal's base does not hold came with a later PortDesk: nobody moved it
    moved = {n for n, v in now.items() if n in recovered.base and recovered.base[n] != v}
    return unsaved, any(all(n not in own or own[n] != now[n] for own in ours) for n in moved)


def apply_changes(case: PortCase, changes: dict[str, Any]) -> PortCase:
    for name, raw in changes.items():
        if name in JOURNALED:
            case = set_value(case, name, _typed(name, raw))
    return case


def written() -> None:
    """Wait until the journal lane has run what was queued on it so far (never call it on that
    lane itself)."""
    from portdesk.ui.taskman import lane

    lane("journal").submit(lambda: None).result()


class Journal:
    def __init__(self, folder: Path, box: Seal) -> None:
        self.folder = folder
        self.box = box
        self._lock = threading.Lock()  # a save's settle (db lane) and the journal lane's writes
        private_dir(folder, own=True)  # it names the case being typed: 0700 like the data folder

    def path(self, case_id: int) -> Path:
        return self.folder / f"case-{case_id}.journal"

    def write(self, case_id: int, version: int, changes: dict[str, Any],
              base: dict[str, Any] | None = None, sent: dict[str, Any] | None = None) -> None:
        with self._lock:
            self._write(case_id, version, changes, base, sent)

    def _write(self, case_id: int, version: int, changes: dict[str, Any],
               base: dict[str, Any] | None, sent: dict[str, Any] | None = None) -> None:
        if not changes:
            self.path(case_id).unlink(missing_ok=True)
            return
        body = json.dumps({"case_id": case_id, "version": version, "changes": changes,
                           "base": base, "sent": sent})
        token = self.box.encrypt(body) or ""
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".journal-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path(case_id))

    def read_written(self, case_id: int) -> Recovered | None:
        """The journal once every write queued before this call has landed (off the GUI
        thread): a case opened again right after leaving it reads its last keystroke, not one
        still queued behind an fsync."""
        written()
        return self.read(case_id)

    def read(self, case_id: int) -> Recovered | None:
        path = self.path(case_id)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:  # none, or removed by the journal lane while we looked
            return None
        try:
            raw = json.loads(self.box.decrypt(text))
            base, sent = raw.get("base"), raw.get("sent")
            return Recovered(int(raw["case_id"]), int(raw["version"]), dict(raw["changes"]),
                             dict(base) if isinstance(base, dict) else None,
                             dict(sent) if isinstance(sent, dict) else None)
        except Exception:  # noqa: BLE001 - a damaged journal must never stop the desk opening
            log.warning("unreadable recovery journal %s set aside", path.name)
            try:
                path.replace(path.with_suffix(".damaged"))
            except FileNotFoundError:  # removed meanwhile: nothing left to set aside
                pass
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
        with self._lock:
            self.path(case_id).unlink(missing_ok=True)

    def settle(self, saved: PortCase) -> None:
        """Right after a save commits (on the worker that saved): the journal keeps only what the
        save did not hold, on the saved version, so a window closed before the save's callback
        (which never runs then) leaves nothing to restore. A journal someone else's change
        stands against is left for the next start to show. The journal's writes queued before
        it land first (settled on a journal one keystroke behind, 'Ow' of 'Owner', the save
        looked like someone else's)."""
        if saved.id is None:
            return
        written()
        with self._lock:
            recovered = self.read(saved.id)
            if recovered is None:
                return
            unsaved, conflict = reconcile(recovered, saved)
            if not conflict:
                self._write(saved.id, saved.version, unsaved, snapshot(saved))
