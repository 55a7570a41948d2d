"""Entry script of the PyInstaller bundle: the `portdesk` command, plus the bundle's self-checks.

`--smoke-test` and `--startup-probe` are routed to portdesk.smoke before the normal command line is
parsed, so the checks stay out of `portdesk --help` and cli.py needs no hidden flag.
"""

import sys

if len(sys.argv) > 1 and sys.argv[1] in ("--smoke-test", "--startup-probe"):
    from portdesk.smoke import main

    raise SystemExit(main(sys.argv[1:]))

from portdesk.cli import main

raise SystemExit(main())
