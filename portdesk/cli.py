"""The `portdesk` command. With no subcommand it opens the desktop app.

Each command group lives in `portdesk/commands/<group>.py` and exposes `register(subparsers)`; its
handlers take `(args, ctx)` and return an exit code. Building the parser imports only argparse and
the command modules, which import their work (SQLAlchemy, pyHanko, the PDF stack, Qt) inside the
handler: `portdesk --version` and `--help` never pay for what they do not run.
Errors meant for the user (PortDeskError, and the known failures in commands/errors.py) print one
line and exit 1; anything else is logged with its traceback and reported in one line.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from portdesk import __version__

if TYPE_CHECKING:
    from portdesk.services.context import Context

COMMAND_GROUPS = ("case", "audit", "demo", "loa", "bill", "sync", "team", "sandbox")


def named_group(argv: Sequence[str]) -> str | None:
    """The command group the arguments name ("case" in `--db URL case comment ...`), or None
    when they name none or ask for the top-level help or version: only then are all groups
    built. Registering the seven others cost every write command ~30-40 ms (argparse builds
    each subparser, and their modules import what their options need)."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif word.startswith("--db="):
            continue
        elif word.startswith("-"):
            return None  # -h, --help, --version, or an option argparse will refuse in full
        else:
            return word if word in COMMAND_GROUPS else None
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portdesk",
        description="PortDesk: the number porting specialist's workbench. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"PortDesk {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL "
                        "(default: PORTDESK_DB_URL or a local SQLite file)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (only,) if only else COMMAND_GROUPS:
        try:
            module = importlib.import_module(f"portdesk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"portdesk.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(named_group(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    from portdesk.commands.errors import report_failure
    from portdesk.logs import setup_logging
    from portdesk.services.context import Context

    setup_logging()
    _warn_misspelt_variables()
    ctx: Context | None = None
    try:
        ctx = Context.from_args(args.db)
        if args.command is None:
            from portdesk.app import run_gui

            return int(run_gui(ctx))
        func = getattr(args, "func", None)
        if func is None:
            parser.parse_args([args.command, "--help"])
            return 0
        if argv is None:  # a process of its own: see portdesk.loading
            from portdesk import loading

            loading.pause()
        with _stop_cleanly_on_sigterm():
            return int(func(args, ctx))
    except KeyboardInterrupt:
        print("portdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - every failure ends in one line, never a traceback
        return report_failure(exc, args)
    finally:
        if ctx is not None:
            ctx.close()
        if argv is None:
            from portdesk import loading

            loading.resume()


@contextmanager
def _stop_cleanly_on_sigterm() -> Iterator[None]:
    """A command stopped by SIGTERM (a service manager, `kill`, a closed terminal's session)
    ends like an interrupted one: its transaction rolled back, its temporary files (a bill page
    handed to OCR, a half-written output) removed by the `finally` blocks and exit handlers that
    Python's default SIGTERM action skipped. The caller's own handler is back afterwards.

    The stop still ends as a stop when a library's clean-up fails on the way out because of
    where the signal landed (pytesseract's `save()` cleans up `f.name` in a `finally`: a SIGTERM
    after its page file was made but before `f` was bound raised UnboundLocalError, which
    replaced the SystemExit, and the command said "unexpected error" with exit code 2); what is
    left in the scratch folder goes with the folder at exit."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield  # main() called from a thread: signals are the main thread's
        return
    stopped: list[int] = []

    def _terminated(signum: int, _frame: object) -> None:
        stopped.append(signum)
        raise SystemExit(128 + signum)

    before = signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    except Exception as exc:
        if not stopped:
            raise
        import logging

        logging.getLogger(__name__).info("stopped by signal %d; a clean-up on the way out "
                                         "failed: %r", stopped[0], exc)
        raise SystemExit(128 + stopped[0]) from exc
    finally:
        signal.signal(signal.SIGTERM, before)


def _warn_misspelt_variables() -> None:
    """A near miss of a PORTDESK_* setting is said, not silently ignored (config.py)."""
    import logging

    from portdesk.config import misspelt_variables

    for line in misspelt_variables():
        logging.getLogger(__name__).warning("%s", line)
        print(f"portdesk: warning: {line}", file=sys.stderr)
