"""`portdesk bill extract FILE` and `portdesk bill check FILE (--case REF | --entries FILE.json)`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.commands._files import read_entries_input
from portdesk.commands._output import print_json, print_table
from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from portdesk.services.bill_check import BillFields
    from portdesk.services.context import Context


def register(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.add_parser("bill", help="read a customer's bill and check a case against it")
    cmds = group.add_subparsers(dest="bill_command", metavar="ACTION")

    p = cmds.add_parser("extract", help="read a bill (PDF, PNG, JPEG, TIFF) and print its fields")
    p.add_argument("file", type=Path)
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_extract)

    p = cmds.add_parser("check", help="compare a case with the customer's bill, field by field")
    p.add_argument("file", type=Path)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--case", metavar="REF", help="a case reference from the queue")
    source.add_argument("--entries", type=Path, metavar="FILE.json",
                        help="an entries file (the first entry is checked)")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
    group.set_defaults(func=lambda a, c: (group.print_help(), 0)[1])


def _entry(path: Path, ctx: Context) -> dict[str, Any]:
    raw = read_entries_input(path, ctx.settings.limits)
    if isinstance(raw, dict) and isinstance(raw.get("entries"), list):
        raw = raw["entries"]
    if isinstance(raw, list):
        if not raw:
            raise PortDeskError(f"{path}: the entries file has no entries")
        raw = raw[0]
    if not isinstance(raw, dict):
        raise PortDeskError(f"{path}: an entry must be a JSON object")
    return raw


def _notices(fields: BillFields) -> None:
    for notice in fields.notices:
        print(f"note: {notice}")


def cmd_extract(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services import bill_check

    fields = bill_check.extract_bill(args.file, ctx.settings, password=args.password)
    data = bill_check.extraction_json(fields)
    if args.json:
        print_json(data)
        return 0
    rows = []
    for name in ("carrier", "account_name", "account_number", "statement_date", "btn"):
        rows.append((name, data[name] or "(not found)", _conf(fields, name)))
    for name in ("service_address", "billing_address"):
        addr = getattr(fields, name)
        rows.append((name, addr.one_line() if addr else "(not found)", _conf(fields, name)))
    rows.append(("numbers", ", ".join(data["numbers"]) or "(not found)",
                 _conf(fields, "numbers")))
    print_table(("field", f"bill ({fields.source})", "confidence"), rows)
    _notices(fields)
    return 0


def _conf(fields: BillFields, name: str) -> str:
    value = fields.confidence.get(name)
    return "" if value is None else f"{value:.2f}"


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.domain.entries import case_from_entry
    from portdesk.services import bill_check

    if args.case:
        report = bill_check.check_bill_for_reference(ctx.store, args.case, args.file,
                                                     ctx.settings, password=args.password)
    else:
        report = bill_check.check_bill(args.file, case_from_entry(_entry(args.entries, ctx)),
                                       ctx.settings, password=args.password)
    data = bill_check.check_json(report.comparison, report.fields, report.bill_age_days)
    if args.json:
        print_json(data)
        return 0
    if report.comparison.headline:
        print(f"{args.file.name}: {report.comparison.headline}")
        return 0
    rows = [(name, c["verdict"], c["entered"], c["bill"] or "", c["reason"])
            for name, c in data["fields"].items() if name != "numbers"]
    numbers = report.comparison.numbers
    if numbers is not None:
        rows.append(("numbers", numbers.verdict.value, "", "", numbers.reason))
        rows.extend((f"  {i.number}", i.verdict.value, "", "", i.reason) for i in numbers.items)
    print_table(("field", "verdict", "case", "bill", "why"), rows)
    age, limit = report.bill_age_days, ctx.settings.bill_age_limit_days
    if age is None:
        print("statement date: not found on the bill (its age cannot be checked)")
    else:
        state = "too old" if age > limit else "recent enough"
        print(f"statement date: {data['statement_date']} ({age} days old; limit {limit}: {state})")
    _notices(report.fields)
    return 0
