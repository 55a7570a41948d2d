"""Which of a case's fields its kind uses, and why the others are absent.

A port-out is another carrier's request to take numbers away: the platform is the losing
carrier, so there is no "current carrier" to name, and the gaining carrier (who holds the
customer's LOA) decides full or partial, the numbers that stay, a new BTN and the FOC date. What
the specialist checks on it is the request against the account: name, authorized person, service
address, account number and PIN (DOMAIN: "checks the request (PIN, account, name)"); the BTN is
not among them, and a temporary number only serves a port-in while it is pending.

A sub-account transfer moves numbers between two of the platform's own sub-accounts: there is
no losing carrier, so nothing checks a carrier's name, account number, PIN or BTN, and nothing
stays behind with a carrier (no partial port, no new BTN). Its editor offered all of them, as if
they were wanted. The fields are hidden, not cleared: a value stored before (a case entered as a
port-in first, an import) is kept on the case and named, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from portdesk.domain.case import CaseKind, PortCase, mask_secret
from portdesk.domain.lifecycle import STATUS_LABELS, Status, foc_void
from portdesk.domain.numbers import format_display
from portdesk.domain.schedule import TRANSFER_DAYS

_TRANSFER_UNUSED = ("losing_carrier", "account_number", "pin", "btn", "port_type",
                    "remaining_action", "new_btn", "port_texts")
_PORTOUT_UNUSED = ("losing_carrier", "btn", "port_type", "remaining_action", "new_btn",
                   "requested_date", "temporary_number", "port_texts")
_UNUSED: dict[CaseKind, tuple[str, ...]] = {CaseKind.SUBACCOUNT_TRANSFER: _TRANSFER_UNUSED,
                                            CaseKind.PORT_OUT: _PORTOUT_UNUSED}
_WHY: dict[CaseKind, str] = {
    CaseKind.SUBACCOUNT_TRANSFER: (
        "A sub-account transfer moves the numbers inside the platform: no carrier checks a "
        "losing carrier, account number, PIN or BTN, and no number stays behind with a "
        "carrier (no partial port, no new BTN) and no texts port from one, so those fields "
        "are not shown."),
    CaseKind.PORT_OUT: (
        "A port-out is another carrier's request to take the numbers: the platform is the "
        "losing carrier, and the gaining carrier sets the port type, the numbers that stay, "
        "any new BTN and the date (its FOC). What is checked is the request against the "
        "account (name, authorized person, address, account number, PIN), so losing carrier, "
        "BTN, port type, numbers that stay, new BTN, requested date, temporary number and "
        "texts (asked with the answer instead) are not shown."),
}
_SECRET = ("pin",)
_PHONES = ("btn", "new_btn", "temporary_number")
# the names the desk's editor gives these fields: the note, the desk and `case show` say the same
NAMES = {"losing_carrier": "Losing carrier", "account_number": "Account number",
         "pin": "Port-out PIN", "btn": "BTN", "port_type": "Port type",
         "remaining_action": "Numbers that stay", "new_btn": "New BTN",
         "requested_date": "Requested date", "temporary_number": "Temporary number",
         "port_texts": "Texts port with the numbers"}


def unused_fields(kind: CaseKind) -> tuple[str, ...]:
    """The editor's field names this kind of case does not carry."""
    return _UNUSED.get(kind, ())


# The date a case's numbers move on is stored once (`foc_date`) and named by its kind, a table
# beside the fields': "FOC" is a carrier's firm order commitment (the losing carrier's on a
# port-in, the gaining carrier's on a port-out); a sub-account transfer has no carrier, so nobody
# commits to its date: it is the day the platform completes the move itself. The header named a
# ported transfer's date "FOC Fri Dec 04, 2026". Names: still to come, ported, ended without porting.
# The third name is also the date's noun: the status that confirms it ("FOC confirmed",
# "Completion set") and the dated queue ("FOC or completion next 7 days") say it.
@dataclass(frozen=True, slots=True)
class _NoCarrier:
    """How a kind without a carrier names what a carrier would do on a port: its date (to come,
    done, ended without porting; the third is also the noun), why that is no FOC, the label of
    the status a port spends with the losing carrier (`at_carrier`), and the business days the
    platform needs before a requested date (DOMAIN: a transfer is done in 1-2)."""

    date_names: tuple[str, str, str]
    date_why: str
    in_progress: str
    lead_days: int
    lead_who: str


_NO_CARRIER: dict[CaseKind, _NoCarrier] = {
    CaseKind.SUBACCOUNT_TRANSFER: _NoCarrier(
        ("completes", "completed", "completion"),
        "A sub-account transfer has no carrier, so no firm order commitment (FOC): its date is "
        "the day the platform completes the move itself.",
        # as short as the chip it is shown in: the queue keeps every chip whole at 1024 px
        "Transferring",
        TRANSFER_DAYS,
        "the platform completes a transfer in 1-2"),
}
# a carrier's lead time for a requested date (the platforms' "at least 7 days out")
CARRIER_LEAD_DAYS = 7


# A status a kind's platform word means otherwise. A port-out is answered, never cancelled by
# the desk: its `cancel_pending` is the platform's `rejected-pending`, "You have submitted a
# rejection. The Porting Ops team is reviewing the rejection reason to ensure it is valid" (the
# port-out guide); it read "Cancel pending". As short as the chip it is shown in.
_KIND_LABELS: dict[CaseKind, dict[Status, str]] = {
    CaseKind.PORT_OUT: {Status.CANCEL_PENDING: "Rejection in review"},
}


def has_carrier(kind: CaseKind | None) -> bool:
    """Whether a carrier takes part in this kind of case (a kind not known here is a port)."""
    return kind is None or kind not in _NO_CARRIER


def requested_date_lead(kind: CaseKind | None) -> tuple[int, str]:
    """(business days, who needs them) before a requested date: "carriers need at least 7"
    on a port; a kind without a carrier needs what the platform takes to do it itself."""
    words = _NO_CARRIER.get(kind) if kind is not None else None
    if words is None:
        return CARRIER_LEAD_DAYS, f"carriers need at least {CARRIER_LEAD_DAYS}"
    return words.lead_days, f"{words.lead_who}, so at least {words.lead_days}"


def port_date_name(kind: CaseKind, status: str) -> str:
    """What the desk calls a case's `foc_date`: "FOC" where a carrier commits to it; for a kind
    without one, "completes" (to come), "completed" (ported) or "completion" (an order that ended
    without porting: its date will not happen)."""
    words = _NO_CARRIER.get(kind)
    if words is None:
        return "FOC"
    to_come, done, void = words.date_names
    if foc_void(status):
        return void
    return done if status == "ported" else to_come


def port_date_noun(kind: CaseKind | None) -> str:
    """The date as a noun: "FOC" where a carrier commits to it, else what it is ("completion")."""
    words = _NO_CARRIER.get(kind) if kind is not None else None
    return words.date_names[2] if words else "FOC"


def port_date_nouns() -> list[str]:
    """Every kind's date noun once, in the kinds' order ("FOC", "completion"): what a queue
    that lists every kind's dated cases is about."""
    nouns: list[str] = []
    for kind in CaseKind:
        noun = port_date_noun(kind)
        if noun not in nouns:
            nouns.append(noun)
    return nouns


def status_label(kind: CaseKind | None, status: str) -> str:
    """The status as the desk shows it for a case of this kind. `foc_confirmed` is the status
    whose date is set: "FOC confirmed" where a carrier commits to it; a kind without a carrier
    (a transfer) has no FOC, so its label names the date for what it is ("Completion set"),
    by the same rule as `port_date_name`; and `at_carrier` (the request with the losing
    carrier) is, for such a kind, the platform doing the move ("Transferring"), not "At
    carrier". An unknown status is shown, never
    dropped; a kind not known here (None) is named as a port is."""
    try:
        known = Status(status)
    except ValueError:
        return status.replace("_", " ").capitalize()
    words = _NO_CARRIER.get(kind) if kind is not None else None
    if words is not None and known is Status.FOC_CONFIRMED:
        # as short as the chip it is shown in: the queue keeps every chip whole at 1024 px
        noun = words.date_names[2]
        return f"{noun[0].upper()}{noun[1:]} set"
    if words is not None and known is Status.AT_CARRIER:
        return words.in_progress  # no carrier holds it: the platform is doing it
    own = _KIND_LABELS.get(kind, {}) if kind is not None else {}
    return own.get(known, STATUS_LABELS[known])


def in_progress_labels() -> list[str]:
    """Every kind's label for `at_carrier` once, in the kinds' order ("At carrier",
    "Transferring"): what a queue of every kind's cases in progress is about."""
    labels: list[str] = []
    for kind in CaseKind:
        label = status_label(kind, Status.AT_CARRIER.value)
        if label not in labels:
            labels.append(label)
    return labels


def status_labels() -> list[str]:
    """Every label `status_label` can give a known status, for a column sized to hold them."""
    return sorted({status_label(kind, s.value) for kind in CaseKind for s in Status})


_KIND_PLURALS = {CaseKind.PORT_IN: "port-ins", CaseKind.PORT_OUT: "port-outs",
                 CaseKind.SUBACCOUNT_TRANSFER: "sub-account transfers"}


@dataclass(frozen=True, slots=True)
class StatusChoices:
    """What a status change over several cases may set: (status, label in the kinds' words), and
    why some statuses are not offered ("" when none was left out)."""

    choices: list[tuple[str, str]]
    why_fewer: str = ""


def status_choices(kinds: Iterable[CaseKind | None]) -> StatusChoices:
    """The statuses every kind in a selection has, each under the name `status_label` gives it
    for them all. A status the kinds name apart means a different thing for each (a transfer has
    no carrier, so its `at_carrier` is "Transferring" and its `foc_confirmed` "Completion set"),
    so a mixed selection is not offered it, and is told why; a selection of one kind gets its own
    names. The bulk dialog offered "At carrier" and "FOC confirmed" to any selection, transfers
    included (DOMAIN: a transfer has no carrier and no FOC)."""
    present = list(dict.fromkeys(kinds)) or [None]
    choices: list[tuple[str, str]] = []
    apart: list[str] = []
    for status in Status:
        labels = list(dict.fromkeys(status_label(kind, status.value) for kind in present))
        if len(labels) == 1:
            choices.append((status.value, labels[0]))
        else:
            apart.append(" / ".join(labels))
    if not apart:
        return StatusChoices(choices)
    without = [_KIND_PLURALS[k] for k in present if k is not None and k in _NO_CARRIER]
    why = [f"{' and '.join(without)} have no carrier, so no FOC"] if without else []
    if any(k in _KIND_LABELS for k in present):
        why.append("a port-out is rejected, never cancelled: its cancel pending is a rejection "
                   "the platform reviews")
    mixed = [_KIND_PLURALS[k] if k is not None else "cases of other kinds" for k in present]
    return StatusChoices(choices, (
        f"Not offered for this selection: {', '.join(apart)}. It mixes {' and '.join(mixed)}, "
        f"and those statuses mean a different thing for each ({'; '.join(why)}): select cases "
        "of one kind to set them."))


def port_date_why(kind: CaseKind) -> str:
    """Why a kind's date is not called an FOC ("" where it is one): the queue's tooltip says it."""
    words = _NO_CARRIER.get(kind)
    return words.date_why if words else ""


def why_absent(kind: CaseKind) -> str:
    return _WHY.get(kind, "")


def _default(name: str) -> Any:
    for f in fields(PortCase):
        if f.name == name:
            return f.default
    return None


def kept_unused(case: PortCase) -> list[tuple[str, str]]:
    """(field name, value as shown) of each unused field that holds a value of its own: kept on
    the case, shown masked when it is a secret."""
    kept = []
    for name in unused_fields(case.kind):
        value = getattr(case, name)
        if value in (None, "") or value == _default(name):
            continue
        if name in _SECRET:
            shown = mask_secret(str(value))
        elif isinstance(value, bool):
            shown = "yes" if value else "no"
        elif name in _PHONES and str(value).startswith("+"):
            shown = format_display(str(value))  # as the desk writes a number
        else:
            shown = str(getattr(value, "value", value))
        kept.append((name, shown))
    return kept


def absent_note(case: PortCase) -> str:
    """Why fields are absent for this case's kind, then what they still hold ("" for a kind that
    uses every field): one text for the desk's editor and `portdesk case show`."""
    why = why_absent(case.kind)
    kept = kept_unused(case)
    if kept:
        why += " Kept from before, not used: " + "; ".join(
            f"{NAMES.get(n, n)} {v}" for n, v in kept) + "."
    return why


def only_used(case: PortCase) -> PortCase:
    """The case with the fields its kind does not carry at their defaults: for cases made here
    as that kind (the sample queue), which have no earlier value to keep."""
    from dataclasses import replace

    return replace(case, **{name: _default(name) for name in unused_fields(case.kind)})
