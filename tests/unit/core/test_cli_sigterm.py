"""A command stopped by SIGTERM ends with 128 + 15 even when a library's clean-up fails on the way
out because of where the signal landed (CI: `bill extract` stopped mid-OCR exited 2, "unexpected
error", when the signal came between pytesseract making its page file and binding it)."""

from __future__ import annotations

import os
import signal

import pytest

from portdesk.cli import _stop_cleanly_on_sigterm

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def _cleanup_that_fails_when_interrupted(interrupt: bool = True) -> None:
    try:
        if interrupt:
            signal.raise_signal(signal.SIGTERM)  # the handler runs here, before `made` is bound
        else:
            raise ValueError("not a signal")
        made = "page file"
    finally:
        print(made)  # UnboundLocalError, as in pytesseract's save()


def test_a_stop_whose_cleanup_fails_still_ends_as_a_stop() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(SystemExit) as ended:
        with _stop_cleanly_on_sigterm():
            _cleanup_that_fails_when_interrupted()
    assert ended.value.code == 128 + signal.SIGTERM
    assert isinstance(ended.value.__cause__, UnboundLocalError)
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_failure_without_a_stop_is_left_as_it_is() -> None:
    with pytest.raises(UnboundLocalError):
        with _stop_cleanly_on_sigterm():
            _cleanup_that_fails_when_interrupted(interrupt=False)
