"""`portdesk demo load`: a realistic sample queue for a first look."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from portdesk.services.context import Context


def register(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.add_parser("demo", help="sample data")
    cmds = group.add_subparsers(dest="demo_command", metavar="ACTION")
    p = cmds.add_parser("load", help="add a realistic sample queue (fictional 555-01XX numbers)")
    p.set_defaults(func=cmd_load)
    group.set_defaults(func=lambda a, c: (group.print_help(), 0)[1])


def cmd_load(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services.demo import load_demo

    refs = load_demo(ctx.store, ctx.actor)
    print(f"loaded {len(refs)} sample cases ({refs[0]} .. {refs[-1]}) into {ctx.store.url}")
    return 0
