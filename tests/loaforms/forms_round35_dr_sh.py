"""Round 35, Drenthe and Shirak (held back; truth from the drawn page, the filler never run on
these by their author):

- A Drenthe fillable overstapformulier in Dutch on two A4 pages. Ideas: labels set flush right,
  ending in a colon, with dotted leaders running to their widget; comb widgets over printed
  cells for the postcode and the account number (eight digits); a business / residential radio
  group whose export values are Dutch words ("Zakelijk" / "Particulier"); widgets named
  Text1..TextN with English tooltips while the printed labels are Dutch; a number list 1-4 on
  page 1 continued on page 2 under "Aanvullende nummers (vervolg)" (5-12: the business case's
  fifth number goes there).
- A Shirak fillable application printed in Armenian script only, which PortDesk does not read:
  the right outcome is the one line saying so and the desk's click-to-place, never a guess.
  Each place records what a specialist would click into it (`by_click`) while its `field` is
  None; the signature box is the only place that may take the signer's ink (optional). Ideas:
  widget names in English ("customer_name", "street", "current_carrier"...) under printed
  labels in Armenian (a name is no reading of the page: still refused); the receiving
  operator's section printed first and pre-filled (its name printed, its phone and dealer code
  already in editable widgets: not ours, by_click none); comb widgets for the account number
  and the numbers.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round29_kit import multiline
from tests.loaforms.round33_kit import by_click
from tests.loaforms.round35_kit import comb_widget

Built = tuple[bytes, dict[str, Any]]


def _lead(s: Sheet, right: float, y: float, label: str, x0: float) -> None:
    """A label flush right at `right` ending in a colon, dots leading to `x0`."""
    s.c.setFont(s.font, 8)
    s.c.drawRightString(right, y + 4, label)
    step = stringWidth(".", s.font, 8)
    s.text(right + 3, y + 4, "." * max(2, int((x0 - right - 6) / step)), 8)


def dr_leader_comb_fillable() -> Built:
    s = UnicodeSheet("r35-dr-leader-comb-fillable", "NL", "nl",
                     "Fillable, Drenthe, two A4 pages, Dutch labels flush right with a colon "
                     "and dotted leaders to widgets Text1..TextN whose tooltips are English; "
                     "postcode comb (6 cells) and account number comb (8 cells); KvK not ours; "
                     "radio Zakelijk / Particulier exporting those words; numbers 1-4 on page "
                     "1 continued on page 2 under 'Aanvullende nummers (vervolg)' 5-12; all / "
                     "some check boxes; numbers staying; requested date; signature box and "
                     "date.", A4, ["r35-dr", "r35-dr-partial"])
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 36, ["Hondsrug Glasvezel B.V.", "Stationsstraat 2, 9401 KX Assen",
                                   "Klantenservice 0592 555 100"])
    s.text(40, h - 46, "Overstapformulier nummerbehoud", 14, bold=True)
    s.text(40, h - 59, "Vul het formulier digitaal in, print het en onderteken het.", 7.5)
    n = iter(range(1, 60))

    def field(label: str, y: float, width: float, fld: str | None, tip: str) -> None:
        _lead(s, 200, y, label, 236)
        tf(s, f"Text{next(n)}", 236, y, width, 15, fld, tooltip=tip)

    r = 200.0
    y = h - 80
    s.band(40, y, w - 80, "1. Klantgegevens", 8.5)
    y -= 24
    _lead(s, r, y, "Soort aansluiting:", 236)
    s.radio("Soort", "Zakelijk", 236, y + 2, "check:business", "Zakelijk")
    s.radio("Soort", "Particulier", 316, y + 2, "check:residential", "Particulier")
    y -= 22
    field("Naam / bedrijfsnaam:", y, 319, "account_name", "Customer or company name")
    y -= 22
    field("KvK-nummer:", y, 120, None, "Chamber of Commerce number")
    y -= 22
    field("Straat en huisnummer:", y, 319, "street", "Street and house number")
    y -= 22
    _lead(s, r, y, "Postcode:", 236)
    comb_widget(s, f"Text{next(n)}", 236, y, 6, "postal_code", cell=14,
                tooltip="Postcode (e.g. 1234AB)")
    s.text(335, y + 4, "Plaats:", 8)
    tf(s, f"Text{next(n)}", 365, y, 190, 15, "city", tooltip="Town")
    y -= 22
    field("Contactpersoon:", y, 200, "authorized_name", "Contact person")
    y -= 22
    field("Functie:", y, 200, "authorized_title", "Job title")
    y -= 22
    field("Telefoon:", y, 150, "contact_phone", "Contact phone")
    y -= 22
    field("E-mail:", y, 319, "contact_email", "E-mail address")
    y -= 26
    s.band(40, y, w - 80, "2. Huidige aanbieder", 8.5)
    y -= 24
    field("Huidige aanbieder:", y, 200, "carrier", "Current provider")
    y -= 22
    _lead(s, r, y, "Klantnummer (8 cijfers):", 236)
    comb_widget(s, f"Text{next(n)}", 236, y, 8, "account_number", cell=14,
                tooltip="Account number at your current provider")
    y -= 26
    s.band(40, y, w - 80, "3. Nummers", 8.5)
    y -= 24
    slots = s.slot_group()
    for k in range(4):
        _lead(s, r, y, f"Nummer {k + 1}:", 236)
        name = f"Text{next(n)}"
        tf(s, name, 236, y, 160, 15, None, tooltip=f"Number {k + 1} to port")
        s.places.pop()
        s.slot(slots, (236, y, 396, y + 15), f"nummer {k + 1}", name)
        y -= 20
    s.text(236, y + 4, "Meer nummers? Ga verder op pagina 2.", 7)
    y -= 20
    s.checkbox("Alle", 60, y, "check:full_port", "Alle nummers overzetten")
    s.checkbox("Deel", 260, y, "check:partial_port", "Alleen de genoemde nummers")
    y -= 26
    _lead(s, r, y, "Nummers die blijven:", 236)
    multiline(s, f"Text{next(n)}", 236, y - 10, 319, 25, "remaining_numbers", "blijven")
    s.footer("HG-OV-5   pagina 1 van 2")
    s.next_page()
    y = h - 60
    s.band(40, y, w - 80, "Aanvullende nummers (vervolg)", 8.5)
    y -= 26
    for k in range(4, 12):
        col, row = divmod(k - 4, 4)
        x, ry = 100 + col * 240, y - row * 20
        s.c.setFont(s.font, 8)
        s.c.drawRightString(x - 4, ry + 4, f"Nummer {k + 1}:")
        name = f"Text{next(n)}"
        tf(s, name, x, ry, 160, 15, None, tooltip=f"Number {k + 1} to port")
        s.places.pop()
        s.slot(slots, (x, ry, x + 160, ry + 15), f"nummer {k + 1}", name)
    y -= 4 * 20 + 10
    s.band(40, y, w - 80, "4. Overstapdatum en ondertekening", 8.5)
    y -= 24
    field("Gewenste overstapdatum:", y, 100, "requested_date", "Requested date (dd-mm-yyyy)")
    y -= 20
    y = s.para(40, y, "Ik machtig Hondsrug Glasvezel B.V. om mijn nummers bij mijn huidige "
               "aanbieder op te zeggen en over te zetten. De overeenkomst voor deze nummers "
               "eindigt op de overstapdatum.", w - 80, 7.5)
    y -= 54
    _lead(s, r, y + 20, "Handtekening:", 236)
    s.box(236, y, 220, 40, "signature", "Handtekening")
    y -= 24
    field("Datum:", y, 100, "date_signed", "Date signed (dd-mm-yyyy)")
    s.footer("HG-OV-5   pagina 2 van 2")
    return s.build()


def sh_armenian_fillable() -> Built:
    s = UnicodeSheet("r35-sh-armenian-fillable", "AM", "hy",
                     "Fillable, Shirak, one A4 page, Armenian script only (PortDesk reads no "
                     "Armenian): the filler must say it cannot read the form and offer "
                     "click-to-place; every place's field is None and `by_click` says what the "
                     "specialist would place there; the signature box is optional. Receiving "
                     "operator's section first, pre-filled (not ours); widgets named in English "
                     "under Armenian labels; comb widgets for the account number and the "
                     "numbers.", A4, ["r35-sh", "r35-sh-partial"])
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "«Ալեքսանդրապոլ Կապ» ՍՊԸ", 10, bold=True)
    s.text(w - 200, h - 52, "Գյումրի, Ռիժկովի փող. 20", 7.5)
    s.text(40, h - 48, "Համարի տեղափոխման դիմում", 14, bold=True)
    s.text(40, h - 62, "Լրացրեք տպատառերով։", 7.5)
    clicks: dict[int, str] = {}

    def mark(what: str | None) -> None:
        if what:
            clicks[len(s.places) - 1] = what

    def field(label: str, name: str, x: float, y: float, wd: float, what: str | None) -> None:
        s.text(x, y + 17, label, 7)
        tf(s, name, x, y, wd, 15, None)
        mark(what)

    y = h - 96
    s.band(40, y + 12, w - 80, "1. Ընդունող օպերատոր (լրացնում է օպերատորը)", 8.5)
    y -= 22
    s.text(40, y + 17, "Անվանում", 7)
    s.text(40, y + 4, "«Ալեքսանդրապոլ Կապ» ՍՊԸ", 9, bold=True)
    s.text(300, y + 17, "Հեռախոս", 7)
    tf(s, "receiver_phone", 300, y, 120, 15, None, value="0312 55 01 00")
    s.text(430, y + 17, "Դիլերի կոդ", 7)
    tf(s, "dealer_code", 430, y, 125, 15, None, value="312-0042")
    y -= 26
    s.band(40, y, w - 80, "2. Բաժանորդ", 8.5)
    y -= 34
    field("Անուն / անվանում", "customer_name", 40, y, 330, "account_name")
    field("ՀՎՀՀ", "tax_id", 380, y, 175, None)
    y -= 24
    s.text(40, y + 4, "Բաժանորդի տեսակը՝", 7.5)
    s.checkbox("business", 140, y + 2, None, "իրավաբանական անձ")
    mark("check:business")
    s.checkbox("residential", 270, y + 2, None, "ֆիզիկական անձ")
    mark("check:residential")
    y -= 34
    field("Հասցե", "street", 40, y, 300, "street")
    field("Քաղաք", "city", 350, y, 120, "city")
    field("Ինդեքս", "postcode", 480, y, 75, "postal_code")
    y -= 32
    field("Հեռախոս", "contact_phone", 40, y, 200, "contact_phone")
    field("Էլ. փոստ", "email", 250, y, 305, "contact_email")
    y -= 32
    field("Լիազորված անձ", "authorized_name", 40, y, 300, "authorized_name")
    field("Պաշտոն", "title", 350, y, 205, "authorized_title")
    y -= 24
    s.band(40, y, w - 80, "3. Ներկայիս օպերատոր", 8.5)
    y -= 34
    field("Օպերատոր", "current_carrier", 40, y, 240, "carrier")
    s.text(300, y + 17, "Հաշվի համար", 7)
    comb_widget(s, "account_number", 300, y, 12, None, cell=16)
    mark("account_number")
    y -= 24
    s.band(40, y, w - 80, "4. Տեղափոխվող համարներ", 8.5)
    y -= 24
    for k in range(6):
        col, row = divmod(k, 3)
        x, ry = 60 + col * 260, y - row * 22
        s.right_text(x - 4, ry + 4, f"{k + 1}.", 8)
        comb_widget(s, f"number_{k + 1}", x, ry, 8, None, cell=16)
        mark("number")
    y -= 3 * 22 + 4
    s.checkbox("port_all", 40, y, None, "Բոլոր համարները")
    mark("check:full_port")
    s.checkbox("port_listed", 200, y, None, "Միայն նշված համարները")
    mark("check:partial_port")
    y -= 16
    s.text(40, y, "Ներկայիս օպերատորի մոտ մնացող համարները՝", 7.5)
    multiline(s, "remaining", 40, y - 30, 330, 24, None, "մնացող")
    mark("remaining_numbers")
    s.text(390, y - 12, "Ցանկալի ամսաթիվ", 7)
    tf(s, "requested_date", 390, y - 30, 110, 15, None)
    mark("requested_date")
    y -= 50
    y = s.para(40, y, "Հաստատում եմ, որ համարների սեփականատերն եմ կամ լիազորված անձը և "
               "խնդրում եմ վերոնշյալ համարները տեղափոխել «Ալեքսանդրապոլ Կապ» ընկերություն։",
               w - 80, 7.5)
    y -= 56
    s.box(40, y, 250, 46, "signature", "ստորագրություն", optional=True)
    mark("signature")
    s.text(40, y - 9, "Բաժանորդի ստորագրություն", 7)
    s.text(320, y + 30, "Ամսաթիվ", 7)
    tf(s, "date_signed", 320, y + 10, 110, 15, None)
    mark("date_signed")
    s.footer("ԱԿ-Տ-3  1/1")
    by_click(s, clicks)
    pdf, truth = s.build()
    truth["refuse"] = ("Armenian script: PortDesk reads no Armenian; the fill must say so in one "
                       "line and offer click-to-place, writing nothing by itself")
    return pdf, truth


FORMS = {
    "r35-dr-leader-comb-fillable": dr_leader_comb_fillable,
    "r35-sh-armenian-fillable": sh_armenian_fillable,
}
