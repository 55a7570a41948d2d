"""Extraction on the synthetic corpus: every layout, every look-alike kept out."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.errors import NotABill
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from tests.billcorpus import LAYOUTS, GeneratedBill, generate_corpus, score_fields


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[GeneratedBill]:
    return generate_corpus(tmp_path_factory.mktemp("bills"), 3 * len(LAYOUTS), seed=5)


def test_every_field_of_every_layout(corpus: list[GeneratedBill]) -> None:
    misses = []
    for bill in corpus:
        fields = extract_fields(read_bill(bill.path))
        misses += [(bill.layout, k) for k, ok in score_fields(fields, bill.truth).items() if not ok]
        assert fields.source == "text"
    assert misses == []


def test_look_alikes_are_not_the_customers(corpus: list[GeneratedBill]) -> None:
    for bill in corpus:
        fields = extract_fields(read_bill(bill.path))
        t = bill.truth
        assert not set(fields.numbers) & set(t.support_numbers + t.dialed_numbers)
        assert fields.account_number not in (t.invoice_id, t.customer_id)
        assert fields.service_address is None or not fields.service_address.line1.startswith(
            "PO Box") or (t.service_address and t.service_address.line1.startswith("PO Box"))


def test_evidence_points_at_the_value(corpus: list[GeneratedBill]) -> None:
    fields = extract_fields(read_bill(corpus[0].path))
    ev = fields.evidence["account_number"]
    assert ev.page == 1 and corpus[0].truth.account_number in ev.text
    x0, top, x1, bottom = ev.bbox
    assert 0 <= x0 < x1 <= 612 and 0 <= top < bottom <= 792
    assert set(fields.number_evidence) == set(fields.numbers)


def test_a_letter_is_not_a_bill(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    c = Canvas(str(path))
    for i, line in enumerate(["Dear customer,", "Thank you for your order of 12 widgets.",
                              "Kind regards, the shop"]):
        c.drawString(72, 700 - 14 * i, line)
    c.save()
    with pytest.raises(NotABill, match="no account details found"):
        extract_fields(read_bill(path))


def test_a_speck_read_as_a_lone_letter_inside_a_label_is_skipped() -> None:
    from portdesk.bills.labelmatch import LabelMatcher
    from portdesk.bills.layout import Segment
    from portdesk.bills.reader import Word
    from portdesk.bills.vocab import VOCAB

    def seg(*words: tuple[str, float]) -> Segment:
        return Segment(1, tuple(Word(t, 10.0 * i, 0, 10.0 * i + 8, 8, c)
                                for i, (t, c) in enumerate(words)), 0)

    matcher = LabelMatcher(VOCAB)
    hit = matcher.match(seg(("Service", 0.96), ("Z", 0.0), ("Address", 0.95), ("12", 0.9)))
    assert hit is not None and (hit.field, hit.size) == ("service_address", 3)
    assert hit.segment.tail(hit.size) is not None
    sure = matcher.match(seg(("Service", 0.96), ("Z", 0.9), ("Address", 0.95)))
    assert sure is None or sure.field != "service_address"
