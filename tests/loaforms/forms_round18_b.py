"""Round 18, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Estonian fillable numbri teisaldamise taotlus: grey label cells beside widgets named after
  their Estonian labels (as Acrobat names a detected field), registrikood / isikukood not ours,
  a Maakond row (the county) apart from Linn / vald, service-type boxes not ours, kõik / ainult
  loetletud boxes, numbers 1-12 down three columns, the numbers that stay in one widget, a
  requested date pp.kk.aaaa and a time not ours, a note that a digitally signed copy needs no
  handwritten signature beside the signature line.
- A Latvian paper iesniegums numura saglabāšanai in an embedded Unicode font: dotted leaders up
  to the writing, a registration number / personal code and a legal address "if different"
  (not ours), the postcode written "LV-1001", visi / tikai norādītie ticks, "Nr. p.k. | Tālruņa
  numurs | Pakalpojums" 1-10 whose service column is not ours, lines for the numbers that stay,
  the requested date in dd . mm . gggg boxes, signature, paraksta atšifrējums (the printed
  name), amats and datums in one row over their captions, Z.v.
- An Argentine paper solicitud de portabilidad numérica (telefonía fija): persona humana /
  jurídica ticks, a CUIT / CUIL comb and the representative's DNI (not ours), Localidad,
  Provincia and the CPA, "N° | Cód. de área (sin 0) | Número" rows 1-8 with the area code per
  row, lines for the lines that stay, "En ______, a los __ días del mes de ________ de 20__"
  (the place not ours), firma and aclaración.
- A Maltese fillable number portability request in English: widgets named after their labels,
  VAT and company registration numbers and the signatory's ID card number not ours, a building /
  flat widget that may stay empty, Locality and Post Code, a Yes / No radio "porting ALL numbers
  on this account?", numbers 1-10 each with a fixed / mobile drop-down not ours, three widgets
  for the numbers that stay, a preferred date DD/MM/YYYY and a morning / afternoon choice not
  ours.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, numbers_table
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round9_kit import comb_boxes
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import label_cells, radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, unicode_a4
from tests.loaforms.round17_kit import area_code_rows

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def _own_letterhead(s: Sheet, top: float, lines_: list[str]) -> None:
    """The gaining provider's letterhead in the sheet's own (embedded) face: its address has
    letters the base-14 Helvetica cannot print."""
    s.c.setFont(s.bold_font, 10)
    s.c.drawRightString(W4 - 40, top, lines_[0])
    s.c.setFont(s.font, 7.5)
    for n, line in enumerate(lines_[1:], start=1):
        s.c.drawRightString(W4 - 40, top - 3 - n * 9.5, line)


def _dots(s: Sheet, label: str, x: float, y: float, x1: float, fld: str | None) -> None:
    """'Label ..........' up to x1 in the sheet's own face (the dots are where one writes)."""
    end = s.text(x, y, label, 8.5) + 3
    step = float(s.c.stringWidth(".", s.font, 8.5))
    s.text(end, y, "." * max(3, int((x1 - end) / step) - 1), 8.5)
    s._place((end, y - 3, x1, y + 11), fld, what=label)


def ee_teisaldamine_fillable() -> Built:
    s = a4("r18-ee-teisaldamine-fillable", "EE", "et", ["r18-ee", "r18-ee-partial"],
           "Fillable, Estonian numbri teisaldamise taotlus. Grey label cells with widgets named "
           "after their labels; registrikood / isikukood not ours; Maakond (county) apart from "
           "Linn / vald; service-type boxes not ours; kõik / ainult loetletud boxes; numbers 1-12 "
           "down three columns (widgets 'Number N' in printed order); numbers that stay in one "
           "widget; soovitud kuupäev pp.kk.aaaa and kellaaeg (not ours); kuupäev and a "
           "signature line without a widget, with a note on digital signatures.")
    s.date_formats = ["%d.%m.%Y", "%d.%m.%Y."]
    letterhead(s, W4 - 40, H4 - 40, ["Läänemere Side OÜ", "Pärnu mnt 141, 11314 Tallinn",
                                      "Äriklientide tugi 660 5140"])
    s.text(40, H4 - 48, "NUMBRI TEISALDAMISE TAOTLUS", 14, bold=True)
    s.text(40, H4 - 62, "Telefoninumbri üleviimine Läänemere Side OÜ võrku", 8)
    y = H4 - 84
    s.band(40, y, W4 - 80, "1. TAOTLEJA (NUMBRI KASUTAJA) ANDMED", 9)
    rows: list[tuple[str, str | None]] = [
        ("Ettevõtte nimi / Ees- ja perekonnanimi", "account_name"),
        ("Registrikood / Isikukood", None), ("Aadress (tänav, maja, korter)", "street"),
        ("Linn / vald", "city"), ("Maakond", "state"), ("Postiindeks", "postal_code"),
        ("Kontaktisik", "authorized_name"), ("Ametikoht", "authorized_title"),
        ("Telefon", "contact_phone"), ("E-post", "contact_email")]
    names = ["Ettevõtte nimi", "Registrikood", "Aadress", "Linn", "Maakond", "Postiindeks",
             "Kontaktisik", "Ametikoht", "Telefon", "E-post"]
    y = label_cells(s, 40, y - 6, rows, 190, 325, row_h=17, names=names) - 20
    s.band(40, y, W4 - 80, "2. PRAEGUNE SIDEETTEVÕTJA", 9)
    y = label_cells(s, 40, y - 6, [("Sideettevõtja nimi", "carrier"),
                                   ("Lepingu number / kliendinumber", "account_number")],
                    190, 325, row_h=17, names=["Sideettevõtja", "Lepingu number"]) - 16
    s.text(40, y + 1, "Teenuse liik:", 8)
    for k, (label, x) in enumerate((("Lauatelefon", 110), ("Mobiiltelefon", 200),
                                    ("IP-telefon", 300))):
        s.checkbox(f"Teenuse liik {k + 1}", x, y, None, label)
    y -= 24
    s.band(40, y, W4 - 80, "3. TEISALDATAVAD NUMBRID", 9)
    y -= 20
    s.checkbox("Kõik numbrid", 40, y, "check:full_port", "Kõik lepingu numbrid")
    s.checkbox("Osaline", 220, y, "check:partial_port", "Ainult allpool loetletud numbrid")
    slots = s.slot_group(ordered=True)
    col_w = (W4 - 80) / 3
    printed = [1 + c * 4 + r for r in range(4) for c in range(3)]
    numbered_slots(s, slots, 40, y - 22, cols=3, rows=4, col_w=col_w, row_h=18,
                   names=[f"Number {n}" for n in printed])
    y -= 22 + 4 * 18 + 12
    above(s, "Praeguse sideettevõtja juurde jäävad numbrid (osalise teisaldamise korral)",
          "Jäävad numbrid", 40, y, 515, "remaining_numbers")
    y -= 30
    above(s, "Soovitud teisaldamise kuupäev (pp.kk.aaaa)", "Soovitud kuupäev", 40, y, 120,
          "requested_date")
    above(s, "Kellaaeg", "Kellaaeg", 200, y, 60, None)
    s.text(270, y + 4, "Teisaldamine toimub tööpäeviti; kuupäev lepitakse kokku.", 7)
    y -= 24
    s.band(40, y, W4 - 80, "4. KINNITUS", 9)
    y = s.para(40, y - 18, "Taotleja kinnitab, et on ülal nimetatud numbrite kasutaja või tema "
               "esindaja, ja volitab Läänemere Side OÜ-d esitama praegusele sideettevõtjale "
               "numbrite teisaldamise taotluse ning lõpetama teisaldatavate numbrite osas "
               "senise lepingu. Teisaldamise päevani tasub taotleja senisele "
               "sideettevõtjale osutatud teenuste eest.", W4 - 80, 7.5) - 30
    above(s, "Kuupäev", "Kuupäev", 40, y, 100, "date_signed")
    s.sign_line("Allkiri", 170, y, 400, label_below=True)
    s.para(410, y + 14, "Digitaalselt allkirjastatud taotlusel (.asice / .bdoc) allkirja ja "
           "kuupäeva väljasid täitma ei pea.", 145, 6.5)
    office_panel(s, 40, 50, W4 - 80, "TÄIDAB LÄÄNEMERE SIDE", ["Tellimuse nr", "Kinnitatud "
                 "kuupäev", "Müügiesindaja"], widgets=_names("Kontor {n}"))
    s.footer("LS-NT-3 (2026)")
    return s.build()


def lv_saglabasana_paper() -> Built:
    s = unicode_a4("r18-lv-saglabasana-paper", "LV", "lv", ["r18-lv", "r18-lv-partial"],
                   "Paper, Latvian, embedded Unicode font. Dotted leaders; reģistrācijas Nr. / "
                   "personas kods not ours; juridiskā adrese 'ja atšķiras' not ours; service "
                   "address, pilsēta / novads, pasta indekss (LV-NNNN); contact; donor operator "
                   "and līguma Nr.; visi / tikai norādītie ticks; 'Nr. p.k. | Tālruņa numurs | "
                   "Pakalpojums' rows 1-10 (service column not ours); two lines for the numbers "
                   "that stay; requested date dd . mm . gggg boxes; paraksts, paraksta "
                   "atšifrējums, amats, datums in one row with captions under; Z.v.; operator's "
                   "panel not ours.")
    s.date_formats = ["%d.%m.%Y.", "%d.%m.%Y"]
    _own_letterhead(s, H4 - 40, ["Daugava Telekom SIA", "Krišjāņa Valdemāra iela 62, Rīga, "
                                 "LV-1013", "Klientu centrs 6755 5100"])
    s.text(40, H4 - 48, "IESNIEGUMS NUMURA SAGLABĀŠANAI", 14, bold=True)
    s.text(40, H4 - 62, "mainot elektronisko sakaru komersantu (saņēmējs: Daugava Telekom SIA)",
           8)
    y = H4 - 88
    s.band(40, y, W4 - 80, "1. ABONENTS", 9)
    y -= 22
    _dots(s, "Abonenta nosaukums vai vārds, uzvārds", 40, y, 555, "account_name")
    y -= 20
    _dots(s, "Reģistrācijas Nr. / personas kods", 40, y, 330, None)
    y -= 20
    _dots(s, "Pakalpojuma adrese (iela, mājas Nr., dzīvoklis/birojs)", 40, y, 555, "street")
    y -= 20
    _dots(s, "Pilsēta / novads", 40, y, 330, "city")
    _dots(s, "Pasta indekss", 340, y, 555, "postal_code")
    y -= 20
    _dots(s, "Juridiskā adrese (ja atšķiras no pakalpojuma adreses)", 40, y, 555, None)
    y -= 20
    _dots(s, "Kontaktpersona", 40, y, 330, "authorized_name")
    _dots(s, "Tālrunis", 340, y, 555, "contact_phone")
    y -= 20
    _dots(s, "E-pasts", 40, y, 330, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "2. PAŠREIZĒJAIS OPERATORS (NUMURA ATDEVĒJS)", 9)
    y -= 22
    _dots(s, "Operatora nosaukums", 40, y, 330, "carrier")
    _dots(s, "Līguma / klienta Nr.", 340, y, 555, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "3. SAGLABĀJAMIE NUMURI", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "visi līgumā iekļautie numuri")
    s.tick(250, y, "check:partial_port", "tikai zemāk norādītie numuri")
    slots = s.slot_group(ordered=True)
    y = numbers_table(s, slots, 40, y - 8, [("Tālruņa numurs", 200, "number", False),
                                             ("Pakalpojums (fiksētais / mobilais)", 291, None,
                                              False)], rows=10, row_h=16, head="Nr.")
    y -= 14
    s.text(40, y, "Numuri, kas paliek pie pašreizējā operatora:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 230, y - 2, 390, 1, 0, stay, "paliek 1")
    lines(s, 400, y - 2, 555, 1, 0, stay, "paliek 2")
    y -= 28
    s.text(40, y + 4, "Vēlamais numura pārnešanas datums:", 8)
    date_parts(s, 200, y, [("dd", 24, "requested_day"), ("mm", 24, "requested_month"),
                           ("gggg", 40, "requested_year")], sep=".")
    y -= 30
    s.band(40, y, W4 - 80, "4. APLIECINĀJUMS", 9)
    y = s.para(40, y - 18, "Abonents lūdz saglabāt norādītos numurus, pārejot pie Daugava "
               "Telekom SIA, un pilnvaro to pašreizējam operatoram iesniegt pieprasījumu "
               "numuru pārnešanai un līguma izbeigšanai par pārnestajiem numuriem. Abonents "
               "apliecina, ka sniegtās ziņas ir patiesas.", W4 - 80, 7.5) - 34
    sign_block(s, 40, y, [("Paraksts", "signature"), ("Paraksta atšifrējums", "authorized_name"),
                          ("Amats", "authorized_title"), ("Datums", "date_signed")],
               [140, 140, 100, 80], gap=12)
    s.text(40, y - 26, "Z.v.", 8)
    office_panel(s, 40, 50, W4 - 80, "AIZPILDA OPERATORS", ["Pieteikuma Nr.", "Pieņēma",
                                                            "Pārnešanas datums"])
    s.footer("DT-NS-02  2026")
    return s.build()


def ar_portabilidad_paper() -> Built:
    s = a4("r18-ar-portabilidad-paper", "AR", "es", ["r18-ar", "r18-ar-partial"],
           "Paper, Argentine solicitud de portabilidad numérica (telefonía fija). Persona "
           "humana / jurídica ticks; CUIT / CUIL comb (not ours); domicilio, localidad, "
           "provincia, CP; contact phone and e-mail; prestador donante and N° de cuenta; the "
           "representative's name, DNI (not ours) and carácter; todas / sólo detalladas ticks; "
           "'N° | Cód. de área (sin 0) | Número' rows 1-8 in two tables (area code per row); two "
           "lines for the lines that stay; 'En ____ (not ours), a los __ días del mes de "
           "________ de 20__'; firma and aclaración.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Pampa Conecta S.A.", "Av. Pellegrini 1450, S2000 Rosario",
                                      "Atención empresas 0800 555 0140"])
    s.text(40, H4 - 48, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 14, bold=True)
    s.text(40, H4 - 62, "Servicio de telefonía fija  -  Prestador receptor: Pampa Conecta S.A.",
           8)
    y = H4 - 86
    s.band(40, y, W4 - 80, "1. DATOS DEL TITULAR", 9)
    y -= 18
    s.text(40, y + 1, "Tipo de titular:", 8)
    s.tick(115, y, "check:residential", "Persona humana")
    s.tick(205, y, "check:business", "Persona jurídica")
    y -= 22
    s.blank("Apellido y nombre / Razón social:", 40, y, 555, "account_name", size=8.5)
    y -= 22
    s.text(40, y + 3, "CUIT / CUIL:", 8.5)
    comb_boxes(s, 100, y, 11, None, "CUIT / CUIL", cell=13)
    y -= 22
    s.blank("Domicilio (calle, número, piso, depto.):", 40, y, 555, "street", size=8.5)
    y -= 22
    s.blank("Localidad:", 40, y, 250, "city", size=8.5)
    s.blank("Provincia:", 260, y, 440, "state", size=8.5)
    s.blank("C.P.:", 450, y, 555, "postal_code", size=8.5)
    y -= 22
    s.blank("Teléfono de contacto:", 40, y, 270, "contact_phone", size=8.5)
    s.blank("Correo electrónico:", 280, y, 555, "contact_email", size=8.5)
    y -= 24
    s.band(40, y, W4 - 80, "2. REPRESENTANTE LEGAL / APODERADO (personas jurídicas)", 9)
    y -= 22
    s.blank("Apellido y nombre:", 40, y, 300, "authorized_name", size=8.5)
    s.blank("DNI:", 310, y, 420, None, size=8.5)
    s.blank("Carácter:", 430, y, 555, "authorized_title", size=8.5)
    y -= 24
    s.band(40, y, W4 - 80, "3. PRESTADOR DONANTE", 9)
    y -= 22
    s.blank("Prestador actual:", 40, y, 300, "carrier", size=8.5)
    s.blank("N° de cuenta / cliente:", 310, y, 555, "account_number", size=8.5)
    y -= 24
    s.band(40, y, W4 - 80, "4. LÍNEAS A PORTAR", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Todas las líneas de la cuenta")
    s.tick(230, y, "check:partial_port", "Sólo las líneas detalladas")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Número after its Cód. de área
    top = y - 10
    area_code_rows(s, slots, 40, top, 1, 4, "Cód. de área (sin 0)", "Cód. de área", 86)
    area_code_rows(s, slots, 300, top, 5, 4, "Cód. de área (sin 0)", "Cód. de área", 86)
    y = top - 16 * 5 - 16
    s.text(40, y, "Líneas que permanecen con el prestador donante (portabilidad parcial):", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 1, 0, stay, "permanece 1")
    lines(s, 305, y - 18, 555, 1, 0, stay, "permanece 2")
    y -= 40
    s.band(40, y, W4 - 80, "5. CONFORMIDAD", 9)
    y = s.para(40, y - 18, "El titular solicita la portación de las líneas indicadas a Pampa "
               "Conecta S.A. y presta conformidad para la baja del servicio de dichas líneas "
               "con el prestador donante una vez efectuada la portación, conforme al Reglamento "
               "de Portabilidad Numérica vigente. Declara no registrar deuda exigible con el "
               "prestador donante.", W4 - 80, 7.5) - 22
    x = s.text(40, y, "En", 8.5) + 4
    s.rule(x, y - 2, x + 110)
    s._place((x, y - 4, x + 110, y + 11), None, what="lugar")
    x = s.text(x + 114, y, ", a los", 8.5) + 4
    s.rule(x, y - 2, x + 26)
    s._place((x, y - 4, x + 26, y + 11), "date_signed_day", what="días")
    x = s.text(x + 30, y, "días del mes de", 8.5) + 4
    s.rule(x, y - 2, x + 80)
    s._place((x, y - 4, x + 80, y + 11), "date_signed_month", what="mes")
    x = s.text(x + 84, y, "de 20", 8.5) + 1
    s.rule(x, y - 2, x + 20)
    s._place((x, y - 4, x + 20, y + 11), "date_signed_year2", what="año")
    y -= 50
    sign_block(s, 40, y, [("Firma del titular o representante", "signature"),
                          ("Aclaración", "authorized_name")], [250, 250])
    office_panel(s, 40, 50, W4 - 80, "USO INTERNO", ["N° de trámite", "Vendedor", "Fecha "
                                                     "de portación"])
    s.footer("PC-SPN-F  rev. 2026")
    return s.build()


def mt_portability_fillable() -> Built:
    s = a4("r18-mt-portability-fillable", "MT", "en", ["r18-mt", "r18-mt-partial"],
           "Fillable, Maltese number portability request in English. Widgets named after their "
           "labels; VAT No, Company Reg No and the signatory's ID Card No not ours; Building / "
           "Flat widget optional; Locality and Post Code; radio 'AllNumbers' Yes / No; numbers "
           "1-10 each with a Fixed / Mobile drop-down not ours; three widgets for the numbers "
           "that stay; preferred porting date DD/MM/YYYY and a morning / afternoon radio not "
           "ours; signature line without a widget, name and date widgets.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Harbour Telecom Malta Ltd", "Triq l-Imdina, Qormi "
                                      "QRM 9010", "Business line 2755 5100"])
    s.text(40, H4 - 48, "Number Portability Request", 15, bold=True)
    s.text(40, H4 - 62, "Business customers  -  fixed and mobile numbers", 8.5)
    y = H4 - 86
    s.band(40, y, W4 - 80, "Customer details", 9)
    y -= 32
    above(s, "Company Name", "Company Name", 40, y, 320, "account_name")
    above(s, "VAT No", "VAT No", 370, y, 90, None)
    above(s, "Company Reg No", "Company Reg No", 470, y, 85, None)
    y -= 30
    above(s, "House No. and Street", "House No and Street", 40, y, 320, "street")
    above(s, "Building Name / Flat No.", "Building Name", 370, y, 185, None, optional=True)
    y -= 30
    above(s, "Locality", "Locality", 40, y, 200, "city")
    above(s, "Post Code", "Post Code", 250, y, 80, "postal_code")
    above(s, "Contact Telephone", "Contact Telephone", 340, y, 215, "contact_phone")
    y -= 30
    above(s, "Contact Person", "Contact Person", 40, y, 200, "authorized_name")
    above(s, "Designation", "Designation", 250, y, 110, "authorized_title")
    above(s, "Email", "Email", 370, y, 185, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "Current operator", 9)
    y -= 32
    above(s, "Current Operator", "Current Operator", 40, y, 200, "carrier")
    above(s, "Account No", "Account No", 250, y, 150, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "Numbers to be ported", 9)
    y -= 18
    s.text(40, y + 1, "Are you porting ALL numbers on this account?", 8.5)
    radio_row(s, "AllNumbers", 260, y, [("Yes", "Yes", "check:full_port"),
                                        ("No", "No (list them below)", "check:partial_port")])
    slots = s.slot_group(ordered=True)
    top = y - 12
    for first, x in ((1, 40), (6, 300)):
        for head, cx, w in (("#", x, 20), ("Telephone Number", x + 20, 150), ("Type", x + 170,
                                                                             85)):
            s.frame(cx, top - 16, w, 16)
            s.text(cx + 3, top - 11, head, 7, bold=True)
        for r in range(5):
            ry = top - 16 * (r + 2)
            n = first + r
            s.frame(x, ry, 20, 16)
            s.right_text(x + 15, ry + 5, str(n), 8)
            s.frame(x + 20, ry, 150, 16)
            s.widget(f"Telephone Number {n}", x + 21, ry + 1, 148, 14, None)
            s.places.pop()
            s.slot(slots, (x + 21, ry + 1, x + 169, ry + 15), f"number {n}",
                   f"Telephone Number {n}")
            choice_widget(s, f"Type {n}", x + 171, ry + 1, 83, ["Fixed", "Mobile"], None,
                          h=14)
    y = top - 16 * 6 - 16
    s.text(40, y, "Numbers remaining with the current operator (if not porting all):", 7.5,
           bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((40, 215, 390)):
        s.widget(f"Remaining {k + 1}", x, y - 20, 165, 14, None)
        s.places.pop()
        s.slot(stay, (x, y - 20, x + 165, y - 6), f"remaining {k + 1}", f"Remaining {k + 1}")
    y -= 52
    above(s, "Preferred porting date (DD/MM/YYYY)", "Preferred Date", 40, y, 110,
          "requested_date")
    s.text(180, y + 18, "Preferred time", 7.5, bold=True)
    radio_row(s, "Time", 180, y + 3, [("AM", "Morning", None), ("PM", "Afternoon", None)])
    y -= 24
    s.band(40, y, W4 - 80, "Declaration", 9)
    y = s.para(40, y - 18, "I request that the numbers above be ported to Harbour Telecom "
               "Malta Ltd and authorise it to notify my current operator, which will terminate "
               "its service on the ported numbers. I confirm I am authorised to sign on behalf "
               "of the company and that any amounts due to my current operator remain payable "
               "to it.", W4 - 80, 7.5) - 34
    s.sign_line("Signature", 40, y, 250, label_below=True)
    above(s, "Date", "Date", 270, y, 90, "date_signed")
    y -= 46
    above(s, "Name of Authorised Signatory", "Name of Authorised Signatory", 40, y, 210,
          "authorized_name")
    above(s, "ID Card No", "ID Card No", 270, y, 90, None)
    s.footer("HTM/NP/B/04")
    return s.build()


FORMS = {
    "r18-ee-teisaldamine-fillable": ee_teisaldamine_fillable,
    "r18-lv-saglabasana-paper": lv_saglabasana_paper,
    "r18-ar-portabilidad-paper": ar_portabilidad_paper,
    "r18-mt-portability-fillable": mt_portability_fillable,
}
