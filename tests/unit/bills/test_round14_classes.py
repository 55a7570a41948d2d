"""Text round 14's classes, each a general rule about how bills are written, tried on bills drawn
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
_MAIL = [(40, 100, _NAME, 9), (40, 112, "418 Mill Creek Rd", 9), (40, 124, "Hamilton, MT 59840", 9)]
_HEAD = [(40, 40, "B:Larchwood Rural Telephone", 16), (400, 60, "Account Number", 8),
         (480, 60, _ACCOUNT, 8), (400, 72, "Bill Date", 8), (480, 72, "02/11/2026", 8)]


def _fields(tmp_path: Path, items: list[drawn.Item], *more: list[drawn.Item]) -> BillFields:
    page = [*_HEAD, *_MAIL, *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page, *more)))


def _number_verdicts(fields: BillFields, *e164s: str) -> dict[str, Verdict]:
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT,
                             numbers=tuple(CaseNumber(n) for n in e164s)), fields)
    assert check.numbers is not None
    return {i.number: i.verdict for i in check.numbers.items}


# -- call detail: a call that came in has the caller in its "From" cell ---------------------------
def test_the_caller_of_an_incoming_call_is_no_line_of_the_account(tmp_path: Path) -> None:
    """Call detail with From and To columns lists the customer's line in "From" for the calls it
    made, and the caller there for the calls it received: a row marked as received says whose
    number "From" holds, and a caller is never a line of the account, even typed."""
    mine, caller, dialed = "(406) 555-0131", "(312) 555-0177", "(212) 555-0164"
    page = [(40, 200, "B:Lines", 10), (44, 214, mine, 9), (140, 214, "Business Line", 9),
            (40, 250, "B:Detail of Calls", 10)]
    cols = (40, 90, 150, 250, 350, 450)
    page.append((cols[0], 264, "Date", 8))
    for x, head in zip(cols[1:], ("Time", "From", "To", "Place", "Min"), strict=True):
        page.append((x, 264, head, 8))
    rows = [("01/03", "9:12", mine, dialed, "NEW YORK NY", "4"),
            ("01/04", "2:40", caller, mine, "INCOMING", "7"),
            ("01/05", "11:02", caller, mine, "Inbound", "2")]
    for k, row in enumerate(rows):
        for x, text in zip(cols, row, strict=True):
            page.append((x, 278 + 12 * k, text, 8))
    fields = _fields(tmp_path, page)
    assert "+13125550177" not in fields.numbers and "+12125550164" not in fields.numbers
    got = _number_verdicts(fields, "+14065550131", "+13125550177")
    assert got["+14065550131"] == Verdict.EXACT
    assert got["+13125550177"] not in (Verdict.EXACT, Verdict.EQUIVALENT)


# -- a typed carrier the bill does not print: a question, whatever the signs name -------------------
def _carrier(fields: BillFields, typed: str) -> Verdict:
    return compare(PortCase(account_name=_NAME, account_number=_ACCOUNT, losing_carrier=typed),
                   fields).fields["carrier"].verdict


def _sender_bill(tmp_path: Path) -> BillFields:
    """An unlisted carrier named by its wordmark, its payable line and its web domain."""
    head = [(40, 40, "B:Larchwood Rural Telephone", 16), (400, 60, "Account Number", 8),
            (480, 60, _ACCOUNT, 8), (400, 72, "Bill Date", 8), (480, 72, "02/11/2026", 8)]
    stub = [(40, 600, "Make checks payable to Larchwood Rural Telephone", 8),
            (40, 612, "PO Box 118, Darby, MT 59829", 8), (40, 640, "larchwoodtel.com", 8)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "s.pdf", [*head, *_MAIL, *stub])))


@pytest.mark.parametrize("typed", ["Larchwood Rural Cellular", "LRT", "Larchwood",
                                   "Larchwood Rural Telephone Business"])
def test_another_form_of_the_senders_name_not_printed_is_a_question(tmp_path: Path,
                                                                    typed: str) -> None:
    """The corpus rule (decided, round 14): a kind word swapped ('Bluegrass Telephone' and
    'Bluegrass Cellular' are two companies), initials, the start of the name or a line of
    business the page prints nowhere may be another company's name: unverifiable, not a match,
    however surely the bill names its sender."""
    assert _carrier(_sender_bill(tmp_path), typed) == Verdict.UNVERIFIABLE


@pytest.mark.parametrize("typed", ["Larchwood Rural Telephone", "LARCHWOOD RURAL TELEPHONE",
                                   "Larchwood Rural Telephone Co.", "The Larchwood Rural Telephone"])
def test_the_senders_name_as_printed_up_to_its_legal_form_is_a_match(tmp_path: Path,
                                                                     typed: str) -> None:
    assert _carrier(_sender_bill(tmp_path), typed) in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_name_printed_with_only_its_legal_form_after_it_is_printed(tmp_path: Path) -> None:
    """'Kestrel Wireless Holdings inc.' under the wordmark: typed without its 'inc.', the page
    prints it; the start of a longer legal name is not the name printed."""
    head = [(40, 40, "B:kestrel", 20), (40, 62, "Kestrel Wireless Holdings inc.", 8),
            (400, 60, "Account Number", 8), (480, 60, _ACCOUNT, 8), (400, 72, "Bill Date", 8),
            (480, 72, "02/11/2026", 8), (40, 640, "kestrelwireless.com", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "k.pdf", [*head, *_MAIL])))
    assert _carrier(fields, "Kestrel Wireless Holdings") == Verdict.EXACT
    assert _carrier(fields, "Kestrel Wireless") == Verdict.UNVERIFIABLE


def test_initials_skip_french_elided_articles(tmp_path: Path) -> None:
    """'CTO' over 'Coopérative de téléphone de l'Outaouais' and 'www.cto.ca': the domain spells
    the initials of the line (the article 'l'' is no initial), so the line is the sender's."""
    head = [(40, 40, "B:CTO", 20), (40, 62, "Coopérative de téléphone de l'Outaouais", 8),
            (400, 60, "Numéro de compte", 8), (480, 60, _ACCOUNT, 8), (40, 640, "www.cto.ca", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "c.pdf", [*head, *_MAIL])))
    assert _carrier(fields, "Coopérative de téléphone de l'Outaouais") == Verdict.EXACT


# -- typesetting's characters in the text layer ------------------------------------------------------
def test_typographic_hyphens_spaces_and_ligatures_are_read_plainly() -> None:
    """A billing system that typesets its bill writes non-breaking hyphens, a figure dash or a
    minus sign where a person types '-', soft hyphens nobody sees, and 'ﬁ' ligatures; an en dash
    between the groups of one telephone number is its hyphen. A range's en dash stays a dash."""
    from portdesk.bills.reader import plain_text

    assert plain_text("989\u2011555\u20110105") == "989-555-0105"
    assert plain_text("(989)\u2012555\u22120105") == "(989)-555-0105"
    assert plain_text("989\u2013555\u20130105,") == "989-555-0105,"
    assert plain_text("Speci\ufb01c") == "Specific" and plain_text("Ac\u00adcount") == "Account"
    assert plain_text("0133\u20130152") == "0133\u20130152"
    assert plain_text("\u00ad") == ""


def test_a_line_written_with_non_breaking_hyphens_is_listed(tmp_path: Path) -> None:
    from tests.billcorpus.draw import font_available

    if not font_available("DejaVuSans"):
        pytest.skip("DejaVu fonts (Debian's fonts-dejavu) are not installed: no glyph for U+2011")
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "u.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    for x, y, text in [*((x, y, t) for x, y, t, _ in (*_HEAD, *_MAIL)),
                       (40, 200, "Your lines"), (44, 214, "406\u2011555\u20110131 Business line"),
                       (44, 226, "406\u2013555\u20130177 Fax line")]:
        canvas.setFont("DejaVuSans", 9)
        canvas.drawString(x, letter[1] - y, text.removeprefix("B:"))
    canvas.save()
    fields = extract_fields(read_bill(path))
    assert {"+14065550131", "+14065550177"} <= set(fields.numbers)


def test_a_footnote_mark_glued_to_a_value_is_no_part_of_it(tmp_path: Path) -> None:
    """'Main Number 406-555-0131*' with '* Pilot of the hunt group.' below, '55120-8841†' with its
    dagger's note: a footnote's mark, not a masked digit; the value is the one typed. Stars in
    the digits' places still mask them."""
    from portdesk.bills.reader import plain_text

    assert plain_text("406-555-0131*") == "406-555-0131"
    assert plain_text("55120-8841\u2020") == "55120-8841"
    assert plain_text("406-555-01**") == "406-555-01**" and plain_text("***-0131") == "***-0131"
    head = [(40, 40, "B:Larchwood Rural Telephone", 16), (380, 60, "Account Number", 8),
            (480, 60, "55120-8841", 8), (380, 72, "Main Number", 8), (480, 72, "406-555-0131*", 8),
            (40, 300, "* Pilot of the hunt group.", 7)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "f.pdf", [*head, *_MAIL])))
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT, btn="+14065550131"),
                    fields)
    assert check.fields["btn"].verdict == Verdict.EXACT


# -- numbers grouped under their area code's heading ---------------------------------------------
def test_a_number_printed_under_its_area_codes_heading_is_that_whole_number(tmp_path: Path) -> None:
    """'Area code 406' heading '555-0131' and '555-0177': each is the whole number of that area
    code, a line of the account; the group ends at the first line that is no such number. A
    platform's ten-digit IDs on the rows ('Trunk connection 6086018876') are no lines."""
    page = [(40, 200, "B:Your numbers", 10), (40, 214, "Area code 406", 9),
            (44, 226, "555-0131", 9), (120, 226, "Voice", 9), (200, 226, "Trunk connection", 8),
            (300, 226, "6086018876", 8),
            (44, 238, "555-0177", 9), (120, 238, "Fax", 9), (40, 250, "Area code 208", 9),
            (44, 262, "555-0190", 9), (40, 280, "Usage", 9), (44, 292, "555-0142", 9)]
    fields = _fields(tmp_path, page)
    got = _number_verdicts(fields, "+14065550131", "+14065550177", "+12085550190",
                           "+14065550190", "+14065550142")
    assert got["+14065550131"] == got["+14065550177"] == got["+12085550190"] == Verdict.EXACT
    assert got["+14065550190"] not in (Verdict.EXACT, Verdict.EQUIVALENT)
    assert got["+14065550142"] not in (Verdict.EXACT, Verdict.EQUIVALENT)
    assert "+16086018876" not in fields.numbers


def test_a_number_printed_across_npa_nxx_line_cells_is_one_number(tmp_path: Path) -> None:
    """A table headed 'NPA | NXX | LINE' prints each number across three cells of its row: one
    number per row, until a row that does not start with the three parts."""
    page = [(40, 200, "B:Telephone Service", 10), (44, 214, "NPA", 8), (80, 214, "NXX", 8),
            (116, 214, "LINE", 8), (160, 214, "Service", 8)]
    for k, (nxx, line) in enumerate((("555", "0131"), ("555", "0177"))):
        y = 226 + 12 * k
        page += [(44, y, "406", 8), (80, y, nxx, 8), (116, y, line, 8),
                 (160, y, "Business Line", 8)]
    page += [(44, 250, "Federal Subscriber Line Charge", 8)]
    fields = _fields(tmp_path, page)
    got = _number_verdicts(fields, "+14065550131", "+14065550177", "+14065550142")
    assert got["+14065550131"] == got["+14065550177"] == Verdict.EXACT
    assert got["+14065550142"] == Verdict.NOT_FOUND
    assert {"+14065550131", "+14065550177"} <= set(fields.numbers)


def test_a_web_address_spelling_initials_prints_no_name(tmp_path: Path) -> None:
    """'Pay online at lrt.net': the domain spells the initials, it does not print 'LRT' as a
    name; typed 'LRT' stays a question."""
    head = [(40, 40, "B:Larchwood Rural Telephone", 16), (400, 60, "Account Number", 8),
            (480, 60, _ACCOUNT, 8), (40, 640, "Pay online at lrt.net or return the stub.", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "w.pdf", [*head, *_MAIL])))
    assert _carrier(fields, "LRT") == Verdict.UNVERIFIABLE


def test_a_name_before_the_pages_title_is_printed(tmp_path: Path) -> None:
    """'LRT Member Statement' at the top: the name ends where the page's title starts."""
    head = [(40, 40, "B:LRT Member Statement", 16), (400, 60, "Account Number", 8),
            (480, 60, _ACCOUNT, 8), (40, 600, "Make checks payable to LRT", 8),
            (40, 612, "PO Box 118, Darby, MT 59829", 8), (40, 640, "Pay online: lrt.net", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "t.pdf", [*head, *_MAIL])))
    assert _carrier(fields, "LRT") in (Verdict.EXACT, Verdict.EQUIVALENT)
