"""A case's history as the specialist reads it: what changed (field, old, new), who, when.

Built from the status history, the comments, the checks and the audit log. Secrets arrive masked
from the audit log and stay masked; a list of numbers is told as numbers added and removed. A
check's note is read from the check itself (sealed at rest; its audit entry carries no text).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from portdesk.domain.additional_documents import type_words
from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.document_review import (
    SLOT_WORDS,
    DocumentReview,
    sentence,
    verdict_words,
    what_to_do,
)
from portdesk.domain.kind_fields import port_date_noun, status_label
from portdesk.domain.moments import shown_stamp
from portdesk.domain.number_requirements import REQUIREMENTS_STATUS
from portdesk.domain.numbers import format_display
from portdesk.domain.platform_status_words import platform_status_words
from portdesk.domain.portin_texts import short_words
from portdesk.domain.portout_texts import texts_words
from portdesk.domain.rejections import REASONS
from portdesk.domain.sync_trouble import WHAT, platform_reason
from portdesk.domain.verification_codes import METHODS
from portdesk.store.audit_entry import AuditEntry

if TYPE_CHECKING:  # the command line's `audit show` reads the trail without opening the Store
    from portdesk.store.documents import Verification
    from portdesk.store.store import Store

FIELD_LABELS = {
    "account_name": "Customer name", "customer_type": "Customer type",
    "authorized_name": "Authorized person", "authorized_title": "Title",
    "account_number": "Account number", "pin": "Port-out PIN", "btn": "BTN",
    "losing_carrier": "Losing carrier", "carrier": "Losing carrier",
    "service_address": "Service address", "billing_address": "Billing address",
    "port_type": "Port type", "remaining_action": "Numbers that stay",
    "remaining_numbers": "Numbers that stay", "new_btn": "New BTN",
    "requested_date": "Requested date", "foc_date": "FOC date", "assignee": "Assignee",
    "contact_phone": "Contact phone", "contact_email": "Contact e-mail",
    "temporary_number": "Temporary number", "notes": "Notes", "numbers": "Numbers",
    "port_texts": "Texts (SMS/MMS)",
    "status": "Status", "exception_code": "Rejection", "exception_detail": "Rejection detail",
    "requirements_status": "Requirements", "messaging_port_status": "Texts (messaging) port",
    "reason": "Why", "number": "Number",
}
POST_PORT = "postport."
POST_PORT_LABELS = {"inbound_call": "Inbound call", "outbound_call": "Outbound call",
                    "sms": "SMS", "listings": "Listings (directory, 911/E911, CNAM)"}
DOCUMENT_KINDS = {"loa": "Filled carrier form", "loa_signed": "Signed LOA",
                  "loa_wet_signed": "Wet-signed LOA", "bill": "Bill", "other": "Document"}
# "case.updated" is the log's own covering entry for a change that wrote none (the sync's
# bookkeeping): it says nothing a specialist can read, and the audit trail still lists it.
CONFIRMING_VERDICTS = frozenset({"exact", "equivalent", "verified", "pass"})
_SKIP_AUDIT = {"case.status", "comment.added", "case.created", "field.verified", "case.updated"}
_EDITS = {"case.edited": "Edited", "case.bill_value_used": "Bill value used",
          "case.platform_edit": "Changed on the platform", "case.split": "Split",
          "conflict.resolved": "Conflict resolved",
          "case.foc_window": "Requested date moved into an allowed FOC window"}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    kind: str  # status|edit|comment|document|sync|sync_refused|questionable|check|check_failed|other
    actor: str
    title: str
    detail: str = ""


def _shown(value: Any) -> str:
    if value in (None, ""):
        return "(empty)"
    text = str(value)
    if text.startswith("+") and text[1:].isdigit():
        return format_display(text)
    return f"“{text}”" if len(text) <= 80 else f"“{text[:77]}…”"


def value_words(field: str, value: Any, kind: CaseKind | None = None) -> str | None:
    """A platform or lifecycle code in the words the rest of the desk shows for it, by the
    table each screen already reads (never a second one): a status as the queue's chip and
    the header say it (`kind_fields.status_label`, named for the kind), a rejection code as
    the rejection banner titles it (`rejections.REASONS`), a number's requirements state as
    Platform steps > Numbers says it, the texts' port as the timeline does. None for a value
    that is no code, or a code no table knows yet: shown as the platform wrote it."""
    if value in (None, ""):
        return None
    text = str(value)
    if field == "status":
        return status_label(kind, text)
    if field == "exception_code":
        reason = REASONS.get(text.strip().upper())
        return reason.title if reason is not None else None
    if field == "requirements_status":
        known = REQUIREMENTS_STATUS.get(text)
        return known[0] if known is not None else None
    if field == "messaging_port_status":
        return MESSAGING_WORDS.get(text)
    if field == "port_texts" and isinstance(value, bool):
        return short_words(value)
    return None


def _in_words(field: str, value: Any, kind: CaseKind | None) -> str:
    words = value_words(field, value, kind)
    return words if words is not None else _shown(value)


def _numbers_change(old: Any, new: Any) -> str:
    def plain(v: Any) -> list[str]:
        return [str(x).split(":", 1)[0] for x in v] if isinstance(v, list) else []

    before, after = plain(old), plain(new)
    added = [format_display(n) for n in after if n not in before]
    removed = [format_display(n) for n in before if n not in after]
    parts = ([f"added {', '.join(added)}"] if added else []) + \
        ([f"removed {', '.join(removed)}"] if removed else [])
    return "Numbers: " + ("; ".join(parts) or "status changed")


def change_lines(changes: dict[str, Any], kind: CaseKind | None = None) -> list[str]:
    """'Customer name: “A” → “B”' per changed field (secrets come masked from the log); a coded
    value in the desk's words for it (`value_words`: 'Status: At carrier → Exception')."""
    lines = []
    for key, change in changes.items():
        if not isinstance(change, dict) or "old" not in change:
            continue
        if key == "numbers":
            lines.append(_numbers_change(change.get("old"), change.get("new")))
            continue
        label = field_label(key)
        lines.append(f"{label}: {_in_words(key, change.get('old'), kind)} → "
                     f"{_in_words(key, change.get('new'), kind)}")
    return lines


def _changed(changes: dict[str, Any]) -> list[str]:
    """The fields `change_lines` writes a line for, in its order."""
    return [key for key, change in changes.items()
            if isinstance(change, dict) and "old" in change]


def field_label(key: str) -> str:
    return FIELD_LABELS.get(key, key.replace("_", " ").capitalize())


def check_entry(v: Verification) -> TimelineEntry:
    name = v.field
    if name.startswith(POST_PORT):
        what = POST_PORT_LABELS.get(name[len(POST_PORT):], name[len(POST_PORT):])
        passed = v.verdict == "pass"
        return TimelineEntry(v.at, "check" if passed else "check_failed", v.actor,
                             f"Post-port check: {what} {'works' if passed else 'FAILED'}",
                             v.note)
    label = FIELD_LABELS.get(name, name.replace("number:", "Number ").replace("_", " "))
    how = "the bill" if v.method == "bill" else (v.method or "another way")
    # a mismatch drawn with the same tick as an exact value read as confirmed at a glance
    kind = "check" if v.verdict in CONFIRMING_VERDICTS else "check_failed"
    return TimelineEntry(v.at, kind, v.actor, f"Checked: {label} ({v.verdict})",
                         f"against {how}" + (f": {v.note}" if v.note else ""))


def audit_entry(e: AuditEntry, date_noun: str = "FOC", kind: CaseKind | None = None
                ) -> TimelineEntry:
    """`date_noun` names the case's set date by its kind (kind_fields.port_date_noun); `kind`
    names coded values as the desk does for that kind (`value_words`)."""
    changes: dict[str, Any] = e.changes or {}
    action = e.action
    if action == "case.split" and changes.get("into"):
        moved = ", ".join(format_display(str(n)) for n in changes.get("numbers") or [])
        lines = [f"Numbers moved: {moved}"] + (
            [f"Why: {changes['reason']}"] if changes.get("reason") else []) + \
            change_lines(changes.get("also") or {}, kind)
        return TimelineEntry(e.at, "edit", e.actor, f"Split into {changes['into']}",
                             "\n".join(lines))
    if action in _EDITS:  # an edit's reason says why (an FOC read again, not moved)
        reason = [str(changes["reason"])] if changes.get("reason") else []
        foc = _foc_title(changes, date_noun)
        if foc:
            return TimelineEntry(e.at, "edit", e.actor, foc, "\n".join(reason))
        return TimelineEntry(e.at, "edit", e.actor, _EDITS[action],
                             "\n".join([*change_lines(changes, kind), *reason]))
    if action == "case.split_by_platform":
        moved = ", ".join(format_display(str(n)) for n in changes.get("numbers") or [])
        return TimelineEntry(e.at, "sync", e.actor, f"Split by the platform into "
                             f"{changes.get('into', '')}",
                             "\n".join([moved, *change_lines(changes.get("also") or {}, kind)]))
    if action == "document.added":  # "Bill added", "Signed LOA added": what, not just "Added"
        what = DOCUMENT_KINDS.get(str(changes.get("kind", "")), "Document")
        return TimelineEntry(e.at, "document", e.actor, f"{what} added",
                             str(changes.get("filename", "")))
    if action.startswith("document.") or action.startswith("loa."):
        return TimelineEntry(e.at, "document", e.actor, action.split(".", 1)[1].replace("_", " ")
                             .capitalize(), str(changes.get("filename") or
                                                changes.get("document") or ""))
    if action == "sync.questionable_date":
        return questionable_entry(e)
    if action == "sync.refused":  # the platform's reason, without the request it was on
        what = WHAT.get(str(changes.get("intent", "")), "a change")
        return TimelineEntry(e.at, "sync_refused", e.actor, f"The platform refused {what}",
                             platform_reason(str(changes.get("reason") or "")))
    if action == "portout.canceled":
        return canceled_entry(e)
    if action == "sync.document_review":  # services.sync_documents
        return document_review_entry(e)
    if action == "sync.messaging":  # the texts' own port (services.sync_apply._messaging)
        change = changes.get("messaging_port_status") or {}
        new, old = str(change.get("new") or ""), change.get("old")
        return TimelineEntry(e.at, "sync", e.actor,
                             f"Texts (messaging) port: {MESSAGING_WORDS.get(new, new)}",
                             f"was {MESSAGING_WORDS.get(str(old), str(old))}" if old else "")
    if action == "sync.activation":  # a number's activation in trouble (sync_apply._activation)
        change = changes.get("activation_status") or {}
        return TimelineEntry(e.at, "sync", e.actor,
                             f"Number activation: {changes.get('number', '')} "
                             f"{change.get('new') or ''}",
                             f"was {change['old']}" if change.get("old") else
                             "reported by the platform; ask its support")
    if action in PLATFORM_STEPS:  # additional documents, verification codes (services)
        return platform_step_entry(e)
    if action.startswith("sync.") or e.actor == "platform":
        return TimelineEntry(e.at, "sync", e.actor, action.replace(".", " ").replace("_", " "),
                             "")
    if action == "case.submit_requested":
        loa = f"with {changes['loa']}" if changes.get("loa") else ""
        return TimelineEntry(e.at, "sync", e.actor, "Queued for submission (the next sync sends "
                             "it)", loa)
    if action == "portout.decided":
        title = "Port-out authorized" if changes.get("authorize") else \
            portout_rejected_title(changes)
        detail = str(changes.get("reason") or "")
        if "host_messaging" in changes:  # the texts decision sent with the authorization
            detail = "; ".join(filter(None, [detail, texts_words(
                changes.get("host_messaging") is True)]))
        return TimelineEntry(e.at, "sync", e.actor, title, detail)
    detail = str(changes.get("reason") or "")
    return TimelineEntry(e.at, "other", e.actor, action.replace(".", " ").replace("_", " ")
                         .capitalize(), detail)


# A step the desk takes on the platform's order beside the port itself: its title, and the kind
# of timeline entry (a file sent or removed is a document; a code is the platform's doing)
PLATFORM_STEPS = {
    "platform.additional_document_requested": ("Additional document queued for the platform",
                                               "document"),
    "platform.additional_document": ("Additional document sent to the platform", "document"),
    "platform.additional_document_removal": ("Removal of an additional document queued",
                                             "document"),
    "platform.additional_document_removed": ("Additional document removed from the platform "
                                             "order", "document"),
    "platform.verification_codes_sent": ("Verification codes sent", "sync"),
    "platform.verification_codes_checked": ("Verification codes checked", "sync"),
}


def _numbers(value: Any) -> str:
    return ", ".join(format_display(str(n)) for n in value) if isinstance(value, list) else ""


def platform_step_entry(e: AuditEntry) -> TimelineEntry:
    """What the step did in words: the file and the type it is sent as (the additional
    documents dialog's words, `type_words`), how and to which numbers the codes went (the codes
    dialog's words, `verification_codes.METHODS`), which numbers the platform accepted."""
    changes: dict[str, Any] = e.changes or {}
    title, kind = PLATFORM_STEPS[e.action]
    lines = []
    if changes.get("document"):
        sent_as = (f" as {type_words(str(changes['document_type']))}"
                   if changes.get("document_type") else "")
        lines.append(f"{changes['document']}{sent_as}")
    if changes.get("additional_id"):
        lines.append(f"the platform's id {changes['additional_id']}")
    if changes.get("numbers"):
        method = str(changes.get("method") or "")
        how = (f" by {METHODS.get(method, method + ' (as the platform names it)')}" if method
               else "")
        lines.append(f"Sent{how} to {_numbers(changes['numbers'])}")
    if changes.get("verified"):
        lines.append(f"Verified: {_numbers(changes['verified'])}")
    if changes.get("not_accepted"):
        lines.append(f"Not accepted: {_numbers(changes['not_accepted'])}")
    return TimelineEntry(e.at, kind, e.actor, title, "\n".join(lines))


def _status_reason(kind: CaseKind, reason: str, platform_status: str | None) -> str:
    """A change the platform made is said by what its word means (the guides), not as
    "platform: rejected-pending"; a person's reason is theirs, as written."""
    if platform_status and reason == f"platform: {platform_status}":
        return f"Platform: {platform_status_words(kind, platform_status)}"
    return reason


def portout_rejected_title(changes: dict[str, Any]) -> str:
    """A port-out rejection by its code's words as the platform's list gave them when it was
    answered (kept in the entry); an entry without them says what the number is."""
    code, words = changes.get("code"), str(changes.get("code_words") or "").strip()
    if words:
        return f"Port-out rejected: {words} (code {code})"
    return (f"Port-out rejected with the platform's rejection code {code} (its words were not "
            "kept with the answer)")


MESSAGING_WORDS = {"not_applicable": "not part of this port", "pending": "pending",
                  "activating": "activating", "exception": "exception, texts did not port",
                  "canceled": "canceled", "partial_port_complete": "ported for some numbers only",
                  "ported": "ported"}


def document_review_entry(e: AuditEntry) -> TimelineEntry:
    """The platform's review or virus scan of an upload: its verdict, when by the platform's
    clock with the zone named, and for a refused one what to do (the platform gives no reason)."""
    changes: dict[str, Any] = e.changes or {}
    review = DocumentReview(str(changes.get("slot") or "loa"), str(changes.get("document") or ""),
                            str(changes.get("verdict") or ""), str(changes.get("at") or ""))
    try:
        when = datetime.fromisoformat(review.at) if review.at else None
    except ValueError:
        when = None
    lines = [f"At {shown_stamp(when)} (the platform's time)" if when else
             "The platform did not say when"]
    if review.refused:
        lines.append(sentence(what_to_do(review)))
    what = SLOT_WORDS.get(review.slot, review.slot)
    return TimelineEntry(e.at, "sync", e.actor,
                         f"Platform: {what} {review.filename} {verdict_words(review.verdict)}",
                         "\n".join(lines))


def canceled_entry(e: AuditEntry) -> TimelineEntry:
    """A port-out withdrawn on the platform (services.sync_portouts): when, by its clock, with
    the zone named, and that no reason or author was given (the description has neither)."""
    changes: dict[str, Any] = e.changes or {}
    try:
        when = datetime.fromisoformat(str(changes["at"])) if changes.get("at") else None
    except ValueError:
        when = None
    said = f"Canceled at {shown_stamp(when)} (the platform's time)" if when else \
        "The platform did not say when"
    lines = [said, "By the gaining carrier or the platform: it gives no reason and does not "
             "say which; the numbers stay on this account"]
    if changes.get("effect"):
        lines.append(f"It was {changes.get('was') or 'open'}: {changes['effect']}")
    return TimelineEntry(e.at, "sync", e.actor, "Port-out canceled on the platform",
                         "\n".join(lines))


def questionable_entry(e: AuditEntry) -> TimelineEntry:
    """A date the platform gave that this desk did not believe (services.sync_dates)."""
    changes: dict[str, Any] = e.changes or {}
    what = {"foc_date": "FOC date", "requested_date": "Requested date",
            "foc_window": "First allowed FOC date"}.get(str(changes.get("field")), "Date")
    kept = changes.get("kept") or "no date"
    return TimelineEntry(e.at, "questionable", e.actor,
                         f"Questionable platform answer: {what} {changes.get('platform')}",
                         f"Not taken: {changes.get('why')}. The case keeps {kept}; check the "
                         "date with the platform and set it yourself if it is right.")


def _foc_title(changes: dict[str, Any], noun: str = "FOC") -> str:
    """An edit of the FOC alone, told with the dates of that moment: "FOC set: ..." or "FOC
    moved: ... → ..." (the status entry once said "FOC set" with the case's FOC of today, so an
    FOC moved later rewrote the past and the first FOC was told twice); "" for any other edit."""
    change = changes.get("foc_date")
    if set(changes) - {"reason"} != {"foc_date"} or not isinstance(change, dict):
        return ""
    old, new = _day(change.get("old")), _day(change.get("new"))
    if new is None:
        return ""
    noun = noun[:1].upper() + noun[1:]  # a transfer's "Completion set", no carrier's FOC
    return f"{noun} moved: {_long_date(old)} → {_long_date(new)}" if old else \
        f"{noun} set: {_long_date(new)}"


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _long_date(d: date | None) -> str:
    return d.strftime("%a %b %d, %Y") if d else ""


def timeline(store: Store, case_id: int, case: PortCase | None = None) -> list[TimelineEntry]:
    """Status changes, edits, checks, documents, sync events and comments, oldest first."""
    from portdesk.services.loa_date import date_moved

    case = case or store.cases.get(case_id)
    out: list[TimelineEntry] = []
    for s in store.cases.status_history(case_id):
        label = status_label(case.kind, str(s.to_status))  # named for the kind, as the header
        if s.from_status is None:
            out.append(TimelineEntry(s.at, "status", s.actor, "Created", s.reason))
            if case.parent_id is not None:
                parent = store.cases.get(case.parent_id)
                out.append(TimelineEntry(s.at, "edit", s.actor, f"Split from {parent.reference}",
                                         ", ".join(format_display(n)
                                                   for n in case.number_e164s)))
        else:  # FOC confirmed too: its date is told by the FOC's own entry (_foc_title)
            out.append(TimelineEntry(s.at, "status", s.actor, f"Status: {label}",
                                     _status_reason(case.kind, s.reason, s.platform_status)))
    for c in store.comments.for_case(case_id):
        out.append(TimelineEntry(c.at, "comment", c.author, "Comment", c.body))
    out.extend(check_entry(v) for v in store.verifications.for_case(case_id))
    noun = port_date_noun(case.kind)
    entries = store.audit.for_case(case_id)  # read once: the date check below reads them too
    out.extend(audit_entry(e, noun, case.kind) for e in _split_told_once(entries)
               if e.action not in _SKIP_AUDIT)
    moved = date_moved(store, case, entries)
    if moved is not None:  # the date is not bound to the signature: told where it moved
        out.append(TimelineEntry(moved.at, "questionable",
                                 moved.actor, "The signed LOA still asks for "
                                 f"{_long_date(moved.printed.asked) or 'no date'}",
                                 moved.sentence()))
    out.sort(key=lambda t: t.at)
    return out


_SPLITS = {"case.split", "case.split_by_platform"}


def _split_told_once(entries: list[AuditEntry]) -> list[AuditEntry]:
    """A split is one event: the store writes the parent's edit (its numbers, old and new) and
    then the split itself (numbers moved, into which case) under the same action; the edit is
    folded into the split that follows it, keeping any other change it carried."""
    out: list[AuditEntry] = []
    for e in entries:
        before = out[-1] if out else None
        if (before is not None and e.action in _SPLITS and (e.changes or {}).get("into")
                and before.action == "case.split" and not (before.changes or {}).get("into")):
            rest = {k: v for k, v in (before.changes or {}).items() if k != "numbers"}
            out[-1] = replace(e, changes={**(e.changes or {}), "also": rest}) if rest else e
            continue
        out.append(e)
    return out


@dataclass(frozen=True, slots=True)
class TrailLine:
    """One audit entry as the audit trail shows it: what and the details in the desk's words
    (the timeline's titles, coded values by `value_words`), and the entry as logged (its action
    and raw values) for the tooltip: an auditor still sees the codes."""

    what: str
    details: str
    logged: str


def raw_details(changes: dict[str, Any]) -> str:
    """The entry's values as logged: 'status: at_carrier → exception; reason: demo data'."""
    parts = []
    for key, value in changes.items():
        if isinstance(value, dict) and "old" in value:
            parts.append(f"{key}: {value.get('old')} → {value.get('new')}")
        else:
            parts.append(f"{key}: {value}")
    return "; ".join(parts)


def trail_line(e: AuditEntry, kind: CaseKind | None = None) -> TrailLine:
    changes: dict[str, Any] = e.changes or {}
    logged = f"{e.action}: {raw_details(changes)}" if changes else e.action
    lines = change_lines(changes, kind)
    rest = [f"{field_label(k)}: {_in_words(k, v, kind).strip('“”')}" for k, v in changes.items()
            if not (isinstance(v, dict) and "old" in v)]
    if e.action == "case.created":
        what = "Created"
    elif e.action == "case.status":
        new = (changes.get("status") or {}).get("new")
        what = f"Status: {_in_words('status', new, kind)}" if new else "Status"
    elif e.action == "comment.added":
        what = "Comment"  # the text is sealed; the entry keeps its length only
    elif e.action == "field.verified":
        from portdesk.store.documents import Verification

        what = check_entry(Verification(0, e.case_id or 0, str(changes.get("field", "")),
                                        str(changes.get("verdict", "")),
                                        str(changes.get("method", "")), "", e.actor,
                                        e.at)).title
    elif e.action == "case.updated":
        what = "Changed without an entry of its own (the log covers it)"
    else:
        entry = audit_entry(e, port_date_noun(kind), kind)
        what = entry.title
        if entry.detail and entry.kind not in ("edit",):
            lines = [entry.detail.replace("\n", "; ")]
            rest = []
        else:  # a title that already says a field's new value is not said again after it
            lines = [line for key, line in zip(_changed(changes), lines, strict=True)
                     if not what.startswith(f"{field_label(key)}: ")]
    return TrailLine(what, "; ".join([*lines, *rest]), logged)
