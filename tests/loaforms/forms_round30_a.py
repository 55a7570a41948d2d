"""Round 30, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Arizona gaining provider's fillable LOA on a Legal sheet whose widgets have hierarchical
  names ("customer.address.street": parent fields with kids), several widgets shifted off their
  drawn boxes (a few points aside, larger or smaller than the box), "Is this a business account?
  Yes / No" and "Port all numbers on the account? Yes / No" as radio pairs, the main number in
  three comb widgets "( _ _ _ ) _ _ _ - _ _ _ _", the numbers in one multi-line widget "one per
  line", date of birth and SSN last four on the holder's row (not ours), and a section "for
  business accounts only" (the residential case leaves it empty).
- A Munster paper LoA captioned in English and Irish: the declaration and signature FIRST, the
  details after; boxes labelled only "A1".."A8" with their key in a legend beside them, a
  footnote mark on "Account number 1" with the note at the page foot, "Title | First name |
  Surname" cells for the signatory, "Ltd" printed after the name box and "@" between the two
  halves of the e-mail (the value must not repeat them), "+353" printed in each number box, a
  Yes / No question on porting every number, the numbers staying only "if you answered No", and
  an office-use box inside the customer's section.
- An Asturian paper solicitud de portabilidad drawn landscape on a portrait page with /Rotate
  90: the numbers table BEFORE the holder's details, the postcode and the account number in
  paper comb boxes, "¿Es empresa? Sí / No" and "¿Se portan todos los números? Sí / No", NIF and
  date of birth on the holder's row (not ours), numbers kept "solo si ha contestado No", the
  position "solo empresas".
- A Lombard fillable richiesta whose first page is guidance only (notes 1-5), the form proper on
  page 2 with "vedi nota 3" in a side column beside the fields, the signatory as "Cognome | Nome"
  cells (surname first), the operator in a drop-down of official names, the codice fiscale and
  the migration code not ours, and a numbers table whose columns are numbers of several kinds
  ("Numero principale | Numeri aggiuntivi | Fax | ISDN MSN") with rows pre-numbered to 8.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LEGAL

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round9_kit import comb_boxes
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round24_kit import rotate_pages, turn_page, unturn_places
from tests.loaforms.round28_kit import choice, finish, span, tf
from tests.loaforms.round30_kit import kinds_table, nest, off_box, yes_no

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WG, HG = LEGAL


def _dotted_names_as_what(truth: dict[str, Any]) -> None:
    """A widget whose name is a hierarchy keeps its own /T only as the last part: the truth names
    it by its full dotted name under "what" (the structure test looks widgets up by /T)."""
    for place in truth["places"]:
        for p in place.get("slots", [place]):
            if "." in str(p.get("widget", "")):
                p["what"] = p.pop("widget")


def az_nested_shifted_fillable() -> Built:
    s = Sheet("r30-az-nested-shifted-fillable", "US", "en",
              "Fillable Arizona LOA on a Legal sheet. Hierarchical widget names (customer.name, "
              "customer.address.street...); widgets shifted off their drawn boxes; radio pairs "
              "'Is this a business account? Yes / No' and 'Port all numbers on the account? "
              "Yes / No'; main number in three comb widgets ( NPA ) NXX - XXXX (one place); "
              "numbers in one multi-line widget 'one per line', numbers staying in another; "
              "date of birth and SSN last 4 on the holder's row (not ours); section C for "
              "business accounts only (the residential case leaves it empty); signature on "
              "paper, no widget.", LEGAL, ["r30-az", "r30-az-partial"])
    s.date_formats = ["%m/%d/%Y"]
    letterhead(s, WG - 40, HG - 40, ["Sonoran Fiber Co.", "1 N Central Ave, Phoenix, AZ 85004",
                                     "Porting 602-555-0100"])
    s.text(40, HG - 50, "Letter of Authorization", 16, bold=True)
    s.text(40, HG - 64, "Phone number transfer - please type into the boxes", 9)
    y = HG - 100
    s.band(40, y, WG - 80, "A. Account holder", 9)
    y -= 30
    s.text(40, y + 16, "Name exactly as on your bill", 7)
    off_box(s, "customer.name", (40, y, 300, 15), (4, -3, 0, 0), "account_name")
    s.text(352, y + 16, "Date of birth", 7)
    off_box(s, "customer.dob", (352, y, 90, 15), (0, 0, 0, 0), None)
    s.text(452, y + 16, "SSN (last 4)", 7)
    off_box(s, "customer.ssn4", (452, y, 60, 15), (0, 0, 0, 0), None)
    y -= 34
    s.text(40, y + 16, "Service address (street and suite)", 7)
    off_box(s, "customer.address.street", (40, y, 280, 15), (-3, 2, 12, 0), "street")
    s.text(330, y + 16, "City", 7)
    off_box(s, "customer.address.city", (330, y, 110, 15), (0, 0, 0, 0), "city")
    s.text(450, y + 16, "State", 7)
    off_box(s, "customer.address.state", (450, y, 30, 15), (2, -4, 6, 2), "state")
    s.text(494, y + 16, "ZIP", 7)
    off_box(s, "customer.address.zip", (494, y, 78, 15), (0, 0, 0, 0), "postal_code")
    y -= 34
    s.text(40, y + 16, "Current carrier", 7)
    off_box(s, "account.carrier", (40, y, 170, 15), (0, 0, 0, 0), "carrier")
    s.text(220, y + 16, "Account number", 7)
    off_box(s, "account.number", (220, y, 150, 15), (5, 3, -10, 0), "account_number")
    s.text(380, y + 16, "Account PIN / passcode (wireless)", 7)
    off_box(s, "account.pin", (380, y, 90, 15), (0, 0, 0, 0), "pin")
    y -= 34
    s.text(40, y + 16, "Main (billing) telephone number", 7)
    x = s.text(40, y + 4, "(", 11)
    comb_widget(s, "account.btn.npa", x + 2, y, 3, None, cell_w=13)
    x = s.text(x + 43, y + 4, ")", 11)
    comb_widget(s, "account.btn.nxx", x + 6, y, 3, None, cell_w=13)
    x = s.text(x + 49, y + 4, "-", 11)
    comb_widget(s, "account.btn.line", x + 4, y, 4, None, cell_w=13)
    span(s, 3, "btn", "( NPA ) NXX - XXXX in three comb widgets")
    y -= 30
    s.text(40, y, "Is this a business account?", 8.5)
    s.radio("account.business", "Yes", 250, y - 1, "check:business", "Yes")
    s.radio("account.business", "No", 300, y - 1, "check:residential", "No")
    y -= 20
    s.text(40, y, "Port all numbers on the account?", 8.5)
    s.radio("port.all", "Yes", 250, y - 1, "check:full_port", "Yes")
    s.radio("port.all", "No", 300, y - 1, "check:partial_port", "No")
    y -= 26
    s.band(40, y, WG - 80, "B. Numbers", 9)
    y -= 16
    s.text(40, y, "Numbers to transfer - list the numbers, one per line", 8)
    s.text(320, y, "If you answered No: numbers that stay, one per line", 8)
    tf(s, "port.numbers", 40, y - 112, 260, 104, "numbers", flags="multiline",
       what="numbers to transfer, one per line")
    tf(s, "port.staying", 320, y - 60, 252, 52, "remaining_numbers", flags="multiline",
       what="numbers that stay")
    y -= 136
    s.text(40, y + 16, "Requested transfer date (mm/dd/yyyy)", 7)
    off_box(s, "port.date", (40, y, 110, 15), (0, 0, 0, 0), "requested_date")
    s.text(170, y + 16, "Contact phone", 7)
    off_box(s, "contact.phone", (170, y, 130, 15), (0, 0, 0, 0), "contact_phone")
    s.text(310, y + 16, "Contact e-mail", 7)
    off_box(s, "contact.email", (310, y, 262, 15), (0, -3, 0, 0), "contact_email")
    y -= 34
    s.band(40, y, WG - 80, "C. Business accounts only (leave blank for residential accounts)", 9)
    y -= 30
    s.text(40, y + 16, "Title of the authorized person", 7)
    off_box(s, "business.title", (40, y, 200, 15), (0, 0, 0, 0), "authorized_title")
    s.text(250, y + 16, "Federal tax ID (EIN)", 7)
    off_box(s, "business.ein", (250, y, 120, 15), (0, 0, 0, 0), None)
    y -= 30
    s.band(40, y, WG - 80, "D. Authorization", 9)
    y -= 18
    y = s.para(40, y, "I am the account holder or am authorized to act for the account holder. "
               "I authorize Sonoran Fiber Co. to act as my agent to transfer the numbers above "
               "from my current carrier and understand that services tied to them at that "
               "carrier end when the transfer completes.", WG - 80, 7.5)
    y -= 40
    s.sign_line("Signature", 40, y, 300, label_below=True)
    s.text(320, y + 20, "Printed name", 7)
    tf(s, "auth.name", 320, y, 160, 15, "authorized_name")
    s.text(490, y + 20, "Date signed", 7)
    tf(s, "auth.date", 490, y, 82, 15, "date_signed")
    y -= 40
    s.band(40, y, WG - 80, "Office use", 8)
    y -= 24
    tf(s, "office.order", 40, y, 150, 14, None)
    tf(s, "office.foc", 200, y, 150, 14, None)
    s.footer("SFC-LOA-AZ  rev 2026-02  (Legal)")
    pdf, truth = s.build()
    _dotted_names_as_what(truth)
    fmt = {"F": 'AFDate_FormatEx("mm/dd/yyyy");', "K": 'AFDate_KeystrokeEx("mm/dd/yyyy");'}
    return nest(finish(pdf, {"port.date": fmt, "auth.date": fmt})), truth


def _coded(s: Sheet, code: str, x: float, y: float, w: float, fld: str | None,
           h: float = 16, **kw: Any) -> dict[str, Any]:
    s.text(x, y + h / 2 - 3, code, 8, bold=True)
    return s.box(x + 18, y, w - 18, h, fld, f"box {code}", **kw)


def ie_codes_sign_first_paper() -> Built:
    s = a4("r30-ie-codes-sign-first-paper", "IE", "en", ["r30-ie", "r30-ie-partial"],
           "Paper Munster LoA, English / Irish. Declaration and signature FIRST, details after. "
           "Boxes labelled only A1..A8, key in a legend beside them; footnote mark 'Account "
           "number 1' with the note at the page foot. Signatory in Title | First name | Surname "
           "cells (first + surname one place, title not ours). 'Ltd' printed after the name box "
           "(the value without it), '@' between the e-mail halves, '+353' printed in each number "
           "box. 'Port all numbers? Yes / No'; numbers staying only 'if No'. Office-use box "
           "inside the customer section (not ours).")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Lee Valley Telecom DAC", "Penrose Wharf, Cork",
                                     "Porting 021 455 0100"])
    s.text(40, H4 - 46, "Letter of Authority", 15, bold=True)
    s.c.setFont("Helvetica-Oblique", 9)
    s.c.drawString(40, H4 - 58, "Litir Údaráis - aistriú uimhreacha")
    y = H4 - 84
    s.band(40, y, W4 - 80, "1. Declaration / Dearbhú", 9)
    y -= 16
    y = s.para(40, y, "I confirm that I am authorised to act for the account holder named in "
               "box A1 and I authorise Lee Valley Telecom DAC to port the numbers in section 3 "
               "from the current provider. / Deimhním go bhfuil údarás agam gníomhú thar ceann "
               "shealbhóir an chuntais.", W4 - 80, 7.5)
    y -= 34
    s.sign_line("Signature / Síniú", 40, y, 300, label_below=True)
    s.text(320, y + 18, "Date / Dáta (DD/MM/YYYY)", 7)
    s.box(320, y - 2, 120, 16, "date_signed", "date signed")
    y -= 46
    heads = (("Title / Teideal", 90, None), ("First name / Céadainm", 160, None),
             ("Surname / Sloinne", 200, None))
    cx = 40.0
    for head, w, _ in heads:
        s.text(cx + 2, y + 19, head, 6.5)
        s.box(cx, y, w, 16, None, head)
        cx += w
    s.text(43, y + 5, "Mr / Mrs / Ms / Dr", 7)
    s.text(40, y - 8, "(delete as appropriate)", 5.5)
    span(s, 2, "authorized_name", "First name | Surname cells")
    s.text(40 + 450 + 6, y + 19, "Position / Post", 6.5)
    s.box(40 + 450 + 6, y, 59, 16, "authorized_title", "position")
    y -= 36
    s.band(40, y, W4 - 80, "2. Account holder / Sealbhóir an chuntais", 9)
    y -= 26
    top = y
    _coded(s, "A1", 40, y, 280, None)
    s.places[-1].update(field="account_name", accept=["Blarney Woollen Crafts",
                                                      "Kinsale Harbour Kayaks"])
    s.text(324, y + 4, "Ltd", 9, bold=True)
    y -= 22
    _coded(s, "A2", 40, y, 180, "account_number")
    _coded(s, "A3", 230, y, 114, "carrier")
    y -= 52
    _coded(s, "A4", 40, y, 304, "address", h=46)
    for k in (1, 2):
        s.rule(60, y + k * 15, 342, 0.3)
    y -= 22
    _coded(s, "A5", 40, y, 180, "btn")
    s.frame(230, y, 114, 16)
    s.text(233, y + 5, "Office use:", 6)
    s._place((270, y + 1, 343, y + 15), None, what="office use inside section 2")
    y -= 22
    x = s.text(40, y + 5, "A6", 8, bold=True)
    s.text(58, y + 5, "+353", 8)
    s.box(80, y, 140, 16, "contact_phone", "A6 contact number after +353")
    y -= 22
    s.text(40, y + 5, "A7", 8, bold=True)
    s.box(58, y, 110, 16, None, "A7 e-mail before @")
    s.places[-1].update(field="contact_email", accept=["info"])
    s.text(172, y + 5, "@", 9)
    s.box(184, y, 160, 16, None, "A7 e-mail after @")
    s.places[-1].update(field="contact_email", accept=["blarneywoollen.ie", "kinsalekayaks.ie"])
    y -= 22
    _coded(s, "A8", 40, y, 140, "requested_date")
    del x
    legend = [("A1", "Registered name of the account holder / Ainm cláraithe"),
              ("A2", "Account number 1 / Uimhir chuntais"),
              ("A3", "Current provider / Soláthraí reatha"),
              ("A4", "Installation address with Eircode, three lines / Seoladh"),
              ("A5", "Main billing number / Príomhuimhir"),
              ("A6", "Contact number / Uimhir teagmhála"),
              ("A7", "E-mail / Ríomhphost"),
              ("A8", "Requested port date, DD/MM/YYYY / Dáta")]
    ly = top + 12
    s.text(360, ly + 12, "Key / Eochair", 7.5, bold=True)
    for code, words in legend:
        s.text(360, ly, code, 6.5, bold=True)
        if code == "A2":  # the footnote mark raised after the label, its note at the page foot
            end = s.text(376, ly, "Account number", 6.2)
            s.text(end + 0.5, ly + 2.5, "1", 4.5)
            s.text(end + 4, ly, words.removeprefix("Account number 1"), 6.2)
        else:
            s.para(376, ly, words, W4 - 420, 6.2, leading=7.5)
        ly -= 17
    y -= 30
    s.band(40, y, W4 - 80, "3. Numbers / Uimhreacha", 9)
    y -= 18
    yes_no(s, 40, y, "Port all numbers on the account? / Gach uimhir?", "check:full_port",
           "check:partial_port", at=260)
    y -= 18
    slots = s.slot_group(ordered=False)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 40 + col * 260, y - row * 20
        s.text(bx, by + 4, f"{k + 1}.", 8)
        s.frame(bx + 14, by, 220, 16)
        s.text(bx + 17, by + 4.5, "+353", 8)
        s.slot(slots, (bx + 40, by + 1, bx + 233, by + 15), f"number {k + 1} after +353")
    y -= 4 * 20 + 8
    s.text(40, y, "Only if you answered No: numbers that stay with the current provider", 8)
    y -= 20
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        bx = 40 + k * 175
        s.frame(bx, y, 165, 16)
        s.text(bx + 3, y + 4.5, "+353", 8)
        s.slot(stay, (bx + 26, y + 1, bx + 164, y + 15), f"stays {k + 1} after +353")
    s.rule(40, 52, 200, 0.4)
    s.text(40, 42, "1  As printed on the top right of your latest bill (not the invoice "
           "number).", 6.5)
    s.footer("LVT-LOA-2026  Page 1 of 1")
    return s.build()


def _es_row(s: Sheet, x: float, y: float, cells: list[tuple[str, float, str | None]]) -> None:
    for cap, w, fld in cells:
        s.text(x + 2, y + 16, cap, 6.5)
        s.box(x, y, w, 14, fld, cap)
        x += w + 6


def ast_turned_table_first_paper() -> Built:
    s = a4("r30-ast-turned-table-first-paper", "ES", "es", ["r30-ast", "r30-ast-partial"],
           "Paper Asturian solicitud, a landscape design on a portrait page with /Rotate 90. "
           "Numbers table BEFORE the holder's details; postcode (5) and account number (13) in "
           "paper comb boxes; '¿Es empresa? Sí / No' and '¿Se portan todos los números? Sí / "
           "No' ticks; NIF/DNI and fecha de nacimiento on the holder's row (not ours); numbers "
           "kept only 'si ha contestado No'; cargo 'solo empresas' (empty for the residential "
           "case); firma and fecha at the foot.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = turn_page(s)
    letterhead(s, w - 40, h - 34, ["Cantábrico Redes S.L.", "Calle Marqués de San Esteban 1, "
                                   "33206 Gijón", "Atención 985 555 100"])
    s.text(40, h - 42, "Solicitud de portabilidad de numeración fija", 14, bold=True)
    y = h - 66
    s.text(40, y, "1. Numeración a portar", 9, bold=True)
    yes_no(s, 250, y, "¿Se portan todos los números de la cuenta?", "check:full_port",
           "check:partial_port", words=("Sí", "No"))
    slots = s.slot_group(ordered=True)
    y -= 20
    for k in range(10):
        col, row = divmod(k, 5)
        bx, by = 40 + col * 190, y - row * 18
        s.right_text(bx + 14, by + 4, f"{k + 1}", 8)
        s.frame(bx + 18, by, 160, 15)
        s.slot(slots, (bx + 19, by + 1, bx + 177, by + 14), f"número {k + 1}")
    s.text(440, y + 4, "Números que se mantienen", 8, bold=True)
    s.text(440, y - 6, "(solo si ha contestado No)", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        by = y - 26 - k * 18
        s.frame(440, by, 160, 15)
        s.slot(stay, (441, by + 1, 599, by + 14), f"se mantiene {k + 1}")
    y -= 5 * 18 + 16
    s.text(40, y, "2. Datos del titular", 9, bold=True)
    yes_no(s, 250, y, "¿Es empresa?", "check:business", "check:residential",
           words=("Sí", "No"))
    y -= 30
    _es_row(s, 40, y, [("Nombre y apellidos o razón social", 330, "account_name"),
                       ("NIF / DNI", 110, None), ("Fecha de nacimiento", 90, None),
                       ("Operador actual", 214, "carrier")])
    y -= 34
    _es_row(s, 40, y, [("Domicilio de instalación (calle y número)", 330, "street"),
                       ("Localidad", 150, "city"), ("Provincia", 120, "state")])
    y -= 34
    s.text(42, y + 16, "Código postal", 6.5)
    comb_boxes(s, 40, y - 2, 5, "postal_code", "código postal", cell=13)
    s.text(132, y + 16, "Nº de cliente / cuenta", 6.5)
    comb_boxes(s, 130, y - 2, 13, "account_number", "número de cuenta", cell=13)
    _es_row(s, 320, y, [("Teléfono de contacto", 130, "contact_phone"),
                        ("Correo electrónico", w - 40 - 456, "contact_email")])
    y -= 34
    _es_row(s, 40, y, [("Cargo del firmante (solo empresas)", 200, "authorized_title"),
                       ("Fecha deseada de portabilidad", 150, "requested_date")])
    y -= 28
    y = s.para(40, y, "El titular solicita la baja en el operador actual con conservación de la "
               "numeración y autoriza a Cantábrico Redes S.L. a tramitar la portabilidad en su "
               "nombre.", w - 80, 7.5)
    y -= 30
    s.sign_line("Firma del titular", 40, y, 290, label_below=True)
    s.line_under(310, y, 520, "authorized_name", "nombre del firmante")
    s.text(310, y - 10, "Nombre del firmante", 7)
    s.line_under(540, y, 680, "date_signed", "fecha")
    s.text(540, y - 10, "Fecha (dd/mm/aaaa)", 7)
    s.text(40, 24, "CR-PORT-FIJO 03/2026", 7)
    unturn_places(s, 1)
    pdf, truth = s.build()
    return rotate_pages(pdf, {1}), truth


def lom_guide_first_fillable() -> Built:
    s = a4("r30-lom-guide-first-fillable", "IT", "it", ["r30-lom", "r30-lom-partial"],
           "Fillable Lombard richiesta di portabilità, two pages: page 1 guidance only (notes "
           "1-5, no fields); page 2 the form with 'vedi nota N' in a side column. Signatory in "
           "'Cognome | Nome' widgets (surname first: one place). Operator drop-down of official "
           "names; codice fiscale / P.IVA and codice di migrazione not ours. Numbers table: # | "
           "Numero principale (row 1 only) | Numeri aggiuntivi | Fax | ISDN MSN, rows "
           "pre-numbered to 8 (fax and MSN not ours). Numbers kept: two widgets. Signature on "
           "paper.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Navigli Telecomunicazioni S.p.A.", "Via Vigevano 8, "
                                     "20144 Milano", "Assistenza 02 5550 0100"])
    s.text(40, H4 - 50, "Richiesta di portabilità del numero", 15, bold=True)
    s.text(40, H4 - 64, "Guida alla compilazione (pagina 1 di 2)", 10)
    y = H4 - 96
    notes = ["1. Scriva la ragione sociale esattamente come appare sulla fattura dell'operatore "
             "attuale.",
             "2. Il numero principale è quello a cui è intestata la fattura; gli altri numeri "
             "vanno nella colonna 'Numeri aggiuntivi'.",
             "3. Il codice cliente si trova in alto a destra sulla fattura.",
             "4. Indichi i numeri che restano all'operatore attuale solo se non porta tutti i "
             "numeri.",
             "5. Il modulo va firmato dal legale rappresentante o da persona delegata."]
    for note in notes:
        y = s.para(40, y, note, W4 - 80, 9) - 8
    s.footer("NT-MNP-07  pagina 1 di 2")
    s.next_page()
    s.text(40, H4 - 46, "Richiesta di portabilità - modulo", 13, bold=True)
    side = W4 - 80
    s.c.setLineWidth(0.4)
    s.c.line(side - 8, H4 - 60, side - 8, 300)

    def row(label: str, name: str, y: float, w: float, fld: str | None, note: str = "",
            x: float = 40) -> dict[str, Any]:
        s.text(x, y + 17, label, 7)
        place = tf(s, name, x, y, w, 14, fld)
        if note:
            s.text(side, y + 4, note, 6.5)
        return place

    y = H4 - 90
    place = row("Ragione sociale / Nome e cognome del titolare", "T01", y, 380, "account_name",
                "vedi nota 1")
    y -= 32
    row("Codice fiscale / Partita IVA", "T02", y, 180, None)
    row("Codice cliente", "T03", y, 190, "account_number", "vedi nota 3", x=230)
    y -= 32
    s.text(40, y + 17, "Operatore attuale", 7)
    choice(s, "T04", 40, y, 200, ["TIM S.p.A.", "Fastweb S.p.A.", "Vodafone Italia S.p.A.",
                                  "Wind Tre S.p.A."], "carrier",
           accept=["TIM S.p.A.", "Fastweb S.p.A."], h=14)
    row("Codice di migrazione", "T05", y, 170, None, x=250)
    y -= 32
    row("Indirizzo di attivazione (via e numero civico)", "T06", y, 240, "street")
    row("CAP", "T07", y, 50, "postal_code", x=290)
    row("Comune", "T08", y, 110, "city", x=350)
    row("Prov.", "T09", y, 30, "state", x=468)
    y -= 30
    s.text(40, y, "Numerazione da portare", 9, bold=True)
    s.text(side, y - 20, "vedi nota 2", 6.5)
    slots = s.slot_group(ordered=False)
    bottom = kinds_table(s, 40, y - 6, [("#", 20, "#"), ("Numero principale", 100, "main"),
                                        ("Numeri aggiuntivi", 120, "more"),
                                        ("Fax", 90, "other"), ("ISDN MSN", 70, "other")],
                         8, slots, names="N")
    y = bottom - 30
    s.text(40, y + 17, "Numeri che restano all'operatore attuale", 7)
    s.text(side, y + 4, "vedi nota 4", 6.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        tf(s, f"R{k + 1}", 40 + k * 130, y, 120, 14, None)
        s.places.pop()
        s.slot(stay, (40 + k * 130, y, 160 + k * 130, y + 14), f"resta {k + 1}", f"R{k + 1}")
    y -= 32
    row("Telefono di contatto", "T20", y, 150, "contact_phone")
    row("E-mail", "T21", y, 200, "contact_email", x=200)
    row("Data richiesta", "T22", y, 80, "requested_date", x=410)
    y -= 36
    s.text(40, y + 30, "Firmatario", 8, bold=True)
    s.text(side, y + 4, "vedi nota 5", 6.5)
    s.text(40, y + 17, "Cognome", 7)
    tf(s, "T30", 40, y, 150, 14, None)
    s.text(194, y + 17, "Nome", 7)
    tf(s, "T31", 194, y, 130, 14, None)
    span(s, 2, "authorized_name", "Cognome | Nome widgets (surname first)")
    s.places[-1]["accept"] = ["Ferrario Giulia", "Rota Marco"]
    row("Qualifica", "T32", y, 120, "authorized_title", x=330)
    y -= 28
    y = s.para(40, y, "Il sottoscritto chiede la portabilità dei numeri indicati verso Navigli "
               "Telecomunicazioni S.p.A. e dichiara che i dati sono veritieri.", side - 60, 7.5)
    y -= 34
    s.sign_line("Firma del titolare o legale rappresentante", 40, y, 300, label_below=True)
    row("Data", "T40", y, 90, "date_signed", x=330)
    del place
    s.footer("NT-MNP-07  pagina 2 di 2")
    pdf, truth = s.build()
    return finish(pdf, {"T22": {"F": 'AFDate_FormatEx("dd/mm/yyyy");'},
                        "T40": {"F": 'AFDate_FormatEx("dd/mm/yyyy");'}}), truth


FORMS = {
    "r30-az-nested-shifted-fillable": az_nested_shifted_fillable,
    "r30-ie-codes-sign-first-paper": ie_codes_sign_first_paper,
    "r30-ast-turned-table-first-paper": ast_turned_table_first_paper,
    "r30-lom-guide-first-fillable": lom_guide_first_fillable,
}
