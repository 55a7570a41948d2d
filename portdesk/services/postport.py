"""Post-port verification: on port day the specialist checks that the numbers really work here.

Four checks, each recorded with its outcome, the day it was made and a note: an inbound call
reaches the customer, an outbound call shows the number, texts arrive, and the listings (directory,
911/E911 address, caller name) are updated. They are kept as verifications of the case (field
"postport.<check>"), so they land in the audit log and the timeline like any other check; the
queue's milestone follows them (domain/routing: "Verify routing" until all pass).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.errors import PortDeskError
from portdesk.domain.lifecycle import Status
from portdesk.domain.routing import CHECKS, PREFIX, action_name
from portdesk.store.store import Store

METHOD = "postport"
__all__ = ["CHECKS", "PREFIX", "PostPortCheck", "action_name", "applies", "post_port_checks",
           "record_post_port", "summary"]


@dataclass(frozen=True, slots=True)
class PostPortCheck:
    name: str
    label: str
    works: bool | None  # None: not checked yet
    on: date | None
    note: str = ""
    actor: str = ""


def applies(case: PortCase) -> bool:
    """Port-ins and transfers that completed; a completed port-out left us, nothing to check."""
    return case.status == Status.PORTED and case.kind in (CaseKind.PORT_IN,
                                                         CaseKind.SUBACCOUNT_TRANSFER)


def _split_note(note: str) -> tuple[date | None, str]:
    head, _sep, rest = note.partition(" · ")
    try:
        return date.fromisoformat(head), rest
    except ValueError:
        return None, note


def post_port_checks(store: Store, case_id: int) -> list[PostPortCheck]:
    latest = {v.field[len(PREFIX):]: v for v in store.verifications.for_case(case_id)
              if v.field.startswith(PREFIX)}
    out = []
    for name, label, _hint in CHECKS:
        v = latest.get(name)
        if v is None:
            out.append(PostPortCheck(name, label, None, None))
            continue
        on, note = _split_note(v.note)
        out.append(PostPortCheck(name, label, v.verdict == "pass", on, note, v.actor))
    return out


def record_post_port(store: Store, case_id: int, name: str, works: bool, on: date, note: str,
                     actor: str, today: date | None = None) -> PostPortCheck:
    labels = {n: label for n, label, _h in CHECKS}
    if name not in labels:
        raise PortDeskError(f"{name} is not a post-port check")
    case = store.cases.get(case_id)
    if not applies(case):
        raise PortDeskError(f"{case.reference} is not a completed port-in: there is nothing to "
                            "verify yet")
    if on > (today or date.today()):
        raise PortDeskError("a check cannot be dated in the future")
    text = " ".join(note.split())
    if not works and not text:
        raise PortDeskError(f"say what failed in the {labels[name].lower()} check")
    store.verifications.record(case_id, PREFIX + name, "pass" if works else "fail", METHOD,
                               f"{on.isoformat()} · {text}".rstrip(" ·"), actor)
    return PostPortCheck(name, labels[name], works, on, text, actor)


def summary(checks: list[PostPortCheck]) -> str:
    done = [c for c in checks if c.works is not None]
    failed = [c for c in done if not c.works]
    if failed:
        return (f"Post-port check failed: {', '.join(c.label for c in failed)}. "
                "Raise it with the platform before closing the case.")
    if len(done) == len(checks):
        last = max(c.on for c in done if c.on) if any(c.on for c in done) else None
        return "Verified after the port: calls, texts and listings work" + (
            f" (last check {last:%b %d, %Y})." if last else ".")
    return (f"Ported: verify that calls and texts route. {len(done)} of {len(checks)} "
            "checks done.")
