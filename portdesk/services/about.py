"""What the About dialog and a support request need: version, where the data lives, what is bundled.

Support's first questions are always "which version", "which database" and "send me the log", so the
answers come from the same functions the app itself uses (config.data_dir, logs.log_file), never from
a second copy of the rules. Licences are read from the installed distributions' metadata: in the
PyInstaller bundle that is exactly the set of libraries shipped (the spec copies their metadata), in a
checkout it is what the virtualenv resolved for `portdesk`.
"""

from __future__ import annotations

import platform
import re
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from portdesk import __version__
from portdesk.config import Settings, config_dir, data_dir, log_dir
from portdesk.logs import log_file

APP_DISTRIBUTION = "portdesk"
_REQ_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_USERINFO = re.compile(r"(//[^:/@]*):[^@/]*@")
_LICENCE_CLASSIFIER = "License :: "
UNSTATED = "not stated in its metadata"


@dataclass(frozen=True, slots=True)
class LibraryLicence:
    name: str
    version: str
    licence: str


@dataclass(frozen=True, slots=True)
class AboutInfo:
    version: str
    database: str
    data_dir: Path
    log_dir: Path
    log_file: Path
    config_dir: Path
    python: str
    system: str
    bundled: bool
    tesseract: str
    libraries: tuple[LibraryLicence, ...]


def about_info(settings: Settings, db_url: str) -> AboutInfo:
    """Everything the About dialog shows; cheap enough to call when the dialog opens."""
    return AboutInfo(
        version=__version__,
        database=database_location(db_url),
        data_dir=data_dir(),
        log_dir=log_dir(),
        log_file=log_file(),
        config_dir=config_dir(),
        python=platform.python_version(),
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        bundled=bool(getattr(sys, "frozen", False)),
        tesseract=tesseract_location(settings.tesseract_cmd),
        libraries=bundled_libraries(),
    )


def database_location(db_url: str) -> str:
    """A SQLite file as a plain path; any other URL with its password hidden."""
    if db_url in ("sqlite://", "sqlite:///:memory:"):
        return "in memory"
    if db_url.startswith("sqlite:///"):
        return db_url.removeprefix("sqlite:///").split("?", 1)[0]
    return _USERINFO.sub(r"\1:***@", db_url)


def tesseract_location(tesseract_cmd: str) -> str:
    """The Tesseract binary bill OCR will run, or why there is none."""
    if tesseract_cmd:
        found = shutil.which(tesseract_cmd)
        return found or f"{tesseract_cmd} (configured, not found)"
    return shutil.which("tesseract") or "not found (scanned bills cannot be read)"


def bundled_libraries(root: str = APP_DISTRIBUTION) -> tuple[LibraryLicence, ...]:
    """The runtime dependency closure of `root` with each one's licence; Python itself first."""
    try:
        found = _closure(root)
    except metadata.PackageNotFoundError:
        found = [d for d in metadata.distributions() if _name(d) and _key(_name(d)) != _key(root)]
    by_key = {_key(_name(d)): d for d in found}
    libraries = [LibraryLicence(_name(d), d.version, licence_of(d))
                 for _, d in sorted(by_key.items())]
    python = LibraryLicence("Python", platform.python_version(), "PSF-2.0")
    return (python, *libraries)


def _closure(root: str) -> list[metadata.Distribution]:
    start = metadata.distribution(root)
    seen = {_key(root)}
    pending = list(_runtime_requirements(start.requires or ()))
    out: list[metadata.Distribution] = []
    while pending:
        name = pending.pop()
        if _key(name) in seen:
            continue
        seen.add(_key(name))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-specific requirement that does not apply here
        out.append(dist)
        pending.extend(_runtime_requirements(dist.requires or ()))
    return out


def _runtime_requirements(requires: Iterable[str]) -> list[str]:
    names = []
    for req in requires:
        if "extra ==" in req.replace('"', "").replace("'", ""):
            continue
        if match := _REQ_NAME.match(req):
            names.append(match.group(1))
    return names


def licence_of(dist: metadata.Distribution) -> str:
    """SPDX expression when declared; else a short License field; else the trove classifiers."""
    meta = dist.metadata
    if expression := _header(meta, "License-Expression"):
        return expression
    field = _header(meta, "License")
    if field.upper() == "UNKNOWN":
        field = ""
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith(_LICENCE_CLASSIFIER)]
    if classifiers:
        return " / ".join(dict.fromkeys(classifiers))
    if field:
        first = field.splitlines()[0].strip()
        return first[:77] + "..." if len(first) > 80 else first
    return UNSTATED


def about_text(info: AboutInfo) -> str:
    """Plain text for "Copy for support": what a ticket needs, no secrets (passwords masked)."""
    lines = [
        f"PortDesk {info.version}{' (installed bundle)' if info.bundled else ''}",
        f"Database: {info.database}",
        f"Data folder: {info.data_dir}",
        f"Log folder: {info.log_dir}",
        f"Settings folder: {info.config_dir}",
        f"Tesseract OCR: {info.tesseract}",
        f"Python {info.python} on {info.system}",
        "",
        "Libraries:",
    ]
    lines += [f"  {lib.name} {lib.version}: {lib.licence}" for lib in info.libraries]
    return "\n".join(lines)


def _header(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name)
    return str(values[0]).strip() if values else ""


def _name(dist: metadata.Distribution) -> str:
    return _header(dist.metadata, "Name")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
