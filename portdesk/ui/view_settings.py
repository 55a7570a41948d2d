"""Where the desk keeps its view state (window geometry, the queue, the quick filter, the open
case): a file in PortDesk's own private config folder.

Qt's default QSettings file is ~/.config/PortDesk/PortDesk.conf, made by Qt with the umask
(folder 0755, file 0644), and wherever PORTDESK_DATA_DIR or PORTDESK_CONFIG_DIR points: walked
in session 23 with a named data folder, the file kept the quick filter as typed (a customer's
name, a number) and the open case's reference, readable by every account on the machine,
outside the folder the specialist had named. config.config_dir() is that folder, 0700. The
file keeps Qt's INI layout and name, so on Linux a desk with no folder named reads the view
state it kept before.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from portdesk.config import APP_NAME, config_dir


def private_view_settings() -> QSettings:
    return QSettings(str(config_dir() / f"{APP_NAME}.conf"), QSettings.Format.IniFormat)
