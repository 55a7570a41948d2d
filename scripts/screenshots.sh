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


def open_window(url: str, theme: str = "system", size: tuple[int, int] = (1400, 860)):
    ctx = Context.from_args(url)
    ctx.settings.theme = theme
    w = build_window(ctx)
    w.resize(*size)
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
w.queue_view.filter.setText("")
w.sidebar.select_key("all")
settle(600)


def open_case(window, reference: str):
    case_id = window.store.cases.get_by_reference(reference).id
    wait(lambda: window.model.complete and window.model.row_of_id(case_id) >= 0)
    window.queue_view.select_case(case_id)
    wait(lambda: window.case_panel.case_id == case_id)
    settle()
    return case_id


# A signed LOA the case moved away from: "Use bill value" changed the name, a number was added.
from dataclasses import replace

from portdesk.config import Settings
from portdesk.domain.case import CaseNumber
from portdesk.domain.lifecycle import Status
from portdesk.services import loa as loa_service

store = w.store
draft = next(c for c in (store.cases.get(i) for i in store.queue.ids(
    __import__("portdesk.store.queue", fromlist=["QueueQuery"]).QueueQuery(statuses=("draft",))))
             if c.kind.value == "port_in")
loa_service.sign_case_loa(store, Settings(), "maria", draft.reference,
                          loa_service.ink_from(typed=draft.authorized_name or "Maria Lopez"),
                          draft.authorized_name or "Maria Lopez")
moved = store.cases.get(draft.id)
store.cases.update(replace(moved, account_name=moved.account_name + " Inc",
                           numbers=(*moved.numbers, CaseNumber("+15035550199"))), "maria",
                   action="case.bill_value_used")
w.after_change()  # what the bill screen's "Use bill value" does after saving
open_case(w, draft.reference)
p.tabs.setCurrentIndex(2)
shot(w, "stale_loa_readiness")

# Post-port verification of a completed port-in.
from portdesk.services import postport
from portdesk.ui.postport_dialog import PostPortDialog

ported = next(c for c in (store.cases.get(i) for i in store.queue.ids(
    __import__("portdesk.store.queue", fromlist=["QueueQuery"]).QueueQuery(statuses=("ported",))))
              if c.kind.value == "port_in")
open_case(w, ported.reference)
p.tabs.setCurrentIndex(0)
shot(w, "post_port_banner")
dlg = PostPortDialog(store, "maria", ported.id, w)
dlg.show()
wait(lambda: dlg.save_button.isEnabled())
inbound, outbound, sms, listings = dlg.rows
inbound.outcome.setCurrentIndex(1)
outbound.outcome.setCurrentIndex(1)
sms.outcome.setCurrentIndex(2)
sms.note.setText("texts from T-Mobile phones do not arrive yet")
shot(dlg, "post_port_verification")
dlg.on_save()
wait(lambda: dlg.result_checks is not None)
shot(dlg, "post_port_saved")
dlg.close()
p.reload()
wait(lambda: "check failed" in p.post_port.title.text())
shot(w, "post_port_after")
w.close()

small = open_window(f"sqlite:///{db}", size=(1024, 700))
wait(lambda: small.model.rowCount() > 0 and small.case_panel.base is not None)
open_case(small, draft.reference)
shot(small, "desk_1024x700")
small.close()
w3 = open_window(f"sqlite:///{db}", theme="dark")  # chosen in Settings (or a dark desktop)
wait(lambda: w3.model.rowCount() > 0 and w3.case_panel.base is not None)
shot(w3, "desk_dark")
w3.close()
from portdesk.ui.theme import apply_theme

apply_theme(app, "system")
w2 = open_window(f"sqlite:///{empty_db}")
settle(800)
shot(w2, "empty")
w2.close()
EOF
echo "screenshots in $out"
