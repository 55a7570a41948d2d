"""Extraction on the synthetic corpus: every layout, every look-alike kept out."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.corpus import LAYOUTS, GeneratedBill, generate_corpus, score_fields
from portdesk.bills.errors import NotABill
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill


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
