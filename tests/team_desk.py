"""One desk of a team, as its own process: sync rounds against the platform until the shared
queue has nothing pending, one JSON line per round on stdout.

    python -m tests.team_desk --db URL --platform URL --key KEY --name desk-1
        [--host HOST] [--lease SECONDS] [--deadline SECONDS] [--today YYYY-MM-DD]

Test tooling for the team tests and benchmark, not part of the product. `--host` lets desks on
one machine stand for desks on several (a lease of a desk on another host is only known dead
once it runs out). Between rounds that found nothing to claim it waits briefly: the work left
belongs to a desk whose lease has not run out yet. `--today` is the workstation's date the desk
holds the platform's dates against (the caller passes the sandbox's day: the real clock would
make every FOC "questionable" once it is a year past the sandbox's start).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import date, timedelta

from portdesk.platform.client import PlatformClient
from portdesk.platform.retry import RetryPolicy
from portdesk.services.sync import SyncEngine
from portdesk.store.desks import DeskIdentity
from portdesk.store.store import Store

WORKSTATION_TODAY = date(2026, 3, 2)  # the tests' sandbox START; tests/conftest.py


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--platform", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--host", default="")
    p.add_argument("--lease", type=float, default=120.0)
    p.add_argument("--deadline", type=float, default=600.0)
    p.add_argument("--today", type=date.fromisoformat, default=WORKSTATION_TODAY)
    args = p.parse_args()
    today: date = args.today
    here = DeskIdentity.here(args.name, args.name)
    desk = DeskIdentity(here.id, args.name, here.os_user, args.host or here.host, os.getpid(),
                        args.name)
    store = Store.open(args.db)
    retry = RetryPolicy(max_attempts=6, base_delay=0.02)
    started = time.monotonic()
    with PlatformClient(args.platform, args.key, retry=retry) as client:
        engine = SyncEngine(store, client, desk=desk, lease=timedelta(seconds=args.lease),
                            today=lambda: today)  # never the real clock (conftest does the same)
        print(json.dumps({"desk": args.name, "started": True}), flush=True)
        rounds = 0
        while time.monotonic() - started < args.deadline:
            rounds += 1
            report = engine.run_once()
            pending = engine.pending_count()
            print(json.dumps({"desk": args.name, "t": time.time(), "round": rounds,
                              "pushed": report.pushed,
                              "failed": report.failed, "taken_over": report.taken_over,
                              "aborted": report.aborted, "pending": pending}), flush=True)
            if pending == 0:
                store.close()
                return 0
            if not report.pushed and not report.failed:
                time.sleep(0.2)
    store.close()
    return 3


if __name__ == "__main__":
    raise SystemExit(main())
