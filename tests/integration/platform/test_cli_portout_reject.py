"""`portdesk case portout --reject` says and keeps the rejection code in the platform's words, as
the desk's port-out screen does (session 19).

Before, the command took any `--code` without reading the request's list, kept no words with the
answer (the timeline said "rejected with the platform's rejection code 1004 (its words were not
kept with the answer)") and printed only "port-out rejected". The codes differ per request
(`GET /portouts/rejections/{id}`), so the command reads them from the platform like the screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.cli import main
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer, free_port
from portdesk.services.lookup import case_by_reference
from portdesk.services.timeline import timeline
from portdesk.store.store import Store
from tests.integration.platform.conftest import API_KEY


def test_reject_lists_checks_says_and_keeps_the_code_s_words(
        tmp_path: Path, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"

    def run(*args: str) -> int:
        return main(["--db", db, *args])

    request = portouts.create(sandbox.sandbox, ["+13125550173"], "Harper Dental LLC")
    assert run("sync", "--once") == 0
    store = Store.open(db, key_dir=tmp_path)
    case = store.cases.find_by_platform_order(request["id"])
    assert case is not None
    reference = case.reference
    store.close()
    capsys.readouterr()

    assert run("case", "portout", reference, "--reject") == 1  # no code: the list, in words
    said = capsys.readouterr().err
    assert "choose a rejection code with --code N" in said
    assert "1001 Other (needs a reason)" in said and "1004 Name on the request" in said
    assert run("case", "portout", reference, "--reject", "--code", "1006") == 1
    assert "1006 is not a rejection code the platform lists" in capsys.readouterr().err

    monkeypatch.setenv("PORTDESK_PLATFORM_URL", f"http://127.0.0.1:{free_port()}/v2")
    assert run("case", "portout", reference, "--reject", "--code", "1004") == 1  # offline
    assert "reject when it answers (nothing was queued)" in capsys.readouterr().err
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)

    assert run("case", "portout", reference, "--reject", "--code", "1004") == 0
    out = capsys.readouterr().out
    assert "port-out rejected: Name on the request does not match the account holder " \
           "(code 1004)" in out
    store = Store.open(db, key_dir=tmp_path)
    try:
        held = case_by_reference(store, reference)
        assert held.id is not None
        titles = [e.title for e in timeline(store, held.id)]
    finally:
        store.close()
    assert "Port-out rejected: Name on the request does not match the account holder " \
           "(code 1004)" in titles

    assert run("sync", "--once") == 0  # the answer goes: the platform reviews the rejection
    capsys.readouterr()
    assert run("case", "show", reference) == 0
    shown = capsys.readouterr().out
    assert "status       Rejection in review" in shown  # it read "cancel_pending"
    assert "platform     rejection under review: the platform's Porting Ops team checks " \
           "your rejection reason" in shown and "(platform status 'rejected-pending')" in shown
    store = Store.open(db, key_dir=tmp_path)
    try:
        held = case_by_reference(store, reference)
        assert held.id is not None
        [turn] = [e for e in timeline(store, held.id) if e.title == "Status: Rejection in review"]
    finally:
        store.close()
    assert turn.detail.startswith("Platform: rejection under review")  # was "platform: r..."


def test_a_code_the_platform_says_needs_a_reason_is_refused_without_one(
        tmp_path: Path, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Session 19 review: the command line kept only the code's words and the service checked
    code 1001 alone, so a listed code marked `reason_required` went without one (the desk's
    screen refused it). The rule is the platform's flag, for any code."""
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)
    monkeypatch.setitem(portouts.REJECTIONS, 1004, (portouts.REJECTIONS[1004][0], True))
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"

    def run(*args: str) -> int:
        return main(["--db", db, *args])

    request = portouts.create(sandbox.sandbox, ["+13125550174"], "Harper Dental LLC")
    assert run("sync", "--once") == 0
    store = Store.open(db, key_dir=tmp_path)
    case = store.cases.find_by_platform_order(request["id"])
    assert case is not None and case.id is not None
    reference, case_id = case.reference, case.id
    store.close()
    capsys.readouterr()

    assert run("case", "portout", reference, "--reject", "--code", "1004") == 1
    assert "a reason is required with rejection code 1004" in capsys.readouterr().err
    store = Store.open(db, key_dir=tmp_path)
    try:
        assert [i for i, _s, _e in store.outbox.items_for_case(case_id)
                if i.intent == "portout"] == []  # nothing was queued
    finally:
        store.close()
    assert run("case", "portout", reference, "--reject", "the holder's name differs",
               "--code", "1004") == 0
