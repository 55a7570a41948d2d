"""Round 30, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- An Algarve fillable pedido de portabilidade whose widgets have hierarchical Portuguese names
  ("cliente.morada.rua"), several smaller or larger than their drawn boxes, the postcode in a
  comb widget of 8 and the NIF in one (not ours), "+351" in a read-only widget before the contact number (not ours),
  "Portar todos os números? Sim / Não" as check boxes, and a numbers table "N.º principal | N.ºs
  adicionais | Fax | RDIS MSN" pre-numbered to 10.
- An Alsatian paper mandat de portabilité in French and German on an A5 landscape sheet: "Je
  soussigné(e) M. / Mme" and "agissant pour moi / pour la société" to strike (nothing to
  write), "NOM (en majuscules) | Prénom" cells (family name first), "Fait à ______ le ______"
  (the town optional), and a signature table with the client's row and a witness's row (not
  ours).
- A Debrecen partly fillable kérelem with notes in a side column ("lásd 3. megjegyzés"), the
  signatory as "Vezetéknév | Utónév" widgets, mother's name and place and date of birth on the
  signatory's rows (not ours), the numbers as "06-( __ ) _______" rows (area code inside printed
  parentheses, the trunk prefix printed), and a company section "csak cég esetén" (empty for the
  residential case).
- A Tartu fillable taotlus whose signature and declaration come FIRST, labels letter-spaced or
  split by a font change, the personal / registry code on the holder's row (not ours), "Jah /
  Ei" radio pairs per question, and a numbers table "Põhinumber | Lisanumbrid | Faks | DDI
  vahemik" pre-numbered to 10, with a section for legal persons only.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round28_kit import finish, span, tf
from tests.loaforms.round30_kit import kinds_table, mixed, nest, off_box, sign_table, spaced

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WA, HA = landscape(A5)


def _dotted_names_as_what(truth: dict[str, Any]) -> None:
    """A widget whose name is a hierarchy keeps its own /T only as the last part: the truth names
    it by its full dotted name under "what" (the structure test looks widgets up by /T)."""
    for place in truth["places"]:
        for p in place.get("slots", [place]):
            if "." in str(p.get("widget", "")):
                p["what"] = p.pop("widget")


def alg_nested_kinds_fillable() -> Built:
    s = a4("r30-alg-nested-kinds-fillable", "PT", "pt", ["r30-alg", "r30-alg-partial"],
           "Fillable Algarve pedido. Hierarchical widget names (cliente.nome, cliente.morada.rua, "
           "conta.operador...); widgets smaller or larger than their drawn boxes; postcode a "
           "comb widget of 8 (NNNN-NNN), NIF comb widget not ours; '+351' read-only widget before the contact "
           "number (not ours); 'Portar todos os números? Sim / Não' check boxes; numbers table "
           "# | N.º principal (row 1) | N.ºs adicionais | Fax | RDIS MSN, 10 rows (fax and MSN "
           "not ours); numbers kept in three widgets; signature on paper.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Sotavento Comunicações, S.A.", "Rua de Portugal 10, "
                                     "8000-281 Faro", "Linha de apoio 289 555 100"])
    s.text(40, H4 - 50, "Pedido de Portabilidade", 15, bold=True)
    y = H4 - 90
    s.text(40, y + 16, "Nome / Denominação do titular", 7)
    off_box(s, "cliente.nome", (40, y, 340, 15), (2, 2, -20, -3), "account_name")
    s.text(390, y + 16, "NIF", 7)
    comb_widget(s, "cliente.nif", 390, y, 9, None, cell_w=18, h=15)
    y -= 34
    s.text(40, y + 16, "Morada (rua e número)", 7)
    off_box(s, "cliente.morada.rua", (40, y, 300, 15), (-2, -2, 8, 4), "street")
    s.text(350, y + 16, "Código postal", 7)
    comb_widget(s, "cliente.morada.cp", 350, y, 8, "postal_code", cell_w=13, h=15,
                what="código postal, a comb of 8 (the hyphen typed in its own cell)")
    s.text(460, y + 16, "Localidade", 7)
    off_box(s, "cliente.morada.localidade", (460, y, 95, 15), (0, 0, 0, 0), "city")
    y -= 34
    s.text(40, y + 16, "Operador atual", 7)
    off_box(s, "conta.operador", (40, y, 160, 15), (0, 0, 0, 0), "carrier")
    s.text(210, y + 16, "N.º de cliente / conta", 7)
    off_box(s, "conta.numero", (210, y, 150, 15), (3, 3, -6, -4), "account_number")
    s.text(370, y + 16, "Data pretendida", 7)
    off_box(s, "conta.data", (370, y, 90, 15), (0, 0, 0, 0), "requested_date")
    y -= 30
    s.text(40, y, "Portar todos os números da conta?", 8.5)
    s.checkbox("conta.todos.sim", 230, y - 1, "check:full_port", "Sim")
    s.checkbox("conta.todos.nao", 280, y - 1, "check:partial_port", "Não")
    y -= 22
    s.text(40, y, "Números a portar", 9, bold=True)
    slots = s.slot_group(ordered=False)
    bottom = kinds_table(s, 40, y - 6, [("#", 20, "#"), ("N.º principal", 110, "main"),
                                        ("N.ºs adicionais", 130, "more"), ("Fax", 110, "other"),
                                        ("RDIS MSN", 80, "other")], 10, slots,
                         names="numeros.linha")
    y = bottom - 24
    s.text(40, y + 16, "Se não porta todos: números que ficam no operador atual", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        tf(s, f"ficam.n{k + 1}", 40 + k * 140, y, 130, 14, None)
        s.places.pop()
        s.slot(stay, (40 + k * 140, y, 170 + k * 140, y + 14), f"fica {k + 1}",
               f"ficam.n{k + 1}")
    y -= 34
    s.text(40, y + 16, "Contacto telefónico", 7)
    tf(s, "contacto.indicativo", 40, y, 34, 15, None, flags="readOnly", value="+351")
    tf(s, "contacto.telefone", 78, y, 140, 15, "contact_phone")
    s.text(230, y + 16, "Correio eletrónico", 7)
    tf(s, "contacto.email", 230, y, 325, 15, "contact_email")
    y -= 30
    y = s.para(40, y, "O titular autoriza a Sotavento Comunicações, S.A. a pedir em seu nome a "
               "portabilidade dos números acima e declara que os dados são verdadeiros.",
               W4 - 80, 7.5)
    y -= 34
    s.sign_line("Assinatura", 40, y, 260, label_below=True)
    s.text(280, y + 18, "Nome do signatário", 7)
    tf(s, "assinatura.nome", 280, y, 150, 15, "authorized_name")
    s.text(440, y + 18, "Cargo", 7)
    tf(s, "assinatura.cargo", 440, y, 60, 15, "authorized_title")
    s.text(506, y + 18, "Data", 7)
    tf(s, "assinatura.data", 506, y, 49, 15, "date_signed")
    s.footer("SC-PORT-ALG  2026")
    pdf, truth = s.build()
    _dotted_names_as_what(truth)
    return nest(finish(pdf, {"conta.data": {"F": 'AFDate_FormatEx("dd/mm/yyyy");'}})), truth


def als_strike_landscape_a5() -> Built:
    s = Sheet("r30-als-strike-landscape-a5", "FR", "fr",
              "Paper Alsatian mandat de portabilité, French / German, A5 landscape. 'Je "
              "soussigné(e) M. / Mme' and 'agissant pour moi / pour la société' to strike "
              "(nothing to write); 'NOM (en majuscules) | Prénom' cells, family name first (one "
              "place); 'Fait à ______ le ______' (town optional); signature table with the "
              "client's row and a witness's row (not ours).", (WA, HA),
              ["r30-als", "r30-als-partial"])
    s.date_formats = ["%d/%m/%Y", "%d.%m.%Y"]
    letterhead(s, WA - 24, HA - 24, ["Rhin Connect SAS", "3 quai Kléber, 67000 Strasbourg",
                                     "Service client 03 88 55 01 00"])
    s.text(24, HA - 30, "Mandat de portabilité", 12, bold=True)
    s.c.setFont("Helvetica-Oblique", 8)
    s.c.drawString(24, HA - 41, "Vollmacht zur Rufnummernmitnahme")
    y = HA - 64
    s.text(24, y, "Je soussigné(e)  M. / Mme  (rayer la mention inutile)", 7.5)
    y -= 26
    s.text(26, y + 17, "NOM (en majuscules) / Nachname", 6)
    s.box(24, y, 150, 14, None, "nom")
    s.text(180, y + 17, "Prénom / Vorname", 6)
    s.box(178, y, 120, 14, None, "prénom")
    span(s, 2, "authorized_name", "NOM | Prénom cells (family name first)")
    s.places[-1]["accept"] = ["MULLER Claire", "Muller Claire", "KUGEL Étienne",
                              "Kugel Étienne"]
    s.text(306, y + 17, "Qualité / Funktion", 6)
    s.box(304, y, 110, 14, "authorized_title", "qualité")
    y -= 16
    s.text(24, y, "agissant  pour moi-même / pour la société  (rayer)  -  handelnd für mich / "
           "für die Firma", 7)
    y -= 24
    s.text(26, y + 17, "Raison sociale ou nom du titulaire / Inhaber", 6)
    s.box(24, y, 290, 14, "account_name", "titulaire")
    s.text(322, y + 17, "SIRET", 6)
    s.box(320, y, 120, 14, None, "SIRET")
    s.text(448, y + 17, "Opérateur actuel / Bisheriger Anbieter", 6)
    s.box(446, y, WA - 470, 14, "carrier", "opérateur")
    y -= 30
    s.text(26, y + 17, "Adresse / Anschrift", 6)
    s.box(24, y, 230, 14, "street", "adresse")
    s.text(262, y + 17, "Code postal / PLZ", 6)
    s.box(260, y, 60, 14, "postal_code", "code postal")
    s.text(328, y + 17, "Ville / Ort", 6)
    s.box(326, y, 110, 14, "city", "ville")
    s.text(444, y + 17, "N° de compte client / Kundennummer", 6)
    s.box(442, y, WA - 466, 14, "account_number", "compte")
    y -= 20
    s.text(24, y, "Numéros à porter / Zu portierende Rufnummern", 7.5, bold=True)
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = divmod(k, 2)
        bx, by = 24 + col * 138, y - 18 - row * 16
        s.right_text(bx + 10, by + 3.5, f"{k + 1}", 7)
        s.frame(bx + 13, by, 120, 13)
        s.slot(slots, (bx + 14, by + 1, bx + 132, by + 12), f"numéro {k + 1}")
    y -= 18 + 16 + 18
    s.text(24, y, "Numéros conservés (portabilité partielle) / Verbleibende Rufnummern", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        bx = 300 + k * 96
        s.frame(bx, y - 4, 92, 13)
        s.slot(stay, (bx + 1, y - 3, bx + 91, y + 8), f"conservé {k + 1}")
    y -= 22
    s.blank("Date de portage souhaitée / Wunschtermin:", 24, y, 260, "requested_date", 7)
    s.blank("Tél. contact:", 270, y, 410, "contact_phone", 7)
    s.blank("E-mail:", 416, y, WA - 24, "contact_email", 7)
    y -= 20
    x = s.text(24, y, "Fait à / Ort", 7.5) + 4
    s.line_under(x, y - 2, x + 110, None, "fait à (ville)")
    s.places[-1]["optional"] = True
    x = s.text(x + 116, y, "le / am", 7.5) + 4
    s.line_under(x, y - 2, x + 80, "date_signed", "le (date)")
    sign_table(s, 24, y - 8, [("", 90), ("Signature / Unterschrift", 180),
                              ("Nom / Name", 150), ("Date / Datum", 90)],
               [("Client / Kunde", [None, "signature", "authorized_name", "date_signed"]),
                ("Témoin / Zeuge", [None, None, None, None])], row_h=22, head_h=11)
    s.footer("RC-MANDAT-A5")
    return s.build()


def hu_side_notes_area_partly() -> Built:
    s = unicode_a4("r30-hu-side-notes-area-partly", "HU", "hu", ["r30-hu", "r30-hu-partial"],
                   "Partly fillable Debrecen kérelem. Notes in a side column ('lásd 3. "
                   "megjegyzés'); signatory as Vezetéknév | Utónév widgets (one place); anyja "
                   "neve, születési hely és idő on the signatory's rows (not ours); numbers as "
                   "'06-( __ ) _______' rows: area code in printed parentheses after the printed "
                   "trunk prefix (area code with or without it), the rest in the slot; company "
                   "section 'csak cég esetén' (beosztás ours, cégjegyzékszám not; empty for the "
                   "residential case); date on paper YYYY.MM.DD.")
    s.date_formats = ["%Y.%m.%d.", "%Y. %m. %d.", "%Y.%m.%d", "%Y-%m-%d"]
    s.c.setFont(s.bold_font, 9)
    s.c.drawRightString(W4 - 40, H4 - 36, "Hajdú Hálózat Zrt.")
    s.c.setFont(s.font, 7)
    s.c.drawRightString(W4 - 40, H4 - 47, "Piac utca 1, 4024 Debrecen - Telefon 52 555 100")
    s.text(40, H4 - 50, "Számhordozási kérelem", 14, bold=True)
    side = W4 - 130
    s.c.setFillGray(0.93)
    s.c.rect(side - 6, 120, 136, H4 - 190, stroke=0, fill=1)
    s.c.setFillGray(0)
    s.text(side, H4 - 80, "Megjegyzések", 8, bold=True)
    notes = ["1. Pontosan úgy, ahogy a számlán szerepel.", "2. A számla jobb felső sarkában.",
             "3. Körzetszám zárójelben, 06 nélkül.", "4. Csak részleges hordozásnál.",
             "5. Csak cég esetén töltendő ki."]
    ny = H4 - 94
    for note in notes:
        ny = s.para(side, ny, note, 118, 6.5) - 4

    def lab(x: float, y: float, label: str, note: str = "") -> None:
        s.text(x, y + 17, label + (f"  (lásd {note}. megjegyzés)" if note else ""), 6.5)

    y = H4 - 92
    lab(40, y, "Előfizető neve / cégneve", "1")
    tf(s, "elofizeto", 40, y, 380, 14, "account_name")
    y -= 32
    lab(40, y, "Felhasználási hely címe (utca, házszám)")
    tf(s, "cim", 40, y, 230, 14, "street")
    lab(278, y, "Ir.szám")
    tf(s, "irsz", 278, y, 40, 14, "postal_code")
    lab(326, y, "Település")
    tf(s, "telepules", 326, y, 94, 14, "city")
    y -= 32
    lab(40, y, "Jelenlegi szolgáltató")
    tf(s, "szolgaltato", 40, y, 170, 14, "carrier")
    lab(218, y, "Ügyfélszám", "2")
    tf(s, "ugyfelszam", 218, y, 202, 14, "account_number")
    y -= 30
    s.text(40, y, "Hordozandó számok", 8.5, bold=True)
    s.text(160, y, "(lásd 3. megjegyzés)", 6.5)
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True
    for r in range(8):
        col, row = divmod(r, 4)
        bx, by = 40 + col * 192, y - 20 - row * 18
        s.right_text(bx + 10, by + 4, f"{r + 1}.", 7.5)
        x = s.text(bx + 14, by + 4, "06-(", 8)
        s.box(x + 1, by, 24, 14, "area_code", f"körzetszám {r + 1}")["row"] = r
        x = s.text(x + 27, by + 4, ")", 8)
        s.frame(x + 3, by, 110, 14)
        s.slot(slots, (x + 4, by + 1, x + 112, by + 13), f"hívószám {r + 1}")
    y -= 20 + 4 * 18 + 10
    s.text(40, y, "Maradó számok (lásd 4. megjegyzés)", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        s.frame(200 + k * 112, y - 4, 106, 14)
        s.slot(stay, (201 + k * 112, y - 3, 305 + k * 112, y + 9), f"marad {k + 1}")
    y -= 34
    lab(40, y, "Kért hordozási nap (ÉÉÉÉ.HH.NN.)")
    s.box(40, y, 110, 14, "requested_date", "kért nap")
    lab(160, y, "Kapcsolattartó telefon")
    tf(s, "telefon", 160, y, 110, 14, "contact_phone")
    lab(278, y, "E-mail")
    tf(s, "email", 278, y, 142, 14, "contact_email")
    y -= 34
    s.text(40, y + 24, "Aláíró", 8.5, bold=True)
    lab(40, y - 6, "Vezetéknév")
    tf(s, "vezeteknev", 40, y - 6, 130, 14, None)
    lab(174, y - 6, "Utónév")
    tf(s, "utonev", 174, y - 6, 110, 14, None)
    span(s, 2, "authorized_name", "Vezetéknév | Utónév widgets")
    lab(292, y - 6, "Anyja neve")
    tf(s, "anyjaneve", 292, y - 6, 128, 14, None)
    y -= 36
    lab(40, y, "Születési hely, idő")
    tf(s, "szuletes", 40, y, 200, 14, None)
    y -= 34
    s.text(40, y + 24, "Csak cég esetén (lásd 5. megjegyzés)", 8, bold=True)
    lab(40, y - 6, "Beosztás")
    tf(s, "beosztas", 40, y - 6, 160, 14, "authorized_title")
    lab(210, y - 6, "Cégjegyzékszám")
    tf(s, "cegjegyzek", 210, y - 6, 210, 14, None)
    y -= 40
    y = s.para(40, y, "Kérem a fenti számok hordozását a Hajdú Hálózat Zrt. hálózatába, és "
               "meghatalmazom a szolgáltatót az ehhez szükséges eljárásra.", side - 60, 7.5)
    y -= 34
    s.sign_line("Aláírás", 40, y, 250, label_below=True)
    s.text(270, y - 10, "Kelt (dátum)", 7)
    s.line_under(270, y, 400, "date_signed", "kelt")
    s.footer("HH-SZH-2026")
    return s.build()


def ee_sign_first_kinds_fillable() -> Built:
    s = unicode_a4("r30-ee-sign-first-kinds-fillable", "EE", "et", ["r30-ee", "r30-ee-partial"],
                   "Fillable Tartu taotlus. Declaration, signature (paper), name and date FIRST, "
                   "details after. Labels letter-spaced or split by a font change; isikukood / "
                   "registrikood on the holder's row (not ours); 'Jah / Ei' radio pairs per "
                   "question; numbers table # | Põhinumber (row 1) | Lisanumbrid | Faks | DDI "
                   "vahemik, 10 rows (fax and DDI not ours); a section for legal persons only "
                   "(ametikoht; empty for the residential case).")
    s.date_formats = ["%d.%m.%Y"]
    s.c.setFont(s.bold_font, 9)
    s.c.drawRightString(W4 - 40, H4 - 36, "Emajõe Side AS")
    s.c.setFont(s.font, 7)
    s.c.drawRightString(W4 - 40, H4 - 47, "Küüni 5, 51004 Tartu - tel 7 555 100")
    s.text(40, H4 - 50, "Numbri teisaldamise taotlus", 14, bold=True)
    y = H4 - 80
    y = s.para(40, y, "Kinnitan, et olen numbrite kasutaja või tema esindaja, ja volitan Emajõe "
               "Side AS-i esitama minu nimel numbrite teisaldamise taotluse praegusele "
               "sideettevõtjale. Allpool toodud andmed on õiged.", W4 - 80, 8)
    y -= 36
    s.sign_line("Allkiri", 40, y, 250, label_below=True)
    spaced(s, 270, y + 18, "NIMI", 6.5)
    tf(s, "nimi", 270, y, 170, 14, "authorized_name")
    spaced(s, 450, y + 18, "KUUPÄEV", 6.5)
    tf(s, "kuupaev", 450, y, W4 - 490, 14, "date_signed")
    y -= 40
    s.band(40, y, W4 - 80, "Numbrite kasutaja andmed", 9)
    y -= 28
    mixed(s, 40, y + 17, [("Kasu", False), ("taja nimi", True)], 6.5)
    tf(s, "kasutaja", 40, y, 320, 14, "account_name")
    spaced(s, 370, y + 17, "ISIKUKOOD / REGISTRIKOOD", 6)
    tf(s, "kood", 370, y, W4 - 410, 14, None)
    y -= 30
    mixed(s, 40, y + 17, [("Aad", True), ("ress (tänav, maja)", False)], 6.5)
    tf(s, "aadress", 40, y, 250, 14, "street")
    spaced(s, 300, y + 17, "LINN", 6.5)
    tf(s, "linn", 300, y, 120, 14, "city")
    spaced(s, 430, y + 17, "SIHTNUMBER", 6.5)
    tf(s, "indeks", 430, y, W4 - 470, 14, "postal_code")
    y -= 30
    spaced(s, 40, y + 17, "PRAEGUNE SIDEETTEVÕTJA", 6.5)
    tf(s, "operaator", 40, y, 200, 14, "carrier")
    mixed(s, 250, y + 17, [("Lepingu ", False), ("/ kliendi nr", True)], 6.5)
    tf(s, "leping", 250, y, 150, 14, "account_number")
    spaced(s, 410, y + 17, "SOOVITUD KUUPÄEV", 6.5)
    tf(s, "soovitud", 410, y, W4 - 450, 14, "requested_date")
    y -= 26
    s.text(40, y, "Kas kasutaja on juriidiline isik?", 8)
    s.radio("juriidiline", "jah", 260, y - 1, "check:business", "Jah")
    s.radio("juriidiline", "ei", 310, y - 1, "check:residential", "Ei")
    y -= 18
    s.text(40, y, "Kas teisaldatakse kõik lepingu numbrid?", 8)
    s.radio("koik", "jah", 260, y - 1, "check:full_port", "Jah")
    s.radio("koik", "ei", 310, y - 1, "check:partial_port", "Ei")
    y -= 24
    s.text(40, y, "Teisaldatavad numbrid", 9, bold=True)
    slots = s.slot_group(ordered=False)
    bottom = kinds_table(s, 40, y - 6, [("#", 20, "#"), ("Põhinumber", 110, "main"),
                                        ("Lisanumbrid", 130, "more"), ("Faks", 100, "other"),
                                        ("DDI vahemik", 120, "other")], 10, slots, names="nr")
    y = bottom - 30
    s.text(40, y + 16, "Kui vastasite Ei: numbrid, mis jäävad praegusele sideettevõtjale", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        tf(s, f"jaab{k + 1}", 40 + k * 140, y, 130, 14, None)
        s.places.pop()
        s.slot(stay, (40 + k * 140, y, 170 + k * 140, y + 14), f"jääb {k + 1}", f"jaab{k + 1}")
    y -= 34
    spaced(s, 40, y + 17, "KONTAKTTELEFON", 6.5)
    tf(s, "telefon", 40, y, 150, 14, "contact_phone")
    spaced(s, 200, y + 17, "E-POST", 6.5)
    tf(s, "epost", 200, y, W4 - 240, 14, "contact_email")
    y -= 34
    s.band(40, y, W4 - 80, "Täidetakse ainult juriidilise isiku puhul", 8.5)
    y -= 28
    spaced(s, 40, y + 17, "ESINDAJA AMETIKOHT", 6.5)
    tf(s, "ametikoht", 40, y, 200, 14, "authorized_title")
    spaced(s, 250, y + 17, "VOLITUSE ALUS", 6.5)
    tf(s, "volitus", 250, y, 200, 14, None)
    s.footer("ES-NT-2026")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd.mm.yyyy");'}
    return finish(pdf, {"kuupaev": fmt, "soovitud": fmt}), truth


FORMS = {
    "r30-alg-nested-kinds-fillable": alg_nested_kinds_fillable,
    "r30-als-strike-landscape-a5": als_strike_landscape_a5,
    "r30-hu-side-notes-area-partly": hu_side_notes_area_partly,
    "r30-ee-sign-first-kinds-fillable": ee_sign_first_kinds_fillable,
}
