"""The scorer counts a value placed only when a reader sees it on the signed page: a value the
product wrote under a widget's white box (a drop-down it does not set) scored right while every
viewer and the printed LOA showed an empty box."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.integration.loa.scoring import hidden_chars, read_chars, score_case
from tests.loaforms.kit import a4
from tests.loaforms.round11_kit import choice_widget
from tests.unit.loa.helpers import make_entry


def _page(cover: bool, white_text: bool = False) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "Shown")
    if white_text:
        c.setFillGray(1)
    c.drawString(300, 700, "QC")
    c.setFillGray(1)
    if cover:  # a widget's box burnt in over it: white field, thin border
        c.setStrokeGray(0)
        c.rect(296, 694, 60, 18, stroke=1, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def _hidden_text(pdf: bytes) -> set[str]:
    chars = read_chars(pdf)
    return {chars[i].text for i in hidden_chars(pdf, chars)}


def test_text_under_an_opaque_box_or_drawn_white_is_hidden_and_ink_is_not() -> None:
    assert _hidden_text(_page(cover=False)) == set()
    assert _hidden_text(_page(cover=True)) == {"Q", "C"}
    assert _hidden_text(_page(cover=False, white_text=True)) == {"Q", "C"}


def _form_with_a_drop_down() -> tuple[bytes, dict[str, object]]:
    s = a4("visibility", "US", "en", ["case"], "")
    s.text(40, 800, "Port request", 13, bold=True)
    s.blank("Customer name", 40, 770, 550, "account_name")
    s.text(300, 752, "State", 7)
    choice_widget(s, "StateList", 300, 734, 60, ["AK", "AZ", "CA"], "state", h=14)
    s.blank("City", 40, 738, 280, "city")
    s.sign_line("Signature", 40, 200, 300, label_below=True)
    return s.build()


@pytest.mark.parametrize("uncovered", [True, False])
def test_a_value_under_a_drop_down_counts_placed_only_when_it_shows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uncovered: bool) -> None:
    """The case's "IL" is no option of the drop-down: it is written under it. With the widget
    hidden (the product's rule) it shows and scores right; left covered (the product before that
    rule), it is listed hidden and counted missing, not placed."""
    import portdesk.loa.fill as fill

    if not uncovered:
        monkeypatch.setattr(fill, "uncover", lambda widgets, stamps: [])
    pdf, truth = _form_with_a_drop_down()
    form = tmp_path / "form.pdf"
    form.write_bytes(pdf)
    score = score_case(truth, form, "case", make_entry(2), tmp_path / "work")
    assert score.signed and score.intact
    states = [n for n in score.notes if "state" in n or "IL" in n]
    if uncovered:
        assert score.hidden == 0 and not states, score.notes
        assert score.right == score.values
    else:
        assert score.hidden == 1 and score.right == score.values - 1, score.notes
        assert any("hidden" in n and "IL" in n for n in score.notes)
        assert "missing state: StateList" in score.notes


def _written_over(value: str | None) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    c.setFillGray(0.6)
    c.drawString(100, 700, "Rua, avenida e numero")  # the form's grey placeholder
    if value is not None:
        c.setFillGray(0)
        c.drawString(100, 700, value)  # ours, from the same point
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_printed_letter_vouches_for_one_letter_of_the_signed_page_only() -> None:
    """A value written over a placeholder that starts with the same letters ("Rua dos Anjos 5"
    over "Rua, avenida ..."): each of the form's letters is matched once, so the value reads
    whole ("a dos Anjos 5" had scored misplaced) and the form's own letters stay the form's."""
    from tests.integration.loa.scoring import added_chars

    original = read_chars(_written_over(None))
    assert added_chars(original, read_chars(_written_over(None))) == []
    new = added_chars(original, read_chars(_written_over("Rua dos Anjos 5")))
    assert "".join(c.text for c in new) == "RuadosAnjos5"
