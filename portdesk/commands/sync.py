"""`portdesk sync [--once]`: push pending changes to the platform and pull what changed there.

The engine and its client come from the context (services.platform_access reads the API key from
PORTDESK_PLATFORM_KEY or the OS keyring; it is never printed).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, Any

from portdesk.domain.errors import PortDeskError
from portdesk.domain.words import counted

if TYPE_CHECKING:
    from portdesk.services.context import Context
    from portdesk.services.sync import SyncEngine


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("sync", help="push pending changes to the platform and pull its status")
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.add_argument("--reconcile", action="store_true",
                   help="also walk every platform order (catches missed events)")
    p.add_argument("--retry", metavar="REF", action="append", default=[],
                   help="send a case's changes the platform refused again as they are (after "
                        "the cause was fixed outside PortDesk; a fix saved here sends them "
                        "itself); repeatable")
    p.set_defaults(func=cmd_sync)


def cmd_sync(args: argparse.Namespace, ctx: Context) -> int:
    for reference in args.retry:
        _send_again(ctx, reference)
    # a platform that does not answer takes minutes to give up on: say so as it happens
    engine = ctx.sync_engine(on_retry=_say_retry)
    try:
        return _rounds(engine, args.once, args.reconcile, ctx.settings.sync_interval_minutes)
    finally:
        engine.client.close()


def retry_line(error: Exception, attempt: int, attempts: int, wait: float) -> str | None:
    """What went wrong and what comes next, while the command waits to try again; None when
    the attempt failed at once (a refused connection is retried within seconds, and the
    command's error stays one line): only an attempt that waited for an answer is said."""
    if not getattr(error, "timed_out", False):
        return None
    return (f"{error}: trying again (attempt {attempt + 1} of {attempts}) in "
            f"{max(1, round(wait))} s")


def _say_retry(error: Exception, attempt: int, attempts: int, wait: float) -> None:
    line = retry_line(error, attempt, attempts, wait)
    if line is not None:
        print(line, file=sys.stderr, flush=True)


def _send_again(ctx: Context, reference: str) -> None:
    """Back in the queue before the round, so this very round sends them."""
    from portdesk.services import lookup, sync_failures

    case = lookup.case_by_reference(ctx.store, reference)
    assert case.id is not None
    said = sync_failures.case_trouble(ctx.store, case)
    count = sync_failures.send_again(ctx.store, case.id, ctx.actor)
    what = said.what if said is not None else "its refused changes"
    print(f"{case.reference}: {what} queued again ({counted(count, 'item')}), as refused: "
          f"{said.why if said else '-'}", flush=True)


def _rounds(engine: SyncEngine, once: bool, reconcile: bool, interval_minutes: float) -> int:
    while True:
        report = engine.run_once(reconcile=reconcile)
        waiting = engine.pending_changes()  # what the next round sends, as the desk counts it
        line = ", ".join([report.summary(waiting), *waiting.waiting()])
        print(line, flush=True)
        for notice in report.notices[:20]:
            print(f"  {notice.message}")
        for error in report.errors[:5]:
            print(f"  {error}")
        for line in report.skipped_lines():
            print(f"  {line}")
        print(f"  {walk_line(engine)}", flush=True)
        if once:
            if report.aborted:
                raise PortDeskError(f"sync stopped: {report.aborted}")
            return 1 if report.failed else 0
        if report.aborted:
            print(f"  sync stopped: {report.aborted}", flush=True)
        time.sleep(interval_minutes * 60)


def walk_line(engine: SyncEngine) -> str:
    """When every order was last walked: events the platform lists late are caught by it."""
    from portdesk.domain.moments import shown_stamp

    last = engine.last_walk()
    if last is None:
        return "every order walked: never yet (catches events the platform lists late)"
    due = engine.walk.next_after(last)
    then = (f"; next walk from {shown_stamp(due)}" if due is not None
            else "; no walk on its own (run --reconcile)")
    return (f"every order last walked {shown_stamp(last)} (catches events the platform lists "
            f"late){then}")
