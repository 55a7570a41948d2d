"""Round 17 (held back), Lithuania and Iceland: a Vilnius provider's paper prašymas perkelti
numerį in an embedded Unicode font (the document's date and registration number under the title
with their captions in brackets, the place of writing not ours, captions under every line,
juridinis / fizinis asmuo ticks, įmonės / asmens kodas, PVM mokėtojo kodas and savivaldybė not
ours, the donor provider and contract number, visi / tik išvardyti ticks, lines 1-12 down three
columns, ISO dates, the signature row '(pareigos) (parašas) (vardas, pavardė)' with A.V., an
office panel not ours); an Icelandic partly fillable beiðni um númeraflutning in an embedded
font (widgets named in Icelandic with labels above, the kennitala in a 10-cell comb widget not
ours, póstnúmer before staður; on paper the all / only ticks, lines 1-10 numbered across two
columns, the numbers that stay, the desired day in dagur . mánuður . ár boxes, 'Staður og
dagsetning' on one line, the signature, printed name and position). Truth from the drawn page;
the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import date_parts, numbered_slots, widget_above
from tests.loaforms.round7_kit import under
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round14_kit import office_panel, unicode_a4
from tests.loaforms.round17_kit import bracket_under

Built = tuple[bytes, dict[str, Any]]
W4, H4 = float(A4[0]), float(A4[1])


def _lt_head(s: Sheet) -> float:
    s.c.setFont(s.bold_font, 10)
    s.c.drawRightString(W4 - 40, H4 - 40, "UAB „Ryšio linija“")
    for n, line in enumerate(["Konstitucijos pr. 12, LT-09308 Vilnius",
                              "Įmonės kodas 305114872", "numerio.perkelimas@rysiolinija.example"],
                             start=1):
        s.right_text(W4 - 40, H4 - 43 - n * 9.5, line, 7.5)
    s.c.setFont(s.bold_font, 14)
    s.c.drawCentredString(W4 / 2, H4 - 100, "PRAŠYMAS PERKELTI NUMERĮ")
    y = H4 - 126
    bracket_under(s, "data", 170, y, 280, "date_signed")
    s.text(290, y + 2, "Nr.", 9)
    bracket_under(s, "registracijos Nr.", 308, y, 420, None)
    y -= 28
    place = bracket_under(s, "sudarymo vieta", 240, y, 350, None)
    place["optional"] = True
    return y - 28


def _lt_customer(s: Sheet, y: float) -> float:
    w = W4 - 80
    s.band(40, y, w, "1. Abonento duomenys", 8.5)
    y -= 20
    s.tick(40, y, "check:business", "juridinis asmuo")
    s.tick(160, y, "check:residential", "fizinis asmuo")
    y -= 28
    under(s, "Įmonės pavadinimas arba vardas, pavardė", 40, y, 380, "account_name")
    under(s, "Įmonės kodas / asmens kodas", 392, y, W4 - 40, None)
    y -= 30
    under(s, "Adresas (gatvė, namo ir buto Nr.)", 40, y, 380, "street")
    under(s, "PVM mokėtojo kodas", 392, y, W4 - 40, None)
    y -= 30
    under(s, "Miestas / gyvenvietė", 40, y, 230, "city")
    under(s, "Pašto kodas", 242, y, 350, "postal_code")
    under(s, "Savivaldybė", 362, y, W4 - 40, None)
    y -= 30
    under(s, "Kontaktinis telefonas", 40, y, 230, "contact_phone")
    under(s, "El. paštas", 242, y, W4 - 40, "contact_email")
    y -= 32
    s.band(40, y, w, "2. Dabartinis paslaugų teikėjas (donoras)", 8.5)
    y -= 28
    under(s, "Paslaugų teikėjo pavadinimas", 40, y, 300, "carrier")
    under(s, "Sutarties Nr. arba kliento kodas", 312, y, W4 - 40, "account_number")
    return y - 32


def _lt_numbers(s: Sheet, y: float) -> float:
    w = W4 - 80
    s.band(40, y, w, "3. Perkeliami numeriai", 8.5)
    y -= 20
    s.tick(40, y, "check:full_port", "visi sutartyje nurodyti numeriai")
    s.tick(250, y, "check:partial_port", "tik žemiau išvardyti numeriai")
    y -= 24
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=3, rows=4, col_w=w / 3, down=True, row_h=19)
    y -= 4 * 19 + 10
    s.blank("Numeriai, kurie lieka dabartiniam paslaugų teikėjui:", 40, y, W4 - 40,
            "remaining_numbers", size=8)
    y -= 22
    s.blank("Pageidaujama perkėlimo data (mmmm-mm-dd):", 40, y, 300, "requested_date", size=8)
    return y - 20


def lt_prasymas_paper() -> Built:
    s = unicode_a4("r17-lt-prasymas-paper", "LT", "lt", ["r17-lt", "r17-lt-home"],
                   "Paper, Lithuanian, embedded Unicode font. The receiving provider's "
                   "letterhead; under the title the document's date '(data)' and '(registracijos "
                   "Nr.)' not ours, '(sudarymo vieta)' not ours; captions under every line: "
                   "juridinis / fizinis asmuo ticks, pavadinimas arba vardas, pavardė; įmonės / "
                   "asmens kodas, PVM mokėtojo kodas and savivaldybė not ours; adresas, miestas, "
                   "pašto kodas; telefonas, el. paštas; donor provider and sutarties Nr.; visi / "
                   "tik išvardyti ticks; lines 1-12 DOWN three columns; numbers that stay; "
                   "pageidaujama data mmmm-mm-dd; signature row (pareigos) (parašas) (vardas, "
                   "pavardė) with A.V.; an office panel not ours.")
    s.date_formats = ["%Y-%m-%d"]
    y = _lt_numbers(s, _lt_customer(s, _lt_head(s)))
    y = s.para(40, y, "Prašau perkelti nurodytus numerius į UAB „Ryšio linija“ tinklą ir "
               "įgalioju UAB „Ryšio linija“ dabartiniam paslaugų teikėjui pateikti prašymą "
               "nutraukti sutartį dėl perkeliamų numerių. Patvirtinu, kad pateikti duomenys yra "
               "teisingi. Įsipareigojimai dabartiniam paslaugų teikėjui lieka galioti.",
               W4 - 80, 7.5) - 40
    bracket_under(s, "pareigos", 40, y, 170, "authorized_title")
    s.rule(190, y, 330)
    s.c.setFont(s.font, 6.5)
    s.c.drawCentredString(260, y - 8, "(parašas)")
    s._place((190, y - 2, 330, y + 30), "signature", what="parašas")
    bracket_under(s, "vardas, pavardė", 350, y, W4 - 40, "authorized_name")
    s.text(200, y - 22, "A. V.", 8)
    office_panel(s, 40, 60, W4 - 80, "Pildo UAB „Ryšio linija“", ["Prašymą priėmė",
                                                                 "Priėmimo data",
                                                                 "Užsakymo Nr."], h=40)
    s.footer("RL-NP-01 (2026)")
    return s.build()


def _is_fillable(s: Sheet) -> float:
    s.text(40, H4 - 44, "Norðurljós fjarskipti ehf.", 13, bold=True)
    s.text(40, H4 - 56, "Borgartún 26, 105 Reykjavík  -  kt. 510814-0990  -  "
           "flutningur@nordurljos.example", 7.5)
    s.text(40, H4 - 86, "Beiðni um númeraflutning", 16, bold=True)
    s.text(40, H4 - 99, "Flutningur símanúmera frá núverandi þjónustuaðila til Norðurljósa", 8)
    w = W4 - 80
    s.band(40, H4 - 124, w, "1. Rétthafi númers", 8.5)
    y = H4 - 160
    widget_above(s, "Nafn rétthafa (fyrirtæki eða einstaklingur)", "nafn_retthafa", 40, y, 330,
                 "account_name")
    s.text(385, y + 18, "Kennitala", 7.5, bold=True)
    comb_widget(s, "kennitala", 385, y, 10, None, cell_w=17, h=15)
    y -= 36
    widget_above(s, "Heimilisfang", "heimilisfang", 40, y, 330, "street")
    widget_above(s, "Póstnúmer", "postnumer", 385, y, 50, "postal_code")
    widget_above(s, "Staður", "stadur", 445, y, W4 - 485, "city")
    y -= 36
    widget_above(s, "Netfang", "netfang", 40, y, 330, "contact_email")
    widget_above(s, "Sími tengiliðar", "simi_tengilidar", 385, y, W4 - 425, "contact_phone")
    s.band(40, y - 26, w, "2. Núverandi þjónustuaðili", 8.5)
    y -= 62
    widget_above(s, "Núverandi þjónustuaðili", "nuverandi_thjonustuadili", 40, y, 250,
                 "carrier")
    widget_above(s, "Viðskiptamannsnúmer / samningsnúmer", "vidskiptamannsnumer", 305, y,
                 W4 - 345, "account_number")
    return y - 26


def _is_paper(s: Sheet, y: float) -> None:
    w = W4 - 80
    s.band(40, y, w, "3. Númer sem á að flytja (fyllið út með penna)", 8.5)
    y -= 20
    s.tick(40, y, "check:full_port", "Flytja öll númer rétthafa")
    s.tick(220, y, "check:partial_port", "Flytja aðeins númerin hér að neðan")
    y -= 24
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=2, rows=5, col_w=w / 2, down=False, row_h=19)
    y -= 5 * 19 + 10
    s.blank("Númer sem verða áfram hjá núverandi þjónustuaðila:", 40, y, W4 - 40,
            "remaining_numbers", size=8)
    y -= 30
    s.text(40, y + 4, "Óskaður flutningsdagur", 8)
    date_parts(s, 150, y, [("dagur", 22, "requested_day"), ("mánuður", 22, "requested_month"),
                           ("ár", 36, "requested_year")], h=14, sep=".")
    y -= 30
    s.band(40, y, w, "4. Undirritun", 8.5)
    y = s.para(40, y - 18, "Ég undirrituð/undirritaður, rétthafi ofangreindra númera eða "
               "prókúruhafi hans, óska eftir að númerin verði flutt til Norðurljósa fjarskipta "
               "ehf. og veiti Norðurljósum umboð til að segja upp þjónustu vegna þeirra hjá "
               "núverandi þjónustuaðila. Skuldbindingar við núverandi þjónustuaðila haldast.",
               w, 7.5) - 34
    under(s, "Staður og dagsetning", 40, y, 230, "date_signed")
    s.sign_line("Undirskrift rétthafa eða prókúruhafa", 260, y, W4 - 40, label_below=True)
    y -= 40
    under(s, "Nafn með prentstöfum", 40, y, 300, "authorized_name")
    under(s, "Staða / starfsheiti", 320, y, W4 - 40, "authorized_title")
    s.footer("NL-NF-2026-1")


def is_beidni_partly() -> Built:
    s = unicode_a4("r17-is-beidni-partly", "IS", "is", ["r17-is", "r17-is-partial"],
                   "Partly fillable, Icelandic, embedded font. Widgets named in Icelandic, "
                   "labels above: nafn rétthafa; kennitala in a 10-cell comb widget (not "
                   "ours); heimilisfang, póstnúmer before staður; netfang, sími tengiliðar; "
                   "núverandi þjónustuaðili and viðskiptamannsnúmer. On paper: all / only "
                   "ticks; lines 1-10 numbered ACROSS two columns; numbers that stay; the "
                   "desired day in dagur . mánuður . ár boxes; 'Staður og dagsetning' on one "
                   "line (the date of signing); signature; nafn með prentstöfum; staða.")
    s.date_formats = ["%d.%m.%Y"]
    _is_paper(s, _is_fillable(s))
    return s.build()


FORMS = {"r17-lt-prasymas-paper": lt_prasymas_paper,
         "r17-is-beidni-partly": is_beidni_partly}
