"""`portdesk case ...`: import, list, show, export, status."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.commands._output import ProgressLine, print_json, print_table
from portdesk.domain.words import counted

if TYPE_CHECKING:
    from portdesk.services.context import Context


def register(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.add_parser("case", help="work with the case queue")
    cmds = group.add_subparsers(dest="case_command", metavar="ACTION")

    p = cmds.add_parser("import", help="import cases from CSV, XLSX or JSON")
    p.add_argument("file", type=Path)
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the good rows and list the bad ones (default: import nothing)")
    p.add_argument("--again", action="store_true",
                   help="import a file that was imported before (default: refuse it)")
    p.set_defaults(func=cmd_import)

    p = cmds.add_parser("list", help="list the queue")
    p.add_argument("--status", action="append", help="filter by status (repeatable)")
    p.add_argument("--kind", action="append", help="filter by kind (repeatable)")
    p.add_argument("--search", default="", help="reference, name, any number, account number")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--waiting-on-customer", action="store_true",
                   help="only cases the platform says wait on the customer (codes to read out, "
                        "requirements pending), grouped by what is asked")
    p.add_argument("--limit", type=int, default=200, help="at most N cases (default 200)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = cmds.add_parser("show", help="show one case")
    p.add_argument("reference")
    p.add_argument("--json", action="store_true")
    p.add_argument("--include-secrets", action="store_true", help="show the PIN in clear")
    p.set_defaults(func=cmd_show)

    p = cmds.add_parser("export", help="export cases to CSV, XLSX or JSON")
    p.add_argument("file", type=Path)
    p.add_argument("--status", action="append")
    p.add_argument("--include-secrets", action="store_true",
                   help="write PINs in clear (default: masked)")
    p.set_defaults(func=cmd_export)

    p = cmds.add_parser("status", help="move a case to another status")
    p.add_argument("reference")
    p.add_argument("new_status")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_status)
    p = cmds.add_parser("check", help="the readiness checks of a case")
    p.add_argument("reference")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = cmds.add_parser("submit", help="queue a case for the platform (sent by `portdesk sync`)")
    p.add_argument("reference")
    p.add_argument("--override", default="", metavar="REASON",
                   help="submit although readiness checks fail; the reason is audited")
    p.set_defaults(func=cmd_submit)

    p = cmds.add_parser("cancel", help="cancel a case (asks the platform when it has the order)")
    p.add_argument("reference")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_cancel)

    p = cmds.add_parser("comment", help="add a comment (sent to the platform order if any)")
    p.add_argument("reference")
    p.add_argument("text")
    p.set_defaults(func=cmd_comment)
    p = cmds.add_parser("resolve", help="resolve a sync conflict on a case")
    p.add_argument("reference")
    p.add_argument("--keep", required=True, choices=("mine", "theirs"),
                   help="mine: keep the local values and send them; theirs: take the platform's")
    p.set_defaults(func=cmd_resolve)

    p = cmds.add_parser("portout", help="answer a port-out request")
    p.add_argument("reference")
    answer = p.add_mutually_exclusive_group(required=True)
    answer.add_argument("--authorize", action="store_true")
    answer.add_argument("--reject", metavar="REASON", nargs="?", const="",
                        help="reject, with the reason the other carrier sees (needed with a "
                             "code that asks one, such as 1001 Other)")
    p.add_argument("--code", type=int, metavar="N",
                   help="rejection code: one the platform lists for this request (read from "
                        "the platform; --reject without --code lists them in words)")
    p.add_argument("--keep-texts", action="store_true",
                   help="with --authorize: the numbers' texts (messaging) stay hosted on this "
                        "account after they port out (the platform's host_messaging; without "
                        "it they leave with the numbers, the platform's default)")
    p.set_defaults(func=cmd_portout)
    from portdesk.commands import case_platform

    case_platform.register(cmds)
    group.set_defaults(func=lambda a, c: (group.print_help(), 0)[1])


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services.lookup import case_by_reference
    from portdesk.services.sync_conflicts import resolve_conflict

    case = case_by_reference(ctx.store, args.reference)
    assert case.id is not None
    resolve_conflict(ctx.store, case.id, args.keep, ctx.actor)
    print(f"{case.reference}: conflict resolved, keeping {args.keep}")
    return 0


def cmd_portout(args: argparse.Namespace, ctx: Context) -> int:
    if args.keep_texts and not args.authorize:  # said before anything loads
        from portdesk.domain.errors import PortDeskError

        raise PortDeskError("--keep-texts goes with --authorize: a rejected port-out ports "
                            "nothing, texts included")
    from portdesk.services import intents
    from portdesk.services.lookup import case_by_reference

    case = case_by_reference(ctx.store, args.reference)
    assert case.id is not None
    chosen = None
    if not args.authorize:  # the codes differ per request: read as the desk's screen reads them
        from portdesk.services.sync_portout_review import rejection_code

        if case.awaits_portout_answer:
            chosen = rejection_code(ctx.platform, ctx.store, case.id, args.code)
    intents.decide_portout(ctx.store, case.id, bool(args.authorize), args.reject or "",
                           ctx.actor, chosen, host_messaging=bool(args.keep_texts))
    verb = "authorized" if args.authorize or chosen is None else \
        f"rejected: {chosen.description} (code {chosen.code})"
    print(f"{case.reference}: port-out {verb}; `portdesk sync` sends the answer")
    if args.authorize:  # never left unsaid: the default is the platform's, not a choice made
        from portdesk.domain.portout_texts import texts_words

        hint = "" if args.keep_texts else "; --keep-texts keeps them hosted here"
        print(f"  {texts_words(bool(args.keep_texts))}{hint}")
    return 0


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    # the gate and what it reads, nothing else: services.cases is the write path (intents, the
    # audit's writer, case files and their readers: ~40% of the command's imports)
    from portdesk.domain.readiness import run_checks
    from portdesk.services.evidence import evidence_for
    from portdesk.services.lookup import case_by_reference

    case = case_by_reference(ctx.store, args.reference)
    checks = run_checks(case, evidence_for(ctx.store, case, ctx.settings))
    if args.json:
        print_json([{"id": c.id, "title": c.title, "level": c.level.value, "message": c.message,
                     "field": c.field} for c in checks])
    else:
        marks = {"pass": "ok  ", "warn": "warn", "fail": "FAIL"}
        for c in checks:
            print(f"{marks[c.level.value]}  {c.title:22} {c.message}")
    return 1 if any(c.level.value == "fail" for c in checks) else 0


def cmd_submit(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import cases as case_service

    case = case_service.submit_case(ctx.store, args.reference, ctx.settings, ctx.actor,
                                    override_reason=args.override)
    print(f"{case.reference} queued for the platform; `portdesk sync` sends it")
    return 0


def cmd_cancel(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import intents
    from portdesk.services.lookup import case_by_reference

    case = case_by_reference(ctx.store, args.reference)
    assert case.id is not None
    after = intents.cancel(ctx.store, case.id, args.reason, ctx.actor)
    print(f"{after.reference}: " + ("cancelled" if after.status.value == "cancelled"
                                   else "cancel requested; `portdesk sync` sends it"))
    return 0


def cmd_comment(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import intents

    case_id, reference = ctx.store.cases.id_by_reference(args.reference)
    intents.comment(ctx.store, case_id, args.text, ctx.actor)
    waits = intents.comment_waits(ctx.store, case_id)
    print(f"{reference}: comment " + (intents.COMMENT_WAITS if waits else "added"))
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import cases as case_service

    result = case_service.import_cases(ctx.store, args.file, ctx.actor,
                                       skip_invalid=args.skip_invalid, again=args.again,
                                       progress=ProgressLine("importing"),
                                       limits=ctx.settings.limits)
    print(f"imported {counted(len(result.imported), 'case')} from {args.file.name}"
          + (f" ({result.imported[0]} .. {result.imported[-1]})" if result.imported else ""))
    for bad in result.skipped:
        print(f"skipped {bad}")
    return 0


def _statuses(raw: list[str] | None) -> tuple[str, ...]:
    from portdesk.domain.lifecycle import parse_status

    return tuple(parse_status(s).value for s in raw or [])


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.domain.errors import PortDeskError
    from portdesk.domain.queue import QueueQuery
    from portdesk.services.lookup import queue_page, quick_queue_page

    if args.limit < 1:  # was taken as 1 without a word: a list of one case read as the queue
        raise PortDeskError(f"--limit {args.limit}: give how many cases to list, 1 or more")
    waiting = args.waiting_on_customer
    query = QueueQuery(statuses=_statuses(args.status), kinds=tuple(args.kind or ()),
                       text=args.search, overdue=args.overdue, limit=args.limit,
                       waiting_on_customer=waiting,
                       sort="customer_wait" if waiting else "updated_at",
                       descending=not waiting)
    page = quick_queue_page(ctx.db_url, query) or queue_page(ctx.store, query)
    if args.json:
        print_json({"total": page.total, "cases": [
            {"reference": r.reference, "account_name": r.account_name, "status": r.status,
             "platform_status": r.platform_status, "kind": r.kind, "carrier": r.losing_carrier,
             "numbers": r.number_count, "foc_date": r.foc_date, "foc_utc_date": r.foc_utc,
             "foc_date_name": _date_name(r),
             "next_milestone": r.next_milestone, "next_due": r.next_due,
             "submit_waiting": r.submit_waiting, "sync_state": r.sync_state,
             "assignee": r.assignee, "waiting_on_customer": r.customer_wait}
            for r in page.rows]})
        return 0
    print_table(["REF", "CUSTOMER", "STATUS", "KIND", "CARRIER", "NUMS", "FOC", "NEXT"],
                [[r.reference, r.account_name[:36], r.status, r.kind, _carrier(r)[:20],
                  r.number_count, _foc(r),
                  r.waiting_on_sync() or r.customer_wait
                  or f"{r.next_milestone} {r.next_due or ''}".strip()]
                 for r in page.rows])
    print(f"{len(page.rows)} of {counted(page.total, 'case')}")
    if any(r.foc_utc for r in page.rows):
        print(FOC_UTC_NOTE)
    return 0


def _foc(row: Any) -> str:
    """The queue's FOC, by the desk's rule (lifecycle.foc_void): a cancelled or expired order's
    date will not happen and is not listed as one."""
    from portdesk.domain.lifecycle import foc_void

    if row.foc_date and foc_void(row.status):
        return foc_void(row.status)
    day = f"{row.foc_date} UTC" if row.foc_utc else str(row.foc_date or "")
    name = _date_name(row)  # a transfer's date is no carrier's FOC: "completes 2026-12-04"
    return f"{name} {day}" if day and name != "FOC" else day


def _date_name(row: Any) -> str:
    """The row's date named by its kind, as the desk names it (kind_fields.port_date_name)."""
    from portdesk.domain.case import CaseKind
    from portdesk.domain.kind_fields import port_date_name

    known = row.kind in {k.value for k in CaseKind}
    return port_date_name(CaseKind(row.kind), row.status) if known else "FOC"


def _carrier(row: Any) -> str:
    """The queue's carrier, by the desk's rule (kind_fields): '—' for a kind with no losing
    carrier of its own (a transfer, a port-out), whatever an earlier value left stored."""
    from portdesk.domain.case import CaseKind
    from portdesk.domain.kind_fields import unused_fields

    known = row.kind in {k.value for k in CaseKind}
    unused = known and "losing_carrier" in unused_fields(CaseKind(row.kind))
    return "—" if unused else str(row.losing_carrier)


NOT_ON_FILE = "(not on file)"  # the desk's port-out screen's word for a value the case lacks
FOC_UTC_NOTE = ("FOC ... UTC: a date an older PortDesk stored as the UTC day, perhaps a day off "
                "the carrier's; the next `portdesk sync` reads it again from the platform")


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.domain.case import mask_secret
    from portdesk.domain.entries import entry_from_case
    from portdesk.domain.kind_fields import absent_note, port_date_name, status_label, unused_fields
    from portdesk.domain.lifecycle import foc_void
    from portdesk.domain.moments import shown_stamp
    from portdesk.domain.numbers import format_display
    from portdesk.domain.platform_status_words import platform_status_words
    from portdesk.domain.portin_texts import texts_words
    from portdesk.domain.sync_trouble import conflict_line, masked, trouble
    from portdesk.services.lookup import case_with_history, held_behind, quick_case_with_history

    # the PIN in clear needs the secrets key: only the Store opens it
    found = None if args.include_secrets else quick_case_with_history(ctx.db_url, args.reference)
    case, history = found or case_with_history(ctx.store, args.reference)
    utc = bool(case.foc_date) and case.id in _utc_days(ctx, quick=found is not None)
    waiting = _submit_waiting(ctx, case)
    entry = entry_from_case(case, include_secrets=args.include_secrets)
    if args.json:
        entry.update(
            foc_utc_date=utc, foc_date_name=port_date_name(case.kind, case.status.value),
            submit_waiting=waiting,
            service_type=case.service_type.value, version=case.version,
            platform_order_id=case.platform_order_id, platform_status=case.platform_status,
            exception_code=case.exception_code, sync_state=case.sync_state,
            sync_error=(masked(case.sync_error, case) or None),
            sync_outcome=case.sync_outcome.to_json() if case.sync_outcome else None,
            number_details=[{"number": n.e164, "kind": n.kind.value, "status": n.status.value,
                             "rejection_code": n.rejection_code} for n in case.numbers],
            history=[{"from": h.from_status, "to": h.to_status, "actor": h.actor, "at": h.at,
                      "reason": h.reason} for h in history])
        print_json(entry)
        return 0
    pin = case.pin if args.include_secrets else mask_secret(case.pin)
    unused = set(unused_fields(case.kind))  # the desk's editor shows the same rows
    kind = [case.kind.value, case.service_type.value]
    kind += [] if "port_type" in unused else [f"{case.port_type.value} port"]
    # only what the case holds ("PIN -" beside no account number, a name's trailing comma); a
    # row with nothing says "(not on file)", as the desk's port-out screen does
    account = [case.account_number] if "account_number" not in unused and \
        case.account_number else []
    account += [f"PIN {pin}"] if "pin" not in unused and pin else []
    checked = {"account_number", "pin"} - unused
    authorized = ", ".join(p for p in (case.authorized_name, case.authorized_title) if p)
    dates = [] if "requested_date" in unused else [f"requested    {case.requested_date or '-'}"]
    void = foc_void(case.status.value) if case.foc_date else ""
    foc = f"{void} (its {case.foc_date} will not happen)" if void else (case.foc_date or "-")
    name = port_date_name(case.kind, case.status.value)  # a transfer's is no carrier's FOC
    dates.append(f"{name} {foc}" if dates else f"{name:12} {foc}")
    rows = [
        ("status", status_label(case.kind, case.status.value)),
        ("platform", platform_status_words(case.kind, case.platform_status or "") or None),
        ("kind", ", ".join(kind)),
        ("carrier", case.losing_carrier if "losing_carrier" not in unused else None),
        ("account", "   ".join(account) or (NOT_ON_FILE if checked else None)),
        ("authorized", authorized or NOT_ON_FILE),
        ("service at", case.service_address.one_line() or NOT_ON_FILE),
        ("BTN", None if "btn" in unused else (format_display(case.btn) if case.btn else "-")),
        ("texts", None if "port_texts" in unused else texts_words(case.port_texts)),
    ]
    lines = [f"{case.reference}  {case.account_name}"]
    lines += [f"  {name:12} {value}" for name, value in rows if value is not None]
    lines.append("  " + "   ".join(dates)
                 + (" UTC (stored by an older PortDesk; the next sync reads it again)"
                    if utc and not void else ""))
    note = absent_note(case)
    if note:
        lines.append(f"  not shown    {note}")
    lines.append(f"  numbers ({len(case.numbers)}):")
    lines += [f"    {format_display(n.e164)}  {n.kind.value:9} {n.status.value}"
              + (f"  {n.rejection_code}" if n.rejection_code else "") for n in case.numbers]
    if case.exception_code:  # the platform's detail often starts with its code: said once
        detail = case.exception_detail or ""
        said = detail if detail.startswith(case.exception_code) else \
            f"{case.exception_code}: {detail}".rstrip(": ")
        lines.append(f"  exception    {said}")
    if waiting:
        lines.append("  submitted    here, waiting for `portdesk sync`: the details are final "
                     "(to change them, cancel and submit again)")
    failed = case.sync_state == "failed" and case.id is not None
    not_sent = trouble(case, _refused(ctx, case) if failed else None,
                       held_behind(ctx.db_url, lambda: ctx.store, case.id or 0) if failed else None)
    if not_sent is not None:
        lines.append(f"  sync         {not_sent.line()}"
                     + (f" (`portdesk sync --retry {case.reference}`)" if not_sent.refused
                        else ""))
    if case.sync_state == "conflict" and case.id is not None:
        held = held_behind(ctx.db_url, lambda: ctx.store, case.id)
        lines.append(f"  sync         {conflict_line(case, held)}")
    lines.append("  history:")
    lines += [f"    {shown_stamp(h.at)} {h.from_status or '-'} -> {h.to_status} by {h.actor}: "
              f"{h.reason}" for h in history]
    print("\n".join(lines))
    return 0


def _refused(ctx: Context, case: Any) -> list[str]:
    """What the platform refused of the case ("the submit"), read quickly when it can be."""
    from portdesk.services.lookup import quick_refused

    found = quick_refused(ctx.db_url, case.id)
    return found if found is not None else [i for i, _ in ctx.store.outbox.refused(case.id)]


def _utc_days(ctx: Context, quick: bool) -> frozenset[int]:
    from portdesk.services.lookup import quick_utc_days, utc_days

    found = quick_utc_days(ctx.db_url) if quick else None
    return found if found is not None else utc_days(ctx.store)


def _submit_waiting(ctx: Context, case: Any) -> bool:
    """Only a draft or an exception can have a submit waiting (the Store is opened then)."""
    if case.status.value not in ("draft", "awaiting_signature", "exception"):
        return False
    from portdesk.services.lookup import quick_submit_waiting

    found = quick_submit_waiting(ctx.db_url, case.id)
    if found is not None:
        return found
    from portdesk.services.intents import submit_waiting

    return submit_waiting(ctx.store, case)


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.commands._files import check_output
    from portdesk.domain.queue import QueueQuery
    from portdesk.services import cases as case_service

    check_output(args.file)
    query = QueueQuery(statuses=_statuses(args.status), limit=10**9, sort="reference",
                       descending=False)
    count = case_service.export_cases(ctx.store, args.file, query, args.include_secrets)
    print(f"exported {counted(count, 'case')} to {args.file}"
          + ("" if args.include_secrets else " (PINs masked; --include-secrets to include them)"))
    return 0


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import cases as case_service

    case = case_service.change_status(ctx.store, args.reference, args.new_status, args.reason,
                                      ctx.actor)
    print(f"{case.reference} is now {case.status.value}")
    return 0
