"""`portdesk sync [--once]`: push pending changes to the platform and pull what changed there.

The engine and its client come from the context (services.platform_access reads the API key from
PORTDESK_PLATFORM_KEY or the OS keyring; it is never printed).
"""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from portdesk.services.context import Context
    from portdesk.services.sync import SyncEngine


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("sync", help="push pending changes to the platform and pull its status")
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.add_argument("--reconcile", action="store_true",
                   help="also walk every platform order (catches missed events)")
    p.set_defaults(func=cmd_sync)


def cmd_sync(args: argparse.Namespace, ctx: Context) -> int:
    engine = ctx.sync_engine()
    try:
        return _rounds(engine, args.once, args.reconcile, ctx.settings.sync_interval_minutes)
    finally:
        engine.client.close()


def _rounds(engine: SyncEngine, once: bool, reconcile: bool, interval_minutes: float) -> int:
    while True:
        report = engine.run_once(reconcile=reconcile)
        print(report.summary(engine.pending_count()), flush=True)
        for notice in report.notices[:20]:
            print(f"  {notice.message}")
        for error in report.errors[:5]:
            print(f"  {error}")
        for line in report.skipped_lines():
            print(f"  {line}")
        if once:
            if report.aborted:
                raise PortDeskError(f"sync stopped: {report.aborted}")
            return 1 if report.failed else 0
        if report.aborted:
            print(f"  sync stopped: {report.aborted}", flush=True)
        time.sleep(interval_minutes * 60)
