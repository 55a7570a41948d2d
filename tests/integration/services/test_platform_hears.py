"""Every command line action and every desk action the platform must hear writes its outbox item
(issue 13: `case status REF cancelled` once cancelled a platform order here and never told it).

The command line is driven through main(argv); the desk through the service calls its screens make
(named beside each). A completeness check keeps the command table honest: a new command must be
listed here as heard by the platform or as local only, or this file fails.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from portdesk.cli import build_parser, main
from portdesk.config import Settings
from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.lifecycle import Status
from portdesk.platform.port import RejectionCode
from portdesk.services import bill_desk, desk, intents, lookup
from portdesk.services import loa as loa_service
from portdesk.services.sync_conflicts import resolve_conflict
from portdesk.store.store import Store
from tests.billcorpus.corpus import GeneratedBill
from tests.helpers import case
from tests.integration.platform.sync_helpers import submitted

# Commands that change nothing the platform keeps: reading, files on disk, local drafts, the
# sync itself, the sandbox server.
LOCAL_ONLY = {
    "audit verify", "audit checkpoint", "audit show", "bill extract", "bill check", "case import",
    "case list", "case show", "case export", "case check", "demo load", "loa render", "loa fill",
    "loa sign", "loa verify", "sandbox", "sync",
    # the team's desks and key: nothing the platform hears (re-encrypting PINs changes no value)
    "team status", "team init", "team join", "team rotate",
}
# Commands that speak to the platform at once, never through the outbox: each is a conversation
# the specialist has with the platform while the customer waits (send and verify the codes the
# customer reads out, fetch what the gaining carrier sent, read each number's requirements), so
# there is nothing to queue and nothing to send twice; offline they stop before anything is typed.
LIVE = {"case codes", "case documents", "case requirements"}


def _leaves(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [prefix.strip()]
    return [leaf for name, child in subs[0].choices.items()
            for leaf in _leaves(child, f"{prefix} {name}")]


def _pending(store: Store, case_id: int) -> list[str]:
    return sorted(item.intent for item, state, _err in store.outbox.items_for_case(case_id)
                  if state == "pending")


def _settled(store: Store, case_id: int) -> None:
    """The platform took everything so far: what the action adds is all that is pending after."""
    for item, _state, _err in store.outbox.items_for_case(case_id):
        store.outbox.mark_done(item.id, {"platform_order_id": f"po-{case_id}"}
                               if item.intent == "create" else None)


def _on_platform(store: Store) -> PortCase:
    sent = submitted(store, ["312-555-0101", "312-555-0102"])
    assert sent.id is not None
    _settled(store, sent.id)
    return lookup.case(store, sent.id)


def _ready_draft(store: Store) -> PortCase:
    made = store.cases.create(case(), "tester")
    assert made.id is not None
    intents.attach_document(store, made.id, "loa_signed", "loa.pdf", b"%PDF-1.4 signed",
                            "tester")
    return made


def _port_out(store: Store) -> PortCase:
    made = store.cases.create(case(kind=CaseKind.PORT_OUT), "tester")
    assert made.id is not None
    store.outbox.set_case_values(made.id, platform_order_id="pout-1", status="submitted")
    return lookup.case(store, made.id)


def _in_exception(store: Store) -> PortCase:
    """The carrier sent it back: its details may change again, and the platform must hear them."""
    held = _on_platform(store)
    assert held.id is not None
    store.outbox.set_case_values(held.id, status="exception")
    return lookup.case(store, held.id)


def _in_conflict(store: Store) -> PortCase:
    held = _on_platform(store)
    assert held.id is not None
    store.outbox.set_case_values(held.id, sync_state="conflict", conflict={
        "detected_at": "2026-11-20T10:00:00+00:00",
        "fields": [{"field": "account_name", "platform": "Harbor Dental"}]})
    return held


def _signed_letter(store: Store, settings: Settings, held: PortCase, tmp_path: Path) -> Path:
    _case, pdf = loa_service.render_case_loa(store, held.reference, settings.branding)
    # signed by the authorized person the letter prints (loa/signer_check.py)
    ink = loa_service.ink_from(typed=held.authorized_name)
    signed = loa_service.sign_file(pdf, ink, held.authorized_name, settings.branding)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed.pdf)
    return path


# command -> (the case it acts on, its arguments after the reference, the intent it must write)
CLI: dict[str, tuple[Callable[[Store], PortCase], list[str], str]] = {
    "case status": (_on_platform, ["cancelled", "--reason", "customer stayed"], "cancel"),
    "case cancel": (_on_platform, ["--reason", "duplicate request"], "cancel"),
    "case comment": (_on_platform, ["Customer prefers a morning cutover"], "comment"),
    "case submit": (_ready_draft, ["--override", "checked by phone"], "confirm"),
    "case resolve": (_in_conflict, ["--keep", "mine"], "update"),
    "case portout": (_port_out, ["--authorize"], "portout"),
    "loa attach": (_on_platform, ["SIGNED"], "upload"),
    "case extra-docs": (_on_platform, ["--attach", "SIGNED", "--type", "csr"], "additional"),
}


def test_every_command_is_either_heard_by_the_platform_or_local() -> None:
    commands = set(_leaves(build_parser()))
    assert commands == set(CLI) | LOCAL_ONLY | LIVE, (
        "a command was added or removed: list it in CLI (with the outbox item it writes), in "
        "LOCAL_ONLY or in LIVE")
    assert not (set(CLI) & LOCAL_ONLY or set(CLI) & LIVE or LOCAL_ONLY & LIVE)


@pytest.mark.parametrize("command", sorted(CLI))
def test_the_command_line_writes_the_outbox_item(command: str, store: Store, settings: Settings,
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    make, args, intent = CLI[command]
    target = make(store)
    assert target.id is not None
    before = _pending(store, target.id)
    if "SIGNED" in args:  # a real PDF where the command takes a file
        signed = str(_signed_letter(store, settings, target, tmp_path))
        args = [signed if arg == "SIGNED" else arg for arg in args]
    code = main(["--db", store.url, *command.split(), target.reference, *args])
    assert code == 0, capsys.readouterr().err
    assert intent in _pending(store, target.id) and intent not in before


def _desk_status(store: Store, s: Settings, held: PortCase) -> None:  # batch Status… and the
    desk.change_status_many(store, {held.id: held.version}, "cancelled", "customer stayed",
                            "ana")  # editor


def _desk_comment(store: Store, s: Settings, held: PortCase) -> None:  # the Comment box
    desk.add_comment(store, held.id, "Customer prefers a morning cutover", "ana")


def _desk_edit(store: Store, s: Settings, held: PortCase) -> None:  # the case editor's save
    desk.save_draft(store, replace(held, account_number="7730-0001"), "ana")


def _desk_sign(store: Store, s: Settings, held: PortCase) -> None:  # Sign LOA…
    loa_service.sign_case_loa(store, s, "ana", held.reference,
                              loa_service.ink_from(typed=held.authorized_name),
                              held.authorized_name)


def _desk_wet_signed(store: Store, s: Settings, held: PortCase) -> None:  # Wet signature…
    loa_service.attach_wet_signed(store, held.reference, b"%PDF-1.4 scan", "scan.pdf",
                                  date(2026, 11, 20), "ana")


def _desk_resolve(store: Store, s: Settings, held: PortCase) -> None:  # the conflict banner
    resolve_conflict(store, held.id, "mine", "ana")


def _desk_portout(store: Store, s: Settings, held: PortCase) -> None:  # the port-out screen
    intents.decide_portout(store, held.id, False, "account closed", "ana",
                           RejectionCode(1001, "Other", True))


def _desk_split(store: Store, s: Settings, held: PortCase) -> None:  # Split numbers…
    desk.split_numbers(store, held.id, ["+13125550102"], "ana", "carrier rejected it")


DESK: dict[str, tuple[Callable[[Store], PortCase], Callable[..., None], str]] = {
    "status": (_on_platform, _desk_status, "cancel"),
    "comment": (_on_platform, _desk_comment, "comment"),
    "edit": (_in_exception, _desk_edit, "update"),
    "mark ready": (_ready_draft, lambda st, s, held: desk.mark_ready(
        st, s, held.id, "ana", "checked by phone"), "confirm"),
    "sign": (_on_platform, _desk_sign, "upload"),
    "wet signature": (_on_platform, _desk_wet_signed, "upload"),
    "resolve": (_in_conflict, _desk_resolve, "update"),
    "port-out answer": (_port_out, _desk_portout, "portout"),
    "split numbers": (_on_platform, _desk_split, "comment"),  # the API cannot take numbers off
}


@pytest.mark.parametrize("action", sorted(DESK))
def test_the_desk_writes_the_outbox_item(action: str, store: Store, settings: Settings) -> None:
    make, act, intent = DESK[action]
    target = make(store)
    assert target.id is not None
    before = _pending(store, target.id)
    act(store, settings, target)
    assert intent in _pending(store, target.id) and intent not in before


def test_a_bill_attached_to_a_case_on_the_platform_is_uploaded(
        store: Store, settings: Settings, bill: GeneratedBill) -> None:
    """The bill screen's Attach (bill_desk.attach_bill) files through intents.attach_document."""
    held = _on_platform(store)
    assert held.id is not None
    bill_desk.attach_bill(store, settings, "ana", held.id, bill.path)
    assert _pending(store, held.id) == ["upload"]
    assert lookup.case(store, held.id).status != Status.CANCELLED
