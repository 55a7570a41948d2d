"""Round 36, Nebraska and Andorra (held back; truth from the drawn page, the filler never run on
these by their author):

- A Nebraska fillable letter of agency in English on one Letter page. Ideas: widgets named
  generically (Text1..TextN, "Check Box1".."Check Box3") whose only meaning is the printed label
  beside them or their tooltip (/TU); a read-only widget already holding the receiving carrier's
  name ("Sandhills Fiber Co.") that must stay as it is; an existing unsigned signature field
  (/FT /Sig) as the signature place; text widgets with auto font size (0) and centred quadding,
  some very narrow (the state, the ZIP, the PIN); a "Port all numbers on this account" check
  box beside a list of numbers (a partial port lists its numbers only, the box stays empty).
- An Andorra fillable sol·licitud de portabilitat in Catalan on one A4 page. Ideas: a language
  no earlier round drew (Catalan) with its own date order (dd/mm/aaaa); the requested date and
  the signing date as three boxes each (dia / mes / any); the address split over boxes on one
  row (Carrer i número | Pis / porta | Parròquia | Codi postal; no case has a unit, so the
  Pis / porta box stays empty); a business section
  ("Només per a empreses": the NRT, not ours, and the legal representative's title) that
  applies only when the business box is ticked (a household's stays empty).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round29_kit import multiline
from tests.loaforms.round36_kit import address_row, date_boxes, finish

Built = tuple[bytes, dict[str, Any]]


def ne_generic_sig_fillable() -> Built:
    s = Sheet("r36-ne-generic-sig-fillable", "US", "en",
              "Fillable, Nebraska, one Letter page. Widgets Text1..TextN and 'Check Box1..3' "
              "whose meaning is only the printed label or the tooltip; read-only widget "
              "pre-filled with the receiving carrier (stays); unsigned /Sig field for the "
              "signature; auto-size centred widgets, narrow for state / ZIP / PIN; 'Port all "
              "numbers on this account' box beside numbers 1-8 (partial: list only); "
              "numbers staying; requested date; date signed.", LETTER,
              ["r36-ne", "r36-ne-partial"])
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    w, h = LETTER
    letterhead(s, w - 40, h - 40, ["Sandhills Fiber Co.", "410 N Dewey St, North Platte, NE "
                                   "69101", "Porting desk 308-555-0100"])
    s.text(40, h - 50, "LETTER OF AGENCY - Number Port Request", 14, bold=True)
    n = iter(range(1, 60))
    auto: list[str] = []

    def text(label: str, x: float, y: float, wd: float, fld: str | None, tip: str,
             centred: bool = False) -> str:
        s.text(x, y + 4, label, 8)
        name = f"Text{next(n)}"
        tf(s, name, x + s.c.stringWidth(label, s.font, 8) + 4, y, wd, 15, fld, tooltip=tip)
        if centred:
            auto.append(name)
        return name

    y = h - 80
    s.text(40, y + 4, "New carrier:", 8)
    tf(s, f"Text{next(n)}", 95, y, 200, 15, None, value="Sandhills Fiber Co.", flags="readOnly",
       tooltip="Receiving carrier (do not change)")
    y -= 22
    s.band(40, y, w - 80, "CUSTOMER INFORMATION (as shown on your current bill)", 8.5)
    y -= 24
    text("Name on account:", 40, y, 440, "account_name", "Customer name")
    y -= 22
    text("Service address:", 40, y, 445, "street", "Street address of service")
    y -= 22
    text("City:", 40, y, 200, "city", "City")
    text("State:", 280, y, 30, "state", "State", centred=True)
    text("ZIP:", 345, y, 50, "postal_code", "ZIP code", centred=True)
    y -= 22
    text("Current carrier:", 40, y, 190, "carrier", "Losing carrier")
    text("Account #:", 300, y, 170, "account_number", "Account number with current carrier")
    y -= 22
    text("PIN:", 40, y, 40, "pin", "Account PIN / passcode", centred=True)
    text("Contact phone:", 130, y, 110, "contact_phone", "Daytime contact phone")
    text("Email:", 320, y, 210, "contact_email", "Email")
    y -= 26
    s.band(40, y, w - 80, "NUMBERS", 8.5)
    y -= 22
    s.checkbox("Check Box1", 40, y, "check:full_port", "Port all numbers on this account",
               tooltip="All numbers")
    y -= 20
    s.text(40, y + 4, "or list the numbers to port:", 8)
    y -= 20
    slots = s.slot_group()
    for k in range(8):
        col, row = divmod(k, 4)
        x, ry = 60 + col * 250, y - row * 20
        s.right_text(x - 4, ry + 4, f"{k + 1}.", 8)
        name = f"Text{next(n)}"
        tf(s, name, x, ry, 150, 15, None, tooltip=f"Telephone number {k + 1}")
        s.places.pop()
        s.slot(slots, (x, ry, x + 150, ry + 15), f"number {k + 1}", name)
    y -= 4 * 20 + 6
    s.text(40, y + 4, "Numbers staying with current carrier:", 8)
    multiline(s, f"Text{next(n)}", 210, y - 10, 360, 26, "remaining_numbers", "staying")
    y -= 34
    text("Requested port date:", 40, y, 80, "requested_date", "MM/DD/YYYY", centred=True)
    s.checkbox("Check Box2", 260, y + 3, None, "Expedite (fees apply)", tooltip="Expedite")
    s.checkbox("Check Box3", 400, y + 3, None, "Directory listing", tooltip="Directory")
    y -= 28
    y = s.para(40, y, "By signing, I authorize Sandhills Fiber Co. to act as my agent to port "
               "the numbers above from my current carrier and confirm I am authorized to "
               "make this request for the account.", w - 80, 7.5)
    y -= 30
    text("Authorized name:", 40, y, 200, "authorized_name", "Printed name")
    text("Title:", 330, y, 200, "authorized_title", "Title (business accounts)")
    y -= 50
    s.text(40, y + 16, "Signature:", 8)
    sig_rect = (90.0, y, 330.0, y + 32)
    s.frame(90, y, 240, 32, 0.5)
    s._place(sig_rect, "signature", widget="Signature1", what="Signature (/Sig)")
    text("Date:", 360, y + 8, 70, "date_signed", "Date signed", centred=True)
    s.footer("SFC-LOA-NE  rev 3")
    pdf, truth = s.build()
    return finish(pdf, tuple(auto), (("Signature1", 1, sig_rect),)), truth


def ad_catalan_split_fillable() -> Built:
    s = UnicodeSheet("r36-ad-catalan-split-fillable", "AD", "ca",
                     "Fillable, Andorra, one A4 page, Catalan. Business / household check "
                     "boxes; a business section (NRT not ours, the legal representative's "
                     "title) that stays empty for a household; the address split over boxes "
                     "on one row (Carrer i número | Pis / porta | Parròquia | Codi postal; no "
                     "case has a unit); numbers 1-6; all / some; numbers staying; requested "
                     "and signing dates as three boxes dia / mes / any; signature box and the "
                     "signer's name.", A4, ["r36-ad", "r36-ad-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 36, ["Valira Connecta SLU", "Av. Meritxell 40, AD500 Andorra la "
                                   "Vella", "Atenció al client 855 100"])
    s.text(40, h - 48, "Sol·licitud de portabilitat", 14, bold=True)
    s.text(40, h - 61, "Ompliu-la en majúscules. Data en format dd/mm/aaaa.", 7.5)
    y = h - 82
    s.band(40, y, w - 80, "1. Titular", 8.5)
    y -= 22
    s.text(40, y + 4, "Tipus de client:", 8)
    s.checkbox("empresa", 120, y + 2, "check:business", "Empresa")
    s.checkbox("particular", 200, y + 2, "check:residential", "Particular")
    y -= 22
    s.text(40, y + 4, "Nom i cognoms / raó social:", 8)
    tf(s, "nom", 165, y, 390, 15, "account_name")
    y -= 34
    address_row(s, 40, y, [("Carrer i número", 253, "street"), ("Pis / porta", 50, None),
                           ("Parròquia", 120, "city"), ("Codi postal", 63, "postal_code")],
                names=["carrer", "pis", "parroquia", "cp"])
    y -= 24
    s.text(40, y + 4, "Telèfon de contacte:", 8)
    tf(s, "tel_contacte", 130, y, 130, 15, "contact_phone")
    s.text(275, y + 4, "Correu electrònic:", 8)
    tf(s, "correu", 355, y, 200, 15, "contact_email")
    y -= 26
    s.band(40, y, w - 80, "2. Només per a empreses (si heu marcat «Empresa»)", 8.5)
    y -= 22
    s.text(40, y + 4, "NRT:", 8)
    tf(s, "nrt", 65, y, 110, 15, None)
    s.text(190, y + 4, "Càrrec del representant legal:", 8)
    tf(s, "carrec", 315, y, 240, 15, "authorized_title")
    y -= 26
    s.band(40, y, w - 80, "3. Operador actual i números", 8.5)
    y -= 22
    s.text(40, y + 4, "Operador actual:", 8)
    tf(s, "operador", 115, y, 170, 15, "carrier")
    s.text(300, y + 4, "Núm. de compte:", 8)
    tf(s, "compte", 375, y, 180, 15, "account_number")
    y -= 24
    slots = s.slot_group()
    for k in range(6):
        col, row = divmod(k, 3)
        x, ry = 70 + col * 250, y - row * 20
        s.right_text(x - 4, ry + 4, f"{k + 1}.", 8)
        tf(s, f"numero_{k + 1}", x, ry, 150, 15, None)
        s.places.pop()
        s.slot(slots, (x, ry, x + 150, ry + 15), f"número {k + 1}", f"numero_{k + 1}")
    y -= 3 * 20 + 4
    s.checkbox("tots", 40, y, "check:full_port", "Portar tots els números")
    s.checkbox("alguns", 220, y, "check:partial_port", "Només els números indicats")
    y -= 22
    s.text(40, y + 4, "Números que es queden:", 8)
    tf(s, "es_queden", 145, y, 410, 15, "remaining_numbers")
    y -= 30
    s.text(40, y + 4, "Data desitjada:", 8)
    date_boxes(s, 115, y, "requested", ("dia", "mes", "any"),
               names=("data_dia", "data_mes", "data_any"))
    y -= 26
    y = s.para(40, y, "Autoritzo Valira Connecta SLU a sol·licitar la portabilitat dels números "
               "indicats i la baixa corresponent del servei amb l'operador actual.", w - 80, 7.5)
    y -= 52
    s.text(40, y + 40, "Signatura del titular o representant:", 8)
    s.box(40, y, 240, 34, "signature", "Signatura")
    s.text(310, y + 4, "Nom del signant:", 8)
    tf(s, "signant", 380, y, 175, 15, "authorized_name")
    s.text(310, y + 30, "Data:", 8)
    date_boxes(s, 340, y + 26, "date_signed", ("dia", "mes", "any"),
               names=("signat_dia", "signat_mes", "signat_any"))
    s.footer("VC-PORT-2  1/1")
    return s.build()


FORMS = {
    "r36-ne-generic-sig-fillable": ne_generic_sig_fillable,
    "r36-ad-catalan-split-fillable": ad_catalan_split_fillable,
}
