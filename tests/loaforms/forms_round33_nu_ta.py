"""Round 33, Nunavut and Tasmania (held back; truth from the drawn page, the filler never run on
these by their author):

- A Nunavut fillable authorization in English and French set in two columns of labels, the
  English left of each widget and the French right of it ('Account holder name | [ ] | Nom du
  titulaire'), widgets named for something else (the form was copied from another: 'Address'
  on the contact phone, 'Phone' on the e-mail, 'Date' on the current carrier), every North
  American number in three widgets '( ___ ) ___ - ____', one wide widget under the two column
  headers 'Street no. | Street name', two widgets 'First name' | 'Last name' under one header,
  a numbers table whose labels are its header row, the requested date in split boxes with
  separators ('YYYY - MM - DD', grey placeholders inside) and the signing date's placeholder
  inside its widget.
- A Tasmanian partly fillable port request on three A4 pages: the customer's widgets with
  'Example: ...' printed grey under them and a footnote mark, two repeated paper sections
  'Service location 1' and 'Service location 2' (the case is one site: the second stays
  empty), a paper numbers table 1-25 whose labels are its header row, continued on page 2
  (26-50, 'continued'), a grey 'DD/MM/YYYY' inside the requested date's box, and on page 3 the
  terms and two signature blocks: the account holder's and the dealer's (not ours).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet, npa_field, npa_widgets, witness_line
from tests.loaforms.round28_kit import span, tf
from tests.loaforms.round29_kit import multiline
from tests.loaforms.round31_kit import grey
from tests.loaforms.round33_kit import marked, ph_box, ph_widget

Built = tuple[bytes, dict[str, Any]]


def _row(s: Sheet, y: float, en: str, fr: str) -> None:
    """English label in the left column, French in the right one, on the widget's line."""
    s.text(40, y + 4, en, 7.5)
    s.c.setFont("Helvetica-Oblique", 7.5)
    s.c.drawRightString(572, y + 4, fr)


def nu_two_column_fillable() -> Built:
    s = Sheet("r33-nu-two-column-fillable", "CA", "en",
              "Fillable, Nunavut, one Letter page, English labels left and French right of "
              "each widget. Lying widget names (printed labels win); contact phone and BTN in "
              "three widgets each; one widget under 'Street no. | Street name' (the street); "
              "First name | Last name two widgets (the signer's name across both); PIN; "
              "numbers table 1-6 with header-row labels (three widgets per number, line type "
              "not ours); partial tick and numbers kept; requested date in split boxes YYYY - "
              "MM - DD with placeholders; signature box; date signed placeholder AAAA-MM-JJ.",
              LETTER, ["r33-nu", "r33-nu-partial"])
    s.date_formats = ["%Y-%m-%d"]
    w, h = LETTER
    letterhead(s, w - 40, h - 36, ["Qikiqtani Telecom Inc.", "PO Box 1160, Iqaluit, NU  X0A 0H0",
                                   "Porting / Transferts 1-867-555-0100"])
    s.text(40, h - 44, "Number Porting Authorization", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 10)
    s.c.drawString(40, h - 57, "Autorisation de transfert de numéro")
    s.text(40, h - 70, "English", 7, bold=True)
    s.c.setFont("Helvetica-BoldOblique", 7)
    s.c.drawRightString(572, h - 70, "Français")
    s.rule(40, h - 74, 572, 0.4)
    y = h - 92
    wx = 170  # the widgets' column, between the English and the French labels
    ww = 290
    _row(s, y, "Account holder name", "Nom du titulaire")
    tf(s, "Name", wx, y, ww, 14, "account_name")
    y -= 22
    _row(s, y, "Account type", "Type de compte")
    s.radio("Type", "B", wx, y + 2, "check:business", "Business / Entreprise")
    s.radio("Type", "R", wx + 140, y + 2, "check:residential", "Residential / Résidentiel")
    y -= 22
    s.c.setFillGray(0.9)
    s.c.rect(wx, y, 70, 11, stroke=1, fill=1)
    s.c.rect(wx + 70, y, ww - 70, 11, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(wx + 3, y + 3, "Street no. / N°", 6.5, bold=True)
    s.text(wx + 73, y + 3, "Street name / Rue", 6.5, bold=True)
    y -= 16
    _row(s, y, "Service address", "Adresse du service")
    tf(s, "Street1", wx, y, ww, 14, "street")
    y -= 22
    _row(s, y, "Community", "Localité")
    tf(s, "City", wx, y, 150, 14, "city")
    s.text(wx + 158, y + 4, "Terr.", 7)
    tf(s, "Prov", wx + 178, y, 30, 14, "state")
    ph_widget(s, "Postal", wx + 215, y, 75, 14, "postal_code", "A1A 1A1")
    y -= 22
    _row(s, y, "Contact phone", "Téléphone")
    npa_field(s, wx, y, iter(["Address", "Address_2", "Address_3"]), "contact_phone",
              "contact phone")
    s.text(wx + 116, y + 4, "Main number (BTN)", 7)
    npa_field(s, wx + 182, y, iter(["Text1", "Text2", "Text3"]), "btn", "main number")
    s.c.setFont("Helvetica-Oblique", 7.5)
    s.c.drawRightString(572, y - 6, "Numéro principal")
    y -= 26
    _row(s, y, "E-mail", "Courriel")
    tf(s, "Phone", wx, y, ww, 14, "contact_email")
    y -= 18
    s.text(wx, y, "First name / Prénom", 6.5, bold=True)
    s.text(wx + 140, y, "Last name / Nom", 6.5, bold=True)
    y -= 18
    _row(s, y, "Authorized person", "Personne autorisée")
    tf(s, "Signer1", wx, y, 135, 14, None)
    tf(s, "Signer2", wx + 140, y, 150, 14, None)
    span(s, 2, "authorized_name", "First name | Last name")
    y -= 22
    _row(s, y, "Title (business)", "Fonction (entreprise)")
    tf(s, "Title", wx, y, ww, 14, "authorized_title")
    y -= 22
    _row(s, y, "Current carrier", "Fournisseur actuel")
    tf(s, "Date", wx, y, 150, 14, "carrier")
    s.text(wx + 158, y + 4, "PIN / NIP", 7)
    tf(s, "Acct", wx + 195, y, 95, 14, "pin")
    y -= 22
    _row(s, y, "Account number", "Numéro de compte")
    tf(s, "Number", wx, y, ww, 14, "account_number")
    y -= 26
    s.band(40, y, w - 80, "Numbers to port  /  Numéros à transférer", 8.5)
    y -= 18
    heads = [("#", 24), ("Telephone number / Numéro de téléphone", 200),
             ("Line type / Type de ligne", 150), ("Notes / Remarques", 158)]
    x = 40.0
    s.c.setFillGray(0.88)
    s.c.rect(40, y - 3, sum(wd for _, wd in heads), 13, stroke=1, fill=1)
    s.c.setFillGray(0)
    for head, wd in heads:
        s.text(x + 3, y + 1, head, 6.8, bold=True)
        x += wd
    slots = s.slot_group()
    names = iter([f"Tel{n}_{k}" for n in range(1, 7) for k in "abc"])
    for n in range(6):
        ry = y - 3 - (n + 1) * 19
        x = 40.0
        for _, wd in heads:
            s.frame(x, ry, wd, 19)
            x += wd
        s.text(48, ry + 6, f"{n + 1}", 7.5)
        s.slot(slots, npa_widgets(s, 70, ry + 2, names, h=14), f"number {n + 1}")
        tf(s, f"Type{n + 1}", 266, ry + 2, 144, 14, None)
        tf(s, f"Note{n + 1}", 416, ry + 2, 152, 14, None)
    y = y - 3 - 7 * 19 - 4
    s.checkbox("Partial", 40, y, "check:partial_port",
               "Partial port: some numbers stay  /  Transfert partiel : certains numéros restent")
    y -= 14
    s.text(40, y, "Numbers staying / Numéros conservés", 7.5)
    multiline(s, "Keep", 40, y - 28, 250, 22, "remaining_numbers", "numbers staying")
    s.text(310, y, "Requested date / Date demandée", 7.5)
    x = 310.0
    for name, wd, hint, fld in (("ReqY", 44, "YYYY", "requested_year"),
                                ("ReqM", 28, "MM", "requested_month"),
                                ("ReqD", 28, "DD", "requested_day")):
        ph_widget(s, name, x, y - 20, wd, 14, fld, hint)
        x += wd
        if fld != "requested_day":
            s.text(x + 3, y - 16, "-", 9)
            x += 10
    y -= 50
    s.para(40, y, "I am the account holder or authorized by the account holder. I authorize "
           "Qikiqtani Telecom Inc. to port the numbers above and to end the ported numbers' "
           "service with my current carrier when the port completes.", w - 80, 7)
    s.c.setFont("Helvetica-Oblique", 7)
    s.para(40, y - 20, "Je suis le titulaire du compte ou autorisé par lui. J'autorise "
           "Qikiqtani Telecom Inc. à transférer les numéros ci-dessus.", w - 80, 7)
    y -= 84
    s.box(40, y, 260, 40, "signature", "signature")
    s.text(40, y - 9, "Signature", 7)
    s.c.setFont("Helvetica-Oblique", 7)
    s.c.drawRightString(300, y - 9, "Signature")
    s.text(320, y + 28, "Date signed / Date de signature", 7)
    ph_widget(s, "SignDate", 320, y + 8, 110, 14, "date_signed", "AAAA-MM-JJ")
    s.footer("QT-NPA-5  (2029)")
    return s.build()


def ta_continued_partly() -> Built:
    s = UnicodeSheet("r33-ta-continued-partly-fillable", "AU", "en",
                     "Partly fillable, Tasmania, three A4 pages. Customer widgets with grey "
                     "'Example:' lines under them, ABN not ours, account number with a footnote "
                     "*; paper Service location 1 (the service address, ours) and Service "
                     "location 2 (empty); paper numbers table 1-25 with header-row labels "
                     "(Location and Service type columns not ours) continued on page 2 (26-50); "
                     "all / some ticks, numbers staying 1-4, grey DD/MM/YYYY inside the "
                     "requested date's box; page 3 terms, account holder's signature block "
                     "(signature, print name, position, date) and the dealer's (not ours).", A4,
                     ["r33-ta", "r33-ta-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 36, ["Derwent Valley Communications Pty Ltd",
                                   "Level 2, 40 Elizabeth Street, Hobart TAS 7000",
                                   "Porting team 03 5550 0100"])
    s.text(40, h - 44, "Number Port Request", 15, bold=True)
    s.text(40, h - 57, "Complete all three pages. Page 2 continues the numbers table.", 7.5)
    y = h - 78
    s.band(40, y, w - 80, "1  ACCOUNT HOLDER", 8.5)
    y -= 34

    def lab(x: float, yy: float, text: str) -> None:
        s.text(x, yy + 16, text, 7)

    lab(40, y, "Account holder name (as on your bill)")
    tf(s, "t1", 40, y, 300, 14, "account_name")
    grey(s, 42, y - 8, "Example: John Smith, or Smith Plumbing Pty Ltd", 6.2)
    lab(350, y, "ABN / ACN")
    tf(s, "t2", 350, y, 205, 14, None)
    y -= 38
    marked(s, 40, y + 16, "Account number", "*", 7)
    tf(s, "t3", 40, y, 160, 14, "account_number")
    lab(210, y, "Current provider")
    tf(s, "t4", 210, y, 130, 14, "carrier")
    s.text(350, y + 4, "Account type:", 7.5)
    s.checkbox("c1", 404, y + 2, "check:business", "Business")
    s.checkbox("c2", 460, y + 2, "check:residential", "Residential")
    y -= 38
    lab(40, y, "Authorised contact")
    tf(s, "t5", 40, y, 160, 14, "authorized_name")
    grey(s, 42, y - 8, "Example: Jane Citizen", 6.2)
    lab(210, y, "Position")
    tf(s, "t6", 210, y, 130, 14, "authorized_title")
    lab(350, y, "Contact phone")
    tf(s, "t7", 350, y, 205, 14, "contact_phone")
    grey(s, 352, y - 8, "e.g. 0412 345 678", 6.2)
    y -= 38
    lab(40, y, "E-mail")
    tf(s, "t8", 40, y, 300, 14, "contact_email")
    y -= 24
    s.band(40, y, w - 80, "2  SERVICE LOCATIONS  (one block per site)", 8.5)
    y -= 10
    bw = (w - 80 - 10) / 2
    for loc in range(2):
        bx = 40 + loc * (bw + 10)
        ours = loc == 0
        s.frame(bx, y - 70, bw, 66)
        s.text(bx + 5, y - 16, f"Service location {loc + 1}", 8, bold=True)
        s.blank("Street address", bx + 5, y - 34, bx + bw - 5, "street" if ours else None,
                size=7.5)
        s.blank("Suburb / town", bx + 5, y - 54, bx + 124, "city" if ours else None, size=7.5)
        s.blank("State", bx + 130, y - 54, bx + 178, "state" if ours else None, size=7.5)
        s.blank("P/code", bx + 184, y - 54, bx + bw - 5, "postal_code" if ours else None,
                size=7.5)
    y -= 86
    s.band(40, y, w - 80, "3  NUMBERS TO PORT", 8.5)
    y -= 14
    heads = [("No.", 30), ("Phone number (incl. area code)", 200), ("Location (1 / 2)", 90),
             ("Service type (voice / fax / ISDN)", 195)]
    slots = s.slot_group()

    def table(top: float, first: int, rows: int) -> float:
        x = 40.0
        s.c.setFillGray(0.88)
        s.c.rect(40, top - 3, sum(wd for _, wd in heads), 12, stroke=1, fill=1)
        s.c.setFillGray(0)
        for head, wd in heads:
            s.text(x + 3, top, head, 6.8, bold=True)
            x += wd
        for r in range(rows):
            ry = top - 3 - (r + 1) * 13
            x = 40.0
            for k, (head, wd) in enumerate(heads):
                s.frame(x, ry, wd, 13)
                if k == 0:
                    s.text(x + 4, ry + 3.5, f"{first + r}", 6.8)
                elif k == 1:
                    s.slot(slots, (x + 1, ry + 0.5, x + wd - 1, ry + 12.5),
                           f"number {first + r}")
                else:
                    s._place((x + 1, ry + 0.5, x + wd - 1, ry + 12.5), None,
                             what=f"{head} {first + r}")
                x += wd
        return top - 3 - rows * 13

    y = table(y, 1, 25)
    s.text(40, y - 12, "More than 25 numbers? Continue on page 2.", 7)
    s.rule(40, 50, 200, 0.4)
    s.text(40, 40, "* As printed on your latest bill from your current provider (not the "
           "invoice number).", 6.5)
    s.footer("DVC-PR-3   page 1 of 3")
    s.next_page()
    y = h - 50
    s.blank("Account holder name", 40, y, 400, "account_name", size=7.5)
    s.text(480, y, "Page 2 of 3", 7.5, bold=True)
    y -= 20
    s.band(40, y, w - 80, "3  NUMBERS TO PORT (continued)", 8.5)
    y -= 14
    y = table(y, 26, 25)
    y -= 22
    s.band(40, y, w - 80, "4  ALL OR SOME NUMBERS", 8.5)
    y -= 20
    s.tick(40, y - 1, "check:full_port", "Port all numbers on the account")
    s.tick(230, y - 1, "check:partial_port", "Port only the numbers listed above")
    y -= 18
    s.text(40, y, "If only some, the numbers that STAY with your current provider:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y -= 18
    for n in range(4):
        x = 40 + n * 130
        s.right_text(x + 12, y, f"{n + 1}.", 7.5)
        s.rule(x + 15, y - 2, x + 120)
        s.slot(stay, (x + 15, y - 4, x + 120, y + 11), f"stays {n + 1}")
    y -= 26
    s.band(40, y, w - 80, "5  WHEN", 8.5)
    y -= 30
    s.text(40, y + 6, "Requested port date", 8)
    ph_box(s, 140, y, 100, 18, "requested_date", "DD/MM/YYYY")
    s.text(250, y + 6, "(at least 5 business days from today)", 7)
    s.footer("DVC-PR-3   page 2 of 3")
    s.next_page()
    y = h - 60
    s.band(40, y, w - 80, "6  TERMS AND AUTHORITY", 8.5)
    y -= 20
    for para in (
            "6.1 I am the account holder, or I am authorised by the account holder, to request "
            "the port of the numbers in this form, and I authorise Derwent Valley "
            "Communications Pty Ltd to arrange the port with my current provider.",
            "6.2 My current provider's service on the ported numbers ends when the port is "
            "complete. Do not cancel your current service before then: the numbers may be lost.",
            "6.3 Any amount owed to my current provider, including early termination charges, "
            "remains my responsibility.",
            "6.4 The details in this form must match my current provider's records; if they do "
            "not, the port may be rejected and delayed."):
        y = s.para(40, y, para, w - 80, 7.8) - 6
    y -= 16
    s.text(40, y, "ACCOUNT HOLDER", 8, bold=True)
    s.text(310, y, "DEALER / AGENT (office use)", 8, bold=True)
    y -= 44
    s.sign_line("Signature", 40, y, 270, label_below=True)
    witness_line(s, "Dealer signature", 310, y, 555)
    y -= 32
    s.line_under(40, y, 270, "authorized_name", "print name")
    s.text(40, y - 9, "Print name", 7)
    s.line_under(310, y, 555, None, "dealer name")
    s.text(310, y - 9, "Dealer name and code", 7)
    y -= 38
    s.line_under(40, y, 150, "authorized_title", "position")
    s.text(40, y - 9, "Position", 7)
    ph_box(s, 160, y - 4, 110, 16, "date_signed", "DD/MM/YYYY")
    s.text(160, y - 13, "Date", 7)
    ph_box(s, 310, y - 4, 110, 16, None, "DD/MM/YYYY")
    s.text(310, y - 13, "Date received", 7)
    s.footer("DVC-PR-3   page 3 of 3")
    return s.build()


FORMS = {
    "r33-nu-two-column-fillable": nu_two_column_fillable,
    "r33-ta-continued-partly-fillable": ta_continued_partly,
}
