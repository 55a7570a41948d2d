"""`portdesk team status|init|join|rotate`: the desks sharing this queue, the work each holds, the
outbox and the platform's event cursors; the team key (wrapped with a passphrase in the database,
so no key file is copied by hand).

The passphrase is asked for on the terminal (never echoed); scripts may set PORTDESK_TEAM_PASSPHRASE
(and PORTDESK_TEAM_NEW_PASSPHRASE for a rotation) instead.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from portdesk.commands._output import print_json, print_table
from portdesk.domain.errors import PortDeskError
from portdesk.domain.words import counted

if TYPE_CHECKING:
    from portdesk.services.context import Context
    from portdesk.services.team import TeamStatus

PASSPHRASE, NEW_PASSPHRASE = "PORTDESK_TEAM_PASSPHRASE", "PORTDESK_TEAM_NEW_PASSPHRASE"


def register(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.add_parser("team", help="several desks on one shared queue")
    cmds = group.add_subparsers(dest="team_command", metavar="ACTION")
    p = cmds.add_parser("status", help="desks seen, who holds which work, outbox depth, "
                        "event cursors")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    p = cmds.add_parser("init", help="first desk: put this desk's key in the database, wrapped "
                        "with a team passphrase")
    p.set_defaults(func=cmd_init)
    p = cmds.add_parser("join", help="other desks: fetch the team key with the passphrase, "
                        "keep it in this desk's keyring")
    p.set_defaults(func=cmd_join)
    p = cmds.add_parser("rotate", help="a new team key: every PIN and document re-encrypted in "
                        "one transaction; the other desks join again with the new passphrase")
    p.set_defaults(func=cmd_rotate)
    group.set_defaults(func=lambda a, c: (group.print_help(), 0)[1])


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services.team import ago, team_status

    status = team_status(ctx.store)
    if args.json:
        print_json(_as_json(status))
        return 0
    now = status.now
    print(f"Desks seen in the last 24 h: {len(status.desks)}")
    if status.desks:
        print_table(("desk", "OS user", "host", "specialist", "last seen"),
                    [(d.name, d.os_user, d.host, d.actor, ago(d.last_seen, now))
                     for d in status.desks])
    print(f"\nClaims held: {len(status.leases)}")
    if status.leases:
        print_table(("work", "desk", "OS user", "held since", "lease"),
                    [(_work(lease.name, lease.case_reference), lease.desk_name or lease.desk_id,
                      lease.os_user, ago(lease.acquired_at, now), _lease_state(lease, now))
                     for lease in status.leases])
    box = status.outbox
    oldest = f"; oldest queued {ago(box.oldest_pending, now)}" if box.oldest_pending else ""
    held = box.waiting_for_person
    left = box.not_yet_sent()
    print(f"\nOutbox: {left[:1].lower()}{left[1:]}; {held} change{'s' if held != 1 else ''} waiting "
          f"for a person, {box.failed} failed{oldest}")
    print(f"Event cursors: port-in {_moment(status.portin_cursor)}, "
          f"port-out {_moment(status.portout_cursor)}; last sync {ago(status.last_sync, now)}")
    print(f"Every order last walked (catches events listed late): {ago(status.last_walk, now)}")
    if status.not_before is not None:
        print("The platform asked to be left alone (Retry-After): no desk sends before "
              f"{_moment(status.not_before)}")
    return 0


def _passphrase(prompt: str, env: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise PortDeskError(f"no terminal to ask for the passphrase: set {env}")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise PortDeskError("the two passphrases differ; nothing was changed")
    return value


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services.team_key import init_team

    passphrase = _passphrase("New team passphrase: ", PASSPHRASE, confirm=True)
    done = init_team(ctx.store, passphrase, ctx.settings, ctx.actor)
    print(f"team key made (generation {done.generation}) and kept on this desk in "
          f"{done.kept_in}; on every other desk run `portdesk team join` once")
    return 0


def cmd_join(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services.team_key import join_team

    done = join_team(ctx.store, _passphrase("Team passphrase: ", PASSPHRASE), ctx.settings,
                     ctx.actor)
    print(f"joined the team (key generation {done.generation}); the key is kept in "
          f"{done.kept_in}")
    return 0


def cmd_rotate(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.services.team_key import rotate_team

    old = _passphrase("Current team passphrase: ", PASSPHRASE)
    new = _passphrase("New team passphrase: ", NEW_PASSPHRASE, confirm=True)
    done = rotate_team(ctx.store, old, new, ctx.settings, ctx.actor)
    print(f"team key rotated (generation {done.generation}): {counted(done.pins, 'PIN')} and "
          f"{counted(done.documents, 'document')} re-encrypted; every other desk runs `portdesk team "
          "join` with the new passphrase")
    return 0


def _work(name: str, reference: str) -> str:
    if reference:
        return f"case {reference}"
    return "platform event logs" if name == "feed:pull" else name


def _lease_state(lease: Any, now: Any) -> str:
    left = int((lease.expires_at - now).total_seconds())
    return f"expires in {left} s" if left > 0 else f"expired {-left} s ago (free to take over)"


def _moment(value: Any) -> str:
    if value is None:
        return "not read yet"
    from portdesk.domain.moments import utc  # PostgreSQL answers in the server's zone

    return f"{utc(value):%Y-%m-%d %H:%M:%S} UTC"


def _as_json(status: TeamStatus) -> dict[str, Any]:
    return {
        "now": status.now,
        "desks": [{"name": d.name, "os_user": d.os_user, "host": d.host, "specialist": d.actor,
                   "pid": d.pid, "started_at": d.started_at, "last_seen": d.last_seen}
                  for d in status.desks],
        "claims": [{"work": _work(lease.name, lease.case_reference),
                    "case": lease.case_reference or None, "desk": lease.desk_name,
                    "os_user": lease.os_user, "since": lease.acquired_at,
                    "expires_at": lease.expires_at,
                    "expired": lease.expires_at <= status.now} for lease in status.leases],
        "outbox": {"pending": status.outbox.pending,
                   "cases_not_yet_sent": status.outbox.sendable_cases,
                   "waiting_for_person": status.outbox.waiting_for_person,
                   "failed": status.outbox.failed,
                   "oldest_pending": status.outbox.oldest_pending},
        "cursors": {"port_in": status.portin_cursor, "port_out": status.portout_cursor,
                    "last_sync": status.last_sync, "last_walk": status.last_walk},
        "not_before": status.not_before,
    }
