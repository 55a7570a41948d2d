"""`portdesk sandbox`: a local porting platform for demos, training and tests.

Speed: `--speed N` runs N simulated days per real second (weekends and holidays pass too, carriers
act on business days only); 0 stops the clock. The carriers' triggers for rejections are listed in
portdesk/platform/sandbox/carrier.py and in `portdesk sandbox --help`.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from portdesk.services.context import Context

DEFAULT_KEY = "sandbox"
TRIGGERS = """rejection triggers (checked at the carrier's acknowledgment):
  account number ending 0000 -> ACCOUNT_NUMBER_MISMATCH    PIN 0000 -> PASSCODE_PIN_INVALID
  name containing "Mismatch" -> ENTITY_NAME_MISMATCH        ZIP 00000 -> POSTAL_CODE_MISMATCH
  signer containing "Unauthorized" -> AUTH_PERSON_MISMATCH  street with "PO Box" -> LOCATION_MISMATCH
  BTN ending 0199 -> BTN_ATN_MISMATCH                       number ending 0196 -> SV_CONFLICT
  number ending 0197 / 0198 -> that number split off in exception (partial approval)
  number ending 0194 -> the order cannot port texts (messaging.messaging_capable false)
port-outs: unanswered ones are authorized automatically 24-48 h after they arrive (a seeded
  moment per request); a rejection is reviewed a business day later, and one whose reason
  names money owed ("owes", "unpaid", "balance", "overdue") goes back to pending"""


MAX_PORT = 65535


class SandboxArgumentError(PortDeskError):
    pass


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("sandbox", help="run a local porting platform (demo, training, tests)",
                       epilog=TRIGGERS, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, default=8765, help="TCP port on 127.0.0.1 (default 8765)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default loopback)")
    p.add_argument("--speed", type=float, default=1.0,
                   help="simulated days per real second (default 1; 0 stops the clock)")
    p.add_argument("--db", dest="sandbox_db", metavar="PATH",
                   help="the sandbox's SQLite file (default: sandbox.sqlite3 in the data dir; "
                        "':memory:' keeps nothing)")
    p.add_argument("--api-key", help=f"the key clients must send (default: PORTDESK_SANDBOX_KEY "
                                     f"or '{DEFAULT_KEY}')")
    p.add_argument("--seed", type=int, default=0, help="seed for carrier delays and faults")
    p.add_argument("--portouts-every", type=int, default=3, metavar="DAYS",
                   help="an incoming port-out request every DAYS business days of the "
                        "sandbox's clock (0: none); never more than 2 waiting for an answer at "
                        "once and at most --portouts-max in all, so a fast --speed cannot "
                        "flood the queue")
    p.add_argument("--portouts-max", type=int, default=10, metavar="N",
                   help="port-out requests the stream makes in all (default 10)")
    p.add_argument("--fail-rate", type=float, default=0.0, help="share of requests that fail")
    p.add_argument("--latency", type=float, default=0.0, metavar="MS",
                   help="random extra latency up to MS milliseconds")
    p.add_argument("--drop-rate", type=float, default=0.0,
                   help="share of connections dropped mid-answer")
    p.add_argument("--rate-limit", metavar="N[/SECONDS]",
                   help="answer 429 with Retry-After beyond N requests per window (default 1 s)")
    p.add_argument("--late-events", type=float, default=0.0, metavar="RATE",
                   help="share of events the event logs list late (after later ones, under "
                        "their own earlier time)")
    p.add_argument("--late-by", type=float, default=5.0, metavar="MINUTES",
                   help="how late, in minutes of the sandbox's clock (default 5)")
    p.add_argument("--late-payload", action="store_true",
                   help="list a late event at once, without its payload until --late-by has "
                        "passed (payload_status created)")
    p.set_defaults(func=cmd_sandbox)


def parse_rate_limit(text: str | None) -> tuple[int, float]:
    if not text:
        return 0, 1.0
    count, _, window = text.partition("/")
    try:
        limit, seconds = int(count), float(window or "1")
    except ValueError:
        raise SandboxArgumentError(f"--rate-limit '{text}': write N or N/SECONDS, "
                                   "e.g. 20/1") from None
    if limit < 1 or seconds <= 0:
        raise SandboxArgumentError(f"--rate-limit '{text}': both numbers must be positive")
    return limit, seconds


def _not_listening(host: str, port: int, exc: OSError) -> str:
    """One line: why the sandbox cannot listen, and the way out for that cause (a port in use
    and an address this machine does not have were both told to choose another port)."""
    import errno
    import socket

    said = f"cannot listen on {host}:{port}: {(exc.strerror or str(exc)).lower()}"
    if exc.errno == errno.EADDRINUSE:
        return f"{said}; is another sandbox running there? choose another port with --port"
    if exc.errno == errno.EACCES:
        return f"{said}; ports below 1024 need privileges: choose another with --port"
    if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
        return f"{said}; {host} is no address of this machine: choose another with --host"
    return said


def cmd_sandbox(args: argparse.Namespace, ctx: Context) -> int:
    from portdesk.config import data_dir
    from portdesk.platform.sandbox.faults import FaultConfig
    from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer

    limit, window = parse_rate_limit(args.rate_limit)
    if args.speed < 0:
        raise SandboxArgumentError("--speed cannot be negative")
    if args.portouts_every < 0 or args.portouts_max < 0:
        raise SandboxArgumentError("--portouts-every and --portouts-max cannot be negative")
    if not 0 <= args.port <= MAX_PORT:  # the socket layer raised OverflowError: "unexpected"
        raise SandboxArgumentError(f"--port {args.port}: a TCP port is 0-{MAX_PORT}")
    try:
        faults = FaultConfig(fail_rate=args.fail_rate, latency_ms=args.latency,
                             drop_rate=args.drop_rate, rate_limit=limit, rate_window=window,
                             seed=args.seed, late_rate=args.late_events,
                             late_minutes=args.late_by, late_payload=args.late_payload)
    except ValueError as exc:
        raise SandboxArgumentError(f"fault settings: {exc}") from None
    key = args.api_key or os.environ.get("PORTDESK_SANDBOX_KEY") or DEFAULT_KEY
    db_path = args.sandbox_db or str(data_dir() / "sandbox.sqlite3")
    config = SandboxConfig(api_key=key, host=args.host, port=args.port, db_path=db_path,
                           speed=args.speed, seed=args.seed,
                           portout_every_days=args.portouts_every,
                           portout_max=args.portouts_max, faults=faults)
    import sqlite3

    try:
        server = SandboxServer(config)
    except sqlite3.Error as exc:
        raise SandboxArgumentError(f"cannot open the sandbox state {db_path}: {exc}") from None
    except OSError as exc:
        raise SandboxArgumentError(_not_listening(args.host, args.port, exc)) from None
    try:
        server.start()
    except RuntimeError as exc:
        server.stop()
        raise SandboxArgumentError(str(exc)) from None
    print(f"sandbox platform running on {server.base_url} (state: {db_path}, speed "
          f"{args.speed:g} days/s); send 'Authorization: Bearer <key>' (key from --api-key, "
          f"PORTDESK_SANDBOX_KEY or '{DEFAULT_KEY}'); Ctrl+C stops it", flush=True)
    server.wait()
    return 0
