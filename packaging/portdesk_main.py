"""Entry script of the PyInstaller bundle: the `portdesk` command, plus the bundle's self-checks.

`--smoke-test` and `--startup-probe` are routed to portdesk.smoke before the normal command line is
parsed, so the checks stay out of `portdesk --help` and cli.py needs no hidden flag.

A bare `portdesk` (the desktop menu's launch) opens the app without registering the command groups:
registering them imports every group's libraries (pyHanko, the bill reader, the sandbox server...),
about 0.45 s of a 1.25 s start here, for a parser that has nothing to parse.
"""

import sys

args = sys.argv[1:]
if args[:1] in (["--smoke-test"], ["--startup-probe"]):
    from portdesk.smoke import main as smoke

    raise SystemExit(smoke(args))

import portdesk.cli  # noqa: E402 - the self-checks above must not pay for the CLI

if not args:
    portdesk.cli.COMMAND_GROUPS = ()
raise SystemExit(portdesk.cli.main(args))
