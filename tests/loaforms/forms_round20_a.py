"""Round 20, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A US enterprise toll-free provider's RespOrg change LOA, fillable over two pages: widgets
  named "fill_N" in the order the designer drew them, two whose names lie ("Company" holds the
  contact's name, "Contact" the company's), the current RespOrg ID and the customer's federal
  tax ID not ours, a state drop-down, a radio group "Group7" whose values say nothing
  (Choice1 / Choice2), a table "Toll-free number | Ring-to number | Current RespOrg ID" 1-10
  whose other columns are not ours, an Attachment A of numbers 11-40 numbered across the rows,
  the numbers that stay in one widget, a signature widget beside a note refusing stamps.
- A Saskatchewan CLEC's paper LOA in English: captions under the lines, the province and postal
  code with their labels inside their boxes, a rural land location not ours, business /
  residential ticks, an "Area code | Telephone number" table 1-10 with the area code per row,
  lines for the numbers that stay, the requested date inside a sentence (YYYY-MM-DD), the
  signature block under its lines, a witness's line not ours, an office panel.
- An Ecuadorian fillable solicitud de portabilidad numérica: widgets with Spanish names, the
  cédula / RUC not ours, a Provincia drop-down, the operador donante in a drop-down, a prepago /
  pospago radio (not ours), "N° | Código de provincia | Número" widgets 1-8 with the area code
  per row, total / parcial checkboxes, fecha dd/mm/aaaa, a signature line without a widget and a
  huella box not ours, an office panel of widgets.
- A Turkish partly fillable numara taşıma başvuru formu in an embedded Unicode font (ğ, ş, ı,
  İ): widgets "Metin N" for the subscriber (T.C. kimlik no and vergi dairesi / vergi no not
  ours; İl is the province, İlçe the district), the verici işletmeci and abone numarası; on
  paper: tümü / yalnızca aşağıdakiler ticks, "Sıra | Alan kodu | Telefon numarası" rows 1-12
  with the area code per row, the requested date in gg . aa . yyyy boxes, "Tarih" and "İmza /
  Kaşe", a second authorised signer's block not ours, an office panel.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import Gap, date_parts, numbers_table, sentence
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, sign_block, unicode_a4, witness_line
from tests.loaforms.round20_kit import across_widgets, code_rows, label_in_box, letterhead

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
_STATES = ["AL", "AZ", "CA", "CO", "FL", "GA", "IL", "MN", "NY", "OH", "TX", "WI"]
_PROVINCIAS = ["Azuay", "Chimborazo", "El Oro", "Esmeraldas", "Guayas", "Imbabura", "Loja",
               "Los Ríos", "Manabí", "Pichincha", "Santa Elena", "Tungurahua"]
_DONANTES = ["CNT EP", "CONECEL S.A. (Claro)", "OTECEL S.A. (Movistar)"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def us_tollfree_resporg_fillable() -> Built:
    s = letter("r20-us-tollfree-resporg-fillable", "US", "en", ["r20-tf", "r20-tf-partial"],
               "Fillable, two pages, a US enterprise toll-free provider's RespOrg change LOA. "
               "Widgets fill_N, two lying names (Company holds the contact, Contact the "
               "company); federal tax ID and current RespOrg ID not ours; state drop-down; radio "
               "Group7 Choice1 (all) / Choice2 (only listed); table 'Toll-free number | Ring-to "
               "number | Current RespOrg ID' 1-10 (other columns not ours); Attachment A 11-40 "
               "numbered across the rows; numbers staying in one widget; effective date "
               "MM/DD/YYYY; signature widget; office panel.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    f = _names("fill_{n}")
    letterhead(s, WL - 40, HL - 40, ["Meridian Enterprise Voice, Inc.",
                                      "Toll-Free Services, 200 S Wacker Dr",
                                      "Chicago, IL 60606  -  1-800-555-0166"])
    s.text(40, HL - 48, "Toll-Free Letter of Agency", 16, bold=True)
    s.text(40, HL - 62, "RespOrg change and toll-free number porting", 8.5)
    y = s.para(40, HL - 82, "Complete every field as it appears on the invoice of your current "
               "toll-free service provider. This LOA must be signed and dated within 30 days "
               "of submission. Stamped or typed signatures are not accepted.", WL - 80, 7.5) - 4
    s.band(40, y, WL - 80, "A.  CUSTOMER", 9)
    y -= 34
    s.text(40, y + 18, "Company name (as on the toll-free invoice)", 7.5, bold=True)
    s.widget("Contact", 40, y, 330, 15, "account_name")
    above(s, "Federal Tax ID", next(f), 380, y, 192, None)
    y -= 30
    s.text(40, y + 18, "Authorized contact", 7.5, bold=True)
    s.widget("Company", 40, y, 170, 15, "authorized_name")
    above(s, "Title", next(f), 220, y, 110, "authorized_title")
    above(s, "Telephone", next(f), 340, y, 100, "contact_phone")
    above(s, "E-mail", next(f), 450, y, 122, "contact_email")
    y -= 30
    above(s, "Service address (street and suite)", next(f), 40, y, 330, "street")
    y -= 30
    above(s, "City", next(f), 40, y, 200, "city")
    s.text(250, y + 18, "State", 7.5, bold=True)
    choice_widget(s, next(f), 250, y, 50, _STATES, "state")
    above(s, "ZIP", next(f), 310, y, 80, "postal_code")
    y -= 26
    s.band(40, y, WL - 80, "B.  CURRENT TOLL-FREE SERVICE PROVIDER", 9)
    y -= 34
    above(s, "Current provider", next(f), 40, y, 200, "carrier")
    above(s, "Account number", next(f), 250, y, 160, "account_number")
    above(s, "Current RespOrg ID", next(f), 420, y, 152, None)
    y -= 26
    s.band(40, y, WL - 80, "C.  TOLL-FREE NUMBERS", 9)
    y -= 20
    radio_row(s, "Group7", 40, y, [
        ("Choice1", "All toll-free numbers on the account", "check:full_port"),
        ("Choice2", "Only the numbers listed below", "check:partial_port")])
    slots = s.slot_group(ordered=True)
    y = numbers_table(s, slots, 40, y - 8, [
        ("Toll-free number", 170, "number", False), ("Ring-to number", 170, None, False),
        ("Current RespOrg ID", 168, None, False)], rows=10, row_h=17, head="#",
        widgets=[next(f) for _ in range(30)])
    s.text(40, y - 10, "More than 10 numbers: list them on Attachment A (page 2).", 7)
    y -= 44
    above(s, "Toll-free numbers staying with the current provider (partial ports)", next(f),
          40, y, WL - 80, "remaining_numbers")
    y -= 30
    above(s, "Requested effective date (MM/DD/YYYY)", next(f), 40, y, 140, "requested_date")
    s.footer("MEV-TF-LOA  rev. 03/2026   Page 1 of 2")
    s.next_page()
    y = HL - 56
    s.text(40, y, "Attachment A  -  additional toll-free numbers", 12, bold=True)
    y -= 34
    above(s, "Company name", next(f), 40, y, 330, "account_name")
    y -= 22
    y = across_widgets(s, slots, 40, y, cols=3, rows=10, col_w=(WL - 80) / 3, first=11,
                       names=f) - 10
    s.band(40, y, WL - 80, "D.  AUTHORIZATION", 9)
    y = s.para(40, y - 18, "The customer named above authorizes Meridian Enterprise Voice, "
               "Inc. to act as its agent to change the Responsible Organization of the toll-free "
               "numbers listed on this LOA and its attachment and to port them to its network. "
               "The customer remains responsible for charges of its current provider until the "
               "change completes.", WL - 80, 8) - 40
    s.widget(next(f), 40, y, 280, 24, "signature")
    s.text(40, y - 9, "Authorized signature (no stamps)", 6.5)
    s.widget(next(f), 340, y, 110, 15, "date_signed")
    s.text(340, y - 9, "Date signed (MM/DD/YYYY)", 6.5)
    y -= 36
    s.widget(next(f), 40, y, 280, 15, "authorized_name")
    s.text(40, y - 9, "Printed name", 6.5)
    s.widget(next(f), 340, y, 232, 15, "authorized_title")
    s.text(340, y - 9, "Title", 6.5)
    office_panel(s, 40, 60, WL - 80, "MERIDIAN USE ONLY",
                 ["New RespOrg ID", "Order #", "Account exec"], widgets=_names("office_{n}"))
    s.footer("MEV-TF-LOA  rev. 03/2026   Page 2 of 2")
    return s.build()


def sk_loa_paper() -> Built:
    s = letter("r20-sk-loa-paper", "CA", "en", ["r20-sk", "r20-sk-partial"],
               "Paper, Saskatchewan CLEC, English. Captions under the lines; Province and Postal "
               "code with their labels inside their boxes; land location (rural) not ours; "
               "business / residential ticks; current provider, account number, BTN; all / "
               "listed ticks; 'Area code | Telephone number' rows 1-10 (area code per row); "
               "lines for the numbers that stay; requested date inside a sentence (YYYY-MM-DD); "
               "signature block under its lines; witness line not ours; office panel.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    letterhead(s, WL - 40, HL - 40, ["Prairie Link Communications Inc.", "2025 Victoria Ave",
                                      "Regina, SK  S4P 0S1", "306-555-0100"])
    s.text(40, HL - 46, "LETTER OF AUTHORIZATION", 14, bold=True)
    s.text(40, HL - 60, "Local number portability - transfer of service", 8.5)
    y = HL - 86
    s.band(40, y, WL - 80, "CUSTOMER INFORMATION", 9)
    y -= 28
    under(s, "Customer name (exactly as shown on your current bill)", 40, y, 572, "account_name")
    y -= 34
    under(s, "Service address (street number and name, unit)", 40, y, 330, "street")
    under(s, "City / Town", 340, y, 572, "city")
    y -= 46
    label_in_box(s, "Province", 40, y, 90, "state")
    label_in_box(s, "Postal code", 136, y, 90, "postal_code")
    label_in_box(s, "Land location if rural (e.g. NE-12-34-5-W2)", 232, y, 190, None,
                 optional=True)
    label_in_box(s, "Contact telephone", 428, y, 144, "contact_phone")
    y -= 20
    s.tick(40, y, "check:business", "Business")
    s.tick(120, y, "check:residential", "Residential")
    y -= 28
    under(s, "Current local service provider", 40, y, 240, "carrier")
    under(s, "Account number", 250, y, 420, "account_number")
    under(s, "Billing telephone number (BTN)", 430, y, 572, "btn")
    y -= 28
    s.band(40, y, WL - 80, "NUMBERS TO TRANSFER", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "All numbers on the account")
    s.tick(220, y, "check:partial_port", "Only the numbers listed below")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Telephone number after its Area code
    top = y - 8
    code_rows(s, slots, 40, top, 1, 5, ("#", "Area code", "Telephone number"), (24, 60, 172))
    code_rows(s, slots, 316, top, 6, 5, ("#", "Area code", "Telephone number"), (24, 60, 172))
    y = top - 16 * 6 - 18
    s.text(40, y, "Numbers staying with the current provider:", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 300, 2, 18, stay, "staying, left")
    lines(s, 316, y - 18, 572, 2, 18, stay, "staying, right")
    y -= 66
    sentence(s, 40, y, ["Please transfer the numbers above on or after",
                        Gap(90, "requested_date", "requested date"),
                        "(YYYY-MM-DD), or on the first date the current provider allows."],
             size=8.5, right=572)
    y -= 26
    s.band(40, y, WL - 80, "AUTHORIZATION", 9)
    y = s.para(40, y - 16, "I authorize Prairie Link Communications Inc. to act as my agent to "
               "transfer the telephone numbers above from my current provider and to cancel "
               "their service with it. I am the account holder or am authorized to act for the "
               "account holder. I will not cancel my service before the transfer completes.",
               WL - 80, 7.5) - 28
    sign_block(s, 40, y, [("Signature of account holder or authorized person", "signature"),
                          ("Date (YYYY-MM-DD)", "date_signed")], [330, 188])
    y -= 36
    sign_block(s, 40, y, [("Print name", "authorized_name"), ("Title", "authorized_title")],
               [330, 188])
    y -= 40
    witness_line(s, "Witness (Prairie Link representative)", 40, y, 300)
    under(s, "Witness name", 316, y, 572, None)
    office_panel(s, 40, 44, WL - 80, "OFFICE USE ONLY",
                 ["PON", "Due date", "Rep ID"], h=40)
    s.footer("PLC-LOA-SK  2026-02")
    return s.build()


def ec_portabilidad_fillable() -> Built:
    s = a4("r20-ec-portabilidad-fillable", "EC", "es", ["r20-ec", "r20-ec-partial"],
           "Fillable, Ecuadorian solicitud de portabilidad numérica. Spanish widget names; "
           "cédula / RUC not ours; Provincia drop-down; operador donante drop-down; prepago / "
           "pospago radio not ours; total / parcial checkboxes; 'N° | Código de provincia | "
           "Número' widgets 1-8 (area code per row); numbers that stay in two widgets; fecha "
           "dd/mm/aaaa; lugar (not ours) beside it; signature line without a widget and a "
           "huella box not ours; office panel of widgets.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Andes Conecta S.A.", "Av. República de El Salvador N34-183",
                                      "Quito  -  1800 555 014"])
    s.text(40, H4 - 48, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 14, bold=True)
    s.text(40, H4 - 62, "Operador receptor: Andes Conecta S.A.", 8)
    y = H4 - 88
    s.band(40, y, W4 - 80, "1. DATOS DEL ABONADO", 9)
    y -= 32
    above(s, "Nombres y apellidos / Razón social", "nombre_abonado", 40, y, 370, "account_name")
    above(s, "Cédula / RUC", "cedula_ruc", 420, y, 135, None)
    y -= 30
    above(s, "Representante legal", "representante", 40, y, 250, "authorized_name")
    above(s, "Cargo", "cargo", 300, y, 255, "authorized_title")
    y -= 30
    above(s, "Dirección (calle principal, número, calle secundaria, oficina)", "direccion", 40,
          y, 515, "street")
    y -= 30
    above(s, "Ciudad", "ciudad", 40, y, 170, "city")
    s.text(220, y + 18, "Provincia", 7.5, bold=True)
    choice_widget(s, "provincia", 220, y, 130, _PROVINCIAS, "state")
    above(s, "Teléfono de contacto", "telefono_contacto", 360, y, 195, "contact_phone")
    y -= 30
    above(s, "Correo electrónico", "correo", 40, y, 310, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "2. OPERADOR DONANTE", 9)
    y -= 32
    s.text(40, y + 18, "Operador donante", 7.5, bold=True)
    choice_widget(s, "operador_donante", 40, y, 200, _DONANTES, "carrier")
    above(s, "N° de cuenta / contrato", "cuenta", 250, y, 150, "account_number")
    s.text(410, y + 18, "Modalidad", 7.5, bold=True)
    radio_row(s, "modalidad", 410, y + 3, [("pre", "Prepago", None), ("pos", "Pospago", None)],
              gap=8)
    y -= 24
    s.band(40, y, W4 - 80, "3. NÚMEROS A PORTAR", 9)
    y -= 18
    s.checkbox("total", 40, y, "check:full_port", "Total: todos los números del contrato")
    s.checkbox("parcial", 280, y, "check:partial_port", "Parcial: sólo los números indicados")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Número after its Código de provincia
    top = y - 8
    heads = ("N°", "Código de provincia", "Número")
    code_rows(s, slots, 40, top, 1, 4, heads, (24, 80, 152), widgets=_names("num_{n}"))
    code_rows(s, slots, 300, top, 5, 4, heads, (24, 80, 151), widgets=_names("num_b{n}"))
    y = top - 16 * 5 - 18
    s.text(40, y, "Números que se mantienen con el operador donante (portabilidad parcial):",
           7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((40, 300)):
        s.widget(f"mantiene_{k + 1}", x, y - 20, 255, 14, None)
        s.places.pop()
        s.slot(stay, (x, y - 20, x + 255, y - 6), f"mantiene {k + 1}", f"mantiene_{k + 1}")
    y -= 40
    s.band(40, y, W4 - 80, "4. DECLARACIÓN", 9)
    y = s.para(40, y - 18, "Solicito la portabilidad de los números indicados al operador "
               "receptor y lo autorizo a realizar ante el operador donante los trámites "
               "necesarios, incluida la terminación del servicio de esos números. Declaro que "
               "la información proporcionada es verdadera.", W4 - 80, 7.5) - 30
    above(s, "Lugar", "lugar", 40, y, 120, None)
    above(s, "Fecha (dd/mm/aaaa)", "fecha", 170, y, 100, "date_signed")
    s.sign_line("Firma del abonado o representante legal", 290, y, 470, label_below=True)
    s.box(490, y - 4, 60, 50, None, "Huella dactilar")
    s.text(494, y - 12, "Huella", 6.5)
    office_panel(s, 40, 50, W4 - 80, "PARA USO DEL OPERADOR RECEPTOR",
                 ["N° de solicitud", "Asesor", "Fecha de portación"], widgets=_names("op_{n}"))
    s.footer("AC-SPN-02  v4")
    return s.build()


def tr_numara_tasima_partly() -> Built:
    s = unicode_a4("r20-tr-numara-tasima-partly", "TR", "tr", ["r20-tr", "r20-tr-partial"],
                   "Partly fillable, Turkish, embedded Unicode font. Widgets 'Metin N': "
                   "adı soyadı / unvanı, T.C. kimlik no (not ours), vergi dairesi and vergi no "
                   "(not ours), adres, İlçe (district: the city), İl (province: the state), "
                   "posta kodu, iletişim telefonu, e-posta, yetkili and unvanı, verici "
                   "işletmeci, abone numarası. On paper: tümü / yalnızca ticks, 'Sıra | Alan "
                   "kodu | Telefon numarası' rows 1-12 (area code per row), numbers that stay on "
                   "lines, requested date in gg . aa . yyyy boxes, Tarih and İmza / Kaşe, a "
                   "second authorised signer not ours, an office panel.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    t = _names("Metin {n}")
    letterhead(s, W4 - 40, H4 - 40, ["Boğaziçi Telekom A.Ş.", "Büyükdere Cad. No: 185, Levent",
                                      "34394 Şişli / İstanbul  -  0850 555 01 40"])
    s.text(40, H4 - 48, "NUMARA TAŞIMA BAŞVURU FORMU", 15, bold=True)
    s.text(40, H4 - 62, "Sabit telefon hizmeti  -  alıcı işletmeci: Boğaziçi Telekom A.Ş.", 8)
    y = H4 - 88
    s.band(40, y, W4 - 80, "1. ABONE BİLGİLERİ", 9)
    y -= 32
    above(s, "Adı Soyadı / Unvanı", next(t), 40, y, 330, "account_name")
    above(s, "T.C. Kimlik No", next(t), 380, y, 175, None)
    y -= 30
    above(s, "Vergi Dairesi", next(t), 40, y, 200, None)
    above(s, "Vergi No", next(t), 250, y, 120, None)
    above(s, "İletişim Telefonu", next(t), 380, y, 175, "contact_phone")
    y -= 30
    above(s, "Adres (mahalle, cadde / sokak, no, daire)", next(t), 40, y, 515, "street")
    y -= 30
    above(s, "İlçe", next(t), 40, y, 150, "city")
    above(s, "İl", next(t), 200, y, 150, "state")
    above(s, "Posta Kodu", next(t), 360, y, 70, "postal_code")
    above(s, "E-posta", next(t), 440, y, 115, "contact_email")
    y -= 30
    above(s, "Yetkili Kişi Adı Soyadı", next(t), 40, y, 250, "authorized_name")
    above(s, "Unvanı", next(t), 300, y, 255, "authorized_title")
    y -= 24
    s.band(40, y, W4 - 80, "2. VERİCİ İŞLETMECİ (mevcut işletmeci)", 9)
    y -= 32
    above(s, "Verici İşletmeci", next(t), 40, y, 250, "carrier")
    above(s, "Abone / Müşteri Numarası", next(t), 300, y, 255, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "3. TAŞINACAK NUMARALAR", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Hesaptaki numaraların tümü")
    s.tick(250, y, "check:partial_port", "Yalnızca aşağıda yazılı numaralar")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Telefon numarası after its Alan kodu
    top = y - 8
    heads = ("Sıra", "Alan kodu", "Telefon numarası")
    code_rows(s, slots, 40, top, 1, 6, heads, (30, 60, 165))
    code_rows(s, slots, 300, top, 7, 6, heads, (30, 60, 165))
    y = top - 16 * 7 - 18
    s.text(40, y, "Verici işletmecide kalacak numaralar (kısmi taşıma):", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 2, 18, stay, "kalacak, sol")
    lines(s, 305, y - 18, 555, 2, 18, stay, "kalacak, sağ")
    y -= 62
    s.text(40, y + 4, "Talep edilen taşıma tarihi:", 8)
    date_parts(s, 170, y, [("gg", 24, "requested_day"), ("aa", 24, "requested_month"),
                           ("yyyy", 40, "requested_year")], sep=".")
    y -= 28
    s.band(40, y, W4 - 80, "4. ABONE BEYANI", 9)
    y = s.para(40, y - 18, "Yukarıda yazılı numaralarımın alıcı işletmeciye taşınmasını talep "
               "ediyor, alıcı işletmeciyi bu amaçla verici işletmeci nezdinde işlem yapmaya "
               "yetkilendiriyorum. Taşıma tamamlanana kadar verici işletmecideki aboneliğimi "
               "iptal etmeyeceğimi beyan ederim.", W4 - 80, 7.5) - 28
    sign_block(s, 40, y, [("Tarih (gg.aa.yyyy)", "date_signed"),
                          ("Abone / Yetkili İmza / Kaşe", "signature")], [150, 250])
    y -= 40
    s.text(40, y + 6, "İkinci yetkili (münferit imza yetkisi yoksa):", 7.5, bold=True)
    y -= 22
    under(s, "Adı Soyadı", 40, y, 250, None)
    witness_line(s, "İmza", 270, y, 450)
    office_panel(s, 40, 50, W4 - 80, "İŞLETMECİ KULLANIMINA AYRILMIŞTIR",
                 ["Başvuru No", "Bayi Kodu", "Onay Tarihi"], h=40)
    s.footer("BT-NTBF  03/2026")
    return s.build()


FORMS = {
    "r20-us-tollfree-resporg-fillable": us_tollfree_resporg_fillable,
    "r20-sk-loa-paper": sk_loa_paper,
    "r20-ec-portabilidad-fillable": ec_portabilidad_fillable,
    "r20-tr-numara-tasima-partly": tr_numara_tasima_partly,
}
