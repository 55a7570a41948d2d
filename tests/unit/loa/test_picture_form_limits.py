"""A picture form's OCR keeps to Settings.limits (pages, pixels, dpi) as the bill check does:
the limits travel from the services and the CLI's fill down to analyse_form's OCR."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest

from portdesk.domain.intake import IntakeLimits
from portdesk.loa import fill as fill_module
from portdesk.loa.errors import FormNotUsable
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import analyse_form
from portdesk.loa.formocr import PictureText
from portdesk.services import loa_desk
from tests.unit.loa.helpers import make_case
from tests.unit.loa.test_picture_forms import _picture_form, needs_ocr

_FEW = IntakeLimits(max_ocr_pages=0, max_pixels=1_000_000, ocr_dpi=100)


@needs_ocr
def test_a_picture_form_past_the_settings_ocr_pages_is_said_unread() -> None:
    analysis = analyse_form(_picture_form(), "form.pdf", country="US", strict=False,
                            limits=_FEW)
    assert "past the 0 pages OCR reads" in analysis.notice, analysis.notice
    assert not [p for p in analysis.placements if p.widget in ("w1", "w2")]


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    got: list[Any] = []

    def read_pictures(pdf: bytes, words: Any, boxes: Any = (),
                      limits: IntakeLimits | None = None) -> PictureText:
        got.append(limits)
        return PictureText()

    monkeypatch.setattr(fill_module, "read_pictures", read_pictures)
    return got


def test_the_desks_analysis_and_preview_pass_the_settings_limits(seen: list[Any]) -> None:
    pdf = _picture_form()
    loa_desk.analyse(pdf, "form.pdf", {}, "US", _FEW)
    with contextlib.suppress(FormNotUsable):  # nothing read: what matters is what OCR was given
        loa_desk.preview_fill(pdf, values_from_case(make_case()), "form.pdf", {}, _FEW)
    assert seen == [_FEW, _FEW]


def test_the_clis_fill_passes_the_settings_limits(seen: list[Any], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from portdesk.cli import main
    from portdesk.config import Settings

    settings = Settings()
    settings.limits = _FEW
    monkeypatch.setattr("portdesk.services.context.load_settings", lambda *a, **k: settings)
    form = tmp_path / "form.pdf"
    form.write_bytes(_picture_form())
    entries = tmp_path / "entries.json"
    entries.write_text('{"account_name": "Acme Dental LLC", "numbers": ["+12125550100"]}')
    main(["loa", "fill", str(form), "--entries", str(entries), "-o", str(tmp_path / "out.pdf")])
    assert seen and all(limits == _FEW for limits in seen)
