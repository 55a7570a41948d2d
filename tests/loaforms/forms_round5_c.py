"""Round 5 (all held back), part C: a UK SIP provider's two-page Letter of Authority, partly
fillable: page 1 a label column beside widgets named "Text Box N" (a site address and a different
billing address, the losing provider's own address that is not ours, a company number that is
not ours), signed and dated at its foot on printed lines; page 2 on paper, with single numbers in
three columns numbered across the rows, a DDI-range table that stays empty, the numbers that
stay, split DD / MM / YYYY boxes and the declaration's signature block."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots

Built = tuple[bytes, dict[str, Any]]
W, H = A4


def _foot(s: Sheet) -> None:
    """UK habit: every page signed and dated at its foot."""
    s.sign_line("Signed:", 40, 60, 300)
    s.blank("Date:", 320, 60, 460, "date_signed")


def _row(s: Sheet, y: float, label: str, name: str, fld: str | None,
         tip: str | None = None) -> None:
    s.c.setFillGray(0.9)
    s.c.rect(40, y, 210, 18, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(44, y + 5.5, label, 8)
    s.frame(250, y, W - 290, 18)
    s.widget(name, 252, y + 1.5, W - 294, 15, fld, tooltip=tip)


def uk_sip_loa_partly() -> Built:
    s = a4("r5-uk-sip-loa-partly", "GB", "en", ["r5-uk", "r5-uk-partial"],
           "Partly fillable, 2 pages, modelled on a UK SIP / hosted-voice provider's Letter of "
           "Authority: the gaining provider's Bristol address printed top right; page 1 label "
           "column beside widgets 'Text Box 1..16' (losing provider's address and company number "
           "not ours; billing address and billing postcode from the case's billing address; "
           "tooltips on some), signed and dated on printed lines at its foot; page 2 flat: 24 "
           "single-number slots in three columns numbered ACROSS the rows, a DDI range table "
           "that stays empty, numbers that stay, split DD / MM / YYYY boxes, declaration with "
           "print name, position, signature and date.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W - 40, H - 46, ["Brightwire Communications Ltd", "3 Temple Quay",
                                   "Bristol BS1 6DZ", "Company no. 09876543"])
    s.text(40, H - 50, "Letter of Authority", 15, bold=True)
    s.text(40, H - 64, "Geographic and non-geographic number porting", 9)
    names = iter(f"Text Box {n}" for n in range(1, 40))
    rows: list[tuple[str | None, str, str | None, str | None]] = [
        ("LOSING PROVIDER", "", None, None),
        (None, "Losing provider name", "carrier", "Current provider"),
        (None, "Losing provider address", None, None),
        (None, "Account number with losing provider", "account_number", None),
        (None, "Main billing number (MBN)", "btn", "MBN"),
        ("CUSTOMER", "", None, None),
        (None, "Company / customer name", "account_name", None),
        (None, "Company registration number", None, "CRN"),
        (None, "Site address (where the lines are)", "street", None),
        (None, "Site town", "city", None),
        (None, "Site postcode", "postal_code", "Postcode"),
        # no billing town box: the town is written in the address box, before the postcode's
        (None, "Billing address (if different)", "billing_street_town", None),
        (None, "Billing postcode", "billing_postal_code", None),
        ("REQUESTER", "", None, None),
        (None, "Name", "authorized_name", None),
        (None, "Job title", "authorized_title", None),
        (None, "Telephone", "contact_phone", None),
        (None, "Email", "contact_email", None)]
    y = H - 100
    for heading, label, fld, tip in rows:
        if heading:
            s.band(40, y - 4, W - 80, heading, 9)
            y -= 24
            continue
        _row(s, y, label, next(names), fld, tip)
        y -= 18
    s.para(40, y - 16, "Please sign and date each page.", W - 80, 8)
    _foot(s)
    s.footer("BW-LOA-2 (2025)   Page 1 of 2")
    s.next_page()
    y = H - 56
    s.band(40, y, W - 80, "NUMBERS TO BE PORTED (single and multi-line)", 9)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, y - 28, cols=3, rows=8, col_w=(W - 80) / 3, down=False)
    y -= 28 + 8 * 19 + 12
    s.band(40, y, W - 80, "DDI RANGES (ISDN30 / SIP trunk blocks)", 9)
    y -= 24
    for n, head in enumerate(("Start of range", "End of range", "Number of DDIs")):
        s.text(40 + n * 172, y, head, 8, bold=True)
    for r in range(3):
        for n in range(3):
            s.box(40 + n * 172, y - 22 - r * 20, 168, 18, None, f"DDI row {r + 1} col {n + 1}")
    y -= 22 + 3 * 20 + 14
    s.text(40, y, "Numbers at this site that are NOT to be ported:", 8.5, bold=True)
    s.box(40, y - 34, W - 80, 28, "remaining_numbers", "numbers not to be ported")
    y -= 58
    s.text(40, y, "Requested port date:", 9)
    date_parts(s, 150, y - 5, [("DD", 26, "requested_day"), ("MM", 26, "requested_month"),
                               ("YYYY", 44, "requested_year")])
    y -= 36
    s.band(40, y, W - 80, "DECLARATION", 9)
    y = s.para(40, y - 20, "I confirm that I am authorised to act for the customer named on page "
               "1 and I authorise Brightwire Communications Ltd to port the numbers above from "
               "the losing provider, and the losing provider to share the details of this "
               "service with Brightwire.", W - 80, 8.5)
    s.blank("Print name:", 40, y - 18, 300, "authorized_name")
    s.blank("Position:", 320, y - 18, W - 40, "authorized_title")
    _foot(s)
    s.footer("BW-LOA-2 (2025)   Page 2 of 2")
    return s.build()


FORMS = {"r5-uk-sip-loa-partly": uk_sip_loa_partly}
