"""Round 34, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Windhoek fillable porting request copied from another form, its widgets named for
  something else ('Text7', 'Text7_2', 'Address' on the phone box, 'Phone' on the e-mail box,
  'Signature' on the requested date): the printed label decides. The gaining operator's own
  block comes first with the same labels as the customer's (Company name, Address, Phone) and
  stays empty; examples beside the blanks ('e.g. 061 555 0140', 'Example: Johanna Shikongo').
- A Tasmanian paper authority with its section titles turned 90 degrees in the left margin,
  the authorised person's name in two boxes under one header (Given name | Family name), and
  two location blocks (Location 1, Location 2), each with its address and a numbers table
  labelled in its header row: the case has one site (Location 1).
- An Otago fillable form with each number split over three widgets '( __ ) ___ - ____', the
  contact phone likewise, both dates in DD / MM / YYYY widgets, and grey placeholders typed
  into the name and e-mail widgets.
- A Mauritius paper demande in French and English in two columns: the French label before
  each blank and the English one after it ('Nom du titulaire ________ Account holder'), one
  blank labelled only below, footnote-marked labels ('N° BRN¹', 'Compte²') and 'ex.' values.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round26_kit import hint, placeholder_widget
from tests.loaforms.round28_kit import span, tf
from tests.loaforms.round34_kit import (
    footnote_label,
    grey_box,
    head_row,
    margin_title,
    split_widgets,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _lw(s: Sheet, x: float, y: float, label: str, name: str, w: float, fld: str | None,
        h: float = 14, example: str = "", **kw: Any) -> dict[str, Any]:
    """A widget with its label above and an example in grey under it."""
    s.text(x, y + h + 3, label, 7)
    place = tf(s, name, x, y, w, h, fld, **kw)
    if example:
        hint(s, x + 1, y - 7, example, 6)
    return place


def wdh_misnamed_widgets_fillable() -> Built:
    s = a4("r34-wdh-misnamed-widgets-fillable", "NA", "en", ["r34-wdh", "r34-wdh-partial"],
           "Fillable Windhoek porting request copied from another form: widgets named Text7, "
           "Text7_2.., 'Address' on the contact phone, 'Phone' on the e-mail, 'Signature' on "
           "the requested date, 'Company' on the authorised name (the printed label wins). "
           "Section A, the gaining operator's own block, comes first with the same labels "
           "(Company name, Address, Phone, Sales agent): not ours. Grey examples under "
           "blanks. Numbers table Number | Service type (e.g. PSTN) rows 1-8; Port all "
           "numbers Yes / No; numbers remaining in one multiline widget. Signature box on "
           "paper.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 36, H4 - 36, ["Namib Connect (Pty) Ltd", "Sam Nujoma Drive 12, Windhoek",
                                     "Porting 061 555 0100"])
    s.text(36, H4 - 52, "Number Porting Request", 15, bold=True)
    y = H4 - 80
    s.band(36, y, W4 - 72, "Section A - Gaining operator (office use)", 9)
    y -= 30
    _lw(s, 36, y, "Company name", "Text1", 250, None)
    _lw(s, 296, y, "Phone", "Text2", 120, None)
    _lw(s, 426, y, "Sales agent", "Text3", 133, None)
    y -= 30
    _lw(s, 36, y, "Address", "Text4", 523, None)
    y -= 28
    s.band(36, y, W4 - 72, "Section B - Customer", 9)
    y -= 30
    _lw(s, 36, y, "Company name", "Text7", 330, "account_name",
        example="Example: Etosha Trading (Pty) Ltd")
    _lw(s, 376, y, "Registration no.", "Text7_1", 183, None)
    y -= 36
    _lw(s, 36, y, "Address", "Text7_2", 330, "street", example="e.g. Robert Mugabe Avenue 10")
    _lw(s, 376, y, "Town", "Text7_3", 100, "city")
    _lw(s, 486, y, "Post code", "Text7_4", 73, "postal_code")
    y -= 36
    _lw(s, 36, y, "Region", "Text7_5", 120, "state", example="e.g. Khomas")
    _lw(s, 166, y, "Phone", "Address", 150, "contact_phone", example="e.g. 061 555 0140")
    _lw(s, 326, y, "E-mail", "Phone", 233, "contact_email")
    y -= 36
    _lw(s, 36, y, "Current operator", "Text7_6", 180, "carrier", example="e.g. Telecom Namibia")
    _lw(s, 226, y, "Account number with current operator", "Date1", 180, "account_number",
        example="on your latest invoice")
    s.text(416, y + 17, "Customer type", 7)
    s.checkbox("CheckBox1", 416, y + 2, "check:business", "Business")
    s.checkbox("CheckBox2", 482, y + 2, "check:residential", "Residential")
    y -= 30
    s.band(36, y, W4 - 72, "Section C - Numbers", 9)
    y -= 8
    heads = [("#", 20), ("Number (with area code)", 138), ("Service type (e.g. PSTN)", 100)]
    top = head_row(s, 36, y, heads)
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 36 + col * 265, top - 17 * (row + 1)
        if col and row == 0:
            head_row(s, bx, y, heads)
        s.frame(bx, by, 20, 17)
        s.right_text(bx + 15, by + 5, str(k + 1), 7.5)
        tf(s, f"Text7_1{k}", bx + 21, by + 1, 136, 15, None)
        s.places.pop()
        s.slot(slots, (bx + 21, by + 1, bx + 157, by + 16), f"number {k + 1}", f"Text7_1{k}")
        tf(s, f"Text7_2{k}", bx + 159, by + 1, 98, 15, None, what=f"service type {k + 1}")
    y = top - 17 * 4 - 22
    s.text(36, y + 2, "Port all numbers on the account?", 7.5)
    s.checkbox("CheckBox3", 170, y, "check:full_port", "Yes")
    s.checkbox("CheckBox4", 215, y, "check:partial_port", "No")
    y -= 42
    _lw(s, 36, y, "If No: numbers remaining with the current operator", "Text7_7", 300,
        "remaining_numbers", h=28, flags="multiline")
    _lw(s, 366, y + 14, "Requested porting date", "Signature", 110, "requested_date",
        example="e.g. 15/01/2030")
    y -= 26
    s.band(36, y, W4 - 72, "Section D - Authorisation", 9)
    y -= 30
    _lw(s, 36, y, "Authorised person (full name)", "Company", 220, "authorized_name",
        example="Example: Johanna Shikongo")
    _lw(s, 266, y, "Designation", "Text7_8", 150, "authorized_title")
    _lw(s, 426, y, "Date", "Text7_9", 100, "date_signed", example="DD/MM/YYYY")
    y -= 66
    s.frame(36, y, 260, 46)
    s.text(40, y + 38, "Signature of the account holder", 7)
    s._place((37, y + 1, 295, y + 35), "signature", what="signature box")
    s.footer("NC-MNP-01 (copied from NC-SALES-07)")
    pdf, truth = s.build()
    return pdf, truth


def _location(s: Sheet, n: int, top: float, ours: bool,
              slots: list[dict[str, Any]]) -> float:
    """'Location n': its address boxes and a numbers table labelled in its header row."""
    s.text(54, top, f"Location {n}", 8.5, bold=True)
    y = top - 6
    y = head_row(s, 54, y, [("Street address", 230), ("Suburb / town", 130), ("State", 40),
                            ("Postcode", 71)])
    for (x, w), fld in zip(((54, 230), (284, 130), (414, 40), (454, 71)),
                           ("street", "city", "state", "postal_code"), strict=True):
        s.box(x, y - 16, w, 16, fld if ours else None, f"location {n} {fld}")
    y -= 26
    heads = [("No.", 22), ("Telephone number", 120), ("Service (PSTN / ISDN / VoIP)", 95)]
    head_row(s, 54, y, heads)
    head_row(s, 300, y, heads)
    y -= 13
    for k in range(6):
        col, row = divmod(k, 3)
        bx, by = 54 + col * 246, y - 15 * (row + 1)
        s.frame(bx, by, 22, 15)
        s.right_text(bx + 17, by + 4, str(k + 1), 7.5)
        s.frame(bx + 22, by, 120, 15)
        rect = (bx + 23, by + 1, bx + 141, by + 14)
        if ours:
            s.slot(slots, rect, f"location {n} number {k + 1}")
        else:
            s._place(rect, None, what=f"location {n} number {k + 1}")
        s.box(bx + 142, by, 95, 15, None, f"location {n} service {k + 1}")
    return y - 15 * 3


def tas_locations_margin_titles_paper() -> Built:
    s = a4("r34-tas-locations-margin-titles-paper", "AU", "en", ["r34-tas", "r34-tas-partial"],
           "Paper Tasmanian authority. Section titles turned 90 degrees in the left margin "
           "(CUSTOMER, SITES, AUTHORITY). Authorised person in two boxes under one header "
           "(Given name | Family name: one place over both). ABN not ours. Location 1 and "
           "Location 2 blocks, each an address row and a numbers table labelled in its "
           "header row (No. | Telephone number | Service): grey placeholders printed inside "
           "the e-mail and date boxes ('name@example.com.au', 'DD/MM/YYYY'); the case's one site is Location 1, "
           "Location 2 stays empty. Numbers not to be ported on two lines. Signature line, "
           "date.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 36, H4 - 36, ["Van Diemen Voice Pty Ltd", "ABN 34 600 555 100",
                                     "Level 2, 40 Elizabeth Street, Hobart TAS 7000"])
    s.text(54, H4 - 52, "Customer Authority to Port", 15, bold=True)
    top = H4 - 74
    y = top - 10
    s.text(54, y, "Account holder (as on your bill)", 7)
    s.box(54, y - 20, 300, 16, "account_name", "account holder")
    s.text(364, y, "ABN / ACN", 7)
    s.box(364, y - 20, 161, 16, None, "ABN")
    y -= 34
    s.text(54, y, "Authorised person", 7)
    s.box(54, y - 20, 150, 16, None, "given name")
    s.box(204, y - 20, 150, 16, None, "family name")
    span(s, 2, "authorized_name", "authorised person: given name | family name")
    s.text(56, y - 28, "Given name", 6)
    s.text(206, y - 28, "Family name", 6)
    s.text(364, y, "Position", 7)
    s.box(364, y - 20, 161, 16, "authorized_title", "position")
    y -= 42
    for label, x, w, fld in (("Current provider", 54, 150, "carrier"),
                             ("Account number", 214, 140, "account_number"),
                             ("Contact phone", 364, 161, "contact_phone")):
        s.text(x, y, label, 7)
        s.box(x, y - 20, w, 16, fld, label)
    y -= 34
    s.text(54, y, "E-mail", 7)
    grey_box(s, 54, y - 20, 300, 16, "contact_email", "name@example.com.au", "e-mail")
    s.tick(364, y - 16, "check:full_port", "All numbers")
    s.tick(440, y - 16, "check:partial_port", "Some numbers")
    y -= 30
    margin_title(s, 36, y, top, "CUSTOMER")
    y -= 14
    sites_top = y
    slots = s.slot_group(ordered=False)
    y = _location(s, 1, y - 6, True, slots)
    y = _location(s, 2, y - 16, False, slots)
    y -= 16
    s.text(54, y, "Numbers NOT to be ported (stay with your current provider)", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        s.frame(54 + k * 240, y - 20, 220, 15)
        s.slot(stay, (55 + k * 240, y - 19, 273 + k * 240, y - 6), f"not ported {k + 1}")
    y -= 28
    margin_title(s, 36, y, sites_top, "SITES")
    y -= 14
    auth_top = y
    y = s.para(54, y - 6, "I am the account holder or authorised by the account holder. I ask "
               "Van Diemen Voice to port the numbers above and understand my services with my "
               "current provider for them will end.", W4 - 90, 7.5)
    y -= 8
    s.text(54, y, "Preferred port date", 7)
    grey_box(s, 54, y - 20, 120, 16, "requested_date", "DD/MM/YYYY", "preferred port date")
    y -= 64
    s.sign_line("Signature", 54, y, 300, label_below=True)
    under(s, "Date", 320, y, 450, "date_signed")
    y -= 18
    margin_title(s, 36, y, auth_top, "AUTHORITY")
    s.footer("VDV-CA-TAS 2030")
    return s.build()


def _parts(s: Sheet, x: float, y: float, prefix: str) -> tuple[float, float, float, float]:
    return split_widgets(s, x, y, [(22, f"{prefix}_a"), (30, f"{prefix}_b"),
                                   (38, f"{prefix}_c")], [")", "-"], lead="(")


def _date_parts(s: Sheet, x: float, y: float, prefix: str, flds: tuple[str, str, str]) -> None:
    cx = x
    for n, (w, fld, ph) in enumerate(zip((22, 22, 40), flds, ("DD", "MM", "YYYY"),
                                         strict=True)):
        tf(s, f"{prefix}_{ph}", cx, y, w, 14, fld, what=f"{prefix} {ph}")
        hint(s, cx + 2, y - 7, ph, 5.5)
        cx += w
        if n < 2:
            cx = s.text(cx + 2, y + 3.5, "/", 9) + 2


def otg_split_widgets_fillable() -> Built:
    s = a4("r34-otg-split-widgets-fillable", "NZ", "en", ["r34-otg", "r34-otg-partial"],
           "Fillable Otago form. Every number to port split over three widgets "
           "'( __ ) ___ - ____' (one slot per row, rows 1-8 ordered); the contact phone "
           "likewise; the requested and signing dates in DD / MM / YYYY widgets (each its "
           "part). Grey placeholder values typed into the business name and e-mail widgets "
           "('Business or full name', 'name@example.co.nz'). Numbers staying in two split "
           "rows. Signature widget-less box.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 36, H4 - 36, ["Southern Lakes Telecom Ltd", "Princes Street 300, Dunedin",
                                     "0800 555 100"])
    s.text(36, H4 - 52, "Number Port Authority", 15, bold=True)
    y = H4 - 84
    s.text(36, y + 4, "Customer name", 7.5)
    placeholder_widget(s, "cust_name", 130, y, 300, 14, "account_name", "Business or full name")
    y -= 24
    s.text(36, y + 4, "Street address", 7.5)
    tf(s, "street", 130, y, 300, 14, "street")
    y -= 24
    s.text(36, y + 4, "Town / city", 7.5)
    tf(s, "town", 130, y, 150, 14, "city")
    s.text(290, y + 4, "Postcode", 7.5)
    tf(s, "pcode", 330, y, 60, 14, "postal_code")
    y -= 24
    s.text(36, y + 4, "Contact phone", 7.5)
    s._place(_parts(s, 130, y, "cph"), "contact_phone", what="contact phone (three widgets)")
    s.text(290, y + 4, "E-mail", 7.5)
    placeholder_widget(s, "mail", 330, y, 229, 14, "contact_email", "name@example.co.nz")
    y -= 24
    s.text(36, y + 4, "Losing provider", 7.5)
    tf(s, "lsp", 130, y, 150, 14, "carrier")
    s.text(290, y + 4, "Account no.", 7.5)
    tf(s, "acct", 350, y, 120, 14, "account_number")
    y -= 24
    s.text(36, y + 4, "Account type", 7.5)
    s.radio("type", "bus", 130, y + 2, "check:business", "Business")
    s.radio("type", "res", 200, y + 2, "check:residential", "Residential")
    s.radio("scope", "all", 300, y + 2, "check:full_port", "Port all numbers")
    s.radio("scope", "some", 410, y + 2, "check:partial_port", "Port some numbers")
    y -= 30
    s.band(36, y, W4 - 72, "Numbers to port (area code, then the number)", 9)
    y -= 26
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 36 + col * 260, y - row * 22
        s.right_text(bx + 14, by + 4, f"{k + 1}.", 8)
        s.slot(slots, _parts(s, bx + 20, by, f"num{k + 1}"), f"number {k + 1} (three widgets)")
    y -= 4 * 22 + 8
    s.text(36, y, "Numbers staying with the losing provider", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        s.slot(stay, _parts(s, 230 + k * 160, y - 4, f"stay{k + 1}"), f"staying {k + 1}")
    y -= 30
    s.text(36, y + 4, "Port on (date)", 7.5)
    _date_parts(s, 130, y, "port", ("requested_day", "requested_month", "requested_year"))
    y -= 36
    s.band(36, y, W4 - 72, "Authority", 9)
    y -= 26
    s.text(36, y + 4, "Authorised name", 7.5)
    tf(s, "auth", 130, y, 200, 14, "authorized_name")
    s.text(340, y + 4, "Role", 7.5)
    tf(s, "role", 370, y, 130, 14, "authorized_title")
    y -= 26
    s.text(36, y + 4, "Date signed", 7.5)
    _date_parts(s, 130, y, "signed", ("date_signed_day", "date_signed_month",
                                      "date_signed_year"))
    y -= 62
    s.frame(36, y, 260, 44)
    s.text(40, y + 36, "Signature", 7)
    s._place((37, y + 1, 295, y + 33), "signature", what="signature box")
    s.footer("SLT-NPA 2030")
    return s.build()


def _fr_en(s: Sheet, x: float, y: float, fr: str, x1: float, en: str, fld: str | None,
           mark: str = "", optional: bool = False) -> dict[str, Any]:
    """'Français ________ English': the French label before the blank, English after it."""
    end = (footnote_label(s, x, y, fr, mark, 8) if mark else s.text(x, y, fr, 8)) + 4
    s.rule(end, y - 2, x1)
    s.c.setFont("Helvetica-Oblique", 7.5)
    s.c.drawString(x1 + 4, y, en)
    extra = {"optional": True} if optional else {}
    return s._place((end, y - 4, x1, y + 11), fld, what=fr, **extra)


def mru_two_columns_footnotes_paper() -> Built:
    s = a4("r34-mru-two-columns-footnotes-paper", "MU", "fr", ["r34-mru", "r34-mru-partial"],
           "Paper Mauritius demande, French label before each blank and English after it "
           "(two columns of labels). BRN¹ not ours; Compte² is the account number; the "
           "signer's name with its label only below the line. Footnotes at the page foot. "
           "'ex.' values in grey. Numbers 1-6 on lines, numbers kept on two lines. Date "
           "souhaitée, date de signature.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 36, H4 - 36, ["Île Connect Ltée", "Rue du Président Kennedy 5, "
                                     "Port Louis", "Portabilité 212 0100"])
    s.text(36, H4 - 52, "Demande de portabilité", 15, bold=True)
    s.c.setFont("Helvetica-Oblique", 9)
    s.c.drawString(36, H4 - 64, "Number porting request")
    y = H4 - 96
    s.text(36, y, "Français", 7, bold=True)
    s.text(W4 - 120, y, "English", 7, bold=True)
    y -= 20
    _fr_en(s, 36, y, "Nom du titulaire", 430, "Account holder", "account_name")
    y -= 22
    _fr_en(s, 36, y, "N° BRN", 300, "BRN No.", None, mark="1")
    y -= 22
    _fr_en(s, 36, y, "Adresse", 430, "Address", "street")
    y -= 22
    _fr_en(s, 36, y, "Ville", 250, "Town", "city")
    _fr_en(s, 310, y, "Code postal", 430, "Postcode", "postal_code")
    y -= 22
    _fr_en(s, 36, y, "Opérateur actuel", 300, "Current operator", "carrier")
    y -= 22
    _fr_en(s, 36, y, "Compte", 300, "Account", "account_number", mark="2")
    hint(s, 120, y - 10, "ex. MT-1234-5678", 6)
    y -= 26
    _fr_en(s, 36, y, "Téléphone", 250, "Phone", "contact_phone")
    hint(s, 90, y - 10, "ex. 212 0140", 6)
    _fr_en(s, 310, y, "Courriel", 470, "E-mail", "contact_email")
    y -= 28
    s.tick(36, y, "check:business", "Entreprise / Business")
    s.tick(180, y, "check:residential", "Particulier / Individual")
    s.tick(330, y, "check:full_port", "Tous les numéros / All numbers")
    y -= 16
    s.tick(330, y, "check:partial_port", "Certains numéros / Some numbers")
    y -= 24
    s.text(36, y, "Numéros à porter / Numbers to port", 8.5, bold=True)
    hint(s, 200, y, "ex. 212 0140", 6.5)
    slots = s.slot_group(ordered=False)
    for k in range(6):
        col, row = divmod(k, 3)
        bx, by = 36 + col * 260, y - 20 - row * 20
        s.right_text(bx + 12, by, f"{k + 1}.", 8)
        s.rule(bx + 16, by - 2, bx + 220)
        s.slot(slots, (bx + 16, by - 4, bx + 220, by + 11), f"numéro {k + 1}")
    y -= 20 + 3 * 20 + 8
    s.text(36, y, "Numéros conservés chez l'opérateur actuel / Numbers kept", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        bx = 300 + k * 130
        s.rule(bx, y - 2, bx + 120)
        s.slot(stay, (bx, y - 4, bx + 120, y + 11), f"conservé {k + 1}")
    y -= 26
    _fr_en(s, 36, y, "Date souhaitée³ (JJ/MM/AAAA)", 260, "Preferred date", "requested_date")
    y -= 30
    y = s.para(36, y, "Je soussigné(e) autorise Île Connect Ltée à demander le portage des "
               "numéros ci-dessus. / I authorise Île Connect Ltd to request the porting of "
               "the numbers above.", W4 - 72, 7.5)
    y -= 30
    under(s, "Nom du signataire / Name of signatory", 36, y, 250, "authorized_name")
    under(s, "Fonction / Position", 270, y, 400, "authorized_title")
    y -= 50
    s.sign_line("Signature / Signature", 36, y, 250, label_below=True)
    _fr_en(s, 270, y + 4, "Date", 380, "Date", "date_signed")
    y -= 40
    for line in ("¹ Entreprises seulement. / Businesses only.",
                 "² Tel qu'il figure sur votre facture. / As shown on your bill.",
                 "³ Cinq jours ouvrables au moins. / At least five working days."):
        s.text(36, y, line, 6.5)
        y -= 9
    s.footer("IC-PORT-MU 2030")
    return s.build()


FORMS = {
    "r34-wdh-misnamed-widgets-fillable": wdh_misnamed_widgets_fillable,
    "r34-tas-locations-margin-titles-paper": tas_locations_margin_titles_paper,
    "r34-otg-split-widgets-fillable": otg_split_widgets_fillable,
    "r34-mru-two-columns-footnotes-paper": mru_two_columns_footnotes_paper,
}
