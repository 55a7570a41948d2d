"""Round 32, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Azorean fillable pedido de portabilidade whose first page is guidance with a worked sample
  of the form filled in for "Maria da Silva" (the sample is print; the case's values go on page
  2), the installation and the postal address both asked (postal "só se diferente"), a Freguesia
  line and an Ilha drop-down the case does not decide, the NIF in nine one-character widgets (not
  ours) and the main number in nine, "Tipo de cliente" and "Portabilidade" radio groups, the
  numbers "por ordem crescente", a morning / afternoon radio (no time of ours) and the signature
  box beside a same-sized "Carimbo" box.
- A Breton paper mandat de portabilité: abbreviated labels ("N°", "Tél.", "CP", "SIRET", "Bât. /
  Résidence", "Lieu-dit"), the RIO code (the case has none), the numbers table turned on its side
  on paper ("Numéro 1 .. Numéro 5" as columns) with a grey "ex." column, "Cochez si vous NE
  souhaitez PAS porter tous les numéros", a paraphe box in each page's margin, and page 2 the
  conditions with "Fait à ___ le ___" and one signature line "précédée de la mention Bon pour
  accord" at its foot beside a "Cachet de la société" box.
- A Bavarian fillable Portierungsauftrag: the holder's block labelled vertically
  ("ANSCHLUSSINHABER"), abbreviated labels ("Str.", "Nr.", "PLZ", "Kd.-Nr.", "Tel."), the street
  and house number in two widgets read as one street, the new provider's name and the order
  number already in read-only widgets, a narrow numbers table with column headings turned 90
  degrees and one widget per cell ("Vorwahl | Rufnummer | Durchwahl von | bis"), a porting
  window radio group (no time of ours) and a signature widget with a "Hier unterschreiben" tab
  beside a same-sized "Firmenstempel" box.
- A Maltese fillable applikazzjoni in English and Maltese with three account blocks "Account 1 |
  Account 2 | Account 3" (only the first ours), each with its account number and four number
  widgets, "e.g. 2123 4567" printed in grey inside the first block, labels in tooltips for the
  contact blanks (their printed label is a drawn icon), "Tick if the billing address is
  DIFFERENT" (left empty) and a signature widget.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round28_kit import choice, finish, span, tf
from tests.loaforms.round32_kit import (
    char_widgets,
    grey,
    own_letterhead,
    transposed,
    vtext,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _w(s: Sheet, label: str, name: str, x: float, y: float, w: float, fld: str | None,
       **kw: Any) -> dict[str, Any]:
    s.text(x, y + 17, label, 7)
    return tf(s, name, x, y, w, 14, fld, **kw)


def azo_worked_sample_fillable() -> Built:
    s = a4("r32-azo-worked-sample-fillable", "PT", "pt", ["r32-azo", "r32-azo-partial"],
           "Fillable Azorean pedido, two pages. Page 1 guidance with a worked sample of the form "
           "filled for 'Maria da Silva' (print, no places). Page 2 the form: installation "
           "address and postal address 'só se diferente' (empty); Freguesia optional; Ilha "
           "drop-down not decided by the case (optional, options only); NIF in nine "
           "one-character widgets (not ours); main number in nine one-character widgets; "
           "radio groups Tipo de cliente and Portabilidade; numbers 'por ordem crescente'; "
           "período manhã / tarde radio empty; signature box beside a same-sized Carimbo box.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Atlântico Redes, S.A.", "Av. Infante D. Henrique 20, "
                                     "9500-150 Ponta Delgada", "Apoio 296 555 100"])
    s.text(40, H4 - 50, "Pedido de portabilidade", 15, bold=True)
    s.text(40, H4 - 64, "Como preencher (página 1 de 2)", 10)
    y = H4 - 92
    for line in ("1. Escreva o nome do titular tal como aparece na fatura do operador atual.",
                 "2. Indique os números a portar por ordem crescente, sem o indicativo +351.",
                 "3. Preencha a morada postal só se for diferente da morada de instalação.",
                 "Exemplo de um pedido preenchido:"):
        y = s.para(40, y, line, W4 - 80, 9) - 6
    y -= 6
    s.frame(40, y - 150, W4 - 80, 150, width=1.2)
    s.text(46, y - 12, "EXEMPLO", 9, bold=True)
    sample = [("Nome do titular", "Maria da Silva"), ("Morada de instalação",
                                                      "Rua Direita 1, 9500-000 Ponta Delgada"),
              ("N.º de cliente", "1234567"), ("Operador atual", "Operador X"),
              ("Números a portar", "296 000 001, 296 000 002"), ("Data pretendida",
                                                                  "01/01/2030")]
    sy = y - 30
    for label, value in sample:
        s.text(50, sy, label, 7.5)
        s.frame(160, sy - 4, 330, 14)
        grey(s, 164, sy, value, 8)
        sy -= 19
    s.footer("AR-PORT-AZ 2029  página 1 de 2")
    s.next_page()
    s.text(40, H4 - 46, "Pedido de portabilidade - formulário (página 2 de 2)", 12, bold=True)
    y = H4 - 80
    s.band(40, y, W4 - 80, "1. Titular", 9)
    y -= 32
    _w(s, "Nome / denominação do titular", "p2_nome", 40, y, 300, "account_name")
    s.text(350, y + 17, "NIF", 7)
    char_widgets(s, "nif_", 350, y, 9, None, "NIF", cell=13)
    y -= 30
    s.text(40, y + 4, "Tipo de cliente", 7.5)
    s.radio("tipo", "Emp", 110, y + 2, "check:business", "Empresarial")
    s.radio("tipo", "Part", 190, y + 2, "check:residential", "Particular")
    y -= 30
    _w(s, "Morada de instalação (rua e n.º)", "p2_rua", 40, y, 250, "street")
    _w(s, "Código postal", "p2_cp", 300, y, 80, "postal_code")
    _w(s, "Localidade", "p2_loc", 390, y, 165, "city")
    y -= 32
    _w(s, "Freguesia", "p2_freg", 40, y, 200, None, optional=True)
    s.text(250, y + 17, "Ilha", 7)
    place = choice(s, "p2_ilha", 250, y, 120, ["Santa Maria", "São Miguel", "Terceira",
                                                "Graciosa", "São Jorge", "Pico", "Faial",
                                                "Flores", "Corvo"], None, h=14)
    place.update(optional=True, options=["Santa Maria", "São Miguel", "Terceira", "Graciosa",
                                         "São Jorge", "Pico", "Faial", "Flores", "Corvo"])
    y -= 32
    _w(s, "Morada postal (só se diferente da morada de instalação)", "p2_postal", 40, y, 515,
       None)
    y -= 32
    s.text(40, y + 17, "Operador atual", 7)
    choice(s, "p2_oper", 40, y, 230, ["MEO - Serviços de Comunicações e Multimédia, S.A.",
                                      "NOS Comunicações, S.A.", "Vodafone Portugal, S.A.",
                                      "NOWO Communications, S.A."], "carrier",
           accept=["MEO - Serviços de Comunicações e Multimédia, S.A.",
                   "NOS Comunicações, S.A."], h=14)
    _w(s, "N.º de cliente", "p2_cli", 280, y, 120, "account_number")
    _w(s, "Telefone de contacto", "p2_tel", 410, y, 145, "contact_phone")
    y -= 32
    _w(s, "E-mail", "p2_mail", 40, y, 250, "contact_email")
    s.text(300, y + 17, "N.º principal (um algarismo por casa)", 7)
    char_widgets(s, "np_", 300, y, 9, "btn", "n.º principal", cell=13, gap_after=(3, 6))
    y -= 28
    s.band(40, y, W4 - 80, "2. Números", 9)
    y -= 20
    s.text(40, y + 2, "Portabilidade", 7.5)
    s.radio("port", "T", 110, y, "check:full_port", "Total")
    s.radio("port", "P", 160, y, "check:partial_port", "Parcial")
    y -= 18
    s.text(40, y, "Números a portar (9 algarismos, por ordem crescente)", 8, bold=True)
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 40 + col * 150, y - 20 - row * 18
        s.right_text(bx + 12, by + 4, str(k + 1), 7.5)
        tf(s, f"num{k + 1}", bx + 16, by, 120, 14, None)
        s.places.pop()
        s.slot(slots, (bx + 16, by, bx + 136, by + 14), f"número {k + 1}", f"num{k + 1}")
    s.text(350, y - 4, "Números que ficam no operador atual", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = y - 20 - k * 18
        tf(s, f"fica{k + 1}", 350, by, 120, 14, None)
        s.places.pop()
        s.slot(stay, (350, by, 470, by + 14), f"fica {k + 1}", f"fica{k + 1}")
    y -= 20 + 4 * 18 + 16
    _w(s, "Data pretendida (dd/mm/aaaa)", "p2_data", 40, y, 100, "requested_date")
    s.text(160, y + 17, "Período", 7)
    s.radio("periodo", "M", 160, y + 2, None, "manhã")
    s.radio("periodo", "T", 215, y + 2, None, "tarde")
    _w(s, "Nome de quem assina", "p2_assn", 280, y, 160, "authorized_name")
    _w(s, "Cargo", "p2_cargo", 450, y, 105, "authorized_title")
    y -= 66
    s.frame(40, y, 240, 48)
    s.text(44, y + 40, "Assinatura (conforme documento de identificação)", 6.5, bold=True)
    s._place((41, y + 1, 279, y + 37), "signature", what="assinatura")
    s.frame(300, y, 240, 48)
    s.text(304, y + 40, "Carimbo", 6.5, bold=True)
    s._place((301, y + 1, 539, y + 37), None, what="carimbo")
    y -= 30
    _w(s, "Data", "p2_dataass", 40, y, 100, "date_signed")
    s.footer("AR-PORT-AZ 2029  página 2 de 2")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd/mm/yyyy");'}
    return finish(pdf, {"p2_data": fmt, "p2_dataass": fmt}), truth


def _paraphe(s: Sheet) -> None:
    vtext(s, W4 - 14, 150, "Paraphe", 6)
    s.box(W4 - 30, 110, 22, 30, None, f"paraphe page {s.page}", optional=True)


def bre_transposed_paraphe_paper() -> Built:
    s = a4("r32-bre-transposed-paraphe-paper", "FR", "fr", ["r32-bre", "r32-bre-partial"],
           "Paper Breton mandat de portabilité, two pages. Abbreviated labels (N°, Tél., CP, "
           "SIRET, Bât. / Résidence, Lieu-dit: the last two empty). Code RIO (the case has "
           "none). Numbers table transposed on paper: Numéro 1..5 as columns, rows 'N° (10 "
           "chiffres)' ours, 'Type' and 'Fax ?' not; a grey 'ex.' column. 'Cochez si vous NE "
           "souhaitez PAS porter tous les numéros' (partial only). Paraphe box in each page's "
           "margin (not a value). Page 2 conditions, 'Fait à ___ (optional) le ___', one "
           "signature line 'précédée de la mention Bon pour accord' beside a Cachet box.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Armor Télécom SAS", "2 rue de la Monnaie, 35000 Rennes",
                                     "Service portabilité 02 99 55 01 00"])
    s.text(40, H4 - 50, "Mandat de portabilité", 15, bold=True)
    y = H4 - 84
    s.band(40, y, W4 - 80, "1. Titulaire de la ligne", 9)
    y -= 22
    s.blank("Raison sociale / Nom", 40, y, 380, "account_name", 8)
    s.blank("SIRET", 390, y, W4 - 40, None, 8)
    y -= 22
    s.blank("Bât. / Résidence", 40, y, 250, None, 8)
    s.blank("N° et voie", 260, y, W4 - 40, "street", 8)
    y -= 22
    s.blank("Lieu-dit", 40, y, 180, None, 8, optional=True)
    s.blank("CP", 190, y, 260, "postal_code", 8)
    s.blank("Commune", 270, y, W4 - 40, "city", 8)
    y -= 22
    s.blank("Opérateur actuel", 40, y, 230, "carrier", 8)
    s.blank("N° de contrat / client", 240, y, 420, "account_number", 8)
    s.blank("Code RIO", 430, y, W4 - 40, "pin", 8)
    y -= 22
    s.blank("Tél. contact", 40, y, 230, "contact_phone", 8)
    s.blank("E-mail", 240, y, W4 - 40, "contact_email", 8)
    y -= 22
    s.blank("Signataire (Nom Prénom)", 40, y, 330, "authorized_name", 8)
    s.blank("Qualité", 340, y, W4 - 40, "authorized_title", 8)
    y -= 28
    s.band(40, y, W4 - 80, "2. Numéros à porter", 9)
    y -= 10
    slots = s.slot_group(ordered=False)
    y = transposed(s, 40, y, 85, 78, 5, [("N° (10 chiffres)", "number", "02 99 00 00 00"),
                                         ("Type (fixe / fax)", None, "fixe"),
                                         ("Sélection directe ?", None, "non")],
                   slots, head="Numéro", example=60, example_head="ex.")
    y -= 10
    y = transposed(s, 40, y, 85, 78, 5, [("N° (10 chiffres)", "number", ""),
                                         ("Type (fixe / fax)", None, ""),
                                         ("Sélection directe ?", None, "")],
                   slots, head="Numéro", example=60, first=6, example_head="ex.")
    y -= 20
    s.tick(40, y, "check:partial_port",
           "Cochez si vous NE souhaitez PAS porter tous les numéros du contrat")
    y -= 20
    s.text(40, y, "Si coché, numéros conservés chez l'opérateur actuel :", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        bx = 40 + k * 172
        s.frame(bx, y - 22, 162, 15)
        s.slot(stay, (bx + 1, y - 21, bx + 161, y - 8), f"conservé {k + 1}")
    y -= 44
    s.blank("Date de portage souhaitée (jj/mm/aaaa)", 40, y, 300, "requested_date", 8)
    _paraphe(s)
    s.footer("AT-MANDAT-35  page 1/2  Tournez s.v.p.")
    s.next_page()
    s.text(40, H4 - 50, "Conditions du mandat", 13, bold=True)
    y = H4 - 74
    for clause in ("1. Le titulaire donne mandat à Armor Télécom SAS pour effectuer en son nom la "
                   "demande de conservation des numéros auprès de l'opérateur actuel.",
                   "2. La portabilité entraîne la résiliation du contrat chez l'opérateur actuel "
                   "pour les numéros portés. Ne résiliez pas vous-même avant le portage.",
                   "3. Le titulaire certifie l'exactitude des informations de la page 1."):
        y = s.para(40, y, clause, W4 - 100, 8) - 6
    _paraphe(s)
    y = 170
    s.blank("Fait à", 40, y, 200, None, 8, optional=True)
    s.blank("le", 210, y, 330, "date_signed", 8)
    y -= 20
    s.text(40, y, "Signature précédée de la mention « Bon pour accord »", 7.5)
    s.sign_line("Signature", 40, y - 50, 280, label_below=True)
    s.frame(300, y - 62, 230, 56)
    s.text(304, y - 14, "Cachet de la société", 7, bold=True)
    s._place((301, y - 61, 529, y - 18), None, what="cachet")
    s.footer("AT-MANDAT-35  page 2/2")
    return s.build()


def bav_turned_heads_window_fillable() -> Built:
    s = a4("r32-bav-turned-heads-window-fillable", "DE", "de", ["r32-bav", "r32-bav-partial"],
           "Fillable Bavarian Portierungsauftrag. Holder's block labelled vertically "
           "(ANSCHLUSSINHABER). Abbreviated labels (Str., Nr., PLZ, Kd.-Nr., Tel.); Str. | Nr. "
           "two widgets read as one street. New provider's name and Auftrags-Nr. prefilled "
           "read-only (not ours). Narrow numbers table, headings turned 90 degrees, a widget "
           "per cell: Vorwahl (area code) | Rufnummer (without it) | Durchwahl von | bis (not "
           "ours). Porting window radio (empty). Signature widget with a 'Hier unterschreiben' "
           "tab beside a same-sized Firmenstempel box.")
    s.date_formats = ["%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Isar Telekom GmbH", "Landsberger Str. 110, 80339 München",
                                     "Portierung 089 5555 0100"])
    s.text(40, H4 - 50, "Portierungsauftrag", 15, bold=True)
    s.text(40, H4 - 70, "Auftrags-Nr.", 7)
    tf(s, "auftragsnr", 90, H4 - 74, 100, 12, None, value="IT-2029-04417", flags="readOnly")
    s.text(200, H4 - 70, "Aufnehmender Anbieter", 7)
    tf(s, "aufnehmend", 285, H4 - 74, 120, 12, None, value="Isar Telekom GmbH",
       flags="readOnly")
    top = H4 - 92
    s.frame(30, top - 150, 14, 150)
    vtext(s, 41, top - 140, "ANSCHLUSSINHABER", 8, bold=True)
    y = top - 26
    _w(s, "Firma / Name, Vorname", "fld01", 52, y, 300, "account_name")
    _w(s, "Kd.-Nr. beim abgebenden Anbieter", "fld02", 362, y, 193, "account_number")
    y -= 32
    _w(s, "Str.", "fld03", 52, y, 220, None)
    _w(s, "Nr.", "fld04", 276, y, 40, None)
    span(s, 2, "street", "Str. | Nr. widgets (one street)")
    _w(s, "PLZ", "fld05", 326, y, 60, "postal_code")
    _w(s, "Ort", "fld06", 396, y, 159, "city")
    y -= 32
    _w(s, "Abgebender Anbieter", "fld07", 52, y, 180, "carrier")
    _w(s, "Tel. (Rückfragen)", "fld08", 242, y, 140, "contact_phone")
    _w(s, "E-Mail", "fld09", 392, y, 163, "contact_email")
    y -= 32
    s.text(52, y + 4, "Kunde:", 7.5)
    s.radio("kunde", "gk", 90, y + 2, "check:business", "Geschäftskunde")
    s.radio("kunde", "pk", 175, y + 2, "check:residential", "Privatkunde")
    s.text(270, y + 4, "Umfang:", 7.5)
    s.radio("umfang", "alle", 310, y + 2, "check:full_port", "alle Rufnummern")
    s.radio("umfang", "teil", 400, y + 2, "check:partial_port", "nur einzelne Rufnummern")
    y = top - 176
    s.text(40, y, "Zu portierende Rufnummern", 9, bold=True)
    slots = s.slot_group(ordered=False)
    s._slot_groups[-1]["local"] = True  # the number after its area code, which has its column
    heads = [("Nr.", 16), ("Vorwahl", 40), ("Rufnummer ohne Vorwahl", 96),
             ("Durchwahl von", 22), ("bis", 22)]
    head_h = 88
    tops = y - 8
    for block in range(2):
        bx = 40 + block * 210
        cx = bx
        for head, w in heads:
            s.frame(cx, tops - head_h, w, head_h)
            vtext(s, cx + w / 2 + 2.5, tops - head_h + 3, head, 6.5, bold=True)
            cx += w
        for r in range(4):
            row = block * 4 + r
            ry = tops - head_h - 15 * (r + 1)
            cx = bx
            for k, (_, w) in enumerate(heads):
                s.frame(cx, ry, w, 15)
                name = f"rn{row + 1}_{k}"
                if k == 0:
                    s.right_text(cx + w - 2, ry + 4.5, str(row + 1), 6.5)
                elif k == 1:
                    place = tf(s, name, cx + 1, ry + 1, w - 2, 13, "area_code")
                    place["row"] = row
                elif k == 2:
                    tf(s, name, cx + 1, ry + 1, w - 2, 13, None)
                    s.places.pop()
                    s.slot(slots, (cx + 1, ry + 1, cx + w - 1, ry + 14), f"Rufnummer {row + 1}",
                           name)
                else:
                    tf(s, name, cx + 1, ry + 1, w - 2, 13, None)
                cx += w
    s.text(440, tops - 10, "Verbleibende Rufnummern", 7)
    s.text(440, tops - 19, "(nur bei einzelnen Rufnummern)", 6.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = tops - 40 - k * 18
        tf(s, f"verbleib{k + 1}", 440, by, 115, 14, None)
        s.places.pop()
        s.slot(stay, (440, by, 555, by + 14), f"verbleibend {k + 1}", f"verbleib{k + 1}")
    y = tops - head_h - 15 * 4 - 30
    _w(s, "Wunschtermin", "fld20", 40, y, 90, "requested_date")
    s.text(150, y + 17, "Portierungsfenster", 7)
    s.radio("fenster", "a", 150, y + 2, None, "06:00-08:00")
    s.radio("fenster", "b", 225, y + 2, None, "08:00-12:00")
    y -= 26
    y = s.para(40, y, "Ich beauftrage die Isar Telekom GmbH, die oben genannten Rufnummern zu "
               "portieren und den Vertrag beim abgebenden Anbieter für diese Rufnummern zu "
               "kündigen.", W4 - 80, 7.5)
    y -= 30
    _w(s, "Name des Unterzeichners", "fld21", 40, y, 200, "authorized_name")
    _w(s, "Funktion", "fld22", 250, y, 120, "authorized_title")
    _w(s, "Datum", "fld23", 380, y, 90, "date_signed")
    y -= 62
    s.frame(40, y, 240, 46)
    s.widget("Unterschrift", 42, y + 2, 236, 32, "signature")
    s.text(44, y + 37, "Unterschrift", 7, bold=True)
    s.c.setFillGray(0.2)
    s.c.rect(40, y + 48, 88, 11, stroke=0, fill=1)
    s.c.setFillGray(1)
    s.c.setFont(s.bold_font, 7)
    s.c.drawString(43, y + 51, "Hier unterschreiben >")
    s.c.setFillGray(0)
    s.frame(300, y, 240, 46)
    s.text(304, y + 37, "Firmenstempel", 7, bold=True)
    s._place((301, y + 1, 539, y + 34), None, what="Firmenstempel")
    s.footer("IT-PORT-BY 2029")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd.mm.yyyy");'}
    return finish(pdf, {"fld20": fmt, "fld23": fmt}), truth


def mlt_accounts_icons_fillable() -> Built:
    s = unicode_a4("r32-mlt-accounts-icons-fillable", "MT", "en",
                   ["r32-mlt", "r32-mlt-partial"],
                   "Fillable Maltese application in English / Maltese. Three account blocks "
                   "Account 1 | Account 2 | Account 3 (Kont 1..3), each with its account number "
                   "and four number widgets: only Account 1 ours (the case is one account; its "
                   "numbers past four have no place there, the continuation 'Account 1 more "
                   "numbers' row holds them). Grey 'e.g. 2123 4567' inside block 1 (print). "
                   "Contact blanks labelled by drawn icons, words in tooltips. 'Tick if the "
                   "billing address is DIFFERENT' (empty). Signature widget.")
    s.date_formats = ["%d/%m/%Y"]
    own_letterhead(s, W4 - 40, H4 - 36, ["Ħamrun Voice Networks Ltd",
                                         "Triq il-Kbira San Ġużepp, Ħamrun",
                                         "Porting 2155 0100"])
    s.text(40, H4 - 50, "Number Porting Application", 14, bold=True)
    s.c.setFont(s.font, 9)
    s.c.drawString(40, H4 - 63, "Applikazzjoni għat-trasferiment tan-numri")
    y = H4 - 90
    s.band(40, y, W4 - 80, "1. Customer / Klijent", 9)
    y -= 32
    _w(s, "Registered name / Isem reġistrat", "c1", 40, y, 300, "account_name")
    _w(s, "Current operator / Operatur attwali", "c2", 350, y, 205, "carrier")
    y -= 32
    _w(s, "Street and number / Triq u numru", "c3", 40, y, 250, "street")
    _w(s, "Locality / Lokalità", "c4", 300, y, 150, "city")
    _w(s, "Post code / Kodiċi postali", "c5", 460, y, 95, "postal_code")
    y -= 24
    s.checkbox("c6", 40, y, None, "Tick if the billing address is DIFFERENT / Immarka jekk "
               "l-indirizz tal-kont huwa differenti")
    y -= 26
    s.c.setLineWidth(0.7)
    s.c.circle(46, y + 7, 5, stroke=1, fill=0)
    s.c.line(44, y + 5, 48, y + 9)
    tf(s, "c7", 56, y, 150, 14, "contact_phone", tooltip="Contact telephone / Telefon")
    s.c.rect(220, y + 2, 12, 9, stroke=1, fill=0)
    s.c.line(220, y + 11, 226, y + 6)
    s.c.line(226, y + 6, 232, y + 11)
    tf(s, "c8", 238, y, 200, 14, "contact_email", tooltip="E-mail / Posta elettronika")
    y -= 28
    s.text(40, y + 4, "Customer type / Tip", 7.5)
    s.radio("tip", "b", 130, y + 2, "check:business", "Business / Negozju")
    s.radio("tip", "r", 240, y + 2, "check:residential", "Residential / Residenzjali")
    y -= 24
    s.band(40, y, W4 - 80, "2. Accounts and numbers / Kontijiet u numri", 9)
    y -= 14
    slots = s.slot_group(ordered=False)
    for k in range(3):
        bx = 40 + k * 175
        s.frame(bx, y - 128, 165, 128)
        s.text(bx + 4, y - 12, f"Account {k + 1} / Kont {k + 1}", 8, bold=True)
        s.text(bx + 4, y - 26, "Account no.", 6.5)
        tf(s, f"a{k + 1}_acct", bx + 48, y - 30, 112, 13, "account_number" if k == 0 else None)
        s.text(bx + 4, y - 42, "Numbers to port / Numri", 6.5)
        if k == 0:
            grey(s, bx + 100, y - 42, "e.g. 2123 4567", 6)
        for r in range(4):
            by = y - 60 - r * 17
            name = f"a{k + 1}_n{r + 1}"
            tf(s, name, bx + 4, by, 157, 13, None)
            if k == 0:
                s.places.pop()
                s.slot(slots, (bx + 4, by, bx + 161, by + 13), f"account 1 number {r + 1}", name)
    y -= 146
    s.text(40, y + 4, "Account 1 more numbers / Aktar numri", 7)
    for r in range(4):
        tf(s, f"a1_more{r + 1}", 190 + r * 92, y, 88, 13, None)
        s.places.pop()
        s.slot(slots, (190 + r * 92, y, 278 + r * 92, y + 13), f"account 1 more {r + 1}",
               f"a1_more{r + 1}")
    y -= 24
    s.text(40, y + 4, "Port all numbers? / Kollha?", 7.5)
    s.radio("kollha", "y", 160, y + 2, "check:full_port", "Yes / Iva")
    s.radio("kollha", "n", 220, y + 2, "check:partial_port", "No / Le")
    s.text(290, y + 4, "If No, numbers staying:", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for r in range(2):
        tf(s, f"stay{r + 1}", 375 + r * 92, y, 88, 13, None)
        s.places.pop()
        s.slot(stay, (375 + r * 92, y, 463 + r * 92, y + 13), f"staying {r + 1}",
               f"stay{r + 1}")
    y -= 30
    _w(s, "Requested date / Data mitluba", "d1", 40, y, 100, "requested_date")
    y -= 26
    s.band(40, y, W4 - 80, "3. Declaration / Dikjarazzjoni", 9)
    y -= 16
    y = s.para(40, y, "I authorise Ħamrun Voice Networks Ltd to port the numbers above from my "
               "current operator. / Nawtorizza lil Ħamrun Voice Networks Ltd tittrasferixxi "
               "n-numri.", W4 - 80, 7.5)
    y -= 30
    _w(s, "Name / Isem", "s1", 40, y, 180, "authorized_name")
    _w(s, "Position / Kariga", "s2", 230, y, 120, "authorized_title")
    _w(s, "Date / Data", "s3", 360, y, 90, "date_signed")
    y -= 52
    s.text(40, y + 40, "Signature / Firma", 7)
    s.widget("Signature", 40, y, 260, 36, "signature")
    s.footer("MHT-PORT-MT 2029")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd/mm/yyyy");'}
    return finish(pdf, {"d1": fmt, "s3": fmt}), truth


FORMS = {
    "r32-azo-worked-sample-fillable": azo_worked_sample_fillable,
    "r32-bre-transposed-paraphe-paper": bre_transposed_paraphe_paper,
    "r32-bav-turned-heads-window-fillable": bav_turned_heads_window_fillable,
    "r32-mlt-accounts-icons-fillable": mlt_accounts_icons_fillable,
}
