"""Round 31, Lapland and Košice (held back; truth from the drawn page, the filler never run on
these by their author):

- A Lapland fillable numeronsiirtolomake in Finnish: values the carrier typed in before it sent
  the form (the form's code read-only, the receiver's name as a default value, an arrival date
  already stamped in a read-only widget: none ours), 'esim. Matti Meikäläinen' printed grey
  under the name and a grey specimen first row 'esim. +358 16 555 0000' in the numbers table
  (no widget), a postcode comb widget, the contact phone labelled only by an icon and its
  tooltip, 'Käyntiosoite' and 'Postiosoite (jos eri)' both asked with a c/o line, a per-row
  line-type drop-down (not ours), 'Aikaisintaan ____ / Viimeistään ____', a reseller's block
  and a second signer not ours, a 'Allekirjoita tästä' tab at the signature box.
- A Košice partly fillable žiadosť o prenesenie čísla in Slovak: the customer's block widgets
  beside a vertical 'ÚČASTNÍK' strip, IČO and DIČ not ours, the address on paper with a PSČ
  comb '___ __' and a c/o line, a transposed paper numbers table (columns Číslo 1..6, rows
  Predvoľba | Účastnícke číslo | Typ linky: the area code and the local number ours per
  column), 'Nemám posledné vyúčtovanie' (not ours: the case does not say it), 'Nie skôr ako /
  Nie neskôr ako' with a weekday tick row, the signature a widget beside a same-sized
  'Pečiatka' box.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet, witness_line
from tests.loaforms.round28_kit import choice, tf
from tests.loaforms.round29_kit import comb
from tests.loaforms.round31_kit import grey, side_label, vtext

Built = tuple[bytes, dict[str, Any]]


def _lab(s: Sheet, x: float, y: float, text: str) -> None:
    s.text(x, y + 15, text, 6.8)


def la_prefilled_fillable() -> Built:
    s = UnicodeSheet("r31-la-prefilled-specimen-fillable", "FI", "fi",
                     "Fillable, Lapland, one A4 page, Finnish. Prefilled read-only code, default "
                     "receiver and stamped arrival date (not ours); grey 'esim.' name under the "
                     "blank and a grey specimen first row; Y-tunnus not ours; postcode comb "
                     "widget; contact phone by icon and tooltip only; Käyntiosoite ours, "
                     "Postiosoite only if different, c/o optional; numbers 1-7 with a line-type "
                     "drop-down per row (not ours); numbers staying; Aikaisintaan ours, "
                     "Viimeistään not; reseller block and second signer not ours.", A4,
                     ["r31-la", "r31-la-partial"])
    s.date_formats = ["%d.%m.%Y", "%d.%m.%y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Tunturiverkko Oy", "Valtakatu 21, 96100 Rovaniemi",
                                   "Asiakaspalvelu 016 342 0100"])
    s.text(40, h - 48, "Numeronsiirtolomake", 15, bold=True)
    s.text(40, h - 76, "Lomake", 7)
    tf(s, "lomake_id", 70, h - 80, 80, 12, None, flags="readOnly", value="TV-NS-31")
    s.text(160, h - 76, "Vastaanottaja", 7)
    tf(s, "vastaanottaja", 212, h - 80, 110, 12, None, value="Tunturiverkko Oy")
    s.text(332, h - 76, "Saapunut", 7)
    tf(s, "saapunut", 368, h - 80, 70, 12, None, flags="readOnly", value="01.08.2029")
    y = h - 104
    s.band(40, y, w - 80, "1  Asiakas", 8.5)
    y -= 32
    _lab(s, 40, y, "Asiakkaan nimi (kuten laskulla)")
    tf(s, "f1", 40, y, 300, 14, "account_name")
    grey(s, 42, y - 9, "esim. Matti Meikäläinen / Esimerkki Oy", 6.5)
    _lab(s, 350, y, "Y-tunnus")
    tf(s, "f2", 350, y, 205, 14, None)
    y -= 36
    _lab(s, 40, y, "Asiakasnumero nykyisellä operaattorilla")
    tf(s, "f3", 40, y, 180, 14, "account_number")
    _lab(s, 230, y, "Nykyinen operaattori")
    choice(s, "f4", 230, y, 120, ["Elisa", "DNA", "Telia", "Muu"], "carrier")
    _lab(s, 360, y, "Asiakastyyppi")
    s.radio("tyyppi", "Y", 360, y + 2, "check:business", "Yritys")
    s.radio("tyyppi", "K", 420, y + 2, "check:residential", "Yksityinen")
    y -= 36
    _lab(s, 40, y, "Yhteyshenkilö / valtuutettu")
    tf(s, "f5", 40, y, 180, 14, "authorized_name")
    _lab(s, 230, y, "Asema")
    tf(s, "f6", 230, y, 120, 14, "authorized_title")
    s.c.roundRect(363, y - 1, 8, 14, 1.5, stroke=1, fill=0)
    tf(s, "f7", 378, y, 177, 14, "contact_phone", tooltip="Puhelinnumero")
    y -= 36
    _lab(s, 40, y, "Sähköposti")
    tf(s, "f8", 40, y, 310, 14, "contact_email")
    _lab(s, 360, y, "Pääliittymän numero (laskulla)")
    tf(s, "f8b", 360, y, 195, 14, "btn")
    y -= 28
    s.band(40, y, w - 80, "2  Osoitteet", 8.5)
    y -= 34
    _lab(s, 40, y, "Käyntiosoite (liittymän osoite)")
    tf(s, "f9", 40, y, 250, 14, "street")
    _lab(s, 300, y, "Postinumero")
    tf(s, "f10", 300, y, 70, 14, "postal_code", maxlen=5, comb=True)
    _lab(s, 380, y, "Postitoimipaikka")
    tf(s, "f11", 380, y, 175, 14, "city")
    y -= 34
    _lab(s, 40, y, "c/o")
    tf(s, "f12", 40, y, 250, 14, None, optional=True)
    y -= 34
    _lab(s, 40, y, "Postiosoite (vain jos eri kuin käyntiosoite)")
    tf(s, "f13", 40, y, 250, 14, "billing_street")
    _lab(s, 300, y, "Postinumero")
    tf(s, "f14", 300, y, 70, 14, "billing_postal_code")
    _lab(s, 380, y, "Postitoimipaikka")
    tf(s, "f15", 380, y, 175, 14, "billing_city")
    y -= 26
    s.band(40, y, w - 80, "3  Siirrettävät numerot", 8.5)
    top = y - 8
    s.c.setFillGray(0.88)
    s.c.rect(40, top - 14, 515, 14, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(43, top - 10, "#", 7, bold=True)
    s.text(68, top - 10, "Puhelinnumero (kansainvälisessä muodossa)", 7, bold=True)
    s.text(308, top - 10, "Liittymätyyppi", 7, bold=True)
    s.frame(40, top - 30, 24, 16)
    s.frame(64, top - 30, 240, 16)
    s.frame(304, top - 30, 251, 16)
    grey(s, 44, top - 25, "esim.", 6.5)
    grey(s, 68, top - 25, "+358 16 555 0000", 7.5)
    grey(s, 308, top - 25, "lankapuhelin", 7.5)
    slots = s.slot_group()
    for n in range(7):
        ry = top - 30 - (n + 1) * 16
        s.frame(40, ry, 24, 16)
        s.right_text(58, ry + 5, str(n + 1), 7.5)
        tf(s, f"nro{n + 1}", 65, ry + 1, 238, 14, None)
        s.places.pop()
        s.slot(slots, (65, ry + 1, 303, ry + 15), f"numero {n + 1}", f"nro{n + 1}")
        choice(s, f"tyyppi{n + 1}", 305, ry + 1, 249, ["lankapuhelin", "VoIP", "ISDN"], None,
               h=14)["optional"] = True
    y = top - 30 - 7 * 16 - 18
    s.text(40, y, "Siirto koskee", 7.5)
    s.radio("laajuus", "1", 100, y - 2, "check:full_port", "kaikkia numeroita")
    s.radio("laajuus", "2", 200, y - 2, "check:partial_port", "osaa numeroista")
    s.text(300, y, "Jäävät nykyiselle operaattorille:", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        tf(s, f"jaa{n + 1}", 425, y - 4 - n * 16, 130, 13, None)
        s.places.pop()
        s.slot(stay, (425, y - 4 - n * 16, 555, y + 9 - n * 16), f"jää {n + 1}", f"jaa{n + 1}")
    y -= 40
    _lab(s, 40, y, "Siirto aikaisintaan (pp.kk.vvvv)")
    tf(s, "f16", 40, y, 110, 14, "requested_date")
    _lab(s, 170, y, "Siirto viimeistään (pp.kk.vvvv)")
    tf(s, "f17", 170, y, 110, 14, None)
    s.text(300, y + 15, "Jälleenmyyjä (jälleenmyyjä täyttää)", 6.8, bold=True)
    s.text(300, y + 3, "Nimi", 6.5)
    tf(s, "jm_nimi", 320, y, 110, 13, None)
    s.text(436, y + 3, "Tunnus", 6.5)
    tf(s, "jm_tunnus", 462, y, 93, 13, None)
    y -= 22
    y = s.para(40, y, "Valtuutan Tunturiverkko Oy:n siirtämään yllä mainitut numerot ja "
               "irtisanomaan niitä koskevat liittymät nykyiseltä operaattorilta siirron "
               "yhteydessä. Vakuutan olevani oikeutettu tekemään tämän tilauksen.", w - 80, 7)
    y -= 56
    s.c.setFillGray(0.85)
    s.c.rect(24, y, 14, 48, stroke=0, fill=1)
    s.c.setFillGray(0)
    vtext(s, 34, y + 4, "Allekirjoita tästä", 6, bold=True)
    s.box(40, y, 250, 48, "signature", "allekirjoitus")
    s.text(40, y - 9, "Allekirjoitus", 6.8)
    witness_line(s, "Toinen allekirjoittaja (tarvittaessa)", 305, y, 555)
    y -= 40
    _lab(s, 40, y, "Nimen selvennys")
    tf(s, "f18", 40, y, 170, 14, "authorized_name")
    _lab(s, 220, y, "Päiväys")
    tf(s, "f19", 220, y, 70, 14, "date_signed")
    _lab(s, 305, y, "Nimen selvennys (toinen allekirjoittaja)")
    tf(s, "f20", 305, y, 250, 14, None)
    s.footer("TV-NS-31  1/1")
    return s.build()


def ko_transposed_partly() -> Built:
    s = UnicodeSheet("r31-ko-transposed-partly-fillable", "SK", "sk",
                     "Partly fillable, Košice, one A4 page, Slovak. Customer widgets beside a "
                     "vertical ÚČASTNÍK strip; IČO, DIČ not ours; paper address with PSČ comb "
                     "and c/o (optional); correspondence address only if different; transposed "
                     "paper numbers table Číslo 1-6 (rows predvoľba per column, účastnícke "
                     "číslo local slots, typ not ours); 'Nemám posledné vyúčtovanie' not ours; "
                     "Nie skôr ako ours, Nie neskôr ako and weekday ticks not; signature a "
                     "widget beside a same-sized Pečiatka box.", A4,
                     ["r31-ko", "r31-ko-partial"])
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Vychodne siete a.s.", "Hlavna 1, 040 01 Kosice",
                                   "Zakaznicka linka 055 622 0100"])
    s.text(40, h - 48, "ŽIADOSŤ O PRENESENIE ČÍSLA", 14, bold=True)
    s.text(40, h - 62, "Vyplňte paličkovým písmom. Polia v sivom rámčeku môžete vyplniť "
           "na počítači.", 7.5)
    top = h - 80
    side_label(s, 40, top - 150, top, "ÚČASTNÍK")
    x0 = 60
    y = top - 20
    _lab(s, x0, y, "Obchodné meno / meno a priezvisko")
    tf(s, "Text1", x0, y, 300, 14, "account_name")
    _lab(s, x0 + 310, y, "IČO")
    tf(s, "Text2", x0 + 310, y, 80, 14, None)
    _lab(s, x0 + 400, y, "DIČ")
    tf(s, "Text3", x0 + 400, y, 95, 14, None)
    y -= 34
    _lab(s, x0, y, "Č. zmluvy / zákaznícke č. u súčasného operátora")
    tf(s, "Text4", x0, y, 200, 14, "account_number")
    _lab(s, x0 + 210, y, "Súčasný operátor")
    tf(s, "Text5", x0 + 210, y, 140, 14, "carrier")
    _lab(s, x0 + 360, y, "Tel.")
    tf(s, "Text6", x0 + 360, y, 135, 14, "contact_phone")
    y -= 34
    _lab(s, x0, y, "Štatutárny zástupca / splnomocnená osoba")
    tf(s, "Text7", x0, y, 200, 14, "authorized_name")
    _lab(s, x0 + 210, y, "Funkcia")
    tf(s, "Text8", x0 + 210, y, 140, 14, "authorized_title")
    _lab(s, x0 + 360, y, "E-mail")
    tf(s, "Text9", x0 + 360, y, 135, 14, "contact_email")
    y -= 24
    s.text(x0, y, "Typ účastníka:", 8)
    s.tick(x0 + 64, y - 1, "check:business", "právnická osoba / podnikateľ")
    s.tick(x0 + 210, y - 1, "check:residential", "fyzická osoba - nepodnikateľ")
    y = top - 172
    s.band(40, y, w - 80, "Adresa pripojenia", 8.5)
    y -= 22
    s.blank("Ulica, č.", 40, y, 330, "street", size=8)
    s.text(340, y, "PSČ", 8)
    comb(s, 362, y - 4, "___ __", "postal_code", "PSČ")
    s.blank("Obec", 440, y, w - 40, "city", size=8)
    y -= 20
    s.blank("c/o", 40, y, 330, None, size=8, optional=True)
    y -= 20
    s.blank("Korešpondenčná adresa (len ak je iná)", 40, y, w - 40, "billing_street", size=8)
    y -= 28
    s.band(40, y, w - 80, "Prenášané čísla (bez +421; predvoľba bez 0)", 8.5)
    top = y - 8
    first, col = 95.0, 70.0
    s.c.setFillGray(0.88)
    s.c.rect(40, top - 14, first + 6 * col, 14, stroke=1, fill=1)
    s.c.setFillGray(0)
    for n in range(6):
        s.text(40 + first + n * col + 4, top - 10, f"Číslo {n + 1}", 7, bold=True)
    slots = s.slot_group()
    s._slot_groups[-1]["local"] = True  # the number after its area code, in the row above
    for r, label in enumerate(["Predvoľba", "Účastnícke č.", "Typ linky"]):
        ry = top - 14 - (r + 1) * 18
        s.frame(40, ry, first, 18)
        s.text(43, ry + 6, label, 7)
        for n in range(6):
            cx = 40 + first + n * col
            s.frame(cx, ry, col, 18)
            rect = (cx + 1, ry + 1, cx + col - 1, ry + 17)
            if r == 0:
                s._place(rect, "area_code", what=f"predvoľba {n + 1}", row=n)
            elif r == 1:
                s.slot(slots, rect, f"účastnícke číslo {n + 1}")
            else:
                s._place(rect, None, what=f"typ linky {n + 1}", optional=True)
    y = top - 14 - 3 * 18 - 18
    s.tick(40, y, "check:full_port", "Preniesť všetky čísla zo zmluvy")
    s.tick(230, y, "check:partial_port", "Preniesť len uvedené čísla; ostatné zostávajú:")
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        s.rule(445, y - 1 - n * 16, w - 40)
        s.slot(stay, (445, y - 3 - n * 16, w - 40, y + 10 - n * 16), f"zostáva {n + 1}")
    y -= 38
    s.tick(40, y, None, "Nemám posledné vyúčtovanie (prikladám zmluvu)")
    y -= 24
    s.blank("Nie skôr ako", 40, y, 200, "requested_date", size=8)
    s.blank("Nie neskôr ako", 220, y, 380, None, size=8)
    y -= 18
    s.text(40, y, "Vhodné dni:", 8)
    x = 92.0
    for day in ("Po", "Ut", "St", "Št", "Pi"):
        s.tick(x, y - 1, None, day)
        x += 38
    y -= 20
    y = s.para(40, y, "Žiadam o prenesenie uvedených čísel k spoločnosti Východné siete a.s. a "
               "splnomocňujem ju ukončiť u súčasného operátora služby viazané na prenesené "
               "čísla ku dňu prenesenia.", w - 80, 7.5)
    y -= 60
    tf(s, "Podpis", 40, y, 240, 50, "signature", what="podpis (widget)")
    s.text(40, y - 10, "Podpis účastníka / oprávnenej osoby", 7)
    s.box(315, y, 240, 50, None, "pečiatka")
    s.text(315, y - 10, "Pečiatka", 7)
    y -= 36
    s.blank("Miesto", 40, y, 200, None, size=8, optional=True)
    _lab(s, 220, y - 4, "Dátum")
    tf(s, "Datum", 220, y - 4, 90, 14, "date_signed")
    s.footer("VS-PRE-3/2029")
    return s.build()


FORMS = {
    "r31-la-prefilled-specimen-fillable": la_prefilled_fillable,
    "r31-ko-transposed-partly-fillable": ko_transposed_partly,
}
