"""Round 8, third batch (written after the second batch was fixed, before the filler ran on
these): three more forms of the judged countries.

- A Canadian wireless porting form, fillable: labels followed by dot leaders up to the widget
  ("Account holder name ........ [    ]"), a wireless PIN, a numbers table Mobile number | IMEI
  (not ours) | Account number (ours per row), the province and postal code side by side, a
  "Date signed" widget beside the signature.
- A UK fillable LoA whose labels are printed under the widgets (captions), an "Are you the
  account holder?" Yes / No we cannot answer, a main number that must also be listed, ten
  number widgets in one column numbered 1-10, and an "Authorised signatory" block.
- A German fillable Portierungsauftrag: the numbers table in two columns "Vorwahl | Rufnummer"
  (the area code apart), tooltips in German on some widgets, "Anschlussinhaber" block, the
  current provider, a box for numbers that stay, Ort / Datum and signature.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round6_kit import row_table

Built = tuple[bytes, dict[str, Any]]


def ca_wireless_dots() -> Built:
    s = letter("r8-ca-wireless-dots", "CA", "en", ["r8-ca", "r8-ca-partial"],
               "Fillable, widgets 'fld_N'. Labels followed by dot leaders up to the widget; "
               "wireless PIN; province and postal code side by side; numbers table Mobile number "
               "| IMEI (not ours) | Account number (ours per row), 6 rows of widgets; requested "
               "date YYYY-MM-DD; signature widget with 'Date signed' beside it.")
    s.date_formats = ["%Y-%m-%d"]
    w = LETTER[0]
    names = iter(f"fld_{n}" for n in range(1, 60))
    s.text(40, 742, "Wireless Number Transfer Authorization", 14, bold=True)
    s.right_text(w - 40, 744, "Maple Mobile Inc.", 9)
    y = 706

    def dotted(label: str, fld: str | None, x: float = 40, x_field: float = 250,
               width: float = 320) -> None:
        end = s.text(x, y + 4, label, 9)
        dots = "." * max(3, int((x_field - end - 8) / 2.5))
        s.text(end + 4, y + 4, dots, 9)
        s.widget(next(names), x_field, y, width, 15, fld)

    dotted("Account holder name", "account_name")
    y -= 22
    dotted("Service address (street)", "street")
    y -= 22
    dotted("City", "city", width=150)
    y -= 22
    dotted("Province", "state", width=60)
    dotted("Postal code", "postal_code", x=330, x_field=420, width=100)
    y -= 22
    dotted("Current wireless provider", "carrier")
    y -= 22
    dotted("Account PIN / password", "pin", width=120)
    y -= 22
    dotted("Contact phone number", "contact_phone", width=150)
    y -= 22
    dotted("Contact email", "contact_email")
    y -= 36
    s.text(40, y, "Numbers to transfer", 11, bold=True)
    y = row_table(s, 40, y - 8, [("Mobile number", 170, "number"), ("IMEI", 170, None),
                                 ("Account number", 190, "account_number")], rows=6,
                  widgets="row") - 26
    dotted("Requested transfer date (YYYY-MM-DD)", "requested_date", width=120)
    y -= 40
    s.text(40, y + 26, "Authorized signature", 8)
    s.widget("Sig", 40, y, 250, 22, "signature")
    s.text(320, y + 26, "Date signed", 8)
    s.widget(next(names), 320, y, 120, 15, "date_signed")
    y -= 30
    dotted("Name of person signing", "authorized_name", width=220)
    s.footer("MMI-WNP-2026")
    return s.build()


def uk_captions_under() -> Built:
    s = a4("r8-uk-captions-fillable", "GB", "en", ["r8-uk", "r8-uk-partial"],
           "Fillable, widgets 'Field N', captions printed under the widgets. 'Are you the "
           "account holder?' Yes / No stays unticked (not ours to answer); the main number (must "
           "also be listed below) is the BTN; ten number widgets in one column numbered 1-10; "
           "'Authorised signatory' block: full name, job title; signature and date widgets.")
    s.date_formats = ["%d/%m/%Y"]
    w = A4[0]
    names = iter(f"Field {n}" for n in range(1, 60))
    top = A4[1] - 50
    s.text(40, top, "Number Port Letter of Authority", 15, bold=True)
    s.right_text(w - 40, top, "Tamar Telecom Ltd", 9)
    y = top - 50

    def under(label: str, fld: str | None, x: float = 40, width: float = 300) -> None:
        s.widget(next(names), x, y, width, 15, fld)
        s.text(x, y - 9, label, 7)

    under("Business name", "account_name", width=w - 80)
    y -= 36
    under("Site address", "street", width=w - 80)
    y -= 36
    under("Town", "city", width=250)
    under("Postcode", "postal_code", x=310, width=100)
    y -= 36
    under("Current provider", "carrier", width=250)
    under("Account number with current provider", "account_number", x=310, width=w - 350)
    y -= 36
    under("Main number (must also be listed below)", "btn", width=250)
    y -= 36
    s.text(40, y, "Are you the account holder?", 9)
    s.checkbox("Holder yes", 200, y - 1, None, "Yes")
    s.checkbox("Holder no", 250, y - 1, None, "No")
    y -= 30
    s.text(40, y, "Numbers to be ported", 10, bold=True)
    y -= 22
    slots = s.slot_group(ordered=True)
    for n in range(1, 11):
        s.text(40, y + 4, f"{n}.", 9)
        name = next(names)
        s.widget(name, 60, y, 200, 15, None)
        s.places.pop()
        s.slot(slots, (60, y, 260, y + 15), f"number {n}", name)
        y -= 19
    y -= 16
    s.text(40, y, "Authorised signatory", 10, bold=True)
    y -= 26
    under("Full name", "authorized_name", width=250)
    under("Job title", "authorized_title", x=310, width=w - 350)
    y -= 44
    s.widget("Signature", 40, y, 250, 22, "signature")
    s.text(40, y - 9, "Signature", 7)
    under("Date", "date_signed", x=310, width=110)
    s.footer("TTL-LOA v5")
    return s.build()


def de_vorwahl_fillable() -> Built:
    s = a4("r8-de-vorwahl-fillable", "DE", "de", ["r8-de", "r8-de-partial"],
           "Ausfüllbar, widgets 'Text N' (tooltips in German on some). Anschlussinhaber block "
           "with labels left; the current provider and customer number; numbers table Vorwahl | "
           "Rufnummer (the number after its area code) in 6 rows of widgets; a box for the "
           "numbers that stay; Wunschtermin; Ort and Datum widgets, signature widget.")
    s.date_formats = ["%d.%m.%Y"]
    w = A4[0]
    names = iter(f"Text {n}" for n in range(1, 60))
    top = A4[1] - 50
    s.text(40, top, "Auftrag zur Rufnummernmitnahme", 15, bold=True)
    s.right_text(w - 40, top, "Elbe Netz GmbH", 9)
    y = top - 40

    def row(label: str, fld: str | None, tip: str | None = None, width: float = 300) -> None:
        s.text(40, y + 4, label, 9)
        s.widget(next(names), 200, y, width, 15, fld, tooltip=tip)

    s.text(40, y, "Anschlussinhaber", 11, bold=True)
    y -= 24
    row("Firma", "account_name", "Firmenname")
    y -= 20
    row("Straße und Hausnummer", "street")
    y -= 20
    row("Postleitzahl", "postal_code", width=80)
    y -= 20
    row("Ort", "city")
    y -= 20
    row("Ansprechpartner", "authorized_name")
    y -= 20
    row("E-Mail", "contact_email")
    y -= 34
    s.text(40, y, "Bisheriger Anbieter", 11, bold=True)
    y -= 24
    row("Anbieter", "carrier")
    y -= 20
    row("Kundennummer", "account_number", width=160)
    y -= 34
    s.text(40, y, "Zu portierende Rufnummern", 11, bold=True)
    y = row_table(s, 40, y - 8, [("Vorwahl", 90, "area_code"), ("Rufnummer", 200, "number")],
                  rows=6, widgets="Nr") - 26
    s._slot_groups[-1]["local"] = True  # the numbers are written after their area code
    s.text(40, y + 4, "Diese Rufnummern sollen beim bisherigen Anbieter bleiben:", 9)
    s.widget(next(names), 40, y - 30, w - 80, 26, "remaining_numbers")
    y -= 60
    row("Gewünschter Termin", "requested_date", "Wunschtermin (TT.MM.JJJJ)", width=100)
    y -= 44
    s.text(40, y + 22, "Ort", 8)
    s.widget(next(names), 40, y, 140, 15, None)
    s.text(190, y + 22, "Datum", 8)
    s.widget(next(names), 190, y, 100, 15, "date_signed")
    s.text(310, y + 26, "Unterschrift", 8)
    s.widget("Unterschrift", 310, y, 240, 22, "signature")
    s.footer("ENG-RNM 2026")
    return s.build()


FORMS = {
    "r8-ca-wireless-dots": ca_wireless_dots,
    "r8-uk-captions-fillable": uk_captions_under,
    "r8-de-vorwahl-fillable": de_vorwahl_fillable,
}
