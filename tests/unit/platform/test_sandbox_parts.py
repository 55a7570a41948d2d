"""The sandbox's clock, calendar and fault decisions, without a server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from portdesk.commands.sandbox import SandboxArgumentError, parse_rate_limit
from portdesk.platform.sandbox.clock import SandboxClock, add_business_days
from portdesk.platform.sandbox.faults import FaultConfig, FaultInjector


def test_business_days_skip_weekends_and_federal_holidays() -> None:
    friday = datetime(2026, 7, 2, 15, tzinfo=UTC)  # July 3 is the observed Independence Day
    assert add_business_days(friday, 1).date().isoformat() == "2026-07-06"
    assert add_business_days(datetime(2026, 3, 7, tzinfo=UTC), 0).weekday() == 0


def test_a_stopped_clock_moves_only_when_told_and_stamps_strictly_increase() -> None:
    start = datetime(2026, 3, 2, tzinfo=UTC)
    clock = SandboxClock(start=start, speed=0)
    stamps = [clock.stamp() for _ in range(3)]
    assert stamps == sorted(set(stamps)) and clock.now() == start
    clock.advance(timedelta(days=2))
    assert clock.now() == start + timedelta(days=2)
    with pytest.raises(ValueError):
        clock.advance(timedelta(days=-1))


def test_speed_is_days_per_real_second() -> None:
    ticks = iter([0.0, 0.5])
    clock = SandboxClock(start=datetime(2026, 3, 2, tzinfo=UTC), speed=2,
                         monotonic=lambda: next(ticks))
    assert clock.now() - datetime(2026, 3, 2, tzinfo=UTC) == timedelta(days=1)


def test_faults_are_the_same_for_the_same_seed() -> None:
    config = FaultConfig(fail_rate=0.2, drop_rate=0.1, latency_ms=5, seed=42)

    async def app(scope: object, receive: object, send: object) -> None:
        raise AssertionError("not called")

    injectors = [FaultInjector(app, config) for _ in range(2)]
    runs = [[injector._decide() for _ in range(200)] for injector in injectors]
    assert runs[0] == runs[1]
    kinds = [kind for _, kind, _ in runs[0]]
    assert 20 < sum(k.startswith("fail") for k in kinds) < 60
    assert 5 < sum(k.startswith("drop") for k in kinds) < 40


def test_fault_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        FaultConfig(fail_rate=1.5)
    with pytest.raises(ValueError):
        FaultConfig(fail_rate=0.6, drop_rate=0.6)
    assert parse_rate_limit("20/2") == (20, 2.0) and parse_rate_limit("5") == (5, 1.0)
    with pytest.raises(SandboxArgumentError):
        parse_rate_limit("0/1")
