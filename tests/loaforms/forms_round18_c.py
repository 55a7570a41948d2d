"""Round 18, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Kenyan mobile operator's paper corporate number portability request in English: the KRA PIN
  (the tax authority's PIN, not an account PIN) and the certificate of incorporation number not
  ours, a physical address (building and street, town, county) beside a postal address "P.O. Box
  ____ - ____" that stays empty, the donor network, a numbers table "No. | Mobile number | Name
  of line user | New SIM serial no." whose last two columns are not ours, lines for the numbers
  that stay, the preferred date, two directors' blocks of which the second is not ours, a
  company stamp box.
- A Welsh paper Letter of Authority from a Cardiff provider, bilingual with the Welsh caption
  first and the English in italics beside it, over two pages: the main billing number, Bydd / Na
  fydd ticks on whether any numbers stay, a line-type column and a moving-premises question not
  ours, Atodlen A / Schedule A
  with numbers 11-34 down two columns on page 2, the requested date in DD / MM / BBBB boxes, the
  signature block on page 2.
- A Ticino fillable richiesta di portabilità in Italian whose widgets keep the names of the
  German form it was translated from ("Firma" is the company, "PLZ" the NPA, "Ort" the
  località), the UID number and a connection-type radio not ours, NPA before Località and the
  Cantone drop-down, a number-block table "da / a" left empty, single numbers 1-10, the numbers
  that stay in one widget, "Luogo" (a widget named "Ort_Unterschrift", not ours) beside "Data",
  a legally binding signature with the company stamp and no widget.
- A Peruvian partly fillable solicitud de portabilidad numérica (telefonía fija): widgets
  "CampoN" for the abonado (RUC and the representative's DNI not ours, Distrito / Provincia /
  Departamento of which the Provincia is not in the case), then on paper: todas / sólo ticks,
  "N° | Código de ciudad | Número" rows 1-10 with the area code per row, lines for the numbers
  that stay, the requested date and the date signed in dd / mm / aaaa boxes, a signature beside
  a huella digital box (not ours).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import under
from tests.loaforms.round4_kit import ITALIC
from tests.loaforms.round5_kit import date_parts, letterhead, numbered_slots, numbers_table
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, unicode_a4, witness_line
from tests.loaforms.round17_kit import area_code_rows

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
_CANTONI = ["AG", "BE", "GE", "GR", "LU", "TI", "VD", "VS", "ZH"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def ke_corporate_mnp_paper() -> Built:
    s = a4("r18-ke-corporate-mnp-paper", "KE", "en", ["r18-ke", "r18-ke-partial"],
           "Paper, Kenyan mobile operator's corporate number portability request. KRA PIN and "
           "certificate of incorporation no. not ours; physical address (building and street, "
           "town, county) beside a postal address 'P.O. Box ____ - ____' that stays empty; "
           "donor network and account no.; all / only listed ticks; table 'No. | Mobile number "
           "| Name of line user | New SIM serial no.' 1-12 (the last two columns not ours); two "
           "lines for numbers that stay; preferred date DD/MM/YYYY; director 1 (ours: "
           "signature, name, designation, date) and director 2 (not ours); company stamp box.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Savanna Mobile Kenya Ltd", "Riverside Square, Riverside "
                                      "Drive, Nairobi", "Enterprise care 0709 555 000"])
    s.text(40, H4 - 48, "CORPORATE MOBILE NUMBER PORTABILITY", 13, bold=True)
    s.text(40, H4 - 61, "REQUEST FORM  -  port in to Savanna Mobile", 9, bold=True)
    y = H4 - 84
    s.band(40, y, W4 - 80, "A. COMPANY DETAILS", 9)
    y -= 22
    s.blank("Registered company name:", 40, y, 555, "account_name", size=8.5)
    y -= 22
    s.blank("KRA PIN:", 40, y, 250, None, size=8.5)
    s.blank("Certificate of Incorporation No.:", 260, y, 555, None, size=8.5)
    y -= 24
    s.text(40, y, "Physical address", 8, bold=True)
    s.text(310, y, "Postal address", 8, bold=True)
    y -= 20
    s.blank("Building / street:", 40, y, 295, "street", size=8.5)
    s.blank("P.O. Box", 310, y, 420, None, size=8.5)
    s.blank("-", 424, y, 480, None, size=8.5)
    s.blank("Town:", 484, y, 555, None, size=8.5)
    y -= 22
    s.blank("Town:", 40, y, 160, "city", size=8.5)
    s.blank("County:", 170, y, 295, "state", size=8.5)
    y -= 24
    s.blank("Contact person:", 40, y, 250, "authorized_name", size=8.5)
    s.blank("Telephone:", 260, y, 400, "contact_phone", size=8.5)
    s.blank("E-mail:", 410, y, 555, "contact_email", size=8.5)
    y -= 24
    s.band(40, y, W4 - 80, "B. DONOR NETWORK", 9)
    y -= 22
    s.blank("Current (donor) network:", 40, y, 295, "carrier", size=8.5)
    s.blank("Corporate account no.:", 310, y, 555, "account_number", size=8.5)
    y -= 24
    s.band(40, y, W4 - 80, "C. NUMBERS TO BE PORTED", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "All numbers on the corporate account")
    s.tick(260, y, "check:partial_port", "Only the numbers listed below")
    slots = s.slot_group(ordered=True)
    y = numbers_table(s, slots, 40, y - 8, [
        ("Mobile number (07XX XXX XXX)", 150, "number", False),
        ("Name of line user", 180, None, False), ("New SIM serial no.", 161, None, False)],
        rows=12, row_h=15)
    y -= 14
    s.text(40, y, "Numbers remaining with the donor network:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 210, y - 2, 380, 1, 0, stay, "remaining 1")
    lines(s, 390, y - 2, 555, 1, 0, stay, "remaining 2")
    y -= 24
    s.blank("Preferred porting date (DD/MM/YYYY):", 40, y, 250, "requested_date", size=8.5)
    s.text(260, y, "Porting is done overnight; lines may be unavailable for up to two hours.", 7)
    y -= 20
    s.band(40, y, W4 - 80, "D. AUTHORISATION (two directors or a director and the secretary)", 9)
    y = s.para(40, y - 16, "We request that the numbers above be ported to Savanna Mobile Kenya "
               "Ltd and authorise it to request the donor network to release them. We confirm "
               "that all amounts due to the donor network on these numbers will be settled.",
               W4 - 80, 7.5) - 26
    sign_block(s, 40, y, [("Director 1: signature", "signature"),
                          ("Name", "authorized_name")], [170, 170], gap=10)
    y -= 32
    sign_block(s, 40, y, [("Designation", "authorized_title"),
                          ("Date", "date_signed")], [170, 170], gap=10)
    s.frame(405, y - 12, 150, 66)
    s._place((406, y - 11, 554, y + 53), None, what="Company stamp")
    s.text(410, y + 45, "Company stamp", 7)
    y -= 34
    witness_line(s, "Director 2 / Secretary: signature", 40, y, 210)
    under(s, "Name", 220, y, 390, None)
    s.footer("SMK/MNP/CORP/03")
    return s.build()


def _cy(s: Sheet, x: float, y: float, welsh: str, english: str, size: float = 7.5) -> float:
    """A Welsh caption in bold with its English in italics after it; returns the x after."""
    end = s.text(x, y, welsh, size, bold=True) + 4
    s.c.setFont(ITALIC, size - 0.5)
    s.c.drawString(end, y, english)
    return end + float(s.c.stringWidth(english, ITALIC, size - 0.5))


def _cy_line(s: Sheet, x: float, y: float, x1: float, welsh: str, english: str,
             fld: str | None) -> None:
    """A line to write on with its bilingual caption above it."""
    _cy(s, x, y + 14, welsh, english)
    s.line_under(x, y, x1, fld, f"{welsh} / {english}")


def cy_llythyr_awdurdodi_paper() -> Built:
    s = unicode_a4("r18-cy-llythyr-awdurdodi-paper", "GB", "cy", ["r18-cy", "r18-cy-partial"],
                   "Paper, two pages, Cardiff provider's bilingual Letter of Authority: Welsh "
                   "caption first in bold, English in italics beside it, above each line. "
                   "Company, address, town, postcode; current provider, account no., main "
                   "billing number; Bydd / Na fydd on numbers staying (Yes = partial); table "
                   "'Rhif | Math o linell (not ours)' 1-10 on page 1; page 2: company name "
                   "repeated, Atodlen A 11-34 down two columns, the numbers staying on lines, "
                   "requested date DD / MM / BBBB boxes, signature, name, position, date.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Telegraff Cymru Cyf", "Sgwar Callaghan, Caerdydd "
                                      "CF10 5BT", "029 2018 0100"])
    s.text(40, H4 - 46, "LLYTHYR AWDURDODI", 14, bold=True)
    s.c.setFont(ITALIC, 11)
    s.c.drawString(40, H4 - 60, "Letter of Authority - porting your numbers")
    y = H4 - 86
    s.band(40, y, W4 - 80, "1. MANYLION Y CWSMER  /  CUSTOMER DETAILS", 9)
    y -= 28
    _cy_line(s, 40, y, 555, "Enw'r cwmni neu'r cwsmer", "Company or customer name",
             "account_name")
    y -= 32
    _cy_line(s, 40, y, 555, "Cyfeiriad gosod", "Installation address", "street")
    y -= 32
    _cy_line(s, 40, y, 250, "Tref", "Town", "city")
    _cy_line(s, 260, y, 360, "Cod post", "Postcode", "postal_code")
    _cy_line(s, 370, y, 555, "Ffôn cyswllt", "Contact phone", "contact_phone")
    y -= 32
    _cy_line(s, 40, y, 300, "Cyfeiriad e-bost", "E-mail address", "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "2. EICH DARPARWR PRESENNOL  /  YOUR CURRENT PROVIDER", 9)
    y -= 28
    _cy_line(s, 40, y, 200, "Darparwr", "Provider", "carrier")
    _cy_line(s, 210, y, 380, "Rhif cyfrif", "Account number", "account_number")
    _cy_line(s, 390, y, 555, "Prif rif bilio", "Main billing number", "btn")
    y -= 24
    s.band(40, y, W4 - 80, "3. RHIFAU I'W TROSGLWYDDO  /  NUMBERS TO BE PORTED", 9)
    y -= 18
    end = _cy(s, 40, y, "A fydd unrhyw rifau'n aros gyda'ch darparwr?",
              "Will any numbers stay with your provider?")
    s.tick(end + 10, y - 1, "check:partial_port", "Bydd / Yes")
    s.tick(end + 80, y - 1, "check:full_port", "Na fydd / No")
    slots = s.slot_group(ordered=True)
    top = y - 10
    for first, x in ((1, 40), (6, 300)):
        numbers_table(s, slots, x, top, [("Rhif ffôn / Number", 130, "number", False),
                                          ("Math o linell / Line type", 101, None, False)],
                      rows=5, first=first, row_h=16, head="#")
    y = top - 16 * 6 - 12
    _cy(s, 40, y, "Mwy o rifau? Defnyddiwch Atodlen A (tudalen 2).",
        "More numbers? Use Schedule A (page 2).", 7)
    y -= 26
    end = _cy(s, 40, y, "Ydych chi'n symud i safle newydd?", "Are you moving to new premises?")
    s.tick(end + 10, y - 1, None, "Ydw / Yes")
    s.tick(end + 80, y - 1, None, "Nac ydw / No")
    y -= 24
    s.band(40, y, W4 - 80, "GWYBODAETH BWYSIG  /  IMPORTANT INFORMATION", 9)
    y = s.para(40, y - 18, "Rhaid i'r manylion gyd-fynd yn union â'ch bil diweddaraf. Bydd "
               "unrhyw wasanaethau eraill ar y rhifau a drosglwyddir (band eang, llinellau "
               "larwm, cyfeiriadur) yn dod i ben gyda'ch darparwr presennol.", W4 - 80, 7.5)
    s.para(40, y, "The details must match your latest bill exactly. Any other services on the "
           "ported numbers (broadband, alarm lines, directory entries) will end with your "
           "current provider.", W4 - 80, 7.5)
    s.footer("TC-LOA-D  1/2   Rhaid llofnodi tudalen 2  /  Please sign page 2")
    s.next_page()
    y = H4 - 56
    s.text(40, y, "LLYTHYR AWDURDODI  -  tudalen 2", 12, bold=True)
    y -= 32
    _cy_line(s, 40, y, 400, "Enw'r cwmni", "Company name", "account_name")
    y -= 26
    s.band(40, y, W4 - 80, "ATODLEN A  /  SCHEDULE A", 9)
    numbered_slots(s, slots, 40, y - 22, cols=2, rows=12, col_w=(W4 - 80) / 2, first=11,
                   row_h=17)
    y -= 22 + 12 * 17 + 6
    _cy(s, 40, y, "Rhifau a fydd yn aros:", "Numbers that will stay:")
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 20, 290, 2, 18, stay, "aros, chwith")
    lines(s, 305, y - 20, 555, 2, 18, stay, "aros, dde")
    y -= 66
    end = _cy(s, 40, y + 4, "Dyddiad trosglwyddo dymunol", "Requested port date")
    date_parts(s, end + 12, y, [("DD", 24, "requested_day"), ("MM", 24, "requested_month"),
                                ("BBBB / YYYY", 44, "requested_year")])
    y -= 30
    s.band(40, y, W4 - 80, "4. AWDURDOD  /  AUTHORITY", 9)
    y = s.para(40, y - 18, "Rwy'n awdurdodi Telegraff Cymru Cyf i drosglwyddo'r rhifau uchod "
               "ac i ofyn i'm darparwr presennol ddod â'r gwasanaeth ar y rhifau hynny i ben.",
               W4 - 80, 7.5)
    y = s.para(40, y, "I authorise Telegraff Cymru Cyf to port the numbers above and to ask my "
               "current provider to end its service on those numbers. I am authorised to sign "
               "for the account holder.", W4 - 80, 7.5) - 30
    sign_block(s, 40, y, [("Llofnod / Signature", "signature"),
                          ("Dyddiad / Date", "date_signed")], [300, 200])
    y -= 38
    sign_block(s, 40, y, [("Enw (priflythrennau) / Name (capitals)", "authorized_name"),
                          ("Swydd / Position", "authorized_title")], [300, 200])
    office_panel(s, 40, 50, W4 - 80, "AT DDEFNYDD Y SWYDDFA / OFFICE USE",
                 ["Cyfeirnod / Ref", "Dyddiad / Date", "Gan / By"], h=40)
    s.footer("TC-LOA-D  2/2")
    return s.build()


def ti_portabilita_fillable() -> Built:
    s = a4("r18-ti-portabilita-fillable", "CH", "it", ["r18-ti", "r18-ti-partial"],
           "Fillable, Ticino richiesta di portabilità in Italian with widgets named in German "
           "(translated form): Firma = ragione sociale, UID not ours, Strasse, PLZ = NPA, Ort = "
           "Località, Kanton drop-down, Kontaktperson / Funktion / Telefon / EMail, Anbieter, "
           "Kundennummer, Anschlussart radio not ours, Hauptnummer, alle / einzelne radio, "
           "number blocks 'da / a' (empty), Rufnummer1..10, Verbleibend (one widget), "
           "Wunschdatum gg.mm.aaaa, 'Datum' (date signed), legally binding signature line with "
           "stamp, Ort_Unterschrift (luogo, not ours).")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["TicinoNet SA", "Via Cantonale 18, 6900 Lugano",
                                      "Servizio clienti aziendali 091 605 51 00"])
    s.text(40, H4 - 48, "Richiesta di portabilità del numero", 14, bold=True)
    s.text(40, H4 - 62, "Mandato al nuovo provider (TicinoNet SA)  -  rete fissa", 8.5)
    y = H4 - 86
    s.band(40, y, W4 - 80, "1  Cliente", 9)
    y -= 32
    above(s, "Ditta / Ragione sociale", "Firma", 40, y, 345, "account_name")
    above(s, "N. IDI (UID)", "UID", 395, y, 160, None)
    y -= 30
    above(s, "Via e numero", "Strasse", 40, y, 300, "street")
    above(s, "NPA", "PLZ", 350, y, 50, "postal_code")
    above(s, "Località", "Ort", 410, y, 100, "city")
    s.text(520, y + 18, "Cantone", 7.5, bold=True)
    choice_widget(s, "Kanton", 520, y, 35, _CANTONI, "state")
    y -= 30
    above(s, "Persona di contatto", "Kontaktperson", 40, y, 170, "authorized_name")
    above(s, "Funzione", "Funktion", 220, y, 100, "authorized_title")
    above(s, "Telefono", "Telefon", 330, y, 90, "contact_phone")
    above(s, "E-mail", "EMail", 430, y, 125, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "2  Provider attuale", 9)
    y -= 32
    above(s, "Provider attuale", "Anbieter", 40, y, 200, "carrier")
    above(s, "Numero cliente", "Kundennummer", 250, y, 150, "account_number")
    above(s, "Numero principale", "Hauptnummer", 410, y, 145, "btn")
    y -= 20
    s.text(40, y + 1, "Tipo di collegamento:", 8)
    radio_row(s, "Anschlussart", 135, y, [("analog", "analogico", None),
                                          ("isdn", "ISDN", None), ("voip", "VoIP / SIP", None)])
    y -= 24
    s.band(40, y, W4 - 80, "3  Numeri da trasferire", 9)
    y -= 18
    radio_row(s, "Umfang", 40, y, [("alle", "Tutti i numeri del collegamento",
                                    "check:full_port"),
                                   ("einzelne", "Solo i numeri elencati", "check:partial_port")])
    y -= 14
    s.text(40, y - 2, "Blocchi di numeri (DDI)", 7.5, bold=True)
    for r in range(2):
        ry = y - 20 - r * 18
        s.text(40, ry + 4, "da", 7.5)
        s.widget(f"Block{r + 1}_von", 55, ry, 120, 14, None)
        s.text(182, ry + 4, "a", 7.5)
        s.widget(f"Block{r + 1}_bis", 192, ry, 120, 14, None)
    s.text(330, y - 2, "Numeri singoli", 7.5, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 320, y - 20, cols=2, rows=5, col_w=117.5, row_h=17,
                   names=[f"Rufnummer{n}" for n in (1, 6, 2, 7, 3, 8, 4, 9, 5, 10)])
    y -= 20 + 5 * 17 + 16
    above(s, "Numeri che restano presso il provider attuale", "Verbleibend", 40, y, 515,
          "remaining_numbers")
    y -= 30
    above(s, "Data di portabilità desiderata (gg.mm.aaaa)", "Wunschdatum", 40, y, 110,
          "requested_date")
    s.text(170, y + 4, "Solo giorni lavorativi; almeno 5 giorni dopo la ricezione del mandato.",
           7)
    y -= 24
    s.band(40, y, W4 - 80, "4  Mandato e firma", 9)
    y = s.para(40, y - 18, "Il cliente incarica TicinoNet SA di trasferire i numeri indicati "
               "e di disdire, per suo conto e limitatamente a tali numeri, il contratto con il "
               "provider attuale. Eventuali costi del provider attuale restano a carico del "
               "cliente.", W4 - 80, 7.5) - 34
    above(s, "Luogo", "Ort_Unterschrift", 40, y, 110, None)
    above(s, "Data", "Datum", 160, y, 80, "date_signed")
    s.sign_line("Firma giuridicamente valida e timbro della ditta", 260, y, 555,
                label_below=True)
    s.footer("TN-PORT-I  03.2026")
    return s.build()


def pe_portabilidad_partly() -> Built:
    s = a4("r18-pe-portabilidad-partly", "PE", "es", ["r18-pe", "r18-pe-partial"],
           "Partly fillable, Peruvian solicitud de portabilidad numérica (telefonía fija). "
           "Widgets CampoN: nombre / razón social, RUC (not ours), dirección, distrito, "
           "provincia (optional, not in the case), departamento, teléfono and correo de "
           "contacto, representante legal, DNI (not ours), cargo, concesionario cedente, "
           "código de cliente. On paper: todas / sólo ticks, 'N° | Código de ciudad | Número' "
           "rows 1-10 (area code per row), two lines for numbers that stay, fecha solicitada "
           "and fecha de firma in dd / mm / aaaa boxes, signature beside a huella digital box "
           "(not ours).")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    t = _names("Campo{n}")
    letterhead(s, W4 - 40, H4 - 40, ["Inca Telecom S.A.C.", "Av. Javier Prado Este 2465, "
                                      "San Borja, Lima", "Central empresas (01) 605 5100"])
    s.text(40, H4 - 48, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 14, bold=True)
    s.text(40, H4 - 62, "Servicio de telefonía fija  -  Concesionario receptor: Inca Telecom "
           "S.A.C.", 8)
    y = H4 - 86
    s.band(40, y, W4 - 80, "I. DATOS DEL ABONADO", 9)
    y -= 32
    above(s, "Nombre / Razón social", next(t), 40, y, 360, "account_name")
    above(s, "RUC", next(t), 410, y, 145, None)
    y -= 30
    above(s, "Dirección (av. / calle / jr., número, oficina)", next(t), 40, y, 515, "street")
    y -= 30
    above(s, "Distrito", next(t), 40, y, 165, "city")
    above(s, "Provincia", next(t), 215, y, 165, None, optional=True)
    above(s, "Departamento", next(t), 390, y, 165, "state")
    y -= 30
    above(s, "Teléfono de contacto", next(t), 40, y, 165, "contact_phone")
    above(s, "Correo electrónico", next(t), 215, y, 340, "contact_email")
    y -= 30
    above(s, "Representante legal", next(t), 40, y, 250, "authorized_name")
    above(s, "DNI / C.E.", next(t), 300, y, 90, None)
    above(s, "Cargo", next(t), 400, y, 155, "authorized_title")
    y -= 24
    s.band(40, y, W4 - 80, "II. CONCESIONARIO CEDENTE", 9)
    y -= 32
    above(s, "Concesionario cedente (actual)", next(t), 40, y, 250, "carrier")
    above(s, "Código de cliente / N° de contrato", next(t), 300, y, 255, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "III. NÚMEROS A PORTAR (llenar a mano)", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Todas las líneas del contrato")
    s.tick(230, y, "check:partial_port", "Sólo las líneas indicadas")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Número after its Código de ciudad
    top = y - 10
    area_code_rows(s, slots, 40, top, 1, 5, "Código de ciudad", "Código de ciudad", 76)
    area_code_rows(s, slots, 300, top, 6, 5, "Código de ciudad", "Código de ciudad", 76)
    y = top - 16 * 6 - 16
    s.text(40, y, "Líneas que se mantienen con el concesionario cedente:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 250, y - 2, 400, 1, 0, stay, "se mantiene 1")
    lines(s, 410, y - 2, 555, 1, 0, stay, "se mantiene 2")
    y -= 30
    s.text(40, y + 4, "Fecha solicitada para la portabilidad:", 8)
    date_parts(s, 210, y, [("dd", 24, "requested_day"), ("mm", 24, "requested_month"),
                           ("aaaa", 40, "requested_year")])
    y -= 30
    s.band(40, y, W4 - 80, "IV. DECLARACIÓN Y FIRMA", 9)
    y = s.para(40, y - 18, "El abonado solicita la portabilidad de las líneas indicadas al "
               "concesionario receptor y lo autoriza a realizar ante el concesionario cedente "
               "los trámites necesarios, conforme al Reglamento de Portabilidad Numérica en el "
               "Servicio Público Móvil y el Servicio de Telefonía Fija. Declara no tener deuda "
               "exigible con el concesionario cedente.", W4 - 80, 7.5) - 16
    s.text(40, y - 12, "Fecha:", 8)
    date_parts(s, 72, y - 16, [("dd", 24, "date_signed_day"), ("mm", 24, "date_signed_month"),
                               ("aaaa", 40, "date_signed_year")])
    s.sign_line("Firma del abonado o representante legal", 250, y - 40, 440, label_below=True)
    s.frame(470, y - 50, 85, 64)
    s._place((471, y - 49, 554, y + 13), None, what="Huella digital")
    s.text(485, y - 60, "Huella digital", 6.5)
    office_panel(s, 40, 50, W4 - 80, "PARA USO DEL CONCESIONARIO RECEPTOR",
                 ["N° de solicitud", "Asesor", "Fecha de portación"])
    s.footer("IT-SPN-F  v2.1")
    return s.build()


FORMS = {
    "r18-ke-corporate-mnp-paper": ke_corporate_mnp_paper,
    "r18-cy-llythyr-awdurdodi-paper": cy_llythyr_awdurdodi_paper,
    "r18-ti-portabilita-fillable": ti_portabilita_fillable,
    "r18-pe-portabilidad-partly": pe_portabilidad_partly,
}
