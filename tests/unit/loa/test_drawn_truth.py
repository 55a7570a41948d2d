"""The drawn forms' truth describes the PDF it was drawn with (no filling: the held-back rounds
are filled only when the lead scores them): every widget the truth names is on its page at its
rectangle, no two places overlap (a character could not say which it belongs to), every field is
one the scorer knows, every case exists, and every form has somewhere to sign."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from tests.integration.loa.scoring import expected
from tests.loaforms import FORMS, build
from tests.loaforms.cases import CASES


def _flat(truth: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for p in truth["places"] for s in (p["slots"] if "slots" in p else [p])]


def _widgets(pdf: bytes) -> dict[str, list[tuple[int, list[float]]]]:
    found: dict[str, list[tuple[int, list[float]]]] = {}
    for n, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Widget":
                name = annot.get("/T") or annot.get("/Parent", {}).get("/T")
                rect = (n, [float(v) for v in annot["/Rect"]])
                found.setdefault(str(name), []).append(rect)
                qualified = _qualified(annot)
                if qualified != str(name):  # a kid in a tree of fields ('svc.address.city')
                    found.setdefault(qualified, []).append(rect)
    return found


def _qualified(annot: Any) -> str:
    """A widget's fully qualified field name: its own part and its parents', joined by dots."""
    parts = []
    node = annot
    while node is not None:
        if "/T" in node:
            parts.append(str(node["/T"]))
        node = node.get("/Parent")
        node = node.get_object() if node is not None else None
    return ".".join(reversed(parts))


def _overlap(a: list[float], b: list[float]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_truth_matches_the_drawn_form(name: str) -> None:
    pdf, truth = build(name)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    widgets = _widgets(pdf)
    places = _flat(truth)
    for place in places:
        assert 1 <= place["page"] <= pages, place
        widget = place.get("widget")
        if widget and "=" not in widget:  # radio buttons are named group=value
            assert any(page == place["page"] and all(abs(a - b) < 1.5 for a, b in
                                                     zip(rect, place["rect"], strict=True))
                       for page, rect in widgets.get(widget, [])), (widget, place)
    for n, a in enumerate(places):
        for b in places[n + 1:]:
            assert a["page"] != b["page"] or _overlap(a["rect"], b["rect"]) <= 4, (a, b)
    assert any(p["field"] == "signature" for p in places), "nowhere to sign"
    assert truth["cases"] and all(case in CASES for case in truth["cases"])
    for place in truth["places"]:
        if "slots" not in place:
            for case in truth["cases"]:
                expected(place["field"], CASES[case], date(2027, 1, 2), truth["language"])


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_drawn_case_holds_numbers_the_fill_accepts(case: str) -> None:
    """A case the fill refuses measures nothing: two Irish cases once wrote Galway numbers with a
    digit too many (091 + 7 digits) and their forms scored 0 without the filler being asked.
    Every number a case gives is a valid number of its country, as the desk itself requires."""
    import phonenumbers

    entries = CASES[case]
    numbers = [*entries.get("numbers", []), entries.get("btn"), entries.get("contact_phone"),
               *entries.get("remaining_numbers", [])]
    for number in filter(None, numbers):
        assert phonenumbers.is_valid_number(phonenumbers.parse(number)), (case, number)
