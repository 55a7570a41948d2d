"""`portdesk audit verify|show`: check the hash chain, read a case's trail."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from portdesk.commands._output import print_json

if TYPE_CHECKING:
    from portdesk.services.context import Context


def register(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.add_parser("audit", help="the tamper-evident audit log")
    cmds = group.add_subparsers(dest="audit_command", metavar="ACTION")
    p = cmds.add_parser("verify", help="check that no audit entry was altered or removed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)
    p = cmds.add_parser("show", help="a case's audit trail")
    p.add_argument("reference")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    group.set_defaults(func=lambda a, c: (group.print_help(), 0)[1])


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    report = ctx.store.audit.verify()
    if args.json:
        print_json({"ok": report.ok, "entries": report.entries, "first_bad_id": report.first_bad_id,
                    "problem": report.problem})
    elif report.ok:
        print(f"audit log intact: {report.entries} entries, chain verified")
    else:
        print(f"audit log TAMPERED: {report.problem} ({report.entries} entries verified before it)")
    return 0 if report.ok else 1


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    case = ctx.store.cases.get_by_reference(args.reference)
    assert case.id is not None
    entries = ctx.store.audit.for_case(case.id)
    if args.json:
        print_json([{"id": e.id, "at": e.at, "actor": e.actor, "action": e.action,
                     "changes": e.changes} for e in entries])
        return 0
    for e in entries:
        print(f"{e.at:%Y-%m-%d %H:%M:%S} {e.actor:12} {e.action:16} {e.changes}")
    return 0
