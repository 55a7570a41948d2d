"""Text round 17's classes: FIRST SIGHT. What a fresh split's first score finds are the page's
own values typed into the wrong field (`probe --own`, the gate in
tests/unit/billcorpus/test_own_values_gate.py): each class here was found by that gate or by the
round's leftovers, and each bill is drawn with wordings of its own (none a corpus family's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

MATCH = (Verdict.EXACT, Verdict.EQUIVALENT)
_NAME = "Quillback Orchard Supply LLC"
_ACCOUNT = "58812-40937"


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _check(fields: BillFields, **typed: str) -> Verdict:
    field = next(iter(typed))
    case = PortCase(account_name=typed.get("account_name", _NAME),
                    account_number=typed.get("account_number", _ACCOUNT))
    return compare(case, fields).fields[field].verdict


# -- one holder named surely: another name typed is the holder's only under a name label --------
def _headings_bill() -> list[drawn.Item]:
    """The holder under a name label; headings and labels elsewhere, one of them on the line of
    the account's label, another heading a block with a town line under it."""
    return [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account number", 8), (410, 60, _ACCOUNT, 8), (480, 60, "Remittance Notes", 8),
        (40, 110, "Customer name", 8), (120, 110, _NAME, 8),
        (40, 122, "4410 Cider Mill Rd", 8), (40, 134, "Wenatchee, WA 98801", 8),
        (40, 190, "B:Overview of Charges", 10),
        (40, 206, "Local service", 8), (300, 206, "$41.10", 8),
        (330, 260, "B:Where To Write", 9), (330, 272, "PO Box 7110", 8),
        (330, 284, "Spokane, WA 99207", 8),
    ]


@pytest.mark.parametrize("typed", ["Remittance Notes", "Overview of Charges", "Where To Write"])
def test_a_heading_typed_for_a_surely_named_holder_is_no_match(tmp_path: Path,
                                                               typed: str) -> None:
    """The page names its holder surely under a name label; the words typed are printed too, but
    as a heading or a label (on the account label's line, over a table, heading a block): two
    names for one holder is a question, never a match."""
    fields = _read(tmp_path, _headings_bill())
    assert _check(fields, account_name=typed) not in MATCH
    assert _check(fields, account_name=_NAME) in MATCH


@pytest.mark.parametrize("typed", ["Partner Agency", "Site Contact"])
def test_a_heading_on_the_line_of_a_name_label_answered_below_is_no_name(
        tmp_path: Path, typed: str) -> None:
    """Column headings side by side ('Customer' ... 'Partner Agency'): the name label is answered
    under it, so the heading beside it on its line is no second answer, and a label after
    another label's answer on one line ('Account holder X   Site Contact') labels no name."""
    fields = _read(tmp_path, [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account number", 8), (430, 60, _ACCOUNT, 8),
        (40, 110, "B:Customer", 8), (300, 110, "B:Partner Agency", 8),
        (40, 122, _NAME, 8), (300, 122, "Juniper Consulting Group LLC", 8),
        (40, 134, "4410 Cider Mill Rd", 8), (300, 134, "88 Front St", 8),
        (40, 146, "Wenatchee, WA 98801", 8), (300, 146, "Yakima, WA 98901", 8),
        (40, 400, "Account holder", 8), (120, 400, _NAME, 8), (330, 400, "Site Contact", 8),
    ])
    assert _check(fields, account_name=typed) not in MATCH
    assert _check(fields, account_name=_NAME) in MATCH


# -- a billing agent is never the holder ---------------------------------------------------------
def test_the_billing_agent_heading_its_own_block_is_no_holder(tmp_path: Path) -> None:
    """'Billed on behalf of X' under the agent's own name and box, the agent again as the stub's
    payee: the agent is who collects, never whose account it is."""
    agent = "Piedmont Remittance Services, LLC"
    fields = _read(tmp_path, [
        (40, 40, agent, 12), (40, 54, "PO Box 44120", 8), (40, 66, "Raleigh, NC 27611-4120", 8),
        (40, 80, "Billed on behalf of Yadkin Valley Telephone Cooperative", 8),
        (330, 40, "Account Number", 8), (430, 40, _ACCOUNT, 8),
        (60, 130, _NAME, 9), (60, 142, "210 Orchard Ln", 9), (60, 154, "Elkin, NC 28621", 9),
        (40, 220, "Local Service", 9), (40, 232, "(336) 555-0142", 8), (300, 232, "$31.00", 8),
        (40, 600, "Return this portion with your payment to the billing agent.", 8),
        (60, 630, agent, 9), (60, 642, "PO Box 44120", 8), (60, 654, "Raleigh, NC 27611-4120", 8),
        (330, 630, "Account Number", 8), (430, 630, _ACCOUNT, 8),
    ])
    assert fields.account_name == _NAME
    assert _check(fields, account_name=agent) not in MATCH
    assert _check(fields, account_name=_NAME) in MATCH


# -- a former account number and a number's tail are no account ---------------------------------
def _family_bill(tmp_path: Path, family: str) -> tuple[BillFields, object]:
    from tests.billcorpus.build import render_bill

    bill = render_bill(family, 0, tmp_path, 0)
    return extract_fields(read_bill(bill.path)), bill.truth


def test_a_former_account_number_is_no_account(tmp_path: Path) -> None:
    """A change of billing system prints the account's former number for reference ('Former
    account 961-...' on the stub): the account the customer had, not the one the carrier
    checks (drawn by the corpus family that showed it)."""
    fields, truth = _family_bill(tmp_path, "westriver_convert")
    former = next(w.text for p in fields.index.pages for s in p.segments  # type: ignore[union-attr]
                  if s.text.startswith("Former account ") for w in s.words[-1:])
    assert _check(fields, account_number=former) not in MATCH
    assert _check(fields, account_number=truth.account_number) in MATCH  # type: ignore[attr-defined]


def test_a_phone_numbers_tail_after_its_bracketed_area_code_is_no_account(tmp_path: Path) -> None:
    """'Billing Number (580) 555-0152': the seven digits after the bracketed area code are the
    number's tail, never an account of their own."""
    fields, truth = _family_bill(tmp_path, "panhandle_three")
    btn = truth.btn  # type: ignore[attr-defined]
    assert _check(fields, account_number=f"{btn[5:8]}-{btn[8:]}") not in MATCH


# -- several statements in one PDF: the latest decides ------------------------------------------
def _statement(day: str, name: str, lines: list[str]) -> list[drawn.Item]:
    items: list[drawn.Item] = [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account Number", 8), (450, 60, _ACCOUNT, 8),
        (330, 72, "Statement Date", 8), (450, 72, day, 8),
        (40, 110, "Customer name", 8), (120, 110, name, 8),
        (40, 122, "4410 Cider Mill Rd", 8), (40, 134, "Wenatchee, WA 98801", 8),
        (40, 190, "B:Number", 8), (200, 190, "B:Description", 8),
    ]
    for k, line in enumerate(lines):
        items += [(40, 204 + 12 * k, line, 8), (200, 204 + 12 * k, "Business Line", 8)]
    return items


@pytest.mark.parametrize("newest_first", [True, False])
def test_the_latest_of_several_statements_decides(tmp_path: Path, newest_first: bool) -> None:
    """Three monthly statements in one PDF: the older two list a line since disconnected and
    the holder's former name; neither is the account today, whichever end the newest is at."""
    months = [_statement("03/25/2026", _NAME, ["509-555-0142", "509-555-0157"]),
              _statement("02/23/2026", _NAME, ["509-555-0142", "509-555-0157", "509-555-0163"]),
              _statement("01/24/2026", "Quillback Farm Store", ["509-555-0142",
                                                                "509-555-0163"])]
    pages = months if newest_first else months[::-1]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", *pages)))
    assert fields.statement_date is not None and fields.statement_date.isoformat() == "2026-03-25"
    assert "+15095550163" not in fields.numbers
    case = PortCase(account_name="Quillback Farm Store", account_number=_ACCOUNT,
                    numbers=(CaseNumber("+15095550163"),))
    result = compare(case, fields)
    assert result.numbers is not None
    assert all(i.verdict not in MATCH for i in result.numbers.items)
    assert result.fields["account_name"].verdict not in MATCH
    assert any("statements" in n for n in fields.notices)
    assert _check(fields, account_name=_NAME) in MATCH


# -- the page AS SEEN: a text layer the page does not paint is not read ---------------------------
def _searchable_scan(tmp_path: Path, hidden: list[tuple[float, float, str]]) -> Path:
    """A scanner's searchable PDF: the page is a picture of the bill, and the scanner's own OCR
    lies over it in the invisible render mode, with its misreadings."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    shown = drawn.draw(tmp_path / "shown.pdf", [
        (40, 40, "B:Brackenridge Rural Telephone", 16),
        (330, 70, "Account Number", 11), (450, 70, _ACCOUNT, 11),
        (40, 120, "Customer name", 11), (150, 120, _NAME, 11),
        (40, 140, "4410 Cider Mill Rd", 11), (40, 158, "Wenatchee, WA 98801", 11),
        (40, 220, "Main Number", 11), (150, 220, "509-555-0142", 11),
    ])
    doc = pdfium.PdfDocument(str(shown))
    picture = doc[0].render(scale=300 / 72, grayscale=True).to_pil()
    doc.close()
    path = tmp_path / "scan.pdf"
    width, height = letter
    canvas = Canvas(str(path), pagesize=letter)
    canvas.drawImage(ImageReader(picture), 0, 0, width, height)
    canvas.saveState()
    text = canvas.beginText()
    text.setTextRenderMode(3)
    for x, y, words in hidden:
        text.setFont("Helvetica", 11)
        text.setTextOrigin(x, height - y - 11)
        text.textOut(words)
    canvas.drawText(text)
    canvas.restoreState()
    canvas.save()
    return path


def test_a_scanners_invisible_ocr_layer_is_not_the_page(tmp_path: Path) -> None:
    """The hidden layer reads the account a digit off and the number with letters for digits
    ('509-555-O142'); the page shows the right values. The invisible words are not read; the
    page is read from its picture, as a scan."""
    path = _searchable_scan(tmp_path, [
        (40, 40, "Brackenridge Rural Telephone"), (330, 70, "Accouut Number"),
        (450, 70, "58812-4O937"), (40, 120, "Customer name"), (150, 120, _NAME),
        (40, 140, "4410 Cider Mill Rd"), (40, 158, "Wenatchee, WA 98801"),
        (40, 220, "Main Number"), (150, 220, "509-555-0124"),
    ])
    doc = read_bill(path)
    assert all(p.source == "ocr" for p in doc.pages)
    words = {w.text for p in doc.pages for w in p.words}
    assert "Accouut" not in words and "509-555-0124" not in words
    fields = extract_fields(doc)
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, btn="+15095550124")
    assert compare(case, fields).fields["btn"].verdict not in MATCH


# -- a sites table of merged cells; a line whose kind is the head of its site ---------------------
def _sites_bill() -> list[drawn.Item]:
    """One account, its BTN labelled in the header; a table of sites, each address a block of
    lines spanning the rows of its numbers, each site's first number of kind 'Pilot'."""
    return [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account number", 8), (450, 60, _ACCOUNT, 8),
        (330, 72, "Main number (BTN)", 8), (450, 72, "509 555-0142", 8),
        (40, 110, "Customer name", 8), (120, 110, _NAME, 8),
        (40, 170, "B:Summary of locations", 9),
        (60, 184, "B:Service location", 8), (300, 184, "B:Number", 8), (400, 184, "B:Type", 8),
        (60, 198, "4410 Cider Mill Rd", 8), (300, 198, "509 555-0142", 8), (400, 198, "Pilot", 8),
        (60, 210, "Suite 12", 8), (300, 210, "509 555-0143", 8), (400, 210, "DID", 8),
        (60, 222, "Wenatchee WA 98801", 8),
        (60, 246, "77 Orchard Ave", 8), (300, 246, "509 555-0167", 8), (400, 246, "Pilot", 8),
        (300, 258, "509 555-0168", 8), (400, 258, "DID", 8),
        (60, 258, "Cashmere WA 98815", 8), (300, 270, "509 555-0169", 8), (400, 270, "DID", 8),
    ]


def test_a_sites_pilot_typed_as_the_btn_is_a_question(tmp_path: Path) -> None:
    """The page labels the account's BTN and lists another site's first number as its 'Pilot':
    a type cell proves no BTN, but it is no proof against the typed one either (a site may
    have its own BTN on the carrier's record): a question, never a mismatch."""
    fields = _read(tmp_path, _sites_bill())
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, btn="+15095550167")
    assert compare(case, fields).fields["btn"].verdict == Verdict.UNVERIFIABLE
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, btn="+15095550168")
    assert compare(case, fields).fields["btn"].verdict == Verdict.MISMATCH  # a plain DID


def test_a_site_address_block_in_a_list_of_blocks_is_the_service_address(tmp_path: Path) -> None:
    """Every site's address is a block of lines in the locations column (merged cells spanning
    its numbers' rows, a row header turned 90 degrees beside them): the typed one, printed whole
    there, is as much the service address as the first (drawn by the corpus family that showed
    it; its last site's block is cut by the turned header)."""
    from tests.billcorpus.build import render_bill

    bill = render_bill("fibernetics_trunk_summary", 2, tmp_path, 0)
    fields = extract_fields(read_bill(bill.path))
    sites = [sub.service for sub in bill.truth.sub_accounts]
    assert fields.service_address is not None and len(sites) > 2
    for site in sites:
        case = PortCase(account_name=bill.truth.account_name,
                        account_number=bill.truth.account_number, service_address=site)
        assert compare(case, fields).fields["service_address"].verdict in MATCH, site


# -- a carrier by its printed name, never by its web address (the lead, session 20) ------------
def test_a_typed_name_only_the_senders_domain_spells_is_no_match(tmp_path: Path) -> None:
    """A carrier PortDesk does not list, printed as its short brand, paid at its own web address
    that spells every word of the typed legal name: the page prints no such name, so it is a
    question (tune16's domain rule went: 'delhitel.com' spells 'Delhi Tel Co', 'co' from
    '.com'); the brand as printed stays the sender's name."""
    fields = _read(tmp_path, [
        (40, 40, "B:Larchmere", 20),
        (330, 60, "Account number", 8), (450, 60, _ACCOUNT, 8),
        (40, 110, "Customer name", 8), (120, 110, _NAME, 8),
        (40, 200, "Pay online at larchmerefiber.com or by phone.", 8),
        (40, 600, "Make checks payable to Larchmere", 8),
        (40, 612, "PO Box 4471", 8), (40, 624, "Tyler, TX 75712-4471", 8),
    ])
    for typed in ("Larchmere Fiber, LLC", "Larchmere Wireless, LLC"):
        case = PortCase(account_name=_NAME, account_number=_ACCOUNT, losing_carrier=typed)
        assert compare(case, fields).fields["carrier"].verdict not in MATCH, typed
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, losing_carrier="Larchmere")
    assert compare(case, fields).fields["carrier"].verdict in MATCH


def _lying_layer(tmp_path: Path) -> Path:
    """A bill set in an embedded font whose ToUnicode map is shifted one letter (and three
    digits) off: the page shows the right words, the text layer reads 'Bddpvou Ovncfs'."""
    import re

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu Sans is not installed")
    pdfmetrics.registerFont(TTFont("R17Sans", str(font)))
    path = tmp_path / "lies.pdf"
    canvas = Canvas(str(path), pagesize=letter, pageCompression=0)
    lines = ["Brackenridge Rural Telephone", f"Account Number {_ACCOUNT}",
             "Statement Date March 25, 2026", f"Customer name {_NAME}",
             "4410 Cider Mill Rd", "Wenatchee, WA 98801", "Main Number 509-555-0142",
             "Your monthly charges for local service and long distance are shown below.",
             "Please pay the total amount due by the date on this page."]
    for k, line in enumerate(lines):
        canvas.setFont("R17Sans", 12)
        canvas.drawString(40, 740 - 22 * k, line)
    canvas.save()

    def shifted(m: re.Match[bytes]) -> bytes:
        ch = chr(int(m.group(2), 16))
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            ch = chr(base + (ord(ch) - base + 1) % 26)
        elif ch.isdigit():
            ch = chr(ord("0") + (ord(ch) - ord("0") + 3) % 10)
        return m.group(1) + b"<%04X>" % ord(ch)

    data = re.sub(rb"(<[0-9A-F]{2}> )<([0-9A-F]{4})>", shifted, path.read_bytes())
    path.write_bytes(data)
    return path


def test_a_text_layer_whose_font_map_lies_is_read_from_the_picture(tmp_path: Path) -> None:
    """The glyphs read 'Account Number 58812-40937'; the layer 'Bddpvou Ovncfs 81145-73260'. The
    layer is not read: the page is read from its picture (OCR), or, without OCR, not at all
    with a notice; a value of the lying layer never matches."""
    path = _lying_layer(tmp_path)
    bare = read_bill(path, ocr=False)
    assert not bare.pages or not bare.pages[0].words
    assert any("character map" in n for n in bare.notices)
    doc = read_bill(path)
    assert doc.pages[0].source == "ocr"
    words = " ".join(w.text for w in doc.pages[0].words)
    assert "Bddpvou" not in words and "Account" in words
    fields = extract_fields(doc)
    case = PortCase(account_name=_NAME, account_number="81145-73260")
    assert compare(case, fields).fields["account_number"].verdict not in MATCH


@pytest.mark.parametrize("label", ["Subscriber no.", "MDN", "MSISDN", "Directory number"])
def test_the_trades_words_for_a_lines_number_label_no_name(tmp_path: Path, label: str) -> None:
    """'Subscriber no.', 'MDN', 'MSISDN', 'Directory number' head a column of lines: the next
    column's header on their line ('Talk') is no name they answer."""
    fields = _read(tmp_path, [
        (40, 40, "B:Brackenridge Wireless", 15),
        (330, 60, "Account number", 8), (450, 60, _ACCOUNT, 8),
        (40, 110, "Customer name", 8), (120, 110, _NAME, 8),
        (40, 300, "B:Usage", 9),
        (40, 314, label, 8), (180, 314, "Talk", 8), (280, 314, "Text", 8),
        (40, 326, "509.555.0142", 8), (180, 326, "630 min", 8), (280, 326, "1221 msgs", 8),
        (40, 338, "509.555.0157", 8), (180, 338, "289 min", 8), (280, 338, "845 msgs", 8),
    ])
    assert _check(fields, account_name="Talk") not in MATCH
    assert "+15095550157" in fields.numbers


# -- the carrier's help printed under or around a table of lines ---------------------------------
def _lines_then_help(left: float) -> list[drawn.Item]:
    return [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account number", 8), (450, 60, _ACCOUNT, 8),
        (40, 110, "Customer name", 8), (120, 110, _NAME, 8),
        (60, 180, "B:Telephone number", 8), (200, 180, "B:Service", 8), (420, 180, "B:Charge", 8),
        (60, 194, "509-555-0142", 8), (200, 194, "Business line", 8), (420, 194, "$31.00", 8),
        (60, 206, "509-555-0157", 8), (200, 206, "Fax line", 8), (420, 206, "$22.00", 8),
        (left, 236, "Customer Service 509-682-4411", 8),
    ]


@pytest.mark.parametrize("left", [60, 30])
def test_a_help_line_printed_under_a_table_of_lines_is_no_line(tmp_path: Path,
                                                              left: float) -> None:
    """'Customer Service 509-682-4411' a little under the table's last row, its words where the
    column of lines holds numbers (or left of the table): no row of the table; its own label
    says it is the carrier's help line."""
    fields = _read(tmp_path, _lines_then_help(left))
    assert "+15096824411" not in fields.numbers and "+15095550157" in fields.numbers
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT,
                    numbers=(CaseNumber("+15096824411"),))
    result = compare(case, fields)
    assert result.numbers is not None and result.numbers.items[0].verdict not in MATCH


def test_values_under_a_how_to_read_sample_heading_are_the_panels(tmp_path: Path) -> None:
    """A made-up customer under 'How to read your bill (sample)', each value under its own label
    ('Account number', 'Home phone'): the heading says what all of them are, a sample."""
    fields = _read(tmp_path, [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account number", 8), (450, 60, _ACCOUNT, 8),
        (40, 110, "Customer name", 8), (120, 110, _NAME, 8),
        (40, 130, "Lines: 509-555-0142", 8),
        (40, 400, "B:How to read your bill (sample)", 10),
        (50, 420, "Pat Sample", 8), (50, 432, "Account number 000004412", 8),
        (50, 444, "Home phone (509) 555-0188", 8),
    ])
    assert fields.account_number == _ACCOUNT
    assert _check(fields, account_number="000004412") not in MATCH
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT,
                    numbers=(CaseNumber("+15095550188"),))
    result = compare(case, fields)
    assert result.numbers is not None and result.numbers.items[0].verdict not in MATCH


def test_a_number_inside_a_notices_running_sentence_is_no_line(tmp_path: Path) -> None:
    """'911 calls are answered by the county dispatch center (administrative line 509-...)':
    the number a sentence of a notice names is a third party's, even after the word 'line'."""
    fields = _read(tmp_path, [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account number", 8), (450, 60, _ACCOUNT, 8),
        (40, 110, "Customer name", 8), (120, 110, _NAME, 8),
        (40, 130, "Lines: 509-555-0142", 8),
        (40, 400, "911 calls are answered by the Chelan County dispatch center (administrative "
                  "line 509-555-0175); never call it for billing.", 7),
    ])
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT,
                    numbers=(CaseNumber("+15095550175"),))
    result = compare(case, fields)
    assert result.numbers is not None and result.numbers.items[0].verdict not in MATCH


# -- a narrow cell wraps the street after its house number ---------------------------------------
def test_a_street_wrapped_after_its_house_number_is_one_street(tmp_path: Path) -> None:
    """'6119 E' over 'Industrial Way' in a narrow 'Service address' cell (tune15 neptuno-03's
    four false alarms): a house number and its direction name no street; the line under them
    is the rest of it, never a unit line."""
    from portdesk.bills.addrparse import parse_address_lines
    from portdesk.domain.case import Address

    parsed = parse_address_lines(["6119 E", "Industrial Way", "Caguas, PR 00753"])
    assert parsed is not None and (parsed.line1, parsed.line2) == ("6119 E Industrial Way", "")
    kept = parse_address_lines(["6119 E Industrial Way", "Suite 4", "Caguas, PR 00753"])
    assert kept is not None and kept.line2 == "Suite 4"
    fields = _read(tmp_path, [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account number", 8), (450, 60, _ACCOUNT, 8),
        (40, 110, "B:Account holder", 8), (200, 110, "B:Service address", 8),
        (40, 124, _NAME, 8), (200, 124, "6119 E", 8),
        (200, 136, "Industrial Way", 8), (200, 148, "Caguas, PR 00753", 8),
    ])
    typed = Address("6119 E Industrial Way", "", "Caguas", "PR", "00753")
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, service_address=typed)
    assert compare(case, fields).fields["service_address"].verdict in MATCH


def test_a_911_location_beside_a_labelled_service_address_is_no_match(tmp_path: Path) -> None:
    """A moved service: the service address labelled, the registered 911 location printed
    beside it and again in a '911 location' column of the lines: where emergency calls go, a
    question when typed as the service address, never a match."""
    from portdesk.domain.case import Address

    fields = _read(tmp_path, [
        (40, 40, "B:Brackenridge Rural Telephone", 15),
        (330, 60, "Account number", 8), (450, 60, _ACCOUNT, 8),
        (40, 90, "Customer name", 8), (120, 90, _NAME, 8),
        (40, 130, "B:Service Address", 8), (300, 130, "B:Registered 911 Location", 8),
        (40, 142, "38 Oak St", 8), (300, 142, "7872 Commerce Hwy", 8),
        (40, 154, "Madison, WI 53745", 8), (300, 154, "Madison, WI 53745", 8),
        (40, 200, "B:Number", 8), (160, 200, "B:911 location", 8),
        (40, 214, "(608) 555-0181", 8), (160, 214, "7872 Commerce Hwy, Madison, WI 53745", 8),
    ])
    typed = Address("7872 Commerce Hwy", "", "Madison", "WI", "53745")
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, service_address=typed)
    assert compare(case, fields).fields["service_address"].verdict not in MATCH
    typed = Address("38 Oak St", "", "Madison", "WI", "53745")
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, service_address=typed)
    assert compare(case, fields).fields["service_address"].verdict in MATCH
