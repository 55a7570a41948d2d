"""Round 34, first batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Paraná fillable solicitação in Brazilian Portuguese with every label stacked over its Polish
  twin (a Curitiba provider for the Polish-Brazilian community), grey placeholder values typed
  into the widgets ('Nome completo / Imię i nazwisko', 'DD/MM/AAAA', '00000-000'), the contact
  phone and each number to port split over widgets '( DDD ) ____ - ____', a CPF / CNPJ not ours.
- A Mendoza paper solicitud in Spanish with Italian after each slash, footnote-marked labels
  ('N° de cuenta²', 'Teléfono de contacto*') explained at the page's foot, the signing date in
  words ('a los ___ días del mes de ________ de 20__') and two signature blocks: the holder's
  (ours) and a witness's (testigo / testimone, not ours).
- A South Dakota flat paper letter of agency in English and Czech with check boxes printed as
  glyphs (☐) in its text layer, captions under the lines and one label after its blank
  ('__________ account number / číslo účtu'), a numbers table 1-10 continued on page 2 (11-30,
  'continued / pokračování') where the thirteen-number case's last three go.
- A Vientiane paper form wholly in Lao: a script PortDesk cannot read; it must say so (and offer
  placing by hand), never guess. Split date and number boxes.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round26_kit import placeholder_widget
from tests.loaforms.round28_kit import bi, tf
from tests.loaforms.round32_kit import own_letterhead
from tests.loaforms.round34_kit import (
    footnote_label,
    glyph_tick,
    label_after,
    split_boxes,
    split_widgets,
    unicode_a4,
    unicode_letter,
    words_date,
)

Built = tuple[bytes, dict[str, Any]]
WL, HL = LETTER
W4, H4 = A4


def _pp(s: Sheet, x: float, y: float, pt: str, pl: str, name: str, w: float, fld: str | None,
        placeholder: str = "", h: float = 14, **kw: Any) -> dict[str, Any]:
    """A widget under a Portuguese label stacked over its Polish twin (italic)."""
    bi(s, x, y + h + 11, pt, pl, 6.8)
    if placeholder:
        return placeholder_widget(s, name, x, y, w, h, fld, placeholder)
    return tf(s, name, x, y, w, h, fld, **kw)


def prn_stacked_polish_fillable() -> Built:
    s = unicode_a4("r34-prn-stacked-polish-fillable", "BR", "pt", ["r34-prn", "r34-prn-partial"],
                   "Fillable Paraná solicitação in Brazilian Portuguese, each label stacked over "
                   "its Polish twin in italics. Grey placeholder values typed into widgets "
                   "('Nome completo', CEP '00000-000', dates 'DD/MM/AAAA'): the value replaces them. Contact phone split over "
                   "three widgets '( DDD ) ____ - ____'; each of 8 number rows likewise (one "
                   "slot per row). CPF / CNPJ not ours. Pessoa física / jurídica radio; Total / "
                   "Parcial checkboxes; numbers that stay in two widgets. Signature box on "
                   "paper; Data de assinatura placeholder DD/MM/AAAA.")
    s.date_formats = ["%d/%m/%Y"]
    own_letterhead(s, W4 - 36, H4 - 36, ["Iguaçu Fibra Telecom Ltda.",
                                         "Av. Sete de Setembro 3200, Curitiba PR",
                                         "Portabilidade 0800 555 0100"])
    s.text(36, H4 - 48, "Solicitação de Portabilidade", 14, bold=True)
    s.c.setFont(s.font, 9)
    s.c.drawString(36, H4 - 60, "Wniosek o przeniesienie numeru")
    y = H4 - 84
    s.band(36, y, W4 - 72, "1. Dados do titular / Dane abonenta", 9)
    y -= 40
    _pp(s, 36, y, "Nome ou razão social", "Imię i nazwisko lub nazwa firmy", "nome", 330,
        "account_name", placeholder="Nome completo")
    _pp(s, 376, y, "CPF / CNPJ", "PESEL / NIP", "doc", 183, None, placeholder="000.000.000-00")
    y -= 40
    _pp(s, 36, y, "Endereço (rua e número)", "Adres (ulica i numer)", "endereco", 250,
        "street")
    _pp(s, 296, y, "Cidade", "Miejscowość", "cidade", 130, "city")
    _pp(s, 436, y, "UF", "Stan", "uf", 36, "state")
    _pp(s, 482, y, "CEP", "Kod pocztowy", "cep", 77, "postal_code", placeholder="00000-000")
    y -= 40
    bi(s, 36, y + 25, "Telefone para contato", "Telefon kontaktowy", 6.8)
    rect = split_widgets(s, 36, y, [(24, "tel_ddd"), (44, "tel_pref"), (44, "tel_suf")],
                         [")", "-"], lead="(")
    s._place(rect, "contact_phone", what="contact phone (three widgets)")
    _pp(s, 200, y, "E-mail", "E-mail", "email", 359, "contact_email")
    y -= 34
    s.text(36, y, "Tipo de cliente / Rodzaj klienta:", 7.5)
    s.radio("tipo", "PF", 160, y - 1, "check:residential", "Pessoa física / Osoba fizyczna")
    s.radio("tipo", "PJ", 330, y - 1, "check:business", "Pessoa jurídica / Firma")
    y -= 22
    s.band(36, y, W4 - 72, "2. Operadora atual / Obecny operator", 9)
    y -= 40
    _pp(s, 36, y, "Operadora doadora", "Operator oddający", "operadora", 200, "carrier")
    _pp(s, 246, y, "Código do cliente na operadora doadora", "Numer klienta u operatora",
        "codigo", 200, "account_number")
    y -= 22
    s.band(36, y, W4 - 72, "3. Números / Numery", 9)
    y -= 20
    s.checkbox("total", 36, y, "check:full_port", "Portabilidade total / Wszystkie numery")
    s.checkbox("parcial", 250, y, "check:partial_port", "Parcial / Tylko wybrane numery")
    y -= 16
    bi(s, 36, y, "Números a portar: ( DDD ) prefixo - sufixo", "Numery do przeniesienia", 6.8)
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 36 + col * 170, y - 30 - row * 20
        s.right_text(bx + 12, by + 4, f"{k + 1}.", 7.5)
        rect = split_widgets(s, bx + 16, by, [(22, f"n{k + 1}_ddd"), (40, f"n{k + 1}_pre"),
                                             (40, f"n{k + 1}_suf")], [")", "-"], lead="(")
        s.slot(slots, rect, f"número {k + 1} (three widgets)")
    bi(s, 380, y, "Números que permanecem", "Numery pozostające", 6.8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = y - 30 - k * 20
        tf(s, f"fica{k + 1}", 380, by, 150, 14, None)
        s.places.pop()
        s.slot(stay, (380, by, 530, by + 14), f"permanece {k + 1}", f"fica{k + 1}")
    y -= 30 + 4 * 20 + 20
    _pp(s, 36, y, "Data desejada para a portabilidade", "Żądana data przeniesienia", "data_port",
        110, "requested_date", placeholder="DD/MM/AAAA")
    y -= 22
    s.band(36, y, W4 - 72, "4. Assinatura / Podpis", 9)
    y -= 40
    _pp(s, 36, y, "Nome do responsável", "Imię i nazwisko osoby upoważnionej", "resp", 220,
        "authorized_name")
    _pp(s, 266, y, "Cargo (empresas)", "Stanowisko (firmy)", "cargo", 150, "authorized_title")
    _pp(s, 426, y, "Data", "Data", "data_ass", 90, "date_signed", placeholder="DD/MM/AAAA")
    y -= 62
    s.frame(36, y, 280, 48)
    s.text(40, y + 40, "Assinatura do titular / Podpis abonenta", 7)
    s._place((37, y + 1, 315, y + 37), "signature", what="assinatura")
    s.footer("IFT-PORT-PR 2029 / wersja polska")
    return s.build()


def _es_it(s: Sheet, x: float, y: float, es: str, it: str, x1: float, fld: str | None,
           mark: str = "", size: float = 8, optional: bool = False) -> dict[str, Any]:
    """'Español / italiano ________' on one line, a footnote mark after the Spanish words."""
    end = footnote_label(s, x, y, es, mark, size) if mark else s.text(x, y, es, size)
    s.c.setFont("Helvetica-Oblique", size - 0.5)
    s.c.drawString(end + 2, y, "/ " + it)
    end += 2 + float(s.c.stringWidth("/ " + it, "Helvetica-Oblique", size - 0.5)) + 4
    s.rule(end, y - 2, x1)
    extra = {"optional": True} if optional else {}
    return s._place((end, y - 4, x1, y + 11), fld, what=es, **extra)


def mza_footnotes_witness_paper() -> Built:
    s = a4("r34-mza-footnotes-witness-paper", "AR", "es", ["r34-mza", "r34-mza-partial"],
           "Paper Mendoza solicitud, Spanish with Italian after each slash. Footnote marks on "
           "labels (CUIT¹, N° de cuenta², Teléfono de contacto*, Fecha deseada³) explained at "
           "the page foot. Numbers 1-8 in rows; numbers that stay on two lines. The signing "
           "date in words 'En ______, a los ___ días del mes de ______ de 20__' (place not "
           "ours, day / month / two-digit year ours). Two signature blocks: the holder's "
           "(signature, aclaración = authorized name, cargo) and the witness's (testigo / "
           "testimone: signature, aclaración, DNI, none ours).")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 36, H4 - 36, ["Cuyo Conecta S.A.", "Av. Las Heras 480, Mendoza",
                                     "Portabilidad 0810 555 0100"])
    s.text(36, H4 - 50, "Solicitud de portabilidad numérica", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 9)
    s.c.drawString(36, H4 - 62, "Richiesta di portabilità del numero")
    y = H4 - 90
    s.band(36, y, W4 - 72, "Datos del titular / Dati del titolare", 9)
    y -= 24
    _es_it(s, 36, y, "Razón social o nombre", "Ragione sociale o nome", W4 - 36, "account_name")
    y -= 22
    _es_it(s, 36, y, "CUIT", "Codice fiscale", 280, None, mark="1")
    _es_it(s, 290, y, "Operador actual", "Operatore attuale", W4 - 36, "carrier")
    y -= 22
    _es_it(s, 36, y, "Domicilio", "Indirizzo", W4 - 36, "street")
    y -= 22
    _es_it(s, 36, y, "Localidad", "Località", 250, "city")
    _es_it(s, 260, y, "Provincia", "Provincia", 420, "state")
    _es_it(s, 430, y, "C.P.", "CAP", W4 - 36, "postal_code")
    y -= 22
    _es_it(s, 36, y, "N° de cuenta", "N. di conto", 290, "account_number", mark="2")
    y -= 22
    _es_it(s, 36, y, "Teléfono de contacto", "Telefono di contatto", 300, "contact_phone",
           mark="*")
    _es_it(s, 310, y, "Correo electrónico", "E-mail", W4 - 36, "contact_email")
    y -= 28
    s.band(36, y, W4 - 72, "Líneas / Linee", 9)
    y -= 20
    s.tick(36, y, "check:full_port", "Portabilidad total / totale")
    s.tick(220, y, "check:partial_port", "Portabilidad parcial / parziale")
    y -= 18
    s.text(36, y, "Números a portar (con característica) / Numeri da portare (con prefisso)", 8)
    slots = s.slot_group(ordered=False)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 36 + col * 200, y - 20 - row * 18
        s.right_text(bx + 14, by, f"{k + 1}.", 8)
        s.rule(bx + 18, by - 2, bx + 180)
        s.slot(slots, (bx + 18, by - 4, bx + 180, by + 11), f"número {k + 1}")
    s.text(420, y - 6, "Números que quedan con el", 7)
    s.text(420, y - 15, "operador actual / Numeri che restano", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = y - 38 - k * 18
        s.rule(420, by - 2, W4 - 36)
        s.slot(stay, (420, by - 4, W4 - 36, by + 11), f"queda {k + 1}")
    y -= 20 + 4 * 18 + 12
    _es_it(s, 36, y, "Fecha deseada (dd/mm/aaaa)", "Data desiderata", 320, "requested_date",
           mark="3")
    y -= 26
    y = s.para(36, y, "El titular solicita a Cuyo Conecta S.A. la portabilidad de las líneas "
               "indicadas y autoriza la baja del servicio en el operador actual. / Il titolare "
               "chiede la portabilità delle linee indicate.", W4 - 72, 7.5)
    y -= 14
    words_date(s, 36, y, ["En", ", a los", "días del mes de", "de"],
               [(110, None), (30, "date_signed_day"), (90, "date_signed_month"),
                (22, "date_signed_year2")])
    s.places[-4]["optional"] = True
    s.c.setFont("Helvetica-Oblique", 7.5)
    s.c.drawString(36, y - 12, "Luogo, giorno, mese e anno della firma")
    y -= 86
    s.text(36, y + 40, "Titular / Titolare", 8, bold=True)
    s.sign_line("Firma / Firma", 36, y, 250, label_below=True)
    s.text(300, y + 40, "Testigo / Testimone", 8, bold=True)
    s.rule(300, y, W4 - 36)
    s.text(300, y - 10, "Firma del testigo / Firma del testimone", 8)
    s._place((300, y - 3, W4 - 36, y + 30), None, what="firma del testigo")
    y -= 30
    under(s, "Aclaración / Nome in stampatello", 36, y, 250, "authorized_name")
    under(s, "Aclaración del testigo / Nome del testimone", 300, y, W4 - 36, None)
    y -= 30
    under(s, "Cargo / Qualifica", 36, y, 250, "authorized_title")
    under(s, "DNI del testigo / Documento del testimone", 300, y, W4 - 36, None)
    y -= 34
    for line in ("¹ Solo empresas. / Solo aziende.",
                 "² Figura en la factura del operador actual. / Riportato sulla fattura.",
                 "* Solo para consultas sobre esta solicitud. / Solo per domande su questa "
                 "richiesta.",
                 "³ No antes de cinco días hábiles. / Non prima di cinque giorni lavorativi."):
        s.text(36, y, line, 6.5)
        y -= 9
    s.footer("CC-PORT-MZA 2029")
    return s.build()


def _en_cs(s: Sheet, label: str, czech: str, x: float, y: float, x1: float, fld: str | None,
           optional: bool = False) -> dict[str, Any]:
    """A line with its English caption under it and the Czech one under that."""
    place = under(s, label, x, y, x1, fld, optional=optional)
    s.text(x, y - 17, czech, 6.5)
    return place


def tbr_glyph_continued_paper() -> Built:
    s = unicode_letter("r34-tbr-glyph-continued-paper", "US", "en", ["r34-tbr", "r34-tbr-partial"],
                       "Flat paper South Dakota letter of agency in English with Czech under "
                       "each caption. Check boxes printed as ☐ glyphs in the text layer "
                       "(Business / Residential, All / Only listed). Captions under the lines; "
                       "the account number's label after its blank. Numbers table 1-10 on "
                       "page 1 (two columns), continued on page 2 as 11-30: the 13-number case "
                       "puts 11-13 there. Numbers staying on page 2. Signature, printed name, "
                       "title and date at page 2's foot.")
    s.date_formats = ["%m/%d/%Y", "%m-%d-%Y"]
    own_letterhead(s, WL - 40, HL - 40, ["Prairie Czech Telephone Cooperative",
                                         "PO Box 57, Tabor SD 57063", "Porting 605-555-0100"])
    s.text(40, HL - 50, "Letter of Agency", 15, bold=True)
    s.text(40, HL - 63, "Plná moc k přenesení čísel", 9)
    y = HL - 100
    _en_cs(s, "Name on the account", "Jméno na účtu", 40, y, 330, "account_name")
    label_after(s, 345, y, 470, "account number", "account_number")
    s.text(474, y - 9, "číslo účtu", 6.5)
    y -= 38
    _en_cs(s, "Service address (street)", "Adresa (ulice)", 40, y, 260, "street")
    _en_cs(s, "City", "Obec", 270, y, 400, "city")
    _en_cs(s, "State", "Stát", 410, y, 450, "state")
    _en_cs(s, "ZIP", "PSČ", 460, y, 572, "postal_code")
    y -= 38
    _en_cs(s, "Current phone company", "Současný operátor", 40, y, 260, "carrier")
    _en_cs(s, "Billing telephone number (BTN)", "Hlavní číslo účtu", 270, y, 420, "btn")
    _en_cs(s, "Contact phone", "Kontaktní telefon", 430, y, 572, "contact_phone")
    y -= 38
    _en_cs(s, "E-mail", "E-mail", 40, y, 300, "contact_email")
    y -= 34
    glyph_tick(s, 40, y, "check:business", "Business / Firma")
    glyph_tick(s, 160, y, "check:residential", "Residential / Domácnost")
    y -= 18
    glyph_tick(s, 40, y, "check:full_port", "Port all numbers on the account / Přenést všechna "
               "čísla")
    y -= 16
    glyph_tick(s, 40, y, "check:partial_port", "Port only the numbers listed / Přenést jen "
               "uvedená čísla")
    y -= 26
    s.text(40, y, "Numbers to port / Čísla k přenesení (more on page 2)", 9, bold=True)
    slots = s.slot_group(ordered=True)
    for k in range(10):
        col, row = divmod(k, 5)
        bx, by = 40 + col * 250, y - 22 - row * 20
        s.right_text(bx + 16, by, f"{k + 1}.", 8)
        s.rule(bx + 20, by - 2, bx + 220)
        s.slot(slots, (bx + 20, by - 4, bx + 220, by + 11), f"number {k + 1}")
    y -= 22 + 5 * 20 + 10
    _en_cs(s, "Requested port date (MM/DD/YYYY)", "Požadované datum přenesení", 40, y, 220,
           "requested_date")
    y -= 40
    y = s.para(40, y, "I authorize Prairie Czech Telephone Cooperative to act as my agent to "
               "port the numbers on this letter. Zmocňuji družstvo k přenesení uvedených "
               "čísel.", WL - 80, 7.5)
    s.footer("PCTC-LOA 2029  page 1 of 2 / strana 1 ze 2")
    s.next_page()
    s.text(40, HL - 50, "Numbers to port, continued / Čísla k přenesení, pokračování", 11,
           bold=True)
    y = HL - 70
    for k in range(20):
        col, row = divmod(k, 10)
        bx, by = 40 + col * 250, y - 22 - row * 20
        s.right_text(bx + 16, by, f"{k + 11}.", 8)
        s.rule(bx + 20, by - 2, bx + 220)
        s.slot(slots, (bx + 20, by - 4, bx + 220, by + 11), f"number {k + 11}")
    y -= 22 + 10 * 20 + 14
    s.text(40, y, "Numbers staying with the current company (if you ticked 'only listed') / "
           "Čísla, která zůstávají", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        bx = 40 + k * 250
        s.rule(bx, y - 22, bx + 200)
        s.slot(stay, (bx, y - 24, bx + 200, y - 9), f"staying {k + 1}")
    y -= 90
    s.sign_line("Authorized signature / Podpis", 40, y, 300, label_below=True)
    y -= 42
    _en_cs(s, "Printed name", "Jméno hůlkovým písmem", 40, y, 230, "authorized_name")
    _en_cs(s, "Title (business)", "Funkce", 240, y, 400, "authorized_title")
    _en_cs(s, "Date (MM/DD/YYYY)", "Datum", 410, y, 572, "date_signed")
    s.footer("PCTC-LOA 2029  page 2 of 2 / strana 2 ze 2")
    return s.build()


def vte_lao_script_paper() -> Built:
    s = unicode_a4("r34-vte-lao-script-paper", "LA", "lo", ["r34-vte", "r34-vte-partial"],
                   "Paper Vientiane form wholly in Lao (a script PortDesk cannot read): it must "
                   "say so and let the specialist place values by hand, never guess. Places "
                   "as drawn: name, address (village / district / province), account number, "
                   "current provider, contact phone, e-mail, business / person ticks, all / "
                   "some ticks, numbers 1-6 in split boxes '021 | ______', numbers kept, date "
                   "wanted, authorised name, position, signature, date signed in split boxes.")
    s.date_formats = ["%d/%m/%Y"]
    own_letterhead(s, W4 - 36, H4 - 36, ["ບໍລິສັດ ລາວ ເນັດ ຈຳກັດ", "ຖະໜົນ ລ້ານຊ້າງ, ນະຄອນຫຼວງວຽງຈັນ",
                                         "ໂທ 021 555 100"])
    s.text(36, H4 - 56, "ໃບຄຳຮ້ອງຂໍຍ້າຍເບີໂທລະສັບ", 15, bold=True)
    y = s.para(36, H4 - 76, "ກະລຸນາຂຽນໃຫ້ຄົບຖ້ວນ ແລະ ຊັດເຈນ ຕາມໃບບິນຂອງຜູ້ໃຫ້ບໍລິການປັດຈຸບັນ "
               "ຂອງທ່ານ. ເອກະສານນີ້ຕ້ອງມີລາຍເຊັນຂອງເຈົ້າຂອງບັນຊີ.", W4 - 72, 8)
    y -= 10
    s.band(36, y, W4 - 72, "1. ຂໍ້ມູນລູກຄ້າ", 9)
    y -= 24
    s.blank("ຊື່ລູກຄ້າ ຫຼື ຊື່ບໍລິສັດ", 36, y, W4 - 36, "account_name", 8)
    y -= 22
    s.blank("ທີ່ຢູ່ (ຖະໜົນ, ເລກທີ)", 36, y, W4 - 36, "street", 8)
    y -= 22
    s.blank("ບ້ານ", 36, y, 180, None, 8, optional=True)
    s.blank("ເມືອງ / ນະຄອນ", 190, y, 360, "city", 8)
    s.blank("ລະຫັດໄປສະນີ", 370, y, W4 - 36, "postal_code", 8)
    y -= 22
    s.blank("ເລກບັນຊີ", 36, y, 260, "account_number", 8)
    s.blank("ຜູ້ໃຫ້ບໍລິການປັດຈຸບັນ", 270, y, W4 - 36, "carrier", 8)
    y -= 22
    s.blank("ເບີໂທຕິດຕໍ່", 36, y, 260, "contact_phone", 8)
    s.blank("ອີເມວ", 270, y, W4 - 36, "contact_email", 8)
    y -= 24
    s.tick(36, y, "check:business", "ນິຕິບຸກຄົນ")
    s.tick(150, y, "check:residential", "ບຸກຄົນທົ່ວໄປ")
    s.tick(300, y, "check:full_port", "ຍ້າຍທັງໝົດ")
    s.tick(420, y, "check:partial_port", "ຍ້າຍບາງເບີ")
    y -= 24
    s.band(36, y, W4 - 72, "2. ເບີທີ່ຕ້ອງການຍ້າຍ", 9)
    y -= 26
    slots = s.slot_group(ordered=False)
    for k in range(6):
        col, row = divmod(k, 3)
        bx, by = 36 + col * 260, y - row * 22
        s.right_text(bx + 12, by + 4, f"{k + 1}.", 8)
        rect = split_boxes(s, bx + 16, by, [34, 120], ["-"])
        s.slot(slots, (rect[0] + 1, rect[1] + 1, rect[2] - 1, rect[3] - 1),
               f"number {k + 1} (two boxes)")
    y -= 3 * 22 + 6
    s.text(36, y, "ເບີທີ່ຍັງຄົງໄວ້ກັບຜູ້ໃຫ້ບໍລິການປັດຈຸບັນ", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        bx = 230 + k * 170
        s.rule(bx, y - 2, bx + 150)
        s.slot(stay, (bx, y - 4, bx + 150, y + 11), f"kept {k + 1}")
    y -= 24
    s.text(36, y + 3, "ວັນທີທີ່ຕ້ອງການຍ້າຍ", 8)
    split_boxes(s, 150, y, [22, 22, 40], ["/", "/"],
                fields=["requested_day", "requested_month", "requested_year"],
                what="requested date")
    y -= 30
    s.band(36, y, W4 - 72, "3. ລາຍເຊັນ", 9)
    y -= 26
    s.blank("ຊື່ຜູ້ມີອຳນາດລົງລາຍເຊັນ", 36, y, 320, "authorized_name", 8)
    s.blank("ຕຳແໜ່ງ", 330, y, W4 - 36, "authorized_title", 8)
    y -= 50
    s.sign_line("ລາຍເຊັນ", 36, y, 280, label_below=True)
    s.text(320, y + 3, "ວັນທີ", 8)
    split_boxes(s, 350, y, [22, 22, 40], ["/", "/"],
                fields=["date_signed_day", "date_signed_month", "date_signed_year"],
                what="date signed")
    s.footer("ລາວເນັດ ແບບຟອມ 34")
    pdf, truth = s.build()
    truth["refuse"] = "Lao script"  # the right answer is to say so and fill nothing
    return pdf, truth


FORMS = {
    "r34-prn-stacked-polish-fillable": prn_stacked_polish_fillable,
    "r34-mza-footnotes-witness-paper": mza_footnotes_witness_paper,
    "r34-tbr-glyph-continued-paper": tbr_glyph_continued_paper,
    "r34-vte-lao-script-paper": vte_lao_script_paper,
}
