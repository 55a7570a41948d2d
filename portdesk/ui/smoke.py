"""The self-check's one GUI step: start the real desktop app and see its first window shown.

The rest of the whole-app self-check (portdesk.smoke) runs without Qt.
"""

from __future__ import annotations

import sys
import time

from portdesk.smoke import SmokeFailure

GUI_TIMEOUT_MS = 60_000


def show_main_window() -> tuple[str, float]:
    """Start the real GUI (run_gui) and quit as soon as its first top-level window is shown.

    The QApplication is made here first (by the app's own make_application when it has one, so
    style and icon are as in real use) so an application-wide event filter can see that Show
    event; run_gui must therefore reuse `QApplication.instance()` rather than make a second one.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    import portdesk.app
    from portdesk.services.context import Context

    start = time.perf_counter()
    make_application = getattr(portdesk.app, "make_application", None)
    app = make_application() if make_application else (
        QApplication.instance() or QApplication([sys.argv[0]]))
    shown: list[tuple[str, float]] = []

    class FirstWindow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (not shown and event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                    and watched.isWindow()):
                title = watched.windowTitle() or type(watched).__name__
                shown.append((title, time.perf_counter() - start))
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstWindow()
    app.installEventFilter(watcher)
    QTimer.singleShot(GUI_TIMEOUT_MS, lambda: app.exit(3))
    ctx = Context.from_args(None)
    try:
        code: object = portdesk.app.run_gui(ctx)
    except SystemExit as exc:
        code = exc.code
    finally:
        app.removeEventFilter(watcher)
        ctx.close()
    if not shown:
        raise SmokeFailure(f"no window was shown within {GUI_TIMEOUT_MS / 1000:.0f} s "
                           f"(run_gui returned {code!r})")
    return shown[0]
