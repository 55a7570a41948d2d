"""Service address: USPS normalisation for "same meaning", and a digit guard against false matches.

scourgify turns "120 North Oak Street Suite 400" and "120 N Oak St Ste 400" into the same record.
Normalisers are built to merge, which is the danger here, so an equivalence also needs the house
number, unit and ZIP digits to agree character for character, outside any library.
"""

from __future__ import annotations

import re

from portdesk.bills.extract import BillFields
from portdesk.bills.verdicts import (
    MIN_MATCH_CONFIDENCE,
    MIN_MATCH_READ,
    FieldCheck,
    Verdict,
    mismatch_or_unclear,
)
from portdesk.domain.case import Address

_UNIT_TYPES = {"STE": "STE", "SUITE": "STE", "APT": "APT", "APARTMENT": "APT", "UNIT": "UNIT",
               "FL": "FL", "FLOOR": "FL", "RM": "RM", "ROOM": "RM", "BLDG": "BLDG",
               "BUILDING": "BLDG", "#": "#", "": "#"}
_FLD = "service_address"


def _unit(line2: str) -> tuple[str, str]:
    """(designator, identifier); '#' means "a unit of unstated type" and matches any designator."""
    text = re.sub(r"[.,:]", " ", line2.upper()).replace("#", " # ").split()
    if not text:
        return "", ""
    kind = _UNIT_TYPES.get(text[0])
    if kind is None:
        return "?" + text[0], " ".join(text[1:]) if len(text) > 1 else text[0]
    rest = [t for t in text[1:] if t != "#"]
    return kind, " ".join(rest)


def _normal(a: Address) -> tuple[str, str, str, str, str] | None:
    from scourgify import normalize_address_record
    from scourgify.exceptions import AddressNormalizationError

    try:
        rec = normalize_address_record({
            "address_line_1": a.line1, "address_line_2": a.line2 or None, "city": a.city,
            "state": a.state, "postal_code": a.postal_code})
    except (AddressNormalizationError, ValueError, KeyError, TypeError):
        return None
    return (rec.get("address_line_1") or "", rec.get("address_line_2") or "",
            rec.get("city") or "", rec.get("state") or "", (rec.get("postal_code") or "")[:5])


def _plain(a: Address) -> tuple[str, str, str, str, str]:
    def p(s: str) -> str:
        return " ".join(re.sub(r"[^\w#]", " ", s.upper()).split())

    return p(a.line1), p(a.line2), p(a.city), p(a.state), a.postal_code[:5]


def _digits(a: Address) -> list[str]:
    return re.findall(r"\d+", f"{a.line1} {a.line2}")


def _differences(case: Address, bill: Address) -> list[str]:
    out = []
    c_num, b_num = re.match(r"\s*(\d+)", case.line1), re.match(r"\s*(\d+)", bill.line1)
    if (c_num and c_num.group(1)) != (b_num and b_num.group(1)):
        out.append("house number")
    if _unit(case.line2)[1] != _unit(bill.line2)[1]:
        out.append("suite/unit")
    if _digits(case) == _digits(bill) and (_plain(case)[0] != _plain(bill)[0]):
        out.append("street")
    if _plain(case)[2] != _plain(bill)[2]:
        out.append("city")
    if case.state.upper() != bill.state.upper():
        out.append("state")
    if case.postal_code[:5] != bill.postal_code[:5] or (
            len(case.postal_code) > 5 and len(bill.postal_code) > 5
            and case.postal_code != bill.postal_code):
        out.append("ZIP")
    return out


def addresses_equivalent(case: Address, bill: Address) -> bool:
    """Same place written differently; any digit of house number, unit or ZIP off is not."""
    if _digits(case) != _digits(bill) or case.postal_code[:5] != bill.postal_code[:5]:
        return False
    if len(case.postal_code) > 5 and len(bill.postal_code) > 5 and (
            case.postal_code != bill.postal_code):
        return False
    cu, bu = _unit(case.line2), _unit(bill.line2)
    if cu[1] != bu[1] or (cu[0] != bu[0] and "#" not in (cu[0], bu[0])):
        return False
    nc, nb = _normal(case), _normal(bill)
    if nc is None or nb is None:
        nc, nb = _plain(case), _plain(bill)
    # line2 was judged above; scourgify writes "# 400" and "STE 400" differently on purpose
    return (nc[0], nc[2], nc[3], nc[4]) == (nb[0], nb[2], nb[3], nb[4])


def compare_addresses(entered: Address, fields: BillFields) -> FieldCheck:
    shown = entered.one_line()
    bill = fields.service_address
    if bill is None:
        if fields.billing_address is not None:
            return FieldCheck(_FLD, Verdict.NOT_FOUND, shown, None,
                              "the bill shows only a billing (mailing) address; the service "
                              "address must come from the CSR or the customer")
        return FieldCheck(_FLD, Verdict.NOT_FOUND, shown, None, "no service address on the bill")
    bill_text = bill.one_line()
    if entered.is_empty():
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, "", bill_text,
                          "nothing entered in the case to check; the bill shows this address",
                          bill_text)
    exact = (entered.line1, entered.line2, entered.city, entered.state.upper(),
             entered.postal_code) == (bill.line1, bill.line2, bill.city, bill.state, bill.postal_code)
    if exact or addresses_equivalent(entered, bill):
        if (fields.confidence.get(_FLD, 1.0) < MIN_MATCH_CONFIDENCE
                or fields.read_confidence.get(_FLD, 1.0) < MIN_MATCH_READ):
            return FieldCheck(_FLD, Verdict.UNVERIFIABLE, shown, bill_text,
                              "the bill's address was read with low confidence; compare it by "
                              "eye", bill_text)
        if exact:
            return FieldCheck(_FLD, Verdict.EXACT, shown, bill_text, "same as on the bill")
        return FieldCheck(_FLD, Verdict.EQUIVALENT, shown, bill_text,
                          "same address, written differently; use the bill's exact form",
                          bill_text)
    diffs = _differences(entered, bill) or ["street"]
    reason = f"{', '.join(diffs)} differ{'s' if len(diffs) == 1 else ''} from the bill"
    billing = fields.billing_address
    if billing is not None and billing != bill and (
            addresses_equivalent(entered, billing) or entered == billing):
        reason = "the case has the billing address; the port needs the service address"
    return mismatch_or_unclear(_FLD, shown, bill_text, reason,
                               fields.read_confidence.get(_FLD, 1.0), bill_text)
