"""The documented port-in steps, done by the sync on the specialist's behalf and kept for display.

- Portability: a draft port-in's numbers are checked once they are entered (and again when they
  change); per number portable / not portable with the reason / FastPort eligible, kept under
  `portability.<case id>` for readiness. A create is refused locally for a number the platform
  said is not portable.
- Requirements: read after the order exists and satisfied from the case before confirm: the LOA
  and the invoice (the uploaded bill) by their platform document ids, text values from the case
  (contact e-mail, account number, names). Each requirement and its state is kept under
  `requirements.<case id>`; one PortDesk cannot satisfy is named in the report.
- FOC: the requested date goes to the platform only as a time inside an allowed FOC window; a
  date outside every window becomes the first allowed one on or after it (said in a notice).
- Partial ports: when the order asks for `associated_phone_numbers`, the case's remaining numbers
  are sent with keep or disconnect.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.document_review import REFUSED
from portdesk.domain.lifecycle import Status
from portdesk.domain.platform_dates import platform_day
from portdesk.platform.port import FocWindow, PortingPlatform, Requirement
from portdesk.services.sync_keys import document_review_key, portability_key, requirements_key
from portdesk.services.sync_keys import platform_evidence as platform_evidence
from portdesk.services.sync_report import Notice, SyncReport
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository

log = logging.getLogger("portdesk.sync")
CHECKS_PER_ROUND = 20
DRAFTS = (Status.DRAFT.value, Status.AWAITING_SIGNATURE.value, Status.EXCEPTION.value)
_TEXT_SOURCES = (("mail", "contact_email"), ("account number", "account_number"),
                 ("authorized", "authorized_name"), ("name", "account_name"),
                 ("phone", "contact_phone"))


class PortInSteps:
    def __init__(self, store: Store, client: PortingPlatform, repo: SyncRepository) -> None:
        self.store = store
        self.client = client
        self.repo = repo

    # portability
    def check_new_numbers(self, report: SyncReport) -> int:
        """Check the numbers of draft port-ins that have none on file (or changed); returns how
        many cases were checked (CHECKS_PER_ROUND at most, the rest next round)."""
        checked = 0
        for case_id in self.store.cases.ids_of(CaseKind.PORT_IN.value, DRAFTS):
            if checked >= CHECKS_PER_ROUND:
                break
            case = self.store.cases.get(case_id)
            kept = self.repo.get_json(portability_key(case_id)) or {}
            if not case.numbers or sorted(kept.get("numbers", [])) == sorted(case.number_e164s):
                continue
            self.check(case, report)
            checked += 1
        return checked

    def check(self, case: PortCase, report: SyncReport) -> dict[str, Any]:
        assert case.id is not None
        results = self.client.portability_check(case.number_e164s)
        kept = {"numbers": case.number_e164s, "results": [
            {"e164": r.e164, "portable": r.portable, "reason": r.reason,
             "fast_portable": r.fast_portable} for r in results]}
        self.repo.put_json(portability_key(case.id), kept)
        blocked = [r for r in results if not r.portable]
        if blocked:
            text = "; ".join(f"{r.e164} ({r.reason or 'no reason given'})" for r in blocked)
            report.notices.append(Notice("exception", case.id, case.reference,
                                         f"{case.reference}: not portable: {text}"))
        return kept

    def not_portable(self, case: PortCase) -> list[str]:
        assert case.id is not None
        kept = self.repo.get_json(portability_key(case.id)) or {}
        if sorted(kept.get("numbers", [])) != sorted(case.number_e164s):
            return []
        return [f"{r['e164']} ({r.get('reason') or 'no reason given'})"
                for r in kept.get("results", []) if not r.get("portable")]

    # requirements and additional steps, before confirm
    def satisfy(self, case: PortCase, order_id: str, report: SyncReport) -> list[str]:
        """Fill every requirement the case can; returns the names of those it cannot."""
        assert case.id is not None
        requirements = self.client.requirements(order_id)
        values: dict[str, str] = {}
        missing = []
        for item in requirements:
            if not item.wants_value:
                continue
            value = self._value_for(case, item)
            if value:
                values[item.type_id] = value
            else:
                missing.append(item.name)
        if values:
            self.client.fulfil_requirements(order_id, values)
            requirements = self.client.requirements(order_id)
        self._keep_requirements(case.id, requirements)
        if missing:
            report.errors.append(f"{case.reference}: the platform needs "
                                 f"{', '.join(missing)}; add it to the case")
        return missing

    def _value_for(self, case: PortCase, item: Requirement) -> str:
        assert case.id is not None
        name = f"{item.name} {item.description}".lower()
        if item.is_document:
            kinds = ("bill",) if "invoice" in name or "bill" in name else (
                "loa_signed", "loa_wet_signed", "loa")
            for document in reversed(self.store.documents.for_case(case.id)):
                if document.kind in kinds and document.platform_document_id:
                    # a refused upload is never offered again (services.sync_documents): the
                    # requirement waits for the new document a person attaches
                    review = self.repo.get_json(
                        document_review_key(document.platform_document_id)) or {}
                    if review.get("verdict") in REFUSED:
                        return ""
                    return document.platform_document_id
            return ""
        for word, attribute in _TEXT_SOURCES:
            if word in name:
                return str(getattr(case, attribute, "") or "")
        return ""

    def _keep_requirements(self, case_id: int, requirements: list[Requirement]) -> None:
        keep_requirements(self.repo, case_id, requirements)

    def associated_numbers(self, case: PortCase, order_id: str, report: SyncReport) -> None:
        """A partial port (the order asks for it): the numbers that stay with the losing carrier,
        kept or disconnected."""
        if not case.remaining_numbers:
            report.errors.append(f"{case.reference}: a partial port here must list the numbers "
                                 "that stay with the losing carrier (keep or disconnect)")
            return
        action = case.remaining_action.value if case.remaining_action else "keep"
        for number in case.remaining_numbers:
            self.client.keep_number_behind(order_id, number, action)

    # FOC
    def foc_request(self, case: PortCase, order_id: str, report: SyncReport,
                    believable: Callable[[date], bool] = lambda day: True,
                    ) -> tuple[datetime | None, date | None]:
        """(the time to ask for, the date it falls on) for the case's requested date, inside an
        allowed window; (None, None) when there is no date or no window, or when the first
        allowed date is not `believable` (a platform clock years ahead offers only windows then:
        the date is not sent and the case keeps it)."""
        if case.requested_date is None:
            return None, None
        windows = self.client.allowed_foc_windows(order_id)
        chosen = choose_window(windows, case.requested_date, self.client.zone)
        if chosen is None:
            report.errors.append(f"{case.reference}: the platform offers no FOC window on or "
                                 f"after {case.requested_date.isoformat()}; the date was not sent")
            return None, None
        day = platform_day(chosen, self.client.zone)
        if day != case.requested_date and not believable(day):
            return None, None
        if day != case.requested_date and case.id is not None:
            report.notices.append(Notice(  # the carrier has set no FOC yet: not "foc_set"
                "requested_moved", case.id, case.reference,
                f"{case.reference}: {case.requested_date.isoformat()} is not an allowed FOC "
                f"date; requested {day.isoformat()}, the first allowed one after it"))
        return chosen, day


def choose_window(windows: list[FocWindow], wanted: date,
                  zone: tzinfo | None = UTC) -> datetime | None:
    """The first moment of an allowed window that falls on the wanted day, else the start of
    the first window after it. A window's days are read in the desk's porting zone
    (domain.platform_dates), and a window may span two of them (14:00-22:00Z is 23:00 Friday to
    07:00 Saturday in Tokyo): the moment asked for is then the wanted day's midnight there, still
    inside the window, so the platform gets a time it allows and the carrier the specialist's
    day. (Moving the window's start on by whole days left the window: Saturday 14:00Z.)"""
    ordered = sorted(windows, key=lambda w: w.started_at)
    for window in ordered:
        first, last = platform_day(window.started_at, zone), platform_day(window.ended_at, zone)
        if first <= wanted <= last:
            return max(window.started_at, _midnight(wanted, zone))
    return next((w.started_at for w in ordered if platform_day(w.started_at, zone) > wanted),
                None)


def _midnight(day: date, zone: tzinfo | None) -> datetime:
    """The first moment of `day` on the desk's porting clock (None: this workstation's)."""
    start = datetime.combine(day, time(0))
    return start.replace(tzinfo=zone) if zone is not None else start.astimezone()


def keep_requirements(repo: SyncRepository, case_id: int,
                      requirements: list[Requirement]) -> None:
    repo.put_json(requirements_key(case_id), [
        {"name": r.name, "status": r.status, "type": r.field_type,
         "description": r.description} for r in requirements])
