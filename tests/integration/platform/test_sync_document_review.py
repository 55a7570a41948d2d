"""An upload the platform refuses reaches the specialist (trust 13).

The description gives every document a review `status` (pending, verified, denied) and an
`av_scan_status` (scanned, infected, pending_scan, not_scanned), on GET /documents/{id} only: no
event carries either, and there is no reason field. PortDesk uploaded the LOA and the bill and
never read either back, so a denied LOA left the port waiting with nobody told.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx

from portdesk.domain.readiness import Level, run_checks
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.evidence import evidence_for
from portdesk.services.sync import SyncEngine
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY
from tests.integration.platform.sync_helpers import numbers, submitted
from tests.integration.platform.test_sync_uploads_and_lost_answers import stored_documents

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)


def _review(server: SandboxServer, doc_id: str, **given: str) -> None:
    root = server.base_url.removesuffix("/v2")
    answer = httpx.post(f"{root}/_sandbox/documents/{doc_id}/review", json=given,
                        headers={"Authorization": f"Bearer {API_KEY}"})
    assert answer.status_code == 200, answer.text


class DeskClock:
    """The desk's clock, moved by the test only: each round is a quarter of an hour on."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


class Engine(SyncEngine):
    def run_once(self, reconcile: bool = False):  # type: ignore[no-untyped-def]
        assert isinstance(self.clock, DeskClock)
        self.clock.now += timedelta(minutes=15)
        return super().run_once(reconcile)


def _engine(desk: Store, client: PlatformClient) -> SyncEngine:
    return Engine(desk, client, clock=DeskClock())


def _refused(report: object) -> list[object]:
    return [n for n in report.notices if n.kind == "document_refused"]  # type: ignore[attr-defined]


def test_a_denied_loa_is_told_once_on_the_timeline_and_in_readiness_and_never_sent_again(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    from portdesk.config import Settings

    engine = _engine(desk, make_client(sandbox))
    case = submitted(desk, numbers(0, 1))
    assert case.id is not None
    first = engine.run_once()
    assert not _refused(first)
    [document] = desk.documents.for_case(case.id)
    assert document.platform_document_id
    _review(sandbox, document.platform_document_id, status="denied")
    report = engine.run_once()
    [told] = _refused(report)
    assert told.case_id == case.id  # type: ignore[attr-defined]
    assert "denied the LOA loa.pdf" in told.message  # type: ignore[attr-defined]
    assert "sign a corrected LOA" in told.message  # type: ignore[attr-defined]
    for _ in range(3):  # told once, and the refused copy is neither sent again nor read again
        assert not _refused(engine.run_once())
    assert len(stored_documents(sandbox)) == 1
    [line] = [t for t in timeline(desk, case.id) if t.title.startswith("Platform: LOA")]
    assert line.title == "Platform: LOA loa.pdf denied"
    assert "(the platform's time)" in line.detail and "sign a corrected LOA" in line.detail
    fresh = desk.cases.get(case.id)
    checks = {c.id: c for c in run_checks(fresh, evidence_for(desk, fresh, Settings()))}
    refused = checks["platform_documents"]
    assert refused.level == Level.FAIL and not refused.overridable
    assert "sign a corrected LOA" in refused.message
    # the specialist files a newly signed LOA: it goes at once, and readiness waits for its review
    intents.attach_document(desk, case.id, "loa_signed", "loa-2.pdf", b"%PDF-1.4\n% again\n",
                            "tester")
    assert not _refused(engine.run_once())
    assert len(stored_documents(sandbox)) == 2
    fresh = desk.cases.get(case.id)
    checks = {c.id: c for c in run_checks(fresh, evidence_for(desk, fresh, Settings()))}
    assert checks["platform_documents"].level == Level.PASS
    assert "waiting for the platform's review" in checks["platform_documents"].message


def test_an_infected_upload_is_told_as_a_virus_scan_finding(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = _engine(desk, make_client(sandbox))
    case = submitted(desk, numbers(2, 1))
    assert case.id is not None
    engine.run_once()
    [document] = desk.documents.for_case(case.id)
    assert document.platform_document_id
    _review(sandbox, document.platform_document_id, av_scan_status="infected")
    [told] = _refused(engine.run_once())
    assert "virus scan" in told.message and "clean copy" in told.message  # type: ignore[attr-defined]
    assert not _refused(engine.run_once())


def test_a_verified_upload_is_quiet_and_read_no_more(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    engine = _engine(desk, make_client(sandbox))
    case = submitted(desk, numbers(3, 1))
    assert case.id is not None
    engine.run_once()
    [document] = desk.documents.for_case(case.id)
    assert document.platform_document_id
    _review(sandbox, document.platform_document_id, status="verified")
    assert not _refused(engine.run_once())
    reads = []
    real = engine.client.document
    engine.client.document = lambda doc_id: reads.append(doc_id) or real(doc_id)  # type: ignore[method-assign]
    engine.run_once()
    assert reads == []
    lines = [t.title for t in timeline(desk, case.id)]
    assert "Platform: LOA loa.pdf verified" in lines


def test_a_refused_bill_puts_its_requirement_back_in_readiness_in_the_specialists_words(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    """The description's order `requirements_met` / GET /porting_orders/{id}/requirements: once
    submitted, PortDesk never read them again, so a requirement the platform took back (its
    document denied) still showed as sent."""
    from portdesk.config import Settings
    from portdesk.services import cases as case_service
    from tests.integration.platform.sync_helpers import LOA, new_case
    from tests.integration.platform.test_sync_port_in_steps import GB

    engine = _engine(desk, make_client(sandbox))
    case = new_case(desk, GB, btn=GB[0], contact_email="ops@harbor.example")
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.attach_document(desk, case.id, "bill", "bill.pdf", b"%PDF-1.4 bill", "tester")
    intents.submit(desk, case.id, "tester")
    assert engine.run_once().ok
    checks = {c.id: c for c in case_service.readiness(desk, desk.cases.get(case.id), Settings())}
    assert checks["requirements"].level == Level.PASS
    bill = next(d for d in desk.documents.for_case(case.id) if d.kind == "bill")
    assert bill.platform_document_id
    _review(sandbox, bill.platform_document_id, status="denied")
    [told] = _refused(engine.run_once())
    assert "attach a clearer, recent bill" in told.message  # type: ignore[attr-defined]
    checks = {c.id: c for c in case_service.readiness(desk, desk.cases.get(case.id), Settings())}
    needs = checks["requirements"]
    assert needs.level == Level.WARN
    assert needs.message.startswith("The platform still needs: refused by the platform: "
                                    "Copy of latest invoice")
    assert "attach it to the case" in needs.message
    assert "requirement-info" not in needs.message  # the platform's codes are not the words


def test_a_waiting_upload_is_read_again_after_a_quarter_of_an_hour_not_every_round(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    clock = DeskClock()
    engine = SyncEngine(desk, make_client(sandbox), clock=clock)
    case = submitted(desk, numbers(4, 1))
    assert case.id is not None
    engine.run_once()
    reads: list[str] = []
    real = engine.client.document
    engine.client.document = lambda doc_id: reads.append(doc_id) or real(doc_id)  # type: ignore[method-assign]
    clock.now += timedelta(minutes=14)
    engine.run_once()  # an F5 soon after: nothing read again
    assert reads == []
    clock.now += timedelta(minutes=1)
    engine.run_once()
    assert len(reads) == 1
