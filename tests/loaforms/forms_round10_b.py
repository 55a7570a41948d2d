"""Round 10, second batch (tuning material, written from the drawn page; the filler was never
run on these by their author):

- A German fillable Portierungsauftrag: widgets Text1.. with labels to their left, the postcode
  in a comb widget, and widgets whose names lie (the town's widget is "PLZ", the contact
  person's "Firma"); a party grid "Abgebender Anbieter | Aufnehmender Anbieter"; a radio group for
  all numbers or only those listed; a connection-type and a contract-termination choice that are
  not ours; ten number widgets numbered 1-5 down the left and 6-10 down the right but named across
  the rows; a Wunschtermin in TT / MM / JJJJ widgets captioned under; 'Ort' (not ours) and
  'Datum' widgets over a printed signature line with no widget.
- An Irish partly fillable request: only the account holder's name and account number are
  widgets, the rest printed lines with captions under them; Town and County apart; complete /
  partial tick boxes; a numbers table with a number-type column not ours; the numbers remaining on
  three lines; an "office use only" box whose "Date received" is not ours.
- A US toll-free RespOrg change LOA from a UCaaS provider: widgets fill_1.. inside the opening
  sentence (name, title, company), the provider's own RespOrg ID printed, the current RespOrg ID
  not ours; Toll-free / Local service boxes; a table "Toll-free number | Ring-to number | Current
  RespOrg" whose other columns are not ours; a signature widget.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import sign_under, under
from tests.loaforms.round5_kit import Gap, date_parts, letterhead
from tests.loaforms.round6_kit import lines, row_table
from tests.loaforms.round10_kit import comb_widget, party_grid, widget_sentence

Built = tuple[bytes, dict[str, Any]]


def de_fillable_lying_names() -> Built:
    s = a4("r10-de-portierung-fillable", "DE", "de", ["r10-de", "r10-de-partial"],
           "Fillable, German. Widgets Text1.. with labels left; PLZ in a comb widget (5 cells); "
           "names that lie: the Ort widget is named 'PLZ', the Ansprechpartner widget 'Firma'. "
           "Party grid Abgebender (ours) | Aufnehmender Anbieter (name printed, Kundennummer "
           "blank not ours). Radio Umfang (alle / nur folgende); Anschlussart and Kündigung "
           "check boxes not ours; ten number widgets 1-5 down the left, 6-10 down the right, "
           "named across the rows; Wunschtermin TT / MM / JJJJ widgets, captions under; Ort "
           "(not ours) and Datum widgets, printed signature line under them with no widget.")
    s.date_formats = ["%d.%m.%Y"]
    w, h = A4
    text = iter(f"Text{n}" for n in range(1, 60))
    letterhead(s, w - 40, h - 40, ["Isar Telekom GmbH", "Landsberger Str. 302", "80687 München",
                                    "Tel. 089 555 0100"])
    s.text(40, h - 46, "Auftrag zur Rufnummernmitnahme", 15, bold=True)
    s.text(40, h - 61, "Portierungsauftrag bei Anbieterwechsel", 9)
    y = h - 108

    def row(label: str, name: str, fld: str | None, x: float = 40, fx: float = 170,
            fw: float = 385) -> None:
        s.text(x, y + 4, label, 8.5)
        s.widget(name, fx, y, fw, 15, fld)

    s.band(40, y, w - 80, "1. Anschlussinhaber")
    y -= 26
    row("Firma / Name", next(text), "account_name")
    y -= 21
    row("Straße, Hausnummer", next(text), "street")
    y -= 21
    s.text(40, y + 4, "PLZ", 8.5)
    comb_widget(s, next(text), 170, y, 5, "postal_code", what="PLZ (comb)")
    row("Ort", "PLZ", "city", x=250, fx=275, fw=280)
    y -= 21
    row("Ansprechpartner", "Firma", "authorized_name", fw=170)
    row("Telefon", next(text), "contact_phone", x=350, fx=395, fw=160)
    y -= 21
    row("E-Mail", next(text), "contact_email")
    y -= 30
    s.band(40, y, w - 80, "2. Anbieter")
    y = party_grid(s, 40, y - 8, ("Abgebender Anbieter (bisher)", "Aufnehmender Anbieter (neu)"), [
        ("Name des Anbieters", "carrier", "=Isar Telekom GmbH"),
        ("Kundennummer", "account_number", None),
        ("Kundenkennwort", "pin", None),
    ], label_w=115, col_w=200, names=[next(text) for _ in range(5)]) - 26
    s.band(40, y, w - 80, "3. Umfang der Portierung")
    y -= 24
    s.radio("Umfang", "alle", 40, y, "check:full_port", "alle Rufnummern des Anschlusses")
    s.radio("Umfang", "teil", 270, y, "check:partial_port",
            "nur die unten aufgeführten Rufnummern")
    y -= 20
    s.text(40, y + 1, "Anschlussart:", 8.5)
    s.checkbox(next(text), 110, y, None, "Mehrgeräteanschluss")
    s.checkbox(next(text), 240, y, None, "Anlagenanschluss (Durchwahl)")
    y -= 26
    s.text(40, y, "Rufnummern (mit Vorwahl)", 9, bold=True)
    y -= 22
    slots = s.slot_group(ordered=True)
    made: dict[int, tuple[tuple[float, float, float, float], str]] = {}
    for r in range(5):
        for col, x in enumerate((40.0, 300.0)):
            n = col * 5 + r + 1
            ly = y - r * 20
            s.right_text(x + 14, ly + 4, f"{n}", 8.5)
            name = next(text)  # named across the rows, numbered down the columns
            s.c.acroForm.textfield(name=name, tooltip="", x=x + 20, y=ly, width=220, height=15,
                                   fontSize=9, borderWidth=0.5, borderColor=black,
                                   fillColor=white, textColor=black, forceBorder=True)
            made[n] = ((x + 20, ly, x + 240, ly + 15), name)
    for n in sorted(made):
        s.slot(slots, made[n][0], f"Rufnummer {n}", made[n][1])
    y -= 5 * 20 + 8
    s.text(40, y + 4, "Rufnummern, die beim bisherigen Anbieter verbleiben:", 8.5)
    y -= 20
    s.widget(next(text), 40, y, w - 80, 15, "remaining_numbers")
    y -= 30
    s.text(40, y + 4, "Wunschtermin", 9, bold=True)
    date_parts(s, 130, y, [("TT", 28, "requested_day"), ("MM", 28, "requested_month"),
                           ("JJJJ", 44, "requested_year")], names=[next(text) for _ in range(3)])
    y -= 34
    s.text(40, y, "Der Vertrag mit dem bisherigen Anbieter soll", 8.5)
    s.checkbox(next(text), 230, y - 1, None, "gekündigt werden")
    s.checkbox(next(text), 340, y - 1, None, "bestehen bleiben")
    y = s.para(40, y - 22, "Ich beauftrage die Isar Telekom GmbH, die oben genannten Rufnummern "
               "zu übernehmen und den bisherigen Anbieter in meinem Namen über die Mitnahme zu "
               "informieren.", w - 80, 7.5) - 16
    s.text(40, y + 4, "Ort", 8.5)
    s.widget(next(text), 62, y, 150, 15, None)
    s.text(225, y + 4, "Datum", 8.5)
    s.widget(next(text), 258, y, 100, 15, "date_signed")
    y -= 44
    sign_under(s, "Unterschrift des Anschlussinhabers / Firmenstempel", 40, y, 330)
    s.text(360, y + 4, "Name in Druckbuchstaben", 8.5)
    s.widget(next(text), 360, y - 14, 195, 15, "authorized_name")
    s.footer("ITG-PA 03/2026")
    return s.build()


def ie_partly_fillable() -> Built:
    s = a4("r10-ie-request-partly", "IE", "en", ["r10-ie", "r10-ie-partial"],
           "Partly fillable: two widgets (account holder, account number), the rest printed "
           "lines with captions under them. Gaining operator's name and address printed in the "
           "top-left letterhead. Town and County on separate lines; complete / partial tick "
           "boxes; numbers table with a 'Number type' column not ours; numbers remaining on "
           "three lines; 'For office use only' box (Port reference, Date received) not ours.")
    w, h = A4
    s.text(40, h - 44, "Atlantic Connect Ltd", 12, bold=True)
    for n, line in enumerate(["Block C, Parkmore West", "Galway H91 P2DK", "Tel 091 555 100"]):
        s.text(40, h - 57 - n * 9.5, line, 7.5)
    s.right_text(w - 40, h - 44, "NUMBER PORTING REQUEST", 12)
    s.right_text(w - 40, h - 58, "Fixed line numbers", 8.5)
    y = h - 112
    s.band(40, y, w - 80, "Section A - Account holder (as on your current bill)")
    y -= 30
    s.widget("txtAccountHolder", 40, y, 330, 15, "account_name")
    s.text(40, y - 8, "Account holder / company name", 6.5)
    s.widget("txtAccountNo", 390, y, w - 430, 15, "account_number")
    s.text(390, y - 8, "Account number with current operator", 6.5)
    y -= 34
    under(s, "Address", 40, y, w - 40, "street")
    y -= 30
    under(s, "Town", 40, y, 220, "city")
    under(s, "County", 232, y, 380, "state")
    under(s, "Eircode", 392, y, w - 40, "postal_code")
    y -= 30
    under(s, "Contact phone", 40, y, 220, "contact_phone")
    under(s, "Contact email", 232, y, w - 40, "contact_email")
    y -= 34
    s.band(40, y, w - 80, "Section B - Current operator")
    y -= 28
    under(s, "Name of current operator", 40, y, 300, "carrier")
    s.text(320, y + 2, "Port type:", 8.5)
    s.tick(370, y + 1, "check:full_port", "Complete account")
    s.tick(460, y + 1, "check:partial_port", "Partial")
    y -= 32
    s.band(40, y, w - 80, "Section C - Numbers to be ported")
    y = row_table(s, 40, y - 10, [("Number (incl. area code)", 200, "number"),
                                  ("Number type (single line / ISDN / MSN)", 200, None),
                                  ("Qty", w - 80 - 400, None)], rows=6, row_h=17) - 20
    s.text(40, y, "Partial port only: numbers remaining with your current operator", 8.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y -= 22
    lines(s, 40, y, 200, 1, 20, stay, "remaining 1")
    lines(s, 215, y, 375, 1, 20, stay, "remaining 2")
    lines(s, 390, y, w - 40, 1, 20, stay, "remaining 3")
    y -= 30
    s.band(40, y, w - 80, "Section D - Authorisation")
    y = s.para(40, y - 20, "I confirm I am the account holder or am authorised by the account "
               "holder, and I request that the numbers above are ported to Atlantic Connect Ltd. "
               "I understand my service with the current operator ends for these numbers.",
               w - 80, 8) - 30
    sign_under(s, "Signature of account holder / authorised signatory", 40, y, 300)
    under(s, "Date", 320, y, w - 40, "date_signed")
    y -= 32
    under(s, "Print name", 40, y, 300, "authorized_name")
    under(s, "Position in company", 320, y, w - 40, "authorized_title")
    y -= 40
    s.frame(40, y - 34, w - 80, 46)
    s.text(46, y + 2, "For office use only", 8, bold=True)
    s.blank("Port reference", 46, y - 22, 280, None, size=8)
    s.blank("Date received", 300, y - 22, w - 46, None, size=8)
    s.footer("AC-NPR-2026")
    return s.build()


def us_toll_free_resporg() -> Built:
    s = letter("r10-us-tollfree-resporg-fillable", "US", "en", ["r10-us-tf", "r10-us-tf-partial"],
               "Fillable, widgets fill_1.. and TF1_1..; three widgets inside the opening "
               "sentence (name, title, company); the provider's own RespOrg ID printed; 'Current "
               "RespOrg ID' not ours; Toll-free / Local service boxes; numbers table Toll-free "
               "number | Ring-to number | Current RespOrg (the other columns not ours); desired "
               "due date; a signature widget and a date widget.")
    s.date_formats = ["%m/%d/%Y"]
    w, h = LETTER
    fill = iter(f"fill_{n}" for n in range(1, 60))
    s.text(40, h - 50, "Toll-Free Letter of Agency", 16, bold=True)
    s.text(40, h - 66, "RespOrg change and toll-free number port", 9.5)
    letterhead(s, w - 40, h - 46, ["Nimbus Voice Cloud Inc.", "New RespOrg ID: NVC01",
                                    "1800 Market St, Philadelphia, PA 19103"])
    y = widget_sentence(s, 40, h - 110, [
        "I,", Gap(150, "authorized_name", "name"), ", as", Gap(110, "authorized_title", "title"),
        "of", Gap(200, "account_name", "company"), "(the \"Customer\"), authorize Nimbus Voice "
        "Cloud Inc. to act as the Customer's agent to change the Responsible Organization of the "
        "toll-free numbers below and to port them to its network."],
        names=[next(fill) for _ in range(3)], right=w - 40) - 32
    s.text(40, y + 4, "Service type:", 8.5)
    s.checkbox(next(fill), 110, y + 3, "check:toll_free", "Toll-free (8XX)")
    s.checkbox(next(fill), 210, y + 3, None, "Local / geographic")
    y -= 30

    def row(label: str, fld: str | None, x: float, x1: float, fx: float) -> None:
        s.text(x, y + 4, label, 8.5)
        s.widget(next(fill), fx, y, x1 - fx, 15, fld)

    row("Customer address", "street", 40, w - 40, 130)
    y -= 22
    row("City", "city", 40, 300, 130)
    row("State", "state", 312, 380, 342)
    row("ZIP", "postal_code", 392, w - 40, 414)
    y -= 22
    row("Contact phone", "contact_phone", 40, 300, 130)
    row("Email", "contact_email", 312, w - 40, 342)
    y -= 30
    row("Current carrier", "carrier", 40, 300, 130)
    row("Account #", "account_number", 312, w - 40, 370)
    y -= 22
    row("Current RespOrg ID", None, 40, 300, 130)
    y -= 28
    s.text(40, y, "Toll-free numbers", 10, bold=True)
    y = row_table(s, 40, y - 6, [("Toll-free number", 180, "number"),
                                 ("Ring-to number", 170, None),
                                 ("Current RespOrg", w - 80 - 350, None)],
                  rows=10, row_h=17, widgets="TF") - 26
    row("Desired due date", "requested_date", 40, 250, 130)
    s.text(260, y + 4, "(at least 10 business days after signing)", 7.5)
    y -= 46
    s.text(40, y + 26, "Authorized signature", 8.5)
    s.widget(next(fill), 40, y, 260, 22, "signature")
    s.text(330, y + 26, "Date", 8.5)
    s.widget(next(fill), 330, y, 120, 15, "date_signed")
    s.footer("NVC-TF-LOA 2.1")
    return s.build()


FORMS = {
    "r10-de-portierung-fillable": de_fillable_lying_names,
    "r10-ie-request-partly": ie_partly_fillable,
    "r10-us-tollfree-resporg-fillable": us_toll_free_resporg,
}
