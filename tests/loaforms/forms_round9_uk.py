"""Round 9 (held back), UK: a gaining provider's fillable Letter of Authority whose widgets carry
a form designer's generated names (form1[0].#subform[0].TextField12[0]: no word of what they
hold), labels to their left, the postcode in a comb widget, a Full / Partial radio group, line
type ticks that are not ours, number slots numbered down three columns with widgets named across,
the numbers that remain under a table header cell, and every page signed (a printed line) and
dated (a widget)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import letterhead, numbered_slots
from tests.loaforms.round9_kit import comb_widget

Built = tuple[bytes, dict[str, Any]]
W, H = A4


class _Names:
    """Widget names as a form designer's tool generates them, in creation order."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, page: int) -> str:
        self.n += 1
        return f"form1[0].#subform[{page - 1}].TextField{self.n}[0]"


def _row(s: Sheet, name: str, label: str, x: float, y: float, lw: float, w: float,
         fld: str | None) -> None:
    """A label left of its widget."""
    s.text(x, y + 4, label, 8)
    s.widget(name, x + lw, y, w, 15, fld)


def _signed_and_dated(s: Sheet, names: _Names) -> None:
    """UK habit: each page signed and dated by the end user; a printed line, a date widget."""
    s.text(40, 70, "End user signature", 8)
    s.sign_line("", 130, 68, 330)
    _row(s, names(s.page), "Date", 350, 64, 30, 120, "date_signed")


def uk_loa_fillable() -> Built:
    s = a4("r9-uk-loa-fillable", "GB", "en", ["r9-uk", "r9-uk-partial"],
           "Fillable, 2 pages, modelled on a UK gaining provider's LoA produced with a "
           "form designer: every text widget named form1[0].#subform[N].TextFieldK[0], no "
           "tooltips; labels LEFT of the widgets; LOSING CP (name, account number, CUPID not "
           "ours) and GAINING CP printed (Calder Comms, CUPID 114); END USER (company, "
           "installation address, post town, postcode in an 8-cell comb widget, main billing "
           "number, authorised contact, contact phone, email); radio PortType Full / Partial; "
           "line type ticks (PSTN / ISDN2 / ISDN30 / SIP) not ours; requested port date; 15 "
           "number slots in three columns numbered DOWN with widgets named ACROSS; a table "
           "header cell over the widget for numbers remaining with the losing CP; page 2 "
           "declaration, print name, position, gaining-CP-use widgets; each page's foot "
           "signed (printed line) and dated (widget).")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    names = _Names()
    letterhead(s, W - 40, H - 44, ["Calder Comms Ltd", "Salts Mill Road, Shipley BD18 3LA",
                                   "Registered in England no. 08812234"])
    s.text(40, H - 50, "Letter of Authority (LoA)", 15, bold=True)
    s.text(40, H - 64, "Geographic number port - business", 9)
    y = H - 100
    s.band(40, y, W - 80, "LOSING COMMUNICATIONS PROVIDER", 9)
    _row(s, names(1), "Losing CP", 40, y - 26, 110, 200, "carrier")
    _row(s, names(1), "CUPID (if known)", 370, y - 26, 80, 65, None)
    _row(s, names(1), "Account number", 40, y - 46, 110, 200, "account_number")
    s.text(370, y - 42, "Gaining CP:  Calder Comms Ltd  (CUPID 114)", 8)
    y -= 72
    s.band(40, y, W - 80, "END USER", 9)
    rows = [("Company name", "account_name"), ("Installation address", "street"),
            ("Post town", "city")]
    for n, (label, fld) in enumerate(rows):
        _row(s, names(1), label, 40, y - 26 - 20 * n, 110, 405, fld)
    y -= 26 + 20 * len(rows)
    s.text(40, y + 4, "Postcode", 8)
    comb_widget(s, names(1), 150, y, 8, "postal_code", cell=14, h=16)
    _row(s, names(1), "Main billing number", 300, y, 100, 155, "btn")
    y -= 22
    _row(s, names(1), "Authorised contact", 40, y, 110, 150, "authorized_name")
    _row(s, names(1), "Contact tel.", 310, y, 70, 175, "contact_phone")
    y -= 20
    _row(s, names(1), "Email", 40, y, 110, 405, "contact_email")
    y -= 28
    s.band(40, y, W - 80, "PORT DETAILS", 9)
    s.text(40, y - 22, "Port type", 8)
    s.radio("PortType", "Full", 150, y - 23, "check:full_port", "Full (all numbers; account closes)")
    s.radio("PortType", "Partial", 340, y - 23, "check:partial_port", "Partial (some remain)")
    s.text(40, y - 40, "Line type", 8)
    for n, kind in enumerate(("PSTN", "ISDN2", "ISDN30", "SIP")):
        s.checkbox(f"form1[0].#subform[0].CheckBox{n + 1}[0]", 150 + 70 * n, y - 41, None, kind)
    _row(s, names(1), "Requested port date", 40, y - 62, 110, 100, "requested_date")
    y -= 86
    s.text(40, y, "Numbers to port (full national number)", 8.5, bold=True)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 20, cols=3, rows=5, col_w=(W - 80) / 3,
                   names=[names(1) for _ in range(15)])
    y -= 20 + 5 * 19 + 6
    s.c.setFillGray(0.85)
    s.c.rect(40, y - 2, W - 80, 14, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(44, y + 2, "Associated numbers remaining with the losing CP (partial ports only)", 7.5,
           bold=True)
    s.frame(40, y - 30, W - 80, 28)
    s.widget(names(1), 41, y - 29, W - 82, 26, "remaining_numbers")
    _signed_and_dated(s, names)
    s.footer("CC-LOA-GNP v2.3   Page 1 of 2")
    s.next_page()
    y = H - 60
    s.band(40, y, W - 80, "DECLARATION", 9)
    y = s.para(40, y - 20, "I confirm that I am authorised to act for the end user named on "
               "page 1, that the end user wishes to transfer the numbers listed there to Calder "
               "Comms Ltd, and that the losing communications provider may release them. I "
               "understand that services on the ported numbers with the losing provider will "
               "end and that any contractual charges for them remain due.", W - 80, 8.5)
    _row(s, names(2), "Print name", 40, y - 20, 80, 200, "authorized_name")
    _row(s, names(2), "Position", 330, y - 20, 50, 175, "authorized_title")
    y -= 60
    s.frame(40, y - 44, W - 80, 56)
    s.text(46, y + 2, "GAINING CP USE ONLY", 7.5, bold=True)
    _row(s, names(2), "Order ref.", 46, y - 18, 60, 150, None)
    _row(s, names(2), "Agreed port date", 270, y - 18, 80, 150, None)
    _row(s, names(2), "Checked by", 46, y - 38, 60, 150, None)
    _signed_and_dated(s, names)
    s.footer("CC-LOA-GNP v2.3   Page 2 of 2")
    return s.build()


FORMS = {"r9-uk-loa-fillable": uk_loa_fillable}
