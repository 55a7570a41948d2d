"""`portdesk loa ...`: render, fill, sign and verify LOAs from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.commands._files import (
    check_output,
    read_entries_input,
    read_input,
    read_json_input,
)
from portdesk.commands._output import print_json
from portdesk.domain.errors import PortDeskError
from portdesk.domain.moments import shown_stamp

if TYPE_CHECKING:
    from portdesk.services.context import Context


def register(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.add_parser("loa", help="letters of authorization: render, fill, sign, verify")
    cmds = group.add_subparsers(dest="loa_command", metavar="ACTION")

    p = cmds.add_parser("render", help="the standard LOA for a case")
    p.add_argument("reference")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=cmd_render)

    p = cmds.add_parser("fill", help="fill a carrier's own LOA form")
    p.add_argument("form", type=Path)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--case", metavar="REF")
    source.add_argument("--entries", type=Path, metavar="FILE.json")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--mapping", type=Path, help="JSON: our field -> widget name or "
                   "{page, x, y}")
    p.add_argument("--remember", action="store_true", help="remember the --mapping for this "
                   "form: the next copy of it is filled the same way")
    p.add_argument("--report", type=Path, help="write the field-by-field report as JSON")
    p.set_defaults(func=cmd_fill)

    p = cmds.add_parser("sign", help="sign an LOA (ink, printed name, date, PDF signature)")
    p.add_argument("input", type=Path)
    ink = p.add_mutually_exclusive_group(required=True)
    ink.add_argument("--signature", type=Path, metavar="IMAGE")
    ink.add_argument("--typed", metavar="NAME")
    p.add_argument("--signer", required=True)
    p.add_argument("--title", default="")
    p.add_argument("--certify", action="store_true",
                   help="certification signature: any later change breaks it (DocMDP)")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=cmd_sign)

    p = cmds.add_parser("attach", help="attach a signed LOA (digitally signed PDF, or a "
                        "wet-signed scan with --signed-on) to a case")
    p.add_argument("reference")
    p.add_argument("file", type=Path)
    p.add_argument("--signed-on", type=_iso_date, metavar="YYYY-MM-DD",
                   help="for a scan of a hand-signed LOA: the date it was signed")
    p.set_defaults(func=cmd_attach)

    p = cmds.add_parser("verify", help="is a signed LOA intact, who signed, is it too old")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)


def cmd_render(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import loa as loa_service

    check_output(args.output)
    case, pdf = loa_service.render_case_loa(ctx.store, args.reference, ctx.settings.branding)
    loa_service.write_file(args.output, pdf)
    count = len(case.numbers)
    print(f"{args.output}: standard LOA for {case.reference} "
          f"({count} number{'s' if count != 1 else ''})")
    return 0


def _read_pdf(path: Path, ctx: Context) -> bytes:
    """The bytes, refused by size; loa/ checks what they hold (header, parts, pages)."""
    return read_input(path, ctx.settings.limits, "PDF")


def cmd_fill(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import loa as loa_service

    for out in (args.output, args.report):
        if out is not None:
            check_output(out)
    form = _read_pdf(args.form, ctx)
    if args.case:
        values = loa_service.values_for_case(ctx.store, args.case)
    else:
        values = loa_service.values_from_entries(
            read_entries_input(args.entries, ctx.settings.limits))
    overrides = None
    if args.mapping:
        read_json_input(args.mapping, ctx.settings.limits, "a mapping file")  # size, nesting
        overrides = loa_service.load_mapping(args.mapping)
    if args.remember and overrides is None:
        raise PortDeskError("--remember needs a --mapping to remember")
    result = loa_service.fill_carrier_form(form, values, str(args.form), overrides,
                                           remember=args.remember, limits=ctx.settings.limits)
    if args.report:
        loa_service.write_file(args.report, json.dumps(result.report(), indent=2,
                                                       ensure_ascii=False).encode())
    loa_service.write_file(args.output, result.pdf)
    placed = sum(1 for r in result.rows if r.value)
    print(f"{args.output}: {placed} values placed on {Path(args.form).name} "
          f"(form key {result.fingerprint})")
    for row in result.rows:
        if row.value and row.confidence < 0.7:
            print(f"  check: {row.field} -> {row.target} (confidence {row.confidence:.2f})")
    for problem in result.problems:
        print(f"  problem: {problem}")
    for line in result.review:
        print(f"  left for you: {line}")
    if result.not_placed:
        print(f"  no place on this form for: {', '.join(result.not_placed)}")
    return 0


def cmd_sign(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services.loa_signer import check_signer

    check_output(args.output)
    pdf = _read_pdf(args.input, ctx)
    check_signer(pdf, args.signer, str(args.input))  # before the signing stack loads
    if args.typed is not None:  # a typed signature is the name it writes: the same check
        check_signer(pdf, args.typed, str(args.input))

    from portdesk.services import loa as loa_service
    if args.signature is not None:
        image = read_input(args.signature, ctx.settings.limits, "signature image")
        ink = loa_service.ink_from(image=image)
    else:
        ink = loa_service.ink_from(typed=args.typed)
    result = loa_service.sign_file(pdf, ink, args.signer, ctx.settings.branding, args.title,
                                   args.certify, label=str(args.input))
    loa_service.write_file(args.output, result.pdf)
    kind = "certified" if result.certified else "signed"
    print(f"{args.output}: {kind} by {result.signer} at {shown_stamp(result.signed_at)}")
    print(f"  signature placed on: {result.placed_on}")
    print(f"  sha256: {result.sha256}")
    for note in result.notices:
        print(f"  note: {note}")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import loa as loa_service

    pdf = _read_pdf(args.file, ctx)
    report = loa_service.verify_file(pdf, ctx.settings, str(args.file))
    if args.json:
        print_json(report.as_dict())
        return 0 if report.ok else 1
    for sig in report.signatures:
        state = "intact" if sig.intact and sig.covers_whole_file else "NOT intact"
        when = shown_stamp(sig.signed_at) if sig.signed_at else "unknown time"
        cert = " (workstation certificate)" if sig.self_signed else ""
        kind = "certification" if sig.certified else "approval"
        print(f"{args.file}: {kind} signature {state}; signed by {sig.signer}{cert} on {when}")
    if report.age_days is not None:
        print(f"  age: {report.age_days} days (limit {report.age_limit_days})")
    for problem in report.problems:
        print(f"  problem: {problem}")
    print("OK" if report.ok else "FAILED")
    return 0 if report.ok else 1


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def cmd_attach(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import loa as loa_service

    content = read_input(args.file, ctx.settings.limits, "signed LOA")
    doc = loa_service.attach_signed_file(ctx.store, ctx.settings, args.reference, content,
                                         args.file.name, ctx.actor, args.signed_on)
    when = f"{doc.signed_at:%Y-%m-%d}" if doc.signed_at else "unknown date"
    print(f"{args.reference.upper()}: attached {doc.filename} as the signed LOA (signed {when}, "
          f"sha256 {doc.sha256[:16]}…)")
    return 0
