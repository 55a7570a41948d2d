"""Composition root of the desktop app: the QApplication, the store, the main window.

The window is shown before the database is open (opening and migrating runs on the db lane), so the
first frame comes up at once and the queue fills in when the store is ready.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from portdesk.services.context import Context
    from portdesk.store.store import Store
    from portdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from portdesk.ui import import_scan

    import_scan.install()  # before the desk's own imports: PySide6 read each one's source
    from portdesk import __version__
    from portdesk.config import APP_AUTHOR, APP_NAME

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    QGuiApplication.setDesktopFileName("com.portdesk.PortDesk")
    from portdesk.ui.theme import STYLE, apply_system_scheme, icon

    if sys.platform.startswith("linux") and not os.environ.get("QT_STYLE_OVERRIDE"):
        app.setStyle("Fusion")
    from portdesk.ui import collector, qtcompat

    qtcompat.install()
    # cyclic garbage is freed on the GUI thread only (ui/collector.py), and none while the desk
    # loads and builds itself: build_window lets it go at the first page (collector.hold)
    collector.install(app).hold()
    apply_system_scheme(app)
    app.setStyleSheet(STYLE)
    app.setWindowIcon(icon("portdesk"))
    return app


def build_window(ctx: Context) -> MainWindow:
    """The main window, with the store opening on the db lane."""
    from PySide6.QtWidgets import QApplication

    from portdesk.ui.collector import MainThreadCollector
    from portdesk.ui.main_window import MainWindow
    from portdesk.ui.notifications import Notifier
    from portdesk.ui.taskman import describe
    from portdesk.ui.team_live import TeamHookup

    window = MainWindow(ctx.settings, ctx.actor)
    app = QApplication.instance()
    collector = app.findChild(MainThreadCollector) if app is not None else None
    if collector is not None:  # held since make_application: collect again after the first page
        window.first_page_shown.connect(collector.release)
    window.notifier = Notifier(window)
    window.team = TeamHookup(window)
    window.tasks.run(lambda: _store_for_work(ctx), window.attach_store,
                     lambda exc: window.store_failed(describe(exc)))
    return window


def _store_for_work(ctx: Context) -> Store:
    """The store, once this desk is known to hold the queue's key (else its one line, at once,
    rather than at the specialist's first save)."""
    store = ctx.store
    store.check_key()
    return store


def run_gui(ctx: Context) -> int:
    from portdesk import scratch

    scratch.sweep(scratch.root())  # copies a crashed desk left for a viewer go at the next start
    app = make_application()
    window = build_window(ctx)
    from portdesk.ui import errors

    errors.install(window)  # an error no slot caught: logged and said, not only on stderr
    window.show()
    code = app.exec()
    return int(code)
