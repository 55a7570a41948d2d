"""`portdesk case codes|documents|extra-docs|requirements`: the platform's side of a case that a person
does with the customer or reads before deciding, from the terminal.

`case codes REF` lists each number's verification code state; `--send sms|call` (and
`--number N=call` per number) has the platform send the codes; `--verify` asks for each code the
customer reads out, hidden as it is typed (getpass), and says the platform's answer per number. A
code is never an argument (it would stay in the shell's history), never printed, never kept.
Everything here needs the platform (the state is read first, so an unreachable platform stops
the command before anything is typed), except `case extra-docs`, whose attach and remove wait in
the outbox like every other send.
"""

from __future__ import annotations

import argparse
import getpass
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.domain.additional_documents import DOCUMENT_TYPES
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

    p = cmds.add_parser("extra-docs", help="documents sent to a port-in order beside its LOA "
                                           "and bill (a CSR, a signed invoice, ...)")
    p.add_argument("reference")
    p.add_argument("--attach", type=Path, metavar="FILE",
                   help="a new PDF or image: filed with the case (sealed), then sent")
    p.add_argument("--attach-file", type=int, metavar="ID",
                   help="one of the case's files (ids listed with --files), sent as it is")
    p.add_argument("--type", dest="document_type", metavar="|".join(DOCUMENT_TYPES),
                   help="what the platform is told the document is (needed with --attach; a "
                        "case file defaults to its own kind)")
    p.add_argument("--remove", metavar="ID", help="remove this one from the order (its id in "
                                                   "the list)")
    p.add_argument("--files", action="store_true", help="list the case's files with their ids")
    p.set_defaults(func=cmd_extra_docs)

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
            try:
                said = vc.send_codes(client, ctx.store, case_id, methods, ctx.actor)
            except vc.PartlySent as partly:  # the codes that went, then why the rest did not
                for line in partly.said:
                    print(f"{reference}: {line}")
                raise partly.failed from None
            for line in said:
                print(f"{reference}: {line}")
            rows = vc.code_rows(client, ctx.store, case_id)
        if args.verify:
            return _verify(client, ctx, case_id, reference, rows)
    from portdesk.domain.numbers import format_display

    for row in rows:
        print(f"{format_display(row.e164)}  {row.words}")
    return 0


def _verify(client: Any, ctx: Context, case_id: int, reference: str, rows: list[Any]) -> int:
    from portdesk.domain.numbers import format_display
    from portdesk.services import verification_codes as vc

    waiting = [r for r in rows if r.sent and not r.verified]
    if not waiting:
        print(f"{reference}: no number is waiting for a code (send them first: --send sms|call)")
        return 1
    typed: dict[str, str] = {}
    try:
        for row in waiting:
            typed[row.e164] = getpass.getpass(f"code for {format_display(row.e164)} "
                                              "(blank: skip): ")
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
    from portdesk.services.intents import require_order

    order_id = require_order(ctx.store, ctx.store.cases.get(case_id),
                             "each number's requirements are read from its platform order")
    with closing(ctx.platform()) as client:
        order = client.order(order_id)
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


def cmd_extra_docs(args: argparse.Namespace, ctx: Context) -> int:
    """Attach and remove go through the outbox (nothing needs the platform now); the list asks
    the platform and says plainly when it did not answer."""
    from portdesk.domain.additional_documents import default_type, type_words
    from portdesk.services import additional_documents as ad

    case_id, reference = _case_id(ctx, args.reference)
    if args.files:
        for doc in ctx.store.documents.for_case(case_id):
            print(f"{doc.id}  {doc.filename}  ({doc.kind}; sent as {default_type(doc.kind)} "
                  "unless --type says otherwise)")
        return 0
    if args.attach is not None:
        if not args.document_type:
            raise PortDeskError(f"say what {args.attach.name} is: --type "
                                f"{'|'.join(DOCUMENT_TYPES)}")
        content = args.attach.read_bytes()
        print(f"{reference}: " + ad.attach_new(ctx.store, case_id, args.attach.name, content,
                                                args.document_type, ctx.actor))
    if args.attach_file is not None:
        kind = next((d.kind for d in ctx.store.documents.for_case(case_id)
                     if d.id == args.attach_file), "other")
        print(f"{reference}: " + ad.attach(ctx.store, case_id, args.attach_file,
                                            args.document_type or default_type(kind), ctx.actor))
    if args.remove:
        print(f"{reference}: " + ad.remove(ctx.store, case_id, args.remove, ctx.actor))
    listing = ad.listing_via(ctx.platform, ctx.store, case_id)
    if listing.note:
        print(f"{reference}: {listing.note}")
    if not listing.rows and not listing.note:
        print(f"{reference}: no additional document on the order")
    for row in listing.rows:
        print(f"{row.platform_id or '(waiting)':36}  {type_words(row.document_type)}: "
              f"{row.filename}; {row.words}")
    for line in ad.refused_words(ctx.store, case_id):
        print(f"refused: {line}")
    return 0
