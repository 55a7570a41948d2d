"""`portdesk audit verify|checkpoint|show`: check the log, export a signed checkpoint, a case's trail."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.commands._output import print_json
from portdesk.domain.words import counted, verb

if TYPE_CHECKING:
    from portdesk.services.context import Context


def register(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.add_parser("audit", help="the tamper-evident audit log")
    cmds = group.add_subparsers(dest="audit_command", metavar="ACTION")
    p = cmds.add_parser("verify", help="check the log, its head and every case against it")
    p.add_argument("--checkpoint", type=Path, metavar="FILE",
                   help="also check a checkpoint made earlier with `audit checkpoint`")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)
    p = cmds.add_parser("checkpoint", help="write a signed checkpoint of the log to keep elsewhere")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.set_defaults(func=cmd_checkpoint)
    p = cmds.add_parser("show", help="a case's audit trail, in the desk's words")
    p.add_argument("reference")
    p.add_argument("--raw", action="store_true",
                   help="each entry as logged (its action code and raw values)")
    p.add_argument("--json", action="store_true",
                   help="each entry as logged, with the desk's words beside it")
    p.set_defaults(func=cmd_show)
    group.set_defaults(func=lambda a, c: (group.print_help(), 0)[1])


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import audit_trail

    report = audit_trail.verify(ctx.store, args.checkpoint)
    if args.json:
        print_json(audit_trail.report_json(report))
    elif report.ok:
        against = f"; checkpoint {args.checkpoint.name} holds" if args.checkpoint else ""
        print(f"audit log intact: {report.entries} entries, chain verified, "
              f"{counted(report.cases, 'case')} {verb(report.cases, 'matches its', 'match their')}"
              f" newest entry{against}")
        if report.anchor_note:
            print(f"its end was {report.anchor_note}")
        for note in report.notes:
            print(f"note: {note}")
    else:
        print(f"audit log TAMPERED: {counted(len(report.findings), 'problem')} found")
        for finding in report.findings[:50]:
            print(f"  {finding.kind}: {finding.message}")
        if len(report.findings) > 50:
            print(f"  ... and {len(report.findings) - 50} more (--json lists them all)")
        for note in report.notes:
            print(f"note: {note}")
    return 0 if report.ok else 1


def cmd_checkpoint(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.commands._files import check_output
    from portdesk.services import audit_trail

    check_output(args.output)  # a typo'd folder is refused, never made (commands/_files.py)
    body = audit_trail.make_checkpoint(ctx.store, args.output)
    print(f"checkpoint of entry {body['seq']} ({body['entries']} entries, "
          f"{counted(body['cases'], 'case')}) written to {args.output}; keep it where this database's users cannot "
          "write, and check it with `portdesk audit verify --checkpoint FILE`")
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.domain.moments import aware, shown_stamp
    from portdesk.services.lookup import quick_trail
    from portdesk.services.timeline import trail_line

    found = quick_trail(ctx.db_url, args.reference)
    if found is None:
        from portdesk.services import audit_trail

        found = audit_trail.trail(ctx.store, args.reference)
    case, entries = found
    # the audit trail's words (the desk's Audit trail dialog reads the same `trail_line`)
    lines = [trail_line(e, case.kind) for e in entries]
    if args.json:
        print_json([{"id": e.id, "at": aware(e.at), "actor": e.actor, "action": e.action,
                     "changes": e.changes, "what": line.what, "details": line.details}
                    for e, line in zip(entries, lines, strict=True)])
        return 0
    for e, line in zip(entries, lines, strict=True):
        said = f"{e.action:16} {e.changes}" if args.raw else \
            f"{line.what}" + (f": {line.details}" if line.details else "")
        print(f"{shown_stamp(e.at, seconds=True)} {e.actor:12} {said}")
    return 0
