"""`portdesk case codes|documents|requirements`: the platform's side of a case that a person
does with the customer or reads before deciding, from the terminal.

`case codes REF` lists each number's verification code state; `--send sms|call` (and
`--number N=call` per number) has the platform send the codes; `--verify` asks for each code the
customer reads out, hidden as it is typed (getpass), and says the platform's answer per number. A
code is never an argument (it would stay in the shell's history), never printed, never kept.
Everything here needs the platform: the state is read first, so an unreachable platform stops
the command before anything is typed.
"""

from __future__ import annotations

import argparse
import getpass
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from portdesk.services.context import Context


def register(cmds: argparse._SubParsersAction[Any]) -> None:
    p = cmds.add_parser("codes", help="phone number verification codes of a port-in order")
    p.add_argument("reference")
    p.add_argument("--send", choices=("sms", "call"), metavar="sms|call",
                   help="have the platform send a code to every number not yet verified")
    p.add_argument("--number", action="append", default=[], metavar="NUMBER[=sms|call]",
                   help="only these numbers (repeatable); '=call' or '=sms' sets its own method")
    p.add_argument("--verify", action="store_true",
                   help="type the codes the customer reads out (hidden), then verify them")
    p.set_defaults(func=cmd_codes)

    p = cmds.add_parser("documents", help="what the gaining carrier sent with a port-out request")
    p.add_argument("reference")
    p.add_argument("--save", action="store_true",
                   help="download them into the case's files (never opened or run)")
    p.add_argument("--to", type=Path, metavar="FOLDER",
                   help="also write a copy of each into this folder")
    p.set_defaults(func=cmd_documents)

    p = cmds.add_parser("requirements", help="each number's requirements state on the platform "
                                             "(international port-ins)")
    p.add_argument("reference")
    p.set_defaults(func=cmd_requirements)


def _case_id(ctx: Context, reference: str) -> tuple[int, str]:
    from portdesk.services.lookup import case_by_reference

    case = case_by_reference(ctx.store, reference)
    assert case.id is not None
    return case.id, case.reference


def _methods(rows: list[Any], wanted: list[str], default: str | None) -> dict[str, str]:
    from portdesk.domain.numbers import parse_number

    listed = {r.e164 for r in rows}
    methods: dict[str, str] = {}
    for item in wanted:
        number, _, method = item.partition("=")
        e164 = parse_number(number).e164
        if e164 not in listed:
            raise PortDeskError(f"{number} is not a number of this order")
        chosen = method or default
        if not chosen:
            raise PortDeskError(f"say how to send the code to {number}: --send sms|call or "
                                f"--number {number}=sms|call")
        methods[e164] = chosen
    if not wanted and default:
        methods = {r.e164: default for r in rows if not r.verified}
    return methods


def cmd_codes(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import verification_codes as vc

    case_id, reference = _case_id(ctx, args.reference)
    with closing(ctx.platform()) as client:
        rows = vc.code_rows(client, ctx.store, case_id)  # needs the platform before any typing
        if args.send or args.number:
            methods = _methods(rows, args.number, args.send)
            if not methods:
                print(f"{reference}: every number is verified; no code sent")
            for line in vc.send_codes(client, ctx.store, case_id, methods, ctx.actor):
                print(f"{reference}: {line}")
            rows = vc.code_rows(client, ctx.store, case_id)
        if args.verify:
            return _verify(client, ctx, case_id, reference, rows)
    for row in rows:
        print(f"{row.e164}  {row.words}")
    return 0


def _verify(client: Any, ctx: Context, case_id: int, reference: str, rows: list[Any]) -> int:
    from portdesk.services import verification_codes as vc

    waiting = [r for r in rows if r.sent and not r.verified]
    if not waiting:
        print(f"{reference}: no number is waiting for a code (send them first: --send sms|call)")
        return 1
    typed: dict[str, str] = {}
    try:
        for row in waiting:
            typed[row.e164] = getpass.getpass(f"code for {row.e164} (blank: skip): ")
    except (EOFError, KeyboardInterrupt):
        print(f"\n{reference}: stopped before verifying; nothing was sent")
        return 1
    outcomes = vc.verify_codes(client, ctx.store, case_id, typed, ctx.actor)
    for outcome in outcomes:
        print(outcome.words)
    return 0 if all(o.verified for o in outcomes) else 1


def cmd_documents(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import portout_documents as pd

    case_id, reference = _case_id(ctx, args.reference)
    with closing(ctx.platform()) as client:
        found = pd.gaining_documents(client, ctx.store, case_id)
        if not found:
            print(f"{reference}: {pd.NONE_SENT}")
            return 0
        for doc in found:
            sent = doc.sent_at.strftime("%Y-%m-%d %H:%M %Z") if doc.sent_at else "time not given"
            line = f"{reference}: {doc.words}, sent {sent}"
            if args.save or args.to:
                filed = pd.save_document(client, ctx.store, case_id, doc, ctx.actor)
                line += f"; {filed.words}"
                if args.to:
                    target = pd.write_copy(filed, args.to)
                    line += f"; copy written to {target}"
            elif doc.filed_as is not None:
                line += "; in the case's files"
            print(line)
    return 0


def cmd_requirements(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.domain.number_requirements import unknown_note
    from portdesk.services.sync_platform_view import number_requirements

    case_id, reference = _case_id(ctx, args.reference)
    case = ctx.store.cases.get(case_id)
    if not case.platform_order_id:
        raise PortDeskError(f"{reference} has no platform order yet (run a sync)")
    with closing(ctx.platform()) as client:
        order = client.order(case.platform_order_id)
    rows = number_requirements(order.numbers, order.number_requirements)
    if not rows:
        print(f"{reference}: the platform gives no per-number requirements state for this "
              "order (domestic orders have none)")
        return 0
    for row in rows:
        print(f"{row.e164}  {row.state}: {row.todo}")
    if note := unknown_note(rows):
        print(f"note: {note}")
    return 0
