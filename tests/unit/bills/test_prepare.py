"""Cleaning scans before OCR: levelling a tilted page, wiping specks, the space after a '#'."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw

from portdesk.bills.ocr import respace_unit
from portdesk.bills.prepare import despeckle, estimate_skew, level, prepare


def _page(seed: int = 1) -> Image.Image:
    """A letter page at 100 dpi with forty lines of 'words' (dark bars of random widths)."""
    rng = random.Random(seed)
    img = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(img)
    for row in range(40):
        y, x = 80 + row * 24, 60 + rng.randint(0, 40)
        while x < 760:
            width = rng.randint(20, 90)
            draw.rectangle((x, y, min(x + width, 790), y + 10), fill=20)
            x += width + rng.randint(8, 30)
    return img


@pytest.mark.parametrize("tilt", [-2.6, -1.2, -0.4, 0.7, 1.5, 3.1])
def test_skew_is_measured_within_a_fifth_of_a_degree(tilt: float) -> None:
    tilted = _page().rotate(tilt, resample=Image.Resampling.BILINEAR, fillcolor=255)
    assert estimate_skew(tilted) == pytest.approx(-tilt, abs=0.2)


def test_a_level_page_and_a_blank_page_are_left_alone() -> None:
    assert abs(estimate_skew(_page(2))) <= 0.1
    assert estimate_skew(Image.new("L", (850, 1100), 255)) == 0.0
    page = _page(3)
    assert level(page, 0.0) is page


def test_despeckle_wipes_lone_pixels_and_keeps_strokes_and_dots() -> None:
    img = Image.new("L", (60, 30), 255)
    draw = ImageDraw.Draw(img)
    draw.line((5, 5, 5, 25), fill=0, width=2)  # a stroke two pixels wide
    draw.rectangle((20, 20, 22, 22), fill=0)  # a full stop
    img.putpixel((40, 10), 0)  # specks
    img.putpixel((50, 20), 30)
    img.putpixel((51, 21), 30)
    clean = despeckle(img)
    assert clean.getpixel((40, 10)) == 255 and clean.getpixel((50, 20)) == 255
    assert clean.getpixel((5, 15)) == 0 and clean.getpixel((21, 21)) == 0


def test_prepare_levels_the_page_and_says_by_how_much() -> None:
    _, angle = prepare(_page().rotate(1.0, resample=Image.Resampling.BILINEAR, fillcolor=255))
    assert angle == pytest.approx(-1.0, abs=0.2)


def _hash_and_digit(gap: int) -> tuple[Image.Image, tuple[int, int, int, int]]:
    img = Image.new("L", (80, 30), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((10, 6, 19, 24), fill=0)  # '#'
    draw.rectangle((20 + gap, 6, 29 + gap, 24), fill=0)  # '5'
    return img, (8, 4, 24 + gap, 22)


def test_a_word_space_after_a_hash_is_kept() -> None:
    img, box = _hash_and_digit(gap=8)
    assert respace_unit(img, "#5", box) == "# 5"


def test_a_tight_hash_and_other_words_are_left_as_read() -> None:
    img, box = _hash_and_digit(gap=1)
    assert respace_unit(img, "#5", box) == "#5"
    wide, wide_box = _hash_and_digit(gap=8)
    assert respace_unit(wide, "11", wide_box) == "11"
    assert respace_unit(wide, "#", wide_box) == "#"
