"""`portdesk sync [--once]`: push pending changes to the platform and pull what changed there.

The API key comes from PORTDESK_PLATFORM_KEY or the OS keyring (service "PortDesk", user
"platform-api-key"); it is never printed.
"""

from __future__ import annotations

import argparse
import os
import time
from typing import TYPE_CHECKING, Any

from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from portdesk.services.context import Context

KEYRING_SERVICE, KEYRING_USER = "PortDesk", "platform-api-key"


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("sync", help="push pending changes to the platform and pull its status")
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.add_argument("--reconcile", action="store_true",
                   help="also walk every platform order (catches missed events)")
    p.set_defaults(func=cmd_sync)


def api_key() -> str:
    key = os.environ.get("PORTDESK_PLATFORM_KEY", "")
    if key:
        return key
    try:
        import keyring

        key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER) or ""
    except Exception:  # noqa: BLE001 - any keyring backend failure means "no key"
        key = ""
    if not key:
        raise PortDeskError("no platform API key: set PORTDESK_PLATFORM_KEY or store it in the "
                            "keyring (service 'PortDesk', user 'platform-api-key')")
    return key


def cmd_sync(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.platform.client import PlatformClient
    from portdesk.platform.retry import RetryPolicy
    from portdesk.services.sync import SyncEngine
    from portdesk.store.desks import DeskIdentity

    # A few quick retries: a platform that stays down is reported, the next round tries again.
    retry = RetryPolicy(max_attempts=4, base_delay=0.25)
    with PlatformClient(ctx.settings.platform_url, api_key(), retry=retry) as client:
        engine = SyncEngine(ctx.store, client,
                            desk=DeskIdentity.here(ctx.actor, ctx.settings.desk_name))
        while True:
            report = engine.run_once(reconcile=args.reconcile)
            print(report.summary(engine.pending_count()), flush=True)
            for notice in report.notices[:20]:
                print(f"  {notice.message}")
            for error in report.errors[:5]:
                print(f"  {error}")
            for line in report.skipped_lines():
                print(f"  {line}")
            if args.once:
                if report.aborted:
                    raise PortDeskError(f"sync stopped: {report.aborted}")
                return 1 if report.failed else 0
            if report.aborted:
                print(f"  sync stopped: {report.aborted}", flush=True)
            time.sleep(ctx.settings.sync_interval_minutes * 60)
