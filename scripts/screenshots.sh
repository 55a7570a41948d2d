#!/usr/bin/env bash
# Screenshots of the desk on demo data, as a user sees them: starts the app under Xvfb with a
# throwaway data dir, drives it through its own widgets and saves PNGs to resources/screenshots/.
#   scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/resources/screenshots}
py=${PYTHON:-$root/.venv/bin/python}
command -v xvfb-run >/dev/null || { echo "screenshots: needs xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
export PORTDESK_DATA_DIR="$tmp/data" PORTDESK_CONFIG_DIR="$tmp/config" PORTDESK_USER=maria
export XDG_CONFIG_HOME="$tmp/xdg" PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
unset QT_QPA_PLATFORM
"$py" -m portdesk --db "sqlite:///$tmp/demo.sqlite3" demo load >/dev/null
xvfb-run -a -s "-screen 0 1440x900x24" "$py" - "$tmp/demo.sqlite3" "$out" "$tmp/empty.sqlite3" <<'EOF'
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from portdesk.app import build_window, make_application
from portdesk.services.context import Context
from portdesk.ui.theme import dark_palette

db, out, empty_db = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
app = make_application()


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(predicate, limit_ms: int = 10_000) -> None:
    waited = 0
    while not predicate() and waited < limit_ms:
        settle(50)
        waited += 50


def shot(widget, name: str) -> None:
    settle()
    widget.grab().save(str(out / f"{name}.png"))
    print(f"  {out / (name + '.png')}")


def open_window(url: str):
    w = build_window(Context.from_args(url))
    w.resize(1400, 860)
    w.show()
    wait(lambda: w.store is not None)
    return w


w = open_window(f"sqlite:///{db}")
wait(lambda: w.model.rowCount() > 0 and w.case_panel.base is not None)
shot(w, "desk")
exc_row = next(r for r in range(w.model.rowCount()) if (w.model.row_at(r) or 0) and
               w.model.row_at(r).status == "exception")
w.queue_view.table.selectRow(exc_row)
wait(lambda: w.case_panel.base is not None and w.case_panel.base.status.value == "exception")
shot(w, "exception")
p = w.case_panel
p.tabs.setCurrentIndex(1)
shot(w, "numbers")
p.tabs.setCurrentIndex(2)
shot(w, "readiness")
p.tabs.setCurrentIndex(3)
shot(w, "timeline")
w.sidebar.select_key("drafts")
wait(lambda: w.model.rowCount() and all(w.model.row_at(r) and w.model.row_at(r).status == "draft"
                                        for r in range(w.model.rowCount())))
w.queue_view.filter.setText("harbor")
settle(600)
shot(w, "quick_filter")
from portdesk.ui.new_case_dialog import NewCaseDialog

dlg = NewCaseDialog(w)
dlg.show()
shot(dlg, "new_case")
dlg.set_kind("transfer")
shot(dlg, "new_case_transfer")
dlg.close()
w.close()
light = app.palette()
app.setPalette(dark_palette())  # as at start-up on a dark desktop
w3 = open_window(f"sqlite:///{db}")
wait(lambda: w3.model.rowCount() > 0 and w3.case_panel.base is not None)
shot(w3, "desk_dark")
w3.close()
app.setPalette(light)
w2 = open_window(f"sqlite:///{empty_db}")
settle(800)
shot(w2, "empty")
w2.close()
EOF
echo "screenshots in $out"
