"""Case use cases a button or a CLI command calls. They take the store and return plain data."""

from __future__ import annotations

import hashlib
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from portdesk.config import Settings
from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.domain.intake import IntakeLimits
from portdesk.domain.kind_fields import status_label
from portdesk.domain.lifecycle import Status, parse_status
from portdesk.domain.moments import shown_stamp
from portdesk.domain.numbers import format_display
from portdesk.domain.readiness import Check, run_checks
from portdesk.domain.words import counted, verb
from portdesk.services import intents, lookup
from portdesk.services.case_files import BadRow, parse_file, write_cases
from portdesk.services.evidence import evidence_for as evidence_for
from portdesk.store.cases import stale
from portdesk.store.imports import ImportRecord
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from portdesk.store.unit import Session

Progress = Callable[[int, int], None]  # (done, total)


class ImportRejected(PortDeskError):
    def __init__(self, path: Path, bad: list[BadRow], total: int) -> None:
        lines = "\n".join(f"  {b}" for b in bad[:200])
        more = f"\n  ... and {len(bad) - 200} more" if len(bad) > 200 else ""
        super().__init__(
            f"{path.name}: {len(bad)} of {counted(total, 'row')} {verb(len(bad), 'is', 'are')} not "
            "valid; nothing was imported "
            f"(fix them, or use --skip-invalid to import the {total - len(bad)} good ones):\n"
            f"{lines}{more}"
        )
        self.bad = bad


class AlreadyImported(PortDeskError):
    """The same file (same content) was imported before: a rerun after a crash, most likely."""

    def __init__(self, path: Path, earlier: ImportRecord) -> None:
        when = shown_stamp(earlier.imported_at)  # the workstation's clock, its zone named
        refs = earlier.first_reference if earlier.cases == 1 else \
            f"{earlier.first_reference}-{earlier.last_reference}"
        self.said = (f"{path.name} was imported on {when} as {refs} ({counted(earlier.cases, 'case')}, "
                     f"by {earlier.actor}); nothing was imported now")  # the desk asks from here
        super().__init__(f"{self.said}. Import it again? Use --again")
        self.earlier = earlier


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: list[str]  # references
    skipped: list[BadRow]
    total: int


def import_cases(store: Store, path: Path, actor: str, *, skip_invalid: bool = False,
                 again: bool = False, progress: Progress | None = None,
                 limits: IntakeLimits | None = None) -> ImportResult:
    """All or nothing, and safe to run twice.

    One transaction, so a crash mid-way leaves no partial import; the file's hash is recorded in
    it, so a rerun after a crash between the commit and the "imported" line is recognised (unless
    `again`). A number already on an active case of the same kind, or twice in the file, makes
    its line bad, like any other bad value.
    """
    parsed = parse_file(path, limits)  # the intake guard first: size, rows, fields, nesting
    digest = _file_digest(path)
    with store.transaction() as session:
        earlier = store.imports.earlier(session, digest)
        if earlier is not None and not again:
            raise AlreadyImported(path, earlier)
        # every bad line in one answer: refused on its unreadable lines alone, a file was said
        # to hold "3 good ones" when --skip-invalid then imported 2 (a number twice in the file)
        taken = _numbers_taken(store, session, parsed.cases)
        bad = sorted([*parsed.bad, *taken.values()], key=lambda b: b.line)
        if bad and not skip_invalid:
            raise ImportRejected(path, bad, parsed.total)
        cases = [c for line, c in parsed.cases if line not in taken]
        total = len(cases)
        created = store.cases.create_many(
            cases, actor, session,
            progress=(lambda done: progress(done, total)) if progress else None)
        refs = [c.reference for c in created]
        store.imports.record(session, digest, path.name, refs, datetime.now(UTC), actor)
    _test_crash_point("import.committed")
    return ImportResult(refs, bad, parsed.total)


def _numbers_taken(store: Store, session: Session, cases: list[tuple[int, PortCase]]
                   ) -> dict[int, BadRow]:
    """Lines whose numbers an active case of the same kind (or an earlier line) already has."""
    active = store.imports.active_numbers(
        session, ((c.kind.value, n.e164) for _, c in cases for n in c.numbers))
    first_line: dict[tuple[str, str], int] = {}
    bad: dict[int, BadRow] = {}
    for line, c in cases:
        reasons = []
        for n in c.numbers:
            key = (c.kind.value, n.e164)
            if key in active:
                ref, status = active[key]
                reasons.append(f"{format_display(n.e164)} is already on {ref} ({status}), an "
                               f"active {c.kind.value.replace('_', '-')} case")
            elif key in first_line and first_line[key] != line:
                reasons.append(f"{format_display(n.e164)} is also on line {first_line[key]}")
            first_line.setdefault(key, line)
        if reasons:
            bad[line] = BadRow(line, "; ".join(reasons))
    return bad


def _test_crash_point(name: str) -> None:
    """Tests kill the process here (PORTDESK_CRASH_AT=name) to prove that a rerun is safe."""
    if os.environ.get("PORTDESK_CRASH_AT") == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def export_cases(store: Store, path: Path, query: QueueQuery | None = None,
                 include_secrets: bool = False) -> int:
    query = query or QueueQuery(limit=10**9, sort="reference", descending=False)
    ids = store.queue.ids(query)
    cases = [store.cases.get(i) for i in ids]
    return write_cases(path, cases, include_secrets, lookup.utc_days(store))


# Statuses only the platform sets (by sync): a hand-set one would tell the desk a story the
# platform never heard.
PLATFORM_SET = frozenset({Status.SUBMITTED, Status.AT_CARRIER, Status.EXCEPTION,
                          Status.FOC_CONFIRMED, Status.CANCEL_PENDING})


def change_status(store: Store, reference: str, new_status: str, reason: str,
                  actor: str) -> PortCase:
    """`portdesk case status`: the same path as the desk's "Change status"."""
    case = store.cases.get_by_reference(reference)
    assert case.id is not None
    return change_status_of(store, case.id, new_status, reason, actor)


def change_status_of(store: Store, case_id: int, new_status: str, reason: str,
                     actor: str, expected_version: int | None = None) -> PortCase:
    """The one way a person changes a case's status, from the CLI and the desk alike.

    Cancelling goes through the outbox (the platform is asked when it has the order); a case the
    platform has takes its other statuses from the platform only; a port-in reaches "submitted"
    through the readiness gate (`submit`), never by hand. `expected_version` is the version the
    person decided on (the desk's batch passes it): a case changed since is a Conflict, untouched.
    """
    target = parse_status(new_status)
    if not reason.strip():
        raise PortDeskError("a reason is required to change a status (it goes into the history)")
    if target == Status.CANCELLED:
        return intents.cancel(store, case_id, reason.strip(), actor, expected_version)
    case = store.cases.get(case_id)
    if expected_version is not None and case.version != expected_version:
        raise stale(case, expected_version)
    if target == case.status:
        raise PortDeskError(f"{case.reference} is "
                            f"{status_label(case.kind, target.value).lower()} already")
    if intents.on_platform(store, case):
        raise PortDeskError(f"{case.reference} is on the platform: its status follows the "
                            "platform (sync). To stop the port, cancel it; after an exception, "
                            "fix it and submit again")
    if target in PLATFORM_SET and case.kind == CaseKind.PORT_IN:
        raise PortDeskError(f"{case.reference}: a port-in reaches "
                            f"'{status_label(case.kind, target.value).lower()}' from the "
                            "platform; use "
                            "Submit (`portdesk case submit`) to send it")
    return store.cases.change_status(case_id, target, actor, reason.strip(),
                                     expected_version=case.version)


def readiness(store: Store, case: PortCase, settings: Settings,
              today: date | None = None) -> list[Check]:
    return run_checks(case, evidence_for(store, case, settings, today))


class NotReady(PortDeskError):
    def __init__(self, reference: str, failures: list[Check]) -> None:
        lines = "\n".join(f"  {c.title}: {c.message}" for c in failures)
        hard = [c for c in failures if not c.overridable]
        advice = ("A written reason cannot override this: fix it first." if hard else
                  "Fix them, or submit with a written override reason.")
        super().__init__(f"{reference} is not ready to submit ({counted(len(failures), 'check')} "
                         f"{verb(len(failures), 'fails', 'fail')}):\n"
                         f"{lines}\n{advice}")
        self.failures = failures


def submit_case(store: Store, reference: str, settings: Settings, actor: str,
                override_reason: str = "", today: date | None = None) -> PortCase:
    case = store.cases.get_by_reference(reference)
    assert case.id is not None
    return submit_case_of(store, settings, case.id, actor, override_reason, today)


def submit_case_of(store: Store, settings: Settings, case_id: int, actor: str,
                   override_reason: str = "", today: date | None = None) -> PortCase:
    """Submit through the readiness gate, from the CLI and the desk alike: failing checks block
    unless overridden in writing (audited), and a stale signed LOA blocks whatever the reason.

    One unit of work: the checks are read under the write lock, so what was checked is what is
    submitted, and the override and the submission commit together or not at all."""
    with store.unit() as unit:
        case = unit.cases.get(case_id)
        failures = [c for c in readiness(store, case, settings, today) if c.level == "fail"]
        hard = [c for c in failures if not c.overridable]
        if hard or (failures and not override_reason.strip()):
            raise NotReady(case.reference, hard or failures)
        if failures:
            unit.audit.append(actor=actor, action="readiness.override",
                              changes={"reason": override_reason.strip(),
                                       "failing": [f"{c.id}: {c.message}" for c in failures]},
                              case_id=case_id, case_reference=case.reference)
        intents.submit(store, case_id, actor)
    return store.cases.get(case_id)


def _file_digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
