"""Typed settings, declared once. No Qt here: the GUI, the CLI and the tests read the same registry.

Settings live in a JSON file in the user config dir; environment variables override (PORTDESK_*).
Only window geometry and view state go to QSettings, in the GUI.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from datetime import tzinfo
from pathlib import Path
from typing import Any

import platformdirs

from portdesk.domain.intake import IntakeLimits

APP_NAME = "PortDesk"
APP_AUTHOR = "PortDesk"


PRIVATE_DIR = 0o700  # PortDesk's own folders: the queue, logs, settings, signing key, journal


def private_dir(path: Path, own: bool) -> Path:
    """A folder only this OS user can enter. The queue file holds customers' names, addresses
    and account numbers in clear (only PINs and documents are sealed), and the logs and the
    recovery journal name them too; a folder made with the default umask (0755) let every
    account on the machine read them. A folder PortDesk made or owns by default (`own`) is
    brought back to 0700 when found wider (an older PortDesk made it 0755); a folder the user
    named (PORTDESK_DATA_DIR ...) keeps the permissions it has once it exists."""
    existed = path.is_dir()
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "posix" and (own or not existed):
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(PRIVATE_DIR)
        except OSError:  # a folder owned by someone else: the OS decides, as before
            pass
    return path


def data_dir() -> Path:
    override = os.environ.get("PORTDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return private_dir(path, own=not override)


def own_dir(name: str) -> Path:
    """A folder of PortDesk's own inside the data folder (recovery journal, signing key, form
    mappings, scratch, logs), 0700 like the data folder: made as a plain subfolder it took the
    umask's 0755 (the recovery journal names the case being typed)."""
    return private_dir(data_dir() / name, own=True)


def config_dir() -> Path:
    override = os.environ.get("PORTDESK_CONFIG_DIR")
    base = override or os.environ.get("PORTDESK_DATA_DIR")
    path = Path(base) if base else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    return private_dir(path, own=not base)


def log_dir() -> Path:
    override = os.environ.get("PORTDESK_DATA_DIR")
    # the data dir first: made as the logs' parent it took the umask's 0755
    if override:
        return own_dir("logs")
    return private_dir(Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)), own=True)


# Every PORTDESK_* variable the product reads (tests and benchmarks read their own as well).
ENV_VARIABLES = (
    "PORTDESK_DATA_DIR", "PORTDESK_CONFIG_DIR", "PORTDESK_DB_URL", "PORTDESK_PLATFORM_URL",
    "PORTDESK_PLATFORM_KEY", "PORTDESK_USER", "PORTDESK_BUSY_TIMEOUT", "PORTDESK_SANDBOX_KEY",
    "PORTDESK_TEAM_PASSPHRASE", "PORTDESK_TEAM_NEW_PASSPHRASE",
)


def misspelt_variables(environ: dict[str, str] | None = None) -> list[str]:
    """One line per PORTDESK_* variable that is set, is not read, and is a near miss of one that
    is: `PORTDESK_DB=team.db portdesk case list` listed the local queue as if it were the team's,
    with nothing to say the variable was ignored. Names far from every setting (a test's or a
    benchmark's own) are not this function's business."""
    env = os.environ if environ is None else environ
    stray = [name for name in env if name.startswith("PORTDESK_") and name not in ENV_VARIABLES]
    if not stray:
        return []
    from difflib import get_close_matches

    lines = []
    for name in sorted(stray):
        near = get_close_matches(name, ENV_VARIABLES, n=1, cutoff=0.8)
        if near:
            lines.append(f"{name} is not a PortDesk setting and is ignored; did you mean "
                         f"{near[0]}?")
    return lines


def busy_timeout() -> float:
    """Seconds a write waits for another PortDesk's write lock before saying the queue is busy."""
    try:
        return max(0.0, float(os.environ.get("PORTDESK_BUSY_TIMEOUT", "30")))
    except ValueError:
        return 30.0


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'portdesk.sqlite3'}"


@dataclass
class Branding:
    """How the platform presents itself on the standard LOA."""

    name: str = "PortDesk Communications"
    address: str = "100 Example Plaza, Suite 400, Springfield, IL 62701"
    phone: str = ""
    logo_path: str = ""


@dataclass
class Settings:
    db_url: str = ""
    platform_url: str = "http://127.0.0.1:8765/v2"
    bill_age_limit_days: int = 30
    loa_age_limit_days: int = 30
    sync_interval_minutes: int = 3
    tesseract_cmd: str = ""
    user_name: str = ""
    desk_name: str = ""  # how colleagues see this workstation (team status, audit); default: host
    theme: str = "system"  # system (follow the desktop) | light | dark
    # The zone a platform date-time is read in to give the FOC day (domain.platform_dates):
    # an IANA name ("America/Chicago"); "" is this workstation's own zone.
    porting_time_zone: str = ""
    branding: Branding = field(default_factory=Branding)
    # Limits on files entering PortDesk (size, pages, pixels, rows, nesting, time); a specialist
    # who meets a genuine file over one raises it here ("limits": {"max_rows": 500000}).
    limits: IntakeLimits = field(default_factory=IntakeLimits)

    @property
    def actor(self) -> str:
        """Who is acting, for the audit log and status changes."""
        if self.user_name:
            return self.user_name
        return os.environ.get("PORTDESK_USER") or os.environ.get("USER") or "specialist"

    def porting_zone(self) -> tzinfo | None:
        """The zone of `porting_time_zone`; None (this workstation's zone) when it is unset or
        names no zone this machine knows (logged once: the FOC days then follow the desk)."""
        name = self.porting_time_zone.strip()
        if not name:
            return None
        zone = zone_named(name)
        if zone is None:
            logging.getLogger(__name__).warning(
                "porting_time_zone %r is not a time zone this machine knows (write one such as "
                "America/New_York); FOC dates are read in this workstation's zone", name)
        return zone

    def resolved_db_url(self) -> str:
        return os.environ.get("PORTDESK_DB_URL") or self.db_url or default_db_url()


def zone_named(name: str) -> tzinfo | None:
    """The IANA time zone of that name, or None when this machine knows none by it."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    settings = Settings()
    if path.exists():
        try:
            raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        _apply(settings, raw)
    if url := os.environ.get("PORTDESK_PLATFORM_URL"):
        settings.platform_url = url
    return settings


def _apply(settings: Settings, raw: dict[str, Any]) -> None:
    for f in fields(Settings):
        if f.name not in raw:
            continue
        if f.name == "branding" and isinstance(raw["branding"], dict):
            names = {b.name for b in fields(Branding)}
            settings.branding = Branding(**{k: str(v) for k, v in raw["branding"].items()
                                            if k in names})
        elif f.name == "limits" and isinstance(raw["limits"], dict):
            settings.limits = _limits(raw["limits"])
        elif isinstance(raw[f.name], type(getattr(settings, f.name))):
            setattr(settings, f.name, raw[f.name])


def _limits(raw: dict[str, Any]) -> IntakeLimits:
    """The defaults, with each well-typed positive value from the file; a bad value is ignored."""
    defaults = IntakeLimits()
    chosen: dict[str, Any] = {}
    for f in fields(IntakeLimits):
        value, default = raw.get(f.name), getattr(defaults, f.name)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            chosen[f.name] = type(default)(value)
    return IntakeLimits(**chosen)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically so a crash never leaves half a settings file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(settings), fh, indent=2)
    os.replace(tmp, path)
