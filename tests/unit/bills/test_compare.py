"""The comparison's one unforgivable error is a false match: these tests try hard to provoke one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields
from portdesk.bills.verdicts import MATCHES, Verdict, summarize
from portdesk.domain.case import Address, CaseNumber, PortCase

BILL_ADDR = Address("120 North Oak Street", "Suite 400", "Springfield", "IL", "62701-1234")
FIELDS = BillFields(
    carrier="Northwind Telecom", account_name="Acme Plumbing Incorporated",
    account_number="8310 0123 4567 890", service_address=BILL_ADDR,
    billing_address=Address("PO Box 77", "", "Springfield", "IL", "62705"),
    btn="+12125550142", numbers=("+12125550142", "+12125550143"),
)


def case(**changes: object) -> PortCase:
    base = PortCase(
        account_name="Acme Plumbing Incorporated", account_number="8310 0123 4567 890",
        btn="+12125550142", losing_carrier="Northwind Telecom", service_address=BILL_ADDR,
        numbers=(CaseNumber("+12125550142"), CaseNumber("+12125550143")),
    )
    return base.with_changes(**changes)


def verdict(c: PortCase, field: str, fields: BillFields = FIELDS) -> Verdict:
    return compare(c, fields).fields[field].verdict


def test_identical_values_are_exact() -> None:
    result = compare(case(), FIELDS)
    assert {f: c.verdict for f, c in result.fields.items()} == dict.fromkeys(
        ("account_name", "account_number", "btn", "carrier", "service_address"), Verdict.EXACT)
    assert result.numbers is not None and result.numbers.verdict == Verdict.EXACT


@pytest.mark.parametrize(("field", "value"), [
    ("account_name", "ACME PLUMBING INC."),
    ("account_name", "Acme  Plumbing, Inc"),
    ("account_number", "8310-0123-4567-890"),
    ("account_number", "831001234567890"),
    ("service_address", Address("120 N Oak St", "Ste 400", "springfield", "il", "62701")),
    ("service_address", Address("120 North Oak Street", "# 400", "Springfield", "IL", "62701")),
])
def test_same_meaning_is_equivalent_and_suggests_the_bill_form(field: str, value: object) -> None:
    key = {"account_name": "account_name", "account_number": "account_number",
           "service_address": "service_address"}[field]
    check = compare(case(**{key: value}), FIELDS).fields[field]
    assert check.verdict == Verdict.EQUIVALENT
    assert check.suggestion is not None


@pytest.mark.parametrize(("field", "value", "words"), [
    ("account_name", "Acme Plumbing LLC", "reject"),
    ("account_name", "Acme Plumbing Supply Incorporated", "reject"),
    ("account_number", "8310 0123 4567 891", "alike"),
    ("account_number", "08310 0123 4567 890", "reject"),
    ("service_address", Address("121 North Oak Street", "Suite 400", "Springfield", "IL",
                                "62701"), "house number"),
    ("service_address", Address("120 North Oak Street", "Suite 410", "Springfield", "IL",
                                "62701"), "suite"),
    ("service_address", Address("120 North Oak Street", "Suite 400", "Springfield", "IL",
                                "62702"), "ZIP"),
    ("service_address", Address("120 South Oak Street", "Suite 400", "Springfield", "IL",
                                "62701"), "street"),
    ("service_address", Address("120 North Oak Street", "", "Springfield", "IL", "62701"),
     "suite"),
    ("service_address", Address("120 North Oak Street", "Suite 400", "Springfield", "IL",
                                "62701-9999"), "ZIP"),
])
def test_a_real_difference_is_a_mismatch_with_a_reason(field: str, value: object,
                                                       words: str) -> None:
    check = compare(case(**{field: value}), FIELDS).fields[field]
    assert check.verdict == Verdict.MISMATCH
    assert words in check.reason


def test_billing_address_given_for_service_address_is_named() -> None:
    check = compare(case(service_address=FIELDS.billing_address), FIELDS).fields[
        "service_address"]
    assert check.verdict == Verdict.MISMATCH
    assert "billing address" in check.reason


def test_masked_account_number_is_unverifiable_or_mismatch_never_a_match() -> None:
    masked = replace(FIELDS, account_number="****-****-7890")
    assert verdict(case(), "account_number", masked) == Verdict.UNVERIFIABLE
    assert verdict(case(account_number="8310 0123 4567 891"), "account_number",
                   masked) == Verdict.MISMATCH


def test_masked_btn_and_numbers_are_unverifiable() -> None:
    masked = replace(FIELDS, btn=None, btn_text="(212) ***-0142", numbers=(),
                     masked_numbers=("(212) ***-0142", "(212) ***-0143"))
    result = compare(case(), masked)
    assert result.fields["btn"].verdict == Verdict.UNVERIFIABLE
    assert result.numbers is not None
    assert {i.verdict for i in result.numbers.items} == {Verdict.UNVERIFIABLE}


def test_missing_on_bill_is_not_found() -> None:
    empty = BillFields(account_number="1234")
    result = compare(case(), empty)
    for field in ("account_name", "btn", "carrier", "service_address"):
        assert result.fields[field].verdict == Verdict.NOT_FOUND
    assert result.numbers is not None and result.numbers.verdict == Verdict.NOT_FOUND


def test_low_confidence_read_never_matches() -> None:
    doubtful = replace(FIELDS, confidence=dict.fromkeys(
        ("account_name", "account_number", "btn", "carrier", "service_address"), 0.3))
    result = compare(case(), doubtful)
    assert all(c.verdict == Verdict.UNVERIFIABLE for c in result.fields.values())


def test_number_not_on_bill_is_not_found_per_number() -> None:
    c = case(numbers=(CaseNumber("+12125550142"), CaseNumber("+12125550199")))
    numbers = compare(c, FIELDS).numbers
    assert numbers is not None
    assert [i.verdict for i in numbers.items] == [Verdict.EXACT, Verdict.NOT_FOUND]
    assert numbers.verdict == Verdict.NOT_FOUND


def test_summary_for_readiness() -> None:
    result = compare(case(account_number="999"), FIELDS)
    summary = summarize(result, bill_age_days=12, age_limit_days=30)
    assert summary.any_mismatch and summary.mismatched == ("account_number",)
    assert summary.fields_verified == 4 and summary.numbers_on_bill == 2
    assert not summary.bill_too_old and not summary.all_verified
    assert summarize(compare(case(), FIELDS), 31, 30).bill_too_old
    assert summarize(compare(case(), FIELDS), 3, 30).all_verified


# --- property tests: one changed character must never pass as the same value -------------------

def _mutate_digit(text: str, data: st.DataObject) -> str:
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    i = data.draw(st.sampled_from(positions))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != text[i]]))
    return text[:i] + new + text[i + 1:]


digits = st.text("0123456789", min_size=4, max_size=14)
separators = st.sampled_from(["", " ", "-", "."])


@settings(max_examples=150, deadline=None)
@given(data=st.data(), raw=digits, sep=separators)
def test_property_account_number_one_digit_off_is_never_a_match(data: st.DataObject, raw: str,
                                                                sep: str) -> None:
    bill_value = sep.join(raw[i:i + 4] for i in range(0, len(raw), 4))
    entered = _mutate_digit(bill_value, data)
    fields = replace(FIELDS, account_number=bill_value)
    assert verdict(case(account_number=entered), "account_number", fields) not in MATCHES


streets = st.sampled_from(["Oak Street", "N Main St", "Lakeview Avenue", "West 5th Ave",
                           "Cedar Blvd", "Hillcrest Road"])
units = st.sampled_from(["", "Suite 400", "Ste 12", "Apt 3B", "# 7", "Unit 101", "Floor 2"])


@settings(max_examples=200, deadline=None)
@given(data=st.data(), house=st.integers(1, 99999), street=streets, unit=units,
       zip5=st.integers(10000, 99999), plus4=st.one_of(st.none(), st.integers(0, 9999)),
       part=st.sampled_from(["house", "unit", "zip"]))
def test_property_address_one_digit_off_is_never_a_match(
        data: st.DataObject, house: int, street: str, unit: str, zip5: int,
        plus4: int | None, part: str) -> None:
    postal = f"{zip5}" + (f"-{plus4:04d}" if plus4 is not None else "")
    bill = Address(f"{house} {street}", unit, "Springfield", "IL", postal)
    if part == "house":
        entered = replace(bill, line1=_mutate_digit(bill.line1.split()[0], data) + " " + street)
    elif part == "unit" and any(ch.isdigit() for ch in unit):
        entered = replace(bill, line2=_mutate_digit(unit, data))
    else:
        entered = replace(bill, postal_code=_mutate_digit(postal[:5], data) + postal[5:])
    fields = replace(FIELDS, service_address=bill)
    assert verdict(case(service_address=entered), "service_address", fields) not in MATCHES


@settings(max_examples=150, deadline=None)
@given(data=st.data(), line=st.integers(100, 199), npa=st.sampled_from(["212", "312", "415"]))
def test_property_number_one_digit_off_is_never_on_the_bill(data: st.DataObject, line: int,
                                                            npa: str) -> None:
    bill_number = f"+1{npa}555{line:04d}"
    mutated = "+1" + _mutate_digit(bill_number[2:], data)
    fields = replace(FIELDS, btn=bill_number, numbers=(bill_number,))
    result = compare(case(btn=mutated, numbers=(CaseNumber(mutated),)), fields)
    assert result.fields["btn"].verdict not in MATCHES
    assert result.numbers is not None
    assert result.numbers.items[0].verdict not in MATCHES


@settings(max_examples=100, deadline=None)
@given(name=st.sampled_from(["Acme Plumbing Inc", "Harbor View Dental LLC", "Maria L. Gonzalez"]),
       data=st.data())
def test_property_name_one_letter_off_is_never_a_match(name: str, data: st.DataObject) -> None:
    i = data.draw(st.sampled_from([i for i, ch in enumerate(name) if ch.isalpha()]))
    letter = data.draw(st.sampled_from([c for c in "abcdefghijklmnopqrstuvwxyz"
                                        if c != name[i].lower()]))
    entered = name[:i] + letter + name[i + 1:]
    fields = replace(FIELDS, account_name=name)
    assert verdict(case(account_name=entered), "account_name", fields) not in MATCHES


SCANNED = replace(FIELDS, source="ocr")


@pytest.mark.parametrize(("field", "value"), [
    ("account_number", "8310 0123 4567 891"),
    ("btn", "+12125550143"),
    ("service_address", replace(BILL_ADDR, line1="128 North Oak Street")),
    ("account_name", "Acme Plumbing Corporation"),
])
def test_a_difference_read_unsurely_from_a_scan_is_unverifiable(field: str, value: object) -> None:
    blurred = replace(SCANNED, read_confidence={field: 0.7})
    check = compare(case(**{field: value}), blurred).fields[field]
    assert check.verdict == Verdict.UNVERIFIABLE and "unclear" in check.reason
    clear = replace(SCANNED, read_confidence={field: 0.95})
    assert compare(case(**{field: value}), clear).fields[field].verdict == Verdict.MISMATCH


@pytest.mark.parametrize("field", ["account_number", "btn", "service_address", "account_name"])
def test_an_agreement_read_very_unsurely_from_a_scan_is_not_a_match(field: str) -> None:
    blurred = replace(SCANNED, read_confidence={field: 0.4})
    assert compare(case(), blurred).fields[field].verdict == Verdict.UNVERIFIABLE
    fair = replace(SCANNED, read_confidence={field: 0.8})
    assert compare(case(), fair).fields[field].verdict == Verdict.EXACT
