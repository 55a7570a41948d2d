"""Text round 15's classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings). The round's theme: generality:
start from what the specialist typed, judge the place it was found in."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Bitterroot Saddle Works"
_ACCOUNT = "55120-8841"
_MAIL = [(40, 140, _NAME, 9), (40, 152, "418 Mill Creek Rd", 9), (40, 164, "Hamilton, MT 59840", 9)]
_FACTS = [(400, 60, "Account Number", 8), (480, 60, _ACCOUNT, 8), (400, 72, "Bill Date", 8),
          (480, 72, "02/11/2026", 8)]


def _carrier(fields: BillFields, typed: str) -> tuple[Verdict, str]:
    got = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT, losing_carrier=typed),
                  fields).fields["carrier"]
    return got.verdict, got.reason


# -- a billing agent named apart from the provider is not the carrier (decided, session 16) -------
_AGENT = "Basin Ledger Services, LLC"
_PROVIDER = "Larchwood Rural Telephone"


def _agent_bill(tmp_path: Path, statement: str) -> BillFields:
    """The agent's name, box and payable line large; the provider only in the statement."""
    head = [(40, 40, f"B:{_AGENT}", 14), (40, 58, "PO Box 2210, Helena, MT 59604", 8),
            (40, 100, statement, 7), *_FACTS]
    stub = [(40, 600, f"Make checks payable to {_AGENT}", 8),
            (40, 612, "PO Box 2210, Helena, MT 59604", 8)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "a.pdf", [*head, *_MAIL, *stub])))


@pytest.mark.parametrize("statement", [
    f"Billed on behalf of {_PROVIDER} by {_AGENT}",
    f"{_AGENT}, billing agent for {_PROVIDER}.",
    f"{_PROVIDER} services billed by {_AGENT}.",
    f"Billed on behalf of {_PROVIDER}",  # the agent named by its own places only
])
def test_a_billing_agent_typed_as_the_carrier_is_a_mismatch(tmp_path: Path,
                                                            statement: str) -> None:
    """Whoever heads the page and takes the payment, a page that says whose service it bills
    proves the agent is not the carrier the LOA goes to: a mismatch quoting the page."""
    fields = _agent_bill(tmp_path, statement)
    verdict, reason = _carrier(fields, _AGENT)
    assert verdict == Verdict.MISMATCH
    assert statement.rstrip(".") in reason
    verdict, _ = _carrier(fields, _PROVIDER)
    assert verdict in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_page_naming_no_agency_keeps_its_payee_as_the_sender(tmp_path: Path) -> None:
    """No statement of agency: the name heading the page and paid is the sender, as before."""
    fields = _agent_bill(tmp_path, "Thank you for your business.")
    verdict, _ = _carrier(fields, _AGENT)
    assert verdict == Verdict.EXACT


# -- the BTN's digits only inside the account number prove no BTN -------------------------------
def test_a_btn_printed_only_inside_the_account_number_is_a_question(tmp_path: Path) -> None:
    """Many carriers build the account from the BTN ('208 555-0144 771 2'), but where no label
    calls any number the billing number the page does not say this account was: a question
    with the account as evidence, as for a line printed only there; labelled apart, exact."""
    account = "208 555-0144 771 2"
    page = [(40, 40, "B:Larchwood Rural Telephone", 16), (400, 60, "Account Number", 8),
            (480, 60, account, 8), (400, 72, "Bill Date", 8), (480, 72, "02/11/2026", 8),
            *_MAIL, (40, 220, "B:Local Service", 10), (44, 234, "208-555-0144", 9),
            (160, 234, "Business Line", 9), (44, 246, "208-555-0160", 9), (160, 246, "Fax", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name=_NAME, account_number=account, btn="+12085550144"),
                    fields).fields["btn"]
    assert check.verdict == Verdict.UNVERIFIABLE and "inside the account" in check.reason
    labelled = [*page, (400, 84, "Billing Telephone No.", 8), (480, 84, "(208) 555-0144", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "c.pdf", labelled)))
    check = compare(PortCase(account_name=_NAME, account_number=account, btn="+12085550144"),
                    fields).fields["btn"]
    assert check.verdict == Verdict.EXACT


# -- street lines: grid house numbers, a building's name first, a unit word whole --------------
@pytest.mark.parametrize(("lines", "line1", "line2"), [
    (["N4410 County Rd K", "Suite 2", "Hayward, WI 54843"], "N4410 County Rd K", "Suite 2"),
    (["W12 Lake Shore Dr", "Hayward, WI 54843"], "W12 Lake Shore Dr", ""),
    (["Harbor Tower, 77 Water St", "Floor 9", "Erie, PA 16501"], "Harbor Tower, 77 Water St",
     "Floor 9"),
    (["Harbor Tower, 77 Water St, Erie, PA 16501"], "Harbor Tower, 77 Water St", ""),
    (["2nd Floor", "77 Water St", "Erie, PA 16501"], "77 Water St", "2nd Floor"),
])
def test_street_lines_of_every_common_shape(lines: list[str], line1: str, line2: str) -> None:
    from portdesk.bills.addrparse import parse_address_lines

    got = parse_address_lines(lines)
    assert got is not None and (got.line1, got.line2) == (line1, line2)


def test_a_unit_line_alone_is_no_street() -> None:
    """'Floor 3' is no street 'Fl' + 'oor' at number 3: a unit word is a whole word."""
    from portdesk.bills.addrparse import parse_address_lines

    assert parse_address_lines(["Floor 3", "Erie, PA 16501"]) is None
    assert parse_address_lines(["Harbor Dental, 77 Water St, Erie, PA 16501"]) is None


# -- numbers: shapes, a device's model, a status cell ------------------------------------------
def _lines_bill(tmp_path: Path, rows: list[tuple[str, str, str]]) -> BillFields:
    page = [(40, 40, "B:Larchwood Mobile", 16), *_FACTS, *_MAIL, (40, 220, "B:Your lines", 10),
            (44, 234, "Line", 8), (220, 234, "Number", 8), (340, 234, "Status", 8)]
    for k, (who, number, status) in enumerate(rows):
        y = 248 + 14 * k
        page += [(44, y, who, 9), (220, y, number, 9), (340, y, status, 9)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "l.pdf", page)))


def test_users_devices_and_number_shapes_list_the_lines(tmp_path: Path) -> None:
    """'Sam's iPhone 14' is a user's device, no help line's 'Phone 1-800'; '(406)5550131' is a
    number split by its area code's brackets alone."""
    fields = _lines_bill(tmp_path, [("Sam's iPhone 14", "(406)5550131", "Active"),
                                    ("Ada's Pixel 7 (primary)", "+1 (406) 555-0132", "Active"),
                                    ("Lee's iPhone 12", "406/555-0133", "Suspended")])
    assert {"+14065550131", "+14065550132", "+14065550133"} <= set(fields.numbers)


def test_a_status_cell_saying_the_line_left_makes_it_no_line(tmp_path: Path) -> None:
    """A status column's 'Ported out <date>' / 'Disconnected' says as much as a notice does: the
    number is not on the account today; 'Suspended' still is."""
    fields = _lines_bill(tmp_path, [("Sam's phone", "406-555-0141", "Active"),
                                    ("Tablet", "406-555-0142", "Ported out Mar 3, 2026"),
                                    ("Fax", "406-555-0143", "Disconnected 02/01/2026"),
                                    ("Spare", "406-555-0144", "Suspended")])
    assert {"+14065550141", "+14065550144"} <= set(fields.numbers)
    assert not {"+14065550142", "+14065550143"} & set(fields.numbers)
    got = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT,
                           numbers=(CaseNumber("+14065550142"),)), fields).numbers
    assert got is not None and got.items[0].verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)


# -- dates: the day the document was made ------------------------------------------------------
@pytest.mark.parametrize("label", ["Prepared on", "Date prepared", "Generated on"])
def test_the_day_a_document_was_made_is_its_date(tmp_path: Path, label: str) -> None:
    page = [(40, 40, "B:Larchwood Rural Telephone", 16), (40, 60, "Your March 2026 Statement", 9),
            (400, 60, "Account Number", 8), (480, 60, _ACCOUNT, 8), (400, 72, label, 8),
            (480, 72, "03/14/2026", 8), *_MAIL]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "d.pdf", page)))
    assert str(fields.statement_date) == "2026-03-14"


# -- a brand and its owner's legal name, both printed: both the sender's -----------------------
def test_a_brand_signed_with_its_web_address_is_the_sender_beside_its_owner(
        tmp_path: Path) -> None:
    """The brand set large and signed with its web address ('Juniper Cellular · jcwnation.com'),
    the stub payable to its owner's legal name and 'Service provided by' the owner: with no
    statement of agency both are the sender's names as printed, neither a question."""
    owner = "Harlow Ridge Holdings, Inc."
    head = [(40, 40, "B:JuniperCellular", 18), (40, 60, "Juniper Cellular · jcwnation.com", 8),
            *_FACTS, (40, 400, f"Service provided by {owner}", 7)]
    stub = [(40, 600, "Please detach and return this portion with your payment.", 7),
            (60, 620, owner, 9), (60, 632, "PO Box 1260", 9), (60, 644, "Show Low, AZ 85902", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "o.pdf", [*head, *_MAIL, *stub])))
    assert _carrier(fields, "Juniper Cellular")[0] == Verdict.EXACT
    assert _carrier(fields, owner)[0] == Verdict.EXACT
    assert _carrier(fields, "Juniper Wireless")[0] not in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_label_running_on_into_a_sentence_answers_nothing(tmp_path: Path) -> None:
    """'Service provided by Harlow Ridge Holdings, Inc.' is a sentence naming the provider, not a
    'Service provider' label answered by 'by Harlow ...': the carrier is never read as 'by X'."""
    page = [(40, 40, "B:Juniper Cellular", 18), (40, 60, "Juniper Cellular · jcwnation.com", 8),
            *_FACTS, *_MAIL, (40, 400, "Service provided by Harlow Ridge Holdings, Inc.", 7),
            (40, 600, "Please detach and return this portion with your payment.", 7),
            (60, 620, "Juniper Cellular", 9), (60, 632, "PO Box 1260", 9),
            (60, 644, "Show Low, AZ 85902", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "s.pdf", page)))
    assert fields.carrier is not None and not fields.carrier.startswith("by ")


# -- a two-up sheet, another country's code, where calls are forwarded -------------------------
def test_a_heading_alone_over_its_column_heads_it_on_a_two_up_sheet(tmp_path: Path) -> None:
    """Two bill pages side by side on one landscape sheet: the right half's 'Call detail' shares
    its line with the left half's words, and still heads the calls under it (they were dialed);
    on a portrait page a heading beside a sidebar box heads no column of its own."""
    left = [(40, 40, "B:Larchwood Rural Telephone", 16), (40, 60, "Account Number", 8),
            (120, 60, _ACCOUNT, 8), (40, 72, "Bill Date", 8), (120, 72, "02/11/2026", 8),
            (40, 110, _NAME, 9), (40, 118, "418 Mill Creek Rd", 9),
            (40, 124, "Hamilton, MT 59840", 9), (40, 148, "Thank you for your business.", 9),
            (40, 160, "Page 1 of 2", 9)]
    right = [(330, 86, "B:Lines on this account", 10), (330, 98, "+1 (406) 555-0131", 8),
             (430, 98, "Business Line", 8), (330, 124, "B:Call detail", 10)]
    rows = [("10/03", "(212) 555-0164", "12 min"), ("10/04", "(303) 555-0188", "3 min"),
            ("10/05", "+63 917 555 1084", "9 min")]
    for k, (day, number, mins) in enumerate(rows):
        right += [(330, 148 + 12 * k, day, 8), (400, 148 + 12 * k, number, 8),
                  (500, 148 + 12 * k, mins, 8)]
    left += [(40, 98, "Main Number", 8), (230, 98, "+1 (406) 555-0130", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "t.pdf", [*left, *right],
                                                 landscape=True)))
    assert "+14065550131" in fields.numbers
    assert not {"+12125550164", "+13035550188", "+19175551084"} & set(fields.numbers)
    # the left half's "Main Number" is answered by its own value, not by the right half's line
    typed = PortCase(account_name=_NAME, account_number=_ACCOUNT, btn="+14065550131")
    assert compare(typed, fields).fields["btn"].verdict not in (Verdict.EXACT,
                                                                 Verdict.EQUIVALENT)


def test_a_forwarding_destination_is_no_line(tmp_path: Path) -> None:
    """'RCF to (615) 555-0167', 'CFNA to ...': where the line's calls go, not a line."""
    page = [(40, 40, "B:Larchwood Rural Telephone", 16), *_FACTS, *_MAIL,
            (40, 220, "B:Lines and Features", 10),
            (44, 234, "(406) 555-0104", 9), (160, 234, "Remote Call Forwarding", 9),
            (300, 234, "RCF to (615) 555-0167", 9),
            (44, 246, "(406) 555-0105", 9), (160, 246, "Business Line", 9),
            (300, 246, "CFNA to (615) 555-0168", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "f.pdf", page)))
    assert {"+14065550104", "+14065550105"} <= set(fields.numbers)
    assert not {"+16155550167", "+16155550168"} & set(fields.numbers)


def test_a_role_in_brackets_after_a_users_device_labels_no_btn(tmp_path: Path) -> None:
    """'Sam's Pixel 8 (Primary line)': which of the plan's lines is the primary one, said in a
    user's cell as a type cell says it; no label calls it the billing number, so a typed BTN is
    a question (one of the lines), never "exact" on that cell alone."""
    fields = _lines_bill(tmp_path, [("Sam's Pixel 8 (Primary line)", "406-555-0151", "Active"),
                                    ("Ada's iPhone 14", "406-555-0152", "Active")])
    assert "+14065550151" in fields.numbers and fields.btn is None
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT, btn="+14065550151"),
                    fields).fields["btn"]
    assert check.verdict == Verdict.UNVERIFIABLE


def test_the_providers_owner_on_a_legal_line_is_no_agent(tmp_path: Path) -> None:
    """'Billed on behalf of X' names no agent: only who heads the page or takes the payment is
    its agent; an owner named in the fine print ('© 2026 Harlow Ridge Holdings, Inc.') is not."""
    page = [(40, 40, f"B:{_PROVIDER}", 14), (40, 100, f"Billed on behalf of {_PROVIDER}", 7),
            *_FACTS, *_MAIL, (40, 700, "© 2026 Harlow Ridge Holdings, Inc.", 6)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "l.pdf", page)))
    assert _carrier(fields, "Harlow Ridge Holdings, Inc.")[0] != Verdict.MISMATCH
