"""The `portdesk` command. With no subcommand it opens the desktop app.

Each command group lives in `portdesk/commands/<group>.py` and exposes `register(subparsers)`; its
handlers take `(args, ctx)` and return an exit code. Errors meant for the user (PortDeskError) print
one line and exit 1; anything else is logged with its traceback and reported in one line.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from portdesk import __version__
from portdesk.domain.errors import PortDeskError
from portdesk.logs import setup_logging
from portdesk.services.context import Context

COMMAND_GROUPS = ("case", "audit", "demo", "loa", "bill", "sync", "team", "sandbox")
log = logging.getLogger("portdesk.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portdesk",
        description="PortDesk: the number porting specialist's workbench. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"PortDesk {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL "
                        "(default: PORTDESK_DB_URL or a local SQLite file)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_GROUPS:
        try:
            module = importlib.import_module(f"portdesk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"portdesk.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    ctx = Context.from_args(args.db)
    try:
        if args.command is None:
            from portdesk.app import run_gui

            return int(run_gui(ctx))
        func = getattr(args, "func", None)
        if func is None:
            parser.parse_args([args.command, "--help"])
            return 0
        return int(func(args, ctx))
    except PortDeskError as exc:
        print(f"portdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("portdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        log.exception("unexpected error in %s", args.command)
        from portdesk.logs import log_file

        print(f"portdesk: unexpected error ({type(exc).__name__}); details in {log_file()}",
              file=sys.stderr)
        return 2
    finally:
        ctx.close()
