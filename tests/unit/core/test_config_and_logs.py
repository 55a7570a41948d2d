from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from portdesk import config
from portdesk.config import Branding, Settings, load_settings, save_settings
from portdesk.logs import SecretFilter, scrub


def test_settings_round_trip_and_env_override(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(bill_age_limit_days=15, branding=Branding(name="Acme Voice")), path)
    loaded = load_settings(path)
    assert loaded.bill_age_limit_days == 15 and loaded.branding.name == "Acme Voice"
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", "http://127.0.0.1:9/v2")
    assert load_settings(path).platform_url == "http://127.0.0.1:9/v2"


def test_damaged_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ half a file")
    assert load_settings(path).bill_age_limit_days == 30
    path.write_text('{"bill_age_limit_days": "thirty"}')
    assert load_settings(path).bill_age_limit_days == 30


def test_default_database_lives_in_the_user_data_dir(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setenv("PORTDESK_DATA_DIR", str(tmp_path / "d"))
    assert Settings().resolved_db_url() == f"sqlite:///{tmp_path / 'd' / 'portdesk.sqlite3'}"
    monkeypatch.setenv("PORTDESK_DB_URL", "sqlite:////elsewhere.db")
    assert Settings().resolved_db_url() == "sqlite:////elsewhere.db"


@pytest.mark.parametrize("message", [
    "pin=4821 for case PD-000001", 'payload {"pin": "4821"}', "Authorization: Bearer KEY0123abc",
    "api_key=KEY0123abc", "passcode: 4821",
])
def test_secrets_are_scrubbed_from_log_lines(message: str) -> None:
    assert "4821" not in scrub(message) and "KEY0123abc" not in scrub(message)
    record = logging.LogRecord("portdesk", logging.INFO, __file__, 1, message, None, None)
    SecretFilter().filter(record)
    assert "4821" not in record.getMessage() and "KEY0123abc" not in record.getMessage()


def test_ordinary_lines_are_left_alone() -> None:
    assert scrub("imported 5 cases from pin-list.csv") == "imported 5 cases from pin-list.csv"


def test_the_porting_time_zone_is_read_from_settings(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from zoneinfo import ZoneInfo

    path = tmp_path / "settings.json"
    save_settings(Settings(porting_time_zone="America/Chicago"), path)
    assert load_settings(path).porting_zone() == ZoneInfo("America/Chicago")
    assert Settings().porting_zone() is None  # unset: this workstation's own zone
    with caplog.at_level("WARNING"):
        assert Settings(porting_time_zone="Mars/Olympus").porting_zone() is None
    assert "America/New_York" in caplog.text  # what to write instead


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_portdesk_folders_are_private_to_this_user(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    """The queue, logs and settings name customers in clear: no other account may read them."""
    monkeypatch.delenv("PORTDESK_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    old = os.umask(0o022)
    try:
        made = [config.data_dir(), config.config_dir(), config.log_dir()]
        assert [_mode(p) for p in made] == [0o700] * 3
        made[0].chmod(0o755)  # as an older PortDesk left it
        assert _mode(config.data_dir()) == 0o700
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_named_data_folder_is_made_private_and_an_existing_one_left_as_it_is(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PORTDESK_DATA_DIR", str(tmp_path / "new"))
    old = os.umask(0o022)
    try:
        assert _mode(config.log_dir()) == 0o700  # the logs first: their parent is private too
        assert _mode(config.data_dir()) == 0o700
        shared = tmp_path / "shared"
        shared.mkdir(mode=0o750)
        shared.chmod(0o750)
        monkeypatch.setenv("PORTDESK_DATA_DIR", str(shared))
        assert _mode(config.data_dir()) == 0o750
    finally:
        os.umask(old)
