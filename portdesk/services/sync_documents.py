"""Uploaded documents read back: the platform's review and virus scan reach the case.

The description puts an upload's review (`status`: pending, verified, denied) and its virus scan
(`av_scan_status`: infected, ...) on the document only (GET /documents/{id}); no event carries
either and the document has no reason field. So each round reads back the newest LOA and bill
of every open port-in that are still waiting, each at most every READ_AGAIN_AFTER
(CHECKS_PER_ROUND at most, the longest unread first). A refused one (denied, or infected) is told once: a notice, a timeline entry with the
platform's time and zone, and a readiness line saying what a person must do. It is never sent
again: only a new document (a new signature, a clearer bill), attached by the specialist, is.
A verified or refused document is not read again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from portdesk.domain.case import CaseKind
from portdesk.domain.document_review import (
    PENDING,
    REFUSED,
    VERIFIED,
    DocumentReview,
    slot_of,
    verdict_of,
    what_to_do,
)
from portdesk.domain.lifecycle import TERMINAL, Status
from portdesk.platform.errors import NotFound
from portdesk.platform.port import PortingPlatform
from portdesk.services.sync_keys import current_uploads as current_uploads
from portdesk.services.sync_keys import document_review_key
from portdesk.services.sync_keys import reviews_of as reviews_of
from portdesk.services.sync_report import Notice, SyncReport, requirements_stale_key
from portdesk.services.sync_steps import keep_requirements
from portdesk.store import audit
from portdesk.store.documents import Document
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository

log = logging.getLogger("portdesk.sync")
CHECKS_PER_ROUND = 20
READ_AGAIN_AFTER = timedelta(minutes=15)
OPEN = tuple(s.value for s in Status if s not in TERMINAL)
FINAL = frozenset({VERIFIED, *REFUSED, ""})  # "": the platform keeps no review


review_key = document_review_key


def refused_upload(repo: SyncRepository, platform_document_id: str) -> bool:
    """Whether the platform refused this upload: it must not be offered to the order again."""
    kept = repo.get_json(review_key(platform_document_id)) or {}
    return kept.get("verdict") in REFUSED


class DocumentReviews:
    def __init__(self, store: Store, client: PortingPlatform, repo: SyncRepository,
                 actor: str, clock: Callable[[], datetime]) -> None:
        self.store, self.client, self.repo = store, client, repo
        self.actor, self.clock = actor, clock

    def check(self, report: SyncReport) -> int:
        """Read back the waiting uploads (the longest unread first); returns how many."""
        waiting = []
        for case_id in self.store.cases.ids_of(CaseKind.PORT_IN.value, OPEN):
            for document in current_uploads(self.store, case_id):
                assert document.platform_document_id is not None
                kept = self.repo.get_json(review_key(document.platform_document_id)) or {}
                if kept.get("verdict") not in FINAL and self._due(kept):
                    waiting.append((str(kept.get("read_at") or ""), case_id, document, kept))
        waiting.sort(key=lambda w: w[0])
        for _, case_id, document, kept in waiting[:CHECKS_PER_ROUND]:
            self._read(case_id, document, kept, report)
        self._requirements()
        return min(len(waiting), CHECKS_PER_ROUND)

    def _requirements(self) -> None:
        """The order's requirements read again where they may have moved (its
        `requirements_met` changed, or an upload was reviewed), for readiness."""
        for case_id in self.store.cases.ids_of(CaseKind.PORT_IN.value, OPEN):
            if not self.repo.get_json(requirements_stale_key(case_id)):
                continue
            order_id = self.store.cases.get(case_id).platform_order_id
            if order_id:
                keep_requirements(self.repo, case_id, self.client.requirements(order_id))
            self.repo.put_json(requirements_stale_key(case_id), None)

    def _read(self, case_id: int, document: Document, kept: dict[str, Any],
              report: SyncReport) -> None:
        platform_id = document.platform_document_id
        assert platform_id is not None
        try:
            found = self.client.document(platform_id)
        except NotFound:
            # gone before it was linked: the upload path sends it again (services.sync_push)
            self.repo.put_json(review_key(platform_id), {**kept, "read_at": self._now()})
            return
        verdict = verdict_of(found.status, found.av_scan_status)
        at = found.updated_at.isoformat() if found.updated_at else ""
        self.repo.put_json(review_key(platform_id), {"verdict": verdict, "at": at,
                                                     "read_at": self._now()})
        if verdict == kept.get("verdict") or (not kept and verdict == PENDING):
            return
        self.repo.put_json(requirements_stale_key(case_id), True)
        case = self.store.cases.get(case_id)
        review = DocumentReview(slot_of(document.kind), document.filename, verdict, at)
        with self.store.transaction() as session:
            audit.append(session, actor=self.actor, action="sync.document_review",
                         changes={"document": document.filename, "slot": review.slot,
                                  "platform_document": platform_id,
                                  "status": found.status, "av_scan_status": found.av_scan_status,
                                  "verdict": verdict, "was": kept.get("verdict"), "at": at},
                         case_id=case_id, case_reference=case.reference)
        if review.refused:
            log.info("%s: the platform %s document %s", case.reference, verdict, platform_id)
            report.notices.append(Notice("document_refused", case_id, case.reference,
                                         f"{case.reference}: {what_to_do(review)}"))

    def _due(self, kept: dict[str, Any]) -> bool:
        """A review takes the platform hours: a waiting upload is read again READ_AGAIN_AFTER
        after its last reading, not every round (an F5 costs no extra requests)."""
        try:
            last = datetime.fromisoformat(str(kept["read_at"]))
        except (KeyError, ValueError):
            return True
        return self.clock() - last >= READ_AGAIN_AFTER

    def _now(self) -> str:
        return self.clock().isoformat()
