"""Round 32, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Ohio gaining provider's fillable letter of agency: widgets named Text1..Text21 under
  abbreviated labels ("Cust. Name", "Svc. Addr.", "St.", "Acct #", "Auth. Name"), "Example: Jane
  Q. Smith" printed in grey under the name, the BTN in ten one-character widgets tel1_1..tel1_10,
  the numbers table turned on its side (No. 1..No. 6 as columns, "Tel. No. | Line type | Hunt
  grp?" as rows) with a grey "e.g." column, the form's reference and a received date already in
  read-only widgets, "Tick if you do NOT want all numbers ported", "I do not have a recent bill"
  and a billing address "leave blank if the same", a porting window of ticks (no time of ours),
  and a signature box beside a same-sized "Official use only" box.
- A Gwynedd paper LoA in English and Welsh over two pages, each opening with a header band
  "Account no. | Customer name | Page n of 2" (asked again on page 2), the physical address as
  building name / no. and street / locality / town / county / postcode, a postal address with
  c/o "leave blank if the same", numbers as "Area code | Number without the area code" rows, an
  initials box in each page's margin, and page 2 the terms with one signature line at its foot.
- A Navarre fillable solicitud whose widgets are Campo_1.. with their labels in tooltips, two of
  them labelled only by a drawn icon, one with neither (stays empty); a role matrix "Titular |
  Operador donante | Operador receptor" (the receptor's column typed in read-only, the donor's
  for the donor); the numbers "sin el prefijo +34, en orden ascendente"; "No antes del | No
  después del" and a time-slot radio group; the operator in a drop-down of official names.
- A Piedmont paper richiesta with the client block's label written vertically beside it,
  "Esempio: Mario Rossi S.r.l." in grey under the name line, three account blocks "Conto 1 | Conto
  2 | Conto 3" (only the first ours) each with its code and a narrow numbers table whose column
  headings are turned 90 degrees ("Prefisso | Numero senza prefisso | Fax | ISDN"), and the
  signature box beside a same-sized "Timbro dell'azienda" box with a "Firmi qui" arrow.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round28_kit import choice, finish, tf
from tests.loaforms.round32_kit import char_widgets, grey, role_matrix, transposed, vtext

Built = tuple[bytes, dict[str, Any]]
WL, HL = LETTER
W4, H4 = A4


def _lab(s: Sheet, x: float, y: float, label: str, name: str, w: float, fld: str | None,
         h: float = 14, **kw: Any) -> dict[str, Any]:
    s.text(x, y + h + 3, label, 7)
    return tf(s, name, x, y, w, h, fld, **kw)


def oh_transposed_specimen_fillable() -> Built:
    s = letter("r32-oh-transposed-specimen-fillable", "US", "en", ["r32-oh", "r32-oh-partial"],
               "Fillable Ohio letter of agency. Widgets Text1..Text21 under abbreviated labels "
               "(Cust. Name, Svc. Addr., St., Acct #, Auth. Name); grey 'Example: Jane Q. Smith' "
               "under the name; BTN in ten one-character widgets tel1_1..tel1_10; numbers table "
               "transposed (No. 1..6 as columns; rows Tel. No. / Line type / Hunt grp?, only Tel. "
               "No. ours) with a grey e.g. column; form ref. and date received prefilled "
               "read-only (not ours); 'Tick if you do NOT want all numbers ported' (partial "
               "only), 'I do not have a recent bill' and billing address 'leave blank if same' "
               "(empty); porting window ticks (no time of ours); signature box beside a "
               "same-sized Official use box.")
    s.date_formats = ["%m/%d/%Y"]
    letterhead(s, WL - 40, HL - 40, ["Scioto Voice Networks", "100 E Broad St, Columbus, OH "
                                     "43215", "Porting desk 614-555-0100"])
    s.text(40, HL - 50, "Letter of Agency", 16, bold=True)
    s.text(40, HL - 64, "Number port request - type into the boxes", 9)
    s.text(40, HL - 82, "Form ref.", 7)
    tf(s, "FormRef", 78, HL - 86, 110, 12, None, value="SVN-LOA-32-0417", flags="readOnly")
    s.text(200, HL - 82, "Date rec'd", 7)
    tf(s, "DateRecd", 242, HL - 86, 70, 12, None, value="08/14/2029", flags="readOnly")
    y = HL - 112
    s.band(40, y, WL - 80, "1. Customer", 9)
    y -= 30
    _lab(s, 40, y, "Cust. Name (exactly as on bill)", "Text1", 300, "account_name")
    grey(s, 42, y - 9, "Example: Jane Q. Smith  /  Smith Hardware LLC", 6.5)
    s.text(356, y + 17, "Acct. type", 7)
    s.radio("Group1", "Choice1", 356, y + 2, "check:business", "Bus.")
    s.radio("Group1", "Choice2", 400, y + 2, "check:residential", "Res.")
    _lab(s, 450, y, "Acct #", "Text7", 122, "account_number")
    y -= 40
    _lab(s, 40, y, "Svc. Addr. (street, ste.)", "Text2", 250, "street")
    _lab(s, 298, y, "City", "Text3", 130, "city")
    _lab(s, 436, y, "St.", "Text4", 30, "state")
    _lab(s, 474, y, "ZIP", "Text5", 98, "postal_code")
    y -= 34
    _lab(s, 40, y, "Billing Addr. - leave blank if the same as the Svc. Addr.", "Text6", 388,
         None)
    _lab(s, 436, y, "PIN (wireless)", "Text8", 136, "pin")
    y -= 34
    _lab(s, 40, y, "Auth. Name", "Text9", 200, "authorized_name")
    _lab(s, 248, y, "Title (business accts. only)", "Text10", 150, "authorized_title")
    _lab(s, 406, y, "Contact Tel.", "Text11", 166, "contact_phone")
    y -= 34
    _lab(s, 40, y, "E-mail", "Text12", 250, "contact_email")
    s.text(298, y + 17, "BTN (one digit per box)", 7)
    char_widgets(s, "tel1_", 298, y, 10, "btn", "BTN", cell=13, gap_after=(3, 6))
    y -= 30
    s.band(40, y, WL - 80, "2. Tel. No(s). to port", 9)
    y -= 10
    slots = s.slot_group(ordered=False)
    y = transposed(s, 40, y, 80, 65, 6, [("Tel. No.", "number", "614-555-0000"),
                                         ("Line type", None, "POTS / ISDN"),
                                         ("Hunt grp?", None, "Y / N")],
                   slots, head="No.", example=62, names="N")
    y -= 20
    s.checkbox("Check1", 40, y, "check:partial_port",
               "Tick if you do NOT want all numbers on the account ported")
    s.checkbox("Check2", 330, y, None, "I do not have a recent bill (attach a CSR)")
    y -= 28
    _lab(s, 40, y - 14, "If ticked: Tel. No(s). staying with the current carrier, one per line",
         "Text20", 300, "remaining_numbers", h=28, flags="multiline")
    y -= 52
    s.band(40, y, WL - 80, "3. Port date", 9)
    y -= 30
    _lab(s, 40, y, "Requested port date (mm/dd/yyyy)", "Text21", 120, "requested_date")
    s.text(200, y + 17, "Preferred porting window", 7)
    s.checkbox("Check3", 200, y + 2, None, "8am-12pm")
    s.checkbox("Check4", 270, y + 2, None, "12pm-5pm")
    s.checkbox("Check5", 340, y + 2, None, "After hours")
    y -= 28
    s.band(40, y, WL - 80, "4. Authorization", 9)
    y -= 16
    y = s.para(40, y, "I authorize Scioto Voice Networks to act as my agent to port the numbers "
               "above from my current carrier. I am the account holder or am authorized to "
               "act for the account holder.", WL - 80, 7.5)
    y -= 62
    s.frame(40, y, 250, 50)
    s.text(44, y + 42, "Auth. Sig.", 7, bold=True)
    s._place((41, y + 1, 289, y + 38), "signature", what="Auth. Sig. box")
    s.c.setFillGray(0.2)
    s.c.rect(40, y + 52, 62, 11, stroke=0, fill=1)
    s.c.setFillGray(1)
    s.c.setFont(s.bold_font, 7)
    s.c.drawString(43, y + 55, "SIGN HERE >")
    s.c.setFillGray(0)
    s.frame(300, y, 250, 50)
    s.text(304, y + 42, "Official use only", 7, bold=True)
    s._place((301, y + 1, 549, y + 38), None, what="Official use only box")
    y -= 34
    _lab(s, 40, y, "Date (mm/dd/yyyy)", "Date1", 110, "date_signed")
    s.footer("SVN-LOA-OH rev. 07/2029")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("mm/dd/yyyy");'}
    return finish(pdf, {"Text21": fmt, "Date1": fmt}), truth


def _gwy_header(s: Sheet, page: int) -> None:
    y = H4 - 40
    s.c.setFillGray(0.9)
    s.c.rect(30, y - 8, W4 - 60, 26, stroke=0, fill=1)
    s.c.setFillGray(0)
    s.text(36, y + 8, "Account no. (current provider) / Rhif cyfrif", 5.5)
    s.box(36, y - 6, 120, 13, "account_number", f"header account number page {page}")
    s.text(166, y + 8, "Customer name / Enw'r cwsmer", 6.5)
    s.box(166, y - 6, 250, 13, "account_name", f"header customer name page {page}")
    s.text(440, y, f"Page {page} of 2 / Tudalen {page} o 2", 7, bold=True)


def _gwy_initials(s: Sheet) -> None:
    vtext(s, W4 - 14, 150, "Initials / Llythrennau blaen", 6)
    s.box(W4 - 30, 110, 22, 34, None, "initials in the margin", optional=True)


def _bi_box(s: Sheet, x: float, y: float, w: float, en: str, cy: str, fld: str | None,
            h: float = 15, **kw: Any) -> dict[str, Any]:
    s.text(x, y + h + 3, en, 6.5)
    end = x + float(s.c.stringWidth(en + " / ", s.font, 6.5))
    s.c.setFont("Helvetica-Oblique", 6.5)
    s.c.drawString(x + float(s.c.stringWidth(en, s.font, 6.5)), y + h + 3, " / " + cy)
    del end
    return s.box(x, y, w, h, fld, en, **kw)


def gwy_header_band_paper() -> Built:
    s = a4("r32-gwy-header-band-paper", "GB", "en", ["r32-gwy", "r32-gwy-partial"],
           "Paper Gwynedd LoA in English / Welsh, two pages. A header band on each page: "
           "Account no. | Customer name | Page n of 2 (both asked again on page 2: each place "
           "gets the value). Physical address as Building name (empty) / No. and street / "
           "Locality (optional) / Town / County / Postcode; postal address c/o and 'leave "
           "blank if the same' (empty). Numbers as 'Area code | Number without the area code' "
           "rows; numbers staying 'if some numbers only'. Initials boxes in each page's margin "
           "(not a value). Page 2 the terms with one signature line at its foot.")
    s.date_formats = ["%d/%m/%Y"]
    _gwy_header(s, 1)
    letterhead(s, W4 - 36, H4 - 70, ["Rhwydwaith Eryri Cyf", "Ffordd Deiniol, Bangor LL57 2UN",
                                     "Porting 029 2018 0100"])
    s.text(36, H4 - 80, "Letter of Authority / Llythyr Awdurdod", 14, bold=True)
    y = H4 - 110
    s.band(36, y, W4 - 80, "1. Customer / Cwsmer", 9)
    y -= 30
    _bi_box(s, 36, y, 200, "Authorised person", "Person awdurdodedig", "authorized_name")
    _bi_box(s, 246, y, 130, "Position", "Swydd", "authorized_title")
    _bi_box(s, 386, y, 129, "Current provider", "Darparwr presennol", "carrier")
    y -= 32
    _bi_box(s, 36, y, 230, "Contact tel.", "Ffôn cyswllt", "contact_phone")
    _bi_box(s, 276, y, 239, "E-mail", "E-bost", "contact_email")
    y -= 26
    s.text(36, y, "Physical address (where the lines are) / Cyfeiriad ffisegol", 8, bold=True)
    y -= 28
    _bi_box(s, 36, y, 230, "Building name", "Enw'r adeilad", None)
    _bi_box(s, 276, y, 239, "No. and street", "Rhif a stryd", "street")
    y -= 32
    _bi_box(s, 36, y, 150, "Locality", "Ardal", None, optional=True)
    _bi_box(s, 196, y, 130, "Town", "Tref", "city")
    _bi_box(s, 336, y, 90, "County", "Sir", "state")
    _bi_box(s, 436, y, 79, "Postcode", "Cod post", "postal_code")
    y -= 26
    s.text(36, y, "Postal address - leave blank if the same as the physical address / "
           "Cyfeiriad post", 8, bold=True)
    y -= 28
    _bi_box(s, 36, y, 150, "c/o", "d/o", None)
    _bi_box(s, 196, y, 319, "Postal address", "Cyfeiriad post", None)
    y -= 30
    s.band(36, y, W4 - 80, "2. Numbers / Rhifau", 9)
    y -= 18
    s.tick(36, y, "check:full_port", "All numbers on the account / Pob rhif")
    s.tick(250, y, "check:partial_port", "Some numbers only / Rhai rhifau yn unig")
    y -= 20
    slots = s.slot_group(ordered=False)
    s._slot_groups[-1]["local"] = True  # the number after its area code, which has its column
    for head, cx, w in (("No.", 36, 24), ("Area code / Cod ardal", 60, 90),
                        ("Number without the area code / Rhif heb y cod", 150, 200)):
        s.frame(cx, y, w, 14)
        s.text(cx + 3, y + 4, head, 6.5, bold=True)
    for r in range(6):
        ry = y - 16 * (r + 1)
        s.frame(36, ry, 24, 16)
        s.right_text(54, ry + 5, str(r + 1), 8)
        place = s.box(60, ry, 90, 16, "area_code", f"area code {r + 1}")
        place["row"] = r
        s.frame(150, ry, 200, 16)
        s.slot(slots, (151, ry + 1, 349, ry + 15), f"number {r + 1}")
    s.text(370, y + 4, "If some numbers only: numbers", 7)
    s.text(370, y - 5, "staying with the current provider", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        by = y - 30 - k * 20
        s.frame(370, by, 145, 16)
        s.slot(stay, (371, by + 1, 514, by + 15), f"staying {k + 1}")
    y -= 16 * 7 + 24
    _bi_box(s, 36, y, 120, "Requested port date (DD/MM/YYYY)", "Dyddiad", "requested_date")
    _gwy_initials(s)
    s.footer("RE-LOA-CY 2029  Turn over / Trowch drosodd")
    s.next_page()
    _gwy_header(s, 2)
    s.text(36, H4 - 80, "Terms / Telerau", 12, bold=True)
    y = H4 - 100
    for clause in ("1. You confirm that you are the account holder, or are authorised by the "
                   "account holder, to move the numbers on page 1.",
                   "2. Your current provider may charge for ending its contract; services on "
                   "the numbers there end when the port completes.",
                   "3. Do not cancel your service with your current provider before the port "
                   "completes: the numbers may be lost.",
                   "4. Rhwydwaith Eryri Cyf acts as your agent towards your current provider "
                   "for this request only.",
                   "Telerau yn Gymraeg ar gael ar gais / Welsh-language terms available on "
                   "request."):
        y = s.para(36, y, clause, W4 - 90, 8) - 6
    _gwy_initials(s)
    y = 110
    s.sign_line("Signature / Llofnod", 36, y, 250, label_below=True)
    s.line_under(270, y, 420, "authorized_name", "print name")
    s.text(270, y - 10, "Print name / Enw", 8)
    s.line_under(436, y, 530, "date_signed", "date")
    s.text(436, y - 10, "Date / Dyddiad", 8)
    s.footer("RE-LOA-CY 2029")
    return s.build()


def nav_role_matrix_tooltips_fillable() -> Built:
    s = a4("r32-nav-role-matrix-tooltips-fillable", "ES", "es", ["r32-nav", "r32-nav-partial"],
           "Fillable Navarre solicitud. Widgets Campo_1.. with labels in tooltips; the contact "
           "phone and e-mail labelled only by a drawn icon (tooltip says which); one widget "
           "with no label and no tooltip (empty). Role matrix Titular | Operador donante | "
           "Operador receptor: customer's column ours (NIF not), donor's for the donor, the "
           "receptor's typed in read-only. Numbers 'sin el prefijo +34, en orden ascendente'. "
           "'No antes del' is the requested date, 'No después del' and the franja horaria "
           "radio empty. Operator drop-down of official names. Signature box on paper.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Redes Navarras de Fibra S.L.", "Polígono Landaben, "
                                     "31012 Pamplona", "Portabilidad 948 555 100"])
    s.text(40, H4 - 50, "Solicitud de portabilidad", 15, bold=True)
    s.text(40, H4 - 64, "Formulario accesible: pase el ratón sobre cada casilla", 8)
    y = H4 - 90
    s.band(40, y, W4 - 80, "1. Partes", 9)
    y -= 10
    y = role_matrix(s, 40, y, 110, [("Titular (abonado)", 150),
                                    ("Operador donante (lo rellena el donante)", 135),
                                    ("Operador receptor", 120)],
                    [("Nombre o razón social", ["account_name", None, None]),
                     ("NIF / CIF", [None, None, None]),
                     ("Domicilio", ["street", None, None]),
                     ("C.P.", ["postal_code", None, None]),
                     ("Localidad", ["city", None, None]),
                     ("Provincia", ["state", None, None])],
                    names="M", prefilled={(0, 2): "Redes Navarras de Fibra S.L.",
                                          (1, 2): "B31555012", (2, 2): "Pol. Landaben C/E 4",
                                          (3, 2): "31012", (4, 2): "Pamplona",
                                          (5, 2): "Navarra"})
    y -= 30
    s.band(40, y, W4 - 80, "2. Datos de la línea", 9)
    y -= 32
    s.text(40, y + 17, "Operador donante", 7)
    choice(s, "Campo_1", 40, y, 190, ["Telefónica de España S.A.U. (Movistar)",
                                      "Vodafone España S.A.U.", "Orange Espagne S.A.U.",
                                      "Digi Spain Telecom S.L.U."], "carrier",
           accept=["Telefónica de España S.A.U. (Movistar)", "Vodafone España S.A.U."], h=14)
    tf(s, "Campo_2", 240, y, 150, 14, "account_number", tooltip="Número de cliente o de cuenta "
       "en el operador donante")
    s.text(240, y + 17, "[?]", 7)
    tf(s, "Campo_3", 400, y, 115, 14, None)
    y -= 30
    s.text(40, y + 4, "Tipo de cliente", 7.5)
    s.radio("Campo_4", "P", 110, y + 2, "check:residential", "Particular")
    s.radio("Campo_4", "E", 180, y + 2, "check:business", "Empresa")
    s.text(260, y + 4, "Portabilidad", 7.5)
    s.radio("Campo_5", "T", 320, y + 2, "check:full_port", "Total")
    s.radio("Campo_5", "P", 370, y + 2, "check:partial_port", "Parcial")
    y -= 22
    s.text(40, y, "Numeración a portar (9 cifras, sin el prefijo +34, en orden ascendente)", 8,
           bold=True)
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 40 + col * 150, y - 20 - row * 18
        s.right_text(bx + 12, by + 4, f"{k + 1}", 7.5)
        tf(s, f"Campo_{10 + k}", bx + 16, by, 120, 14, None,
           tooltip=f"Número a portar {k + 1}")
        s.places.pop()
        s.slot(slots, (bx + 16, by, bx + 136, by + 14), f"número {k + 1}", f"Campo_{10 + k}")
    s.text(350, y - 4, "Numeración que se mantiene", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = y - 20 - k * 18
        tf(s, f"Campo_{20 + k}", 350, by, 120, 14, None, tooltip="Número que se mantiene")
        s.places.pop()
        s.slot(stay, (350, by, 470, by + 14), f"se mantiene {k + 1}", f"Campo_{20 + k}")
    y -= 20 + 4 * 18 + 16
    s.text(40, y + 17, "Ventana de portabilidad:  No antes del", 7)
    tf(s, "Campo_30", 40, y, 90, 14, "requested_date", tooltip="Fecha deseada (dd/mm/aaaa)")
    s.text(150, y + 17, "No después del", 7)
    tf(s, "Campo_31", 150, y, 90, 14, None, tooltip="Fecha límite (dd/mm/aaaa)")
    s.text(260, y + 17, "Franja horaria", 7)
    s.radio("Campo_32", "M", 260, y + 2, None, "08:00-14:00")
    s.radio("Campo_32", "T", 340, y + 2, None, "14:00-20:00")
    y -= 30
    # the contact blanks carry a drawn icon and a tooltip, no printed words
    s.c.setLineWidth(0.7)
    s.c.rect(40, y + 2, 12, 9, stroke=1, fill=0)
    s.c.line(40, y + 11, 46, y + 6)
    s.c.line(46, y + 6, 52, y + 11)
    tf(s, "Campo_33", 58, y, 200, 14, "contact_email", tooltip="Correo electrónico de contacto")
    s.c.circle(276, y + 7, 5, stroke=1, fill=0)
    s.c.line(274, y + 5, 278, y + 9)
    tf(s, "Campo_34", 286, y, 130, 14, "contact_phone", tooltip="Teléfono de contacto")
    y -= 30
    s.band(40, y, W4 - 80, "3. Firma", 9)
    y -= 32
    tf(s, "Campo_40", 40, y, 200, 14, "authorized_name",
       tooltip="Nombre y apellidos del firmante")
    s.text(40, y + 17, "Firmante", 7)
    tf(s, "Campo_41", 250, y, 120, 14, "authorized_title", tooltip="Cargo (solo empresas)")
    s.text(250, y + 17, "Cargo (solo empresas)", 7)
    tf(s, "Campo_42", 380, y, 90, 14, "date_signed", tooltip="Fecha de firma (dd/mm/aaaa)")
    s.text(380, y + 17, "Fecha", 7)
    y -= 60
    s.frame(40, y, 260, 46)
    s.text(44, y + 38, "Firma del titular", 7)
    s._place((41, y + 1, 299, y + 35), "signature", what="firma")
    s.footer("RNF-PORT-NA 2029/3")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd/mm/yyyy");'}
    return finish(pdf, {"Campo_30": fmt, "Campo_31": fmt, "Campo_42": fmt}), truth


def _rot_table(s: Sheet, x: float, top: float, acct: int, ours: bool,
               slots: list[dict[str, Any]] | None) -> None:
    heads = [("N.", 14), ("Prefisso", 34), ("Numero senza prefisso", 86), ("Fax", 18),
             ("ISDN", 18)]
    head_h = 74
    cx = x
    for head, w in heads:
        s.frame(cx, top - head_h, w, head_h)
        vtext(s, cx + w / 2 + 2.5, top - head_h + 3, head, 6.5, bold=True)
        cx += w
    for r in range(6):
        ry = top - head_h - 15 * (r + 1)
        cx = x
        for k, (head, w) in enumerate(heads):
            s.frame(cx, ry, w, 15)
            rect = (cx + 1, ry + 1, cx + w - 1, ry + 14)
            if k == 0:
                s.right_text(cx + w - 2, ry + 4.5, str(r + 1), 6.5)
            elif k == 1:
                place = s._place(rect, "area_code" if ours else None,
                                 what=f"conto {acct} prefisso {r + 1}")
                if ours:
                    place["row"] = r
            elif k == 2 and ours and slots is not None:
                s.slot(slots, rect, f"conto {acct} numero {r + 1}")
            else:
                s._place(rect, None, what=f"conto {acct} {head} {r + 1}")
            cx += w


def pie_accounts_turned_heads_paper() -> Built:
    s = a4("r32-pie-accounts-turned-heads-paper", "IT", "it", ["r32-pie", "r32-pie-partial"],
           "Paper Piedmont richiesta. The client block's label 'DATI DEL CLIENTE' written "
           "vertically beside it; 'Esempio: Mario Rossi S.r.l.' in grey under the name line "
           "(the form's print). Three account blocks Conto 1 | Conto 2 | Conto 3, each with "
           "its Cod. cliente and a narrow numbers table whose headings are turned 90 degrees "
           "(N. | Prefisso | Numero senza prefisso | Fax | ISDN): only Conto 1 ours (the case "
           "is one account). Signature box beside a same-sized 'Timbro dell'azienda' box with "
           "a 'Firmi qui' arrow; Luogo optional.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Subalpina Reti S.p.A.", "Corso Vittorio Emanuele II 80, "
                                     "10121 Torino", "Servizio clienti 011 555 0100"])
    s.text(40, H4 - 50, "Richiesta di portabilità", 15, bold=True)
    top = H4 - 80
    s.frame(30, top - 150, 14, 150)
    vtext(s, 40, top - 140, "DATI DEL CLIENTE", 8, bold=True)
    y = top - 16
    s.blank("Ragione sociale / Nome e cognome", 52, y, W4 - 40, "account_name", 8)
    grey(s, 200, y - 11, "Esempio: Mario Rossi S.r.l.", 7)
    y -= 28
    s.blank("Ind. (via, n. civico)", 52, y, 330, "street", 8)
    s.blank("CAP", 340, y, 400, "postal_code", 8)
    s.blank("Comune", 410, y, 510, "city", 8)
    s.blank("Prov.", 516, y, W4 - 40, "state", 8)
    y -= 24
    s.blank("C.F. / P. IVA", 52, y, 230, None, 8)
    s.blank("Tel. rif.", 240, y, 380, "contact_phone", 8)
    s.blank("E-mail", 390, y, W4 - 40, "contact_email", 8)
    y -= 24
    s.blank("Operatore attuale", 52, y, 250, "carrier", 8)
    s.blank("Sig./Sig.ra (firmatario)", 260, y, 440, "authorized_name", 8)
    s.blank("Qualifica", 446, y, W4 - 40, "authorized_title", 8)
    y -= 24
    s.text(52, y, "Portabilità:", 8)
    s.tick(110, y - 1, "check:full_port", "totale")
    s.tick(170, y - 1, "check:partial_port", "parziale")
    s.blank("Data richiesta (gg/mm/aaaa)", 260, y, 420, "requested_date", 8)
    y = top - 176
    s.text(40, y, "Numerazioni per conto (un conto per colonna)", 9, bold=True)
    slots = s.slot_group(ordered=False)
    s._slot_groups[-1]["local"] = True  # the number after its area code, which has its column
    for k in range(3):
        bx = 40 + k * 172
        s.text(bx, y - 16, f"Conto {k + 1}", 8.5, bold=True)
        s.text(bx, y - 32, "Cod. cliente", 7)
        s.box(bx + 44, y - 36, 126, 14, "account_number" if k == 0 else None,
              f"conto {k + 1} codice cliente")
        _rot_table(s, bx, y - 42, k + 1, k == 0, slots if k == 0 else None)
    y -= 42 + 74 + 15 * 6 + 24
    s.text(40, y, "Numeri che restano all'operatore attuale (solo portabilità parziale)", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        s.frame(40 + k * 180, y - 22, 170, 15)
        s.slot(stay, (41 + k * 180, y - 21, 209 + k * 180, y - 8), f"resta {k + 1}")
    y -= 40
    y = s.para(40, y, "Il cliente chiede il passaggio dei numeri indicati a Subalpina Reti S.p.A. "
               "con la conservazione della numerazione e le conferisce mandato a chiedere la "
               "cessazione del servizio presso l'operatore attuale.", W4 - 80, 7.5)
    y -= 66
    s.frame(40, y, 240, 54)
    s.text(44, y + 46, "Firma del cliente", 7, bold=True)
    s._place((41, y + 1, 279, y + 42), "signature", what="firma del cliente")
    s.text(40, y + 60, "Firmi qui", 8, bold=True)
    s.c.line(82, y + 62, 100, y + 55)
    s.frame(300, y, 240, 54)
    s.text(304, y + 46, "Timbro dell'azienda", 7, bold=True)
    s._place((301, y + 1, 539, y + 42), None, what="timbro")
    y -= 26
    s.blank("Luogo", 40, y, 200, None, 8, optional=True)
    s.blank("Data", 210, y, 320, "date_signed", 8)
    s.footer("SR-MNP-PIE rev. 2029")
    return s.build()


FORMS = {
    "r32-oh-transposed-specimen-fillable": oh_transposed_specimen_fillable,
    "r32-gwy-header-band-paper": gwy_header_band_paper,
    "r32-nav-role-matrix-tooltips-fillable": nav_role_matrix_tooltips_fillable,
    "r32-pie-accounts-turned-heads-paper": pie_accounts_turned_heads_paper,
}
