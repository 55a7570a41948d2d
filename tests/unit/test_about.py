"""The About dialog's facts: version, where the data is, Tesseract, and the bundled libraries' licences."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

import portdesk
from portdesk.config import Settings
from portdesk.services.about import (
    UNSTATED,
    about_info,
    about_text,
    bundled_libraries,
    database_location,
    licence_of,
    tesseract_location,
)


def _fake_dist(tmp_path: Path, *headers: str) -> metadata.Distribution:
    info = tmp_path / "fake-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake\nVersion: 1.0\n"
                                   + "".join(h + "\n" for h in headers), encoding="utf-8")
    return metadata.PathDistribution(info)


def test_about_names_version_and_the_folders_the_app_really_uses(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PORTDESK_DATA_DIR", str(tmp_path / "data"))
    settings = Settings()
    info = about_info(settings, settings.resolved_db_url())
    assert info.version == portdesk.__version__
    assert info.data_dir == tmp_path / "data"
    assert info.database == str(tmp_path / "data" / "portdesk.sqlite3")
    assert info.log_dir == info.data_dir / "logs" and info.log_dir.is_dir()
    assert info.log_file.parent == info.log_dir
    assert not info.bundled
    assert info.libraries[0].name == "Python"


@pytest.mark.parametrize(("url", "shown"), [
    ("sqlite:////srv/queue/portdesk.sqlite3", "/srv/queue/portdesk.sqlite3"),
    ("sqlite:///relative.db?timeout=5", "relative.db"),
    ("sqlite://", "in memory"),
    ("sqlite:///:memory:", "in memory"),
    ("postgresql+psycopg://porter:s3cret@db.internal:5432/portdesk",
     "postgresql+psycopg://porter:***@db.internal:5432/portdesk"),
    ("postgresql+psycopg://db.internal/portdesk", "postgresql+psycopg://db.internal/portdesk"),
])
def test_database_location_is_a_path_or_a_url_without_its_password(url: str, shown: str) -> None:
    assert database_location(url) == shown


def test_libraries_are_the_runtime_closure_with_licences() -> None:
    libraries = {lib.name.lower().replace("_", "-"): lib for lib in bundled_libraries()}
    assert "sqlalchemy" in libraries and libraries["sqlalchemy"].licence == "MIT"
    assert "LGPL" in libraries["pyside6-essentials"].licence
    assert "shiboken6" in libraries  # a dependency of a dependency is shipped too
    assert "pytest" not in libraries and "mypy" not in libraries  # dev extras are not bundled
    assert "portdesk" not in libraries
    assert all(lib.licence for lib in libraries.values())


def test_without_the_app_metadata_every_installed_distribution_is_listed() -> None:
    names = {lib.name.lower().replace("_", "-") for lib in bundled_libraries("no-such-distribution")}
    assert {"pytest", "sqlalchemy"} <= names


def test_licence_prefers_spdx_then_short_field_then_classifiers(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir(), (tmp_path / "c").mkdir()
    (tmp_path / "d").mkdir()
    spdx = _fake_dist(tmp_path / "a", "License-Expression: Apache-2.0", "License: whatever")
    assert licence_of(spdx) == "Apache-2.0"
    classifiers = _fake_dist(tmp_path / "b", "License: Copyright (c) 2001\n        Full text...",
                             "Classifier: License :: OSI Approved :: BSD License",
                             "Classifier: License :: OSI Approved :: BSD License")
    assert licence_of(classifiers) == "BSD License"
    long_text = _fake_dist(tmp_path / "c", "License: " + "Permission is hereby granted " * 5)
    assert licence_of(long_text).endswith("...") and len(licence_of(long_text)) == 80
    assert licence_of(_fake_dist(tmp_path / "d")) == UNSTATED
    (tmp_path / "e").mkdir()
    assert licence_of(_fake_dist(tmp_path / "e", "License: UNKNOWN")) == UNSTATED


def test_tesseract_location_says_what_is_missing(tmp_path: Path) -> None:
    assert tesseract_location(str(tmp_path / "nope")).endswith("(configured, not found)")
    tool = tmp_path / "tesseract-custom"
    tool.write_text("#!/bin/sh\n")
    tool.chmod(0o755)
    assert tesseract_location(str(tool)) == str(tool)


def test_support_text_carries_the_facts_and_no_password() -> None:
    info = about_info(Settings(), "postgresql://porter:s3cret@db/portdesk")
    text = about_text(info)
    assert "s3cret" not in text
    assert f"PortDesk {portdesk.__version__}" in text
    assert f"Log folder: {info.log_dir}" in text
    assert "  SQLAlchemy " in text
