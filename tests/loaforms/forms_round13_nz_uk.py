"""Round 13 (held back), New Zealand and the UK: a New Zealand provider's paper porting authority
form (labels in a grey column beside the boxes, a suburb box the case cannot fill, the postcode
in four comb boxes, complete / partial port ticks, a numbers table with a service-type column not
ours, a DD / MM / YYYY requested date in three boxes, a second signature block for the gaining
provider's representative that is not ours) and a UK two-page fillable Letter of Authority
(widget names f1.. with tooltips, captions UNDER the widgets, a billing address 'if different'
the cases leave empty, a line-type radio not ours, 'port all numbers?' and 'is the main billing
number included?' Yes / No, every page signed and dated on printed lines)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import date_parts, letterhead, widget_below
from tests.loaforms.round9_kit import comb_boxes, dots
from tests.loaforms.round10_kit import page_foot_sign

Built = tuple[bytes, dict[str, Any]]
R = 555.0


def _grey_label(s: Sheet, label: str, x: float, y: float, w: float, h: float = 18) -> float:
    """A grey label cell; returns the x where its value cell starts."""
    s.c.setFillGray(0.88)
    s.c.rect(x, y, w, h, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(x + 3, y + 6, label, 7.5)
    return x + w


def _row(s: Sheet, cells: list[tuple[str, float, float, str | None]], x: float, y: float,
         h: float = 18) -> None:
    """Label cell then value cell, repeated across one row: (label, label_w, value_w, field)."""
    for label, lw, vw, fld in cells:
        x = _grey_label(s, label, x, y, lw, h)
        s.box(x, y, vw, h, fld, label)
        x += vw


def nz_porting_paper() -> Built:
    s = a4("r13-nz-porting-paper", "NZ", "en", ["r13-nz-home", "r13-nz-biz"],
           "Paper only, 1 page, modelled on a New Zealand provider's porting authority form: Kea "
           "Telecom's letterhead (the gaining service provider, GSP); labels in GREY CELLS "
           "beside the value cells; Suburb not in the case; postcode in four comb boxes; "
           "Residential / Business ticks; losing service provider (LSP) and its account number; "
           "complete / partial port ticks; main number; a numbers table # | Phone number | "
           "Service type (not ours), 8 rows; two lines for numbers remaining with the LSP; "
           "requested port date in DD / MM / YYYY boxes; declaration; account holder's "
           "signature box, name, date signed; a second block for the GSP representative's "
           "name, signature and date (not ours); office use not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    s.text(40, 800, "KEA TELECOM", 17, bold=True)
    letterhead(s, R, 806, ["Kea Telecom Limited", "45 Queen Street, Auckland 1010",
                           "0800 555 010  |  porting@keatelecom.example.nz"])
    s.text(40, 772, "Porting Authority Form", 14, bold=True)
    s.text(40, 759, "Authority to transfer telephone numbers from your current provider", 8.5)
    y: float = 736
    s.band(40, y, R - 40, "ACCOUNT HOLDER", 9)
    y -= 24
    _row(s, [("Account holder name", 110, R - 150, "account_name")], 40, y)
    y -= 18
    _row(s, [("Authorised person", 110, 175, "authorized_name"),
             ("Position", 60, R - 385, "authorized_title")], 40, y)
    y -= 18
    _row(s, [("Service address", 110, R - 150, "street")], 40, y)
    y -= 18
    _row(s, [("Suburb", 110, 120, None), ("Town / city", 70, 110, "city")], 40, y)
    x = _grey_label(s, "Postcode", 450, y, 45)
    s.box(x, y, R - x, 18, None, "postcode cell")
    s.places.pop()
    comb_boxes(s, x + 2, y + 2, 4, "postal_code", "Postcode", cell=14, h=14)
    y -= 18
    _row(s, [("Contact phone", 110, 175, "contact_phone"),
             ("Email", 60, R - 385, "contact_email")], 40, y)
    y -= 18
    s.tick(44, y, "check:residential", "Residential")
    s.tick(130, y, "check:business", "Business")
    y -= 28
    s.band(40, y, R - 40, "LOSING SERVICE PROVIDER (LSP)", 9)
    y -= 24
    _row(s, [("Current provider", 110, 175, "carrier"),
             ("Account no.", 60, R - 385, "account_number")], 40, y)
    y -= 18
    _row(s, [("Main number", 110, 175, "btn"), ("PIN", 60, R - 385, "pin")], 40, y)
    y -= 26
    s.band(40, y, R - 40, "NUMBERS TO PORT", 9)
    y -= 20
    s.tick(40, y, "check:full_port", "Complete port: all numbers on the account")
    s.tick(290, y, "check:partial_port", "Partial port: only the numbers below")
    y -= 22
    slots = s.slot_group()
    for head, hx in (("#", 44), ("Phone number (incl. area code)", 70), ("Service type", 300)):
        s.text(hx, y + 4, head, 7, bold=True)
    s.frame(40, y, R - 40, 14)
    for r in range(8):
        ry = y - 16 * (r + 1)
        s.frame(40, ry, 26, 16)
        s.right_text(60, ry + 5, str(r + 1), 8)
        s.frame(66, ry, 230, 16)
        s.slot(slots, (67, ry + 1, 295, ry + 15), f"row {r + 1}")
        s.box(296, ry, R - 296, 16, None, f"service type {r + 1}")
    y -= 16 * 8 + 18
    s.text(40, y, "Numbers remaining with the LSP (partial port):", 8)
    staying = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        x = 240 + n * 160
        s.rule(x, y - 2, x + 150)
        s.slot(staying, (x, y - 4, x + 150, y + 11), f"remaining {n + 1}")
    y -= 30
    s.text(40, y + 4, "Requested port date:", 8.5)
    date_parts(s, 140, y, [("DD", 24, "requested_day"), ("MM", 24, "requested_month"),
                           ("YYYY", 40, "requested_year")])
    y -= 24
    y = s.para(40, y, "I am the account holder or am authorised by the account holder. I "
               "authorise Kea Telecom to arrange the transfer of the numbers above from the LSP "
               "and I understand that the LSP will end my service on those numbers when they "
               "are ported. I may still owe the LSP for services up to the port date.", R - 40,
               7.5)
    y -= 8
    s.band(40, y, 250, "ACCOUNT HOLDER", 8)
    s.band(305, y, 250, "KEA TELECOM REPRESENTATIVE", 8)
    y -= 52
    s.box(40, y, 250, 42, "signature", "account holder signature")
    s.text(42, y - 8, "Signature", 6.5)
    s.box(305, y, 250, 42, None, "representative signature")
    s.text(307, y - 8, "Signature", 6.5)
    y -= 26
    dots(s, "Name", 40, y, 290, "authorized_name")
    dots(s, "Name", 305, y, R, None)
    y -= 18
    dots(s, "Date", 40, y, 290, "date_signed")
    dots(s, "Date", 305, y, R, None)
    y -= 22
    s.frame(40, y - 14, R - 40, 24)
    s.text(44, y, "OFFICE USE:", 6.5, bold=True)
    dots(s, "Port ID", 100, y - 8, 300, None, size=7)
    dots(s, "Entered by", 310, y - 8, R - 4, None, size=7)
    s.footer("KEA-PAF 2026/3")
    return s.build()


def _f(s: Sheet, n: int, tip: str, x: float, y: float, w: float, fld: str | None,
       caption: str, optional: bool = False) -> None:
    widget_below(s, caption, f"f{n}", x, y, w, fld, tooltip=tip, optional=optional)


def uk_loa_fillable() -> Built:
    s = a4("r13-uk-loa-fillable", "GB", "en", ["r13-uk-home", "r13-uk-biz"],
           "Fillable, 2 pages, modelled on a UK VoIP provider's Letter of Authority: Pennine "
           "Voice's letterhead; widgets named f1.. with honest tooltips; captions UNDER the "
           "widgets; company name box for business customers; billing address 'if different' "
           "(street and postcode, empty in both cases); line-type radio not ours; 'Port all "
           "numbers on the account?' and 'Is the main billing number (MBN) included?' Yes / No "
           "checkboxes; ten number widgets numbered 1-5 / 6-10 down two columns; a 'numbers "
           "staying' widget; customer required date (CRD) DD/MM/YYYY; page 2: declaration, "
           "signatory name and position widgets; each page signed and dated on printed lines "
           "at its foot (the UK rule).")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    s.text(40, 800, "PENNINE VOICE", 16, bold=True)
    letterhead(s, R, 806, ["Pennine Voice Ltd", "Wellington Place, Leeds LS1 4AP",
                           "Registered in England no. 11223344"])
    s.text(40, 772, "Letter of Authority  -  Number Port", 14, bold=True)
    s.text(40, 759, "Please complete in BLOCK CAPITALS. Page 2 is part of this letter.", 8.5)
    y: float = 732
    s.band(40, y, R - 40, "1. YOUR DETAILS (as shown on your current bill)", 9)
    y -= 30
    _f(s, 1, "Account holder", 40, y, 250, "account_name", "Account holder / company name")
    _f(s, 2, "Contact telephone", 300, y, 120, "contact_phone", "Contact telephone")
    _f(s, 3, "Mobile", 430, y, R - 430, None, "Mobile (optional)")
    y -= 30
    _f(s, 4, "Installation address", 40, y, 250, "street", "Installation address")
    _f(s, 5, "Town", 300, y, 120, "city", "Town")
    _f(s, 6, "Postcode", 430, y, R - 430, "postal_code", "Postcode")
    y -= 30
    _f(s, 7, "Billing address", 40, y, 250, "billing_street",
       "Billing address (if different from installation)")
    _f(s, 8, "Billing postcode", 300, y, 120, "billing_postal_code", "Billing postcode")
    _f(s, 9, "Email", 430, y, R - 430, "contact_email", "Email")
    y -= 24
    s.text(40, y + 1, "Customer type:", 8.5)
    s.checkbox("c1", 110, y, "check:business", "Business", tooltip="Business")
    s.checkbox("c2", 180, y, "check:residential", "Residential", tooltip="Residential")
    y -= 24
    s.band(40, y, R - 40, "2. YOUR CURRENT PROVIDER", 9)
    y -= 30
    _f(s, 10, "Current provider", 40, y, 180, "carrier", "Current provider (losing provider)")
    _f(s, 11, "Account number", 230, y, 150, "account_number", "Account number")
    _f(s, 12, "Main billing number", 390, y, R - 390, "btn", "Main billing number (MBN)")
    y -= 24
    s.text(40, y + 1, "Line type:", 8.5)
    for n, label in enumerate(("Analogue", "ISDN2", "ISDN30", "SIP / VoIP")):
        s.radio("r1", f"Choice{n + 1}", 100 + n * 80, y, None, label)
    y -= 24
    s.band(40, y, R - 40, "3. NUMBERS", 9)
    y -= 20
    s.text(40, y + 1, "Port ALL numbers on the account?", 8.5)
    s.checkbox("c3", 220, y, "check:full_port", "Yes", tooltip="Yes")
    s.checkbox("c4", 270, y, "check:partial_port", "No, only those below", tooltip="No")
    y -= 18
    s.text(40, y + 1, "Is the main billing number (MBN) included?", 8.5)
    s.checkbox("c5", 220, y, "check:btn_ported", "Yes", tooltip="Yes")
    s.checkbox("c6", 270, y, "check:btn_stays", "No", tooltip="No")
    y -= 24
    slots = s.slot_group()
    made: dict[int, tuple[float, float, str]] = {}
    k = 13
    for r in range(5):
        for c in range(2):
            n, x, ry = c * 5 + r + 1, 60 + c * 250, y - r * 19
            s.right_text(x - 4, ry + 4, f"{n}.", 8)
            s.c.acroForm.textfield(name=f"f{k}", tooltip=f"Number {n}", x=x, y=ry, width=200,
                                   height=14, fontSize=9, borderWidth=0.5, borderColor=black,
                                   fillColor=white, forceBorder=True)
            made[n] = (x, ry, f"f{k}")
            k += 1
    for n in sorted(made):
        sx, sy, name = made[n]
        s.slot(slots, (sx, sy, sx + 200, sy + 14), f"number {n}", name)
    y -= 5 * 19 + 18
    _f(s, 23, "Numbers staying", 40, y, R - 40, "remaining_numbers",
       "Numbers staying with the current provider (partial ports)")
    y -= 30
    _f(s, 24, "CRD", 40, y, 100, "requested_date", "Customer required date (DD/MM/YYYY)")
    page_foot_sign(s, 70)
    s.footer("PV-LOA 5.2  -  page 1 of 2  -  please sign and date each page")
    s.next_page()
    s.text(40, 800, "Letter of Authority  -  Number Port (continued)", 12, bold=True)
    y = s.para(40, 776, "I confirm that I am the account holder, or am authorised by the "
               "account holder, for the numbers listed on page 1. I authorise Pennine Voice Ltd "
               "to request the transfer of those numbers from my current provider. I understand "
               "that this may end my contract with my current provider for the services on "
               "those numbers and that early termination charges may apply; that services such "
               "as broadband, alarms and fax on the same lines may stop working; and that the "
               "numbers will be moved on or after the customer required date.", R - 40, 8.5)
    y -= 30
    _f(s, 25, "Signatory", 40, y, 240, "authorized_name", "Name of signatory")
    _f(s, 26, "Position", 300, y, R - 300, "authorized_title", "Position (business customers)")
    y -= 40
    s.frame(40, y - 30, R - 40, 44)
    s.text(44, y + 4, "FOR PENNINE VOICE USE", 6.5, bold=True)
    _f(s, 27, "Order ref", 44, y - 18, 160, None, "Order reference")
    _f(s, 28, "Received", 220, y - 18, 120, None, "Date received")
    page_foot_sign(s, 70)
    s.footer("PV-LOA 5.2  -  page 2 of 2  -  please sign and date each page")
    return s.build()


FORMS = {"r13-nz-porting-paper": nz_porting_paper, "r13-uk-loa-fillable": uk_loa_fillable}
