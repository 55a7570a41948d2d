"""The desk paints its first queue page without the LOA, bill and signing stacks.

Walked in session 19: on the demo queue the window took 3.5-4 s to appear under Xvfb and the
first page 5.5-6.8 s offscreen at load ~7 (the README's figure was 0.87 s on 100,000 cases).
`services/desk_types` named the plain types the desk holds by importing them at its top, so
starting the desk imported form filling (its word tables: over a thousand regular expressions
compiled), pyHanko's validation (and aiohttp through it), pypdf, reportlab and the whole bill
reader, none of which the queue or the case editor uses until a screen asks for them. A fresh
interpreter shows what starting really imports, at the moment the first page is painted;
tests/benchmarks/test_desk_bench.py measures the time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import json, sys
from portdesk.app import build_window, make_application
from portdesk.services.context import Context
app = make_application()
w = build_window(Context.from_args(sys.argv[1]))
def painted():
    print(json.dumps(sorted(sys.modules)), file=sys.stderr, flush=True)
    app.quit()
w.first_page_shown.connect(painted)
w.show()
app.exec()
"""

# Libraries and PortDesk's own heavy readers that only a screen opened later needs.
LATER = ("pyhanko", "pypdf", "reportlab", "aiohttp", "openpyxl", "portdesk.loa.fill",
         "portdesk.loa.mapping", "portdesk.loa.verify", "portdesk.loa.standard",
         "portdesk.bills.extract", "portdesk.bills.reader")


def test_first_page_is_painted_before_the_document_stacks_load(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/q.sqlite3"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "portdesk", "--db", db, "demo", "load"], cwd=ROOT,
                   env=env, capture_output=True, timeout=120, check=True)
    done = subprocess.run([sys.executable, "-c", CHILD, db], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert "portdesk.ui.main_window" in loaded and "sqlalchemy" in loaded  # it did start
    early = sorted(m for m in LATER if m in loaded)
    assert early == []
