"""Round 32, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Carniolan zahteva that is one big picture (a scanned paper form, no text layer) with the
  carrier's widgets f1..f40 added on top: every label readable only in the picture, one label
  smudged beyond reading (its widget stays empty), abbreviated labels ("Ul. in hišna št.", "Pošt.
  št.", "Tel. št."), the requested date in eight one-character widgets (DD MM LLLL), check boxes
  whose words are in the picture and a "Prejeto" stamp already typed into a read-only widget.
- A Courland partly fillable iesniegums: the holder's details in widgets (a registration /
  personal code comb not ours), "Atzīmējiet, ja NEVĒLATIES pārnest visus numurus" (ticked only
  for the partial port), the numbers on paper in international format with a grey "piem." row
  above row 1, a weekday tick row and "laiks no | līdz" (no time of ours), and the signature
  beside a same-sized "Z.v." (stamp) box.
- A Trøndelag fillable overføringsfullmakt over two pages: some widget names lie (the Poststed
  widget is "adresse2", the street's "sted": the printed label decides), the visiting address in
  big-to-small order (Land, prefilled read-only | Postnr. | Poststed | Gateadresse), a postal
  address and c/o "bare hvis ulik" (empty), numbers "uten landkode, i stigende rekkefølge", Ja /
  Nei radio pairs, and page 2 a continuation sheet whose header asks Kundenr. and Firmanavn again,
  numbers 9-16, the signature and an initials box on each page.
- A Bohemian paper žádost, the losing carrier's own form (its name and the form number printed in
  their boxes), "Nepřeji si přenést všechna čísla", a billing address "nevyplňujte, je-li shodná",
  "nejdříve dne | nejpozději dne" and a weekday row, numbers "bez předvolby +420", and a back page
  printed upside down for a tumble duplex (/Rotate 180 shows it upright) holding the signature
  beside the stamp box.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round24_kit import rotate_pages
from tests.loaforms.round28_kit import choice, finish, tf
from tests.loaforms.round32_kit import (
    bare_check,
    char_widgets,
    grey,
    own_letterhead,
    scanned_page,
    turn180,
    unturn180,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def car_scanned_overlay_fillable() -> Built:
    s = unicode_a4("r32-car-scanned-overlay-fillable", "SI", "sl", ["r32-car", "r32-car-partial"],
                   "Slovene zahteva za prenos: the page is one scanned picture, no text layer; "
                   "widgets f1..f40 on top, labels readable only in the picture. One label "
                   "smudged (its widget f10 stays empty). Abbreviated labels (Ul. in hišna št., "
                   "Pošt. št., Tel. št.). Requested date in eight one-character widgets DD MM "
                   "LLLL. Check boxes with words in the picture. 'Prejeto' stamp typed into a "
                   "read-only widget (not ours). Signature box on paper.")
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y"]
    texts: list[tuple[float, float, str, float]] = [
        (40, H4 - 50, "ZAHTEVA ZA PRENOS ŠTEVILKE", 15),
        (380, H4 - 44, "Ljubljanske Omrežne Storitve d.o.o.", 8),
        (380, H4 - 55, "Dunajska cesta 5, 1000 Ljubljana", 7),
        (40, H4 - 80, "1. NAROČNIK", 10)]
    boxes: list[tuple[float, float, float, float]] = []
    widgets: list[tuple[str, float, float, float, str | None]] = []

    def field(name: str, label: str, x: float, y: float, w: float, fld: str | None) -> None:
        texts.append((x, y + 17, label, 7))
        boxes.append((x, y, w, 15))
        widgets.append((name, x + 1, y + 1, w - 2, fld))

    y = H4 - 110
    field("f1", "Naročnik (ime in priimek / naziv podjetja)", 40, y, 330, "account_name")
    field("f5", "Davčna št.", 380, y, 175, None)
    y -= 34
    field("f2", "Ul. in hišna št.", 40, y, 250, "street")
    field("f3", "Pošt. št.", 300, y, 70, "postal_code")
    field("f4", "Kraj", 380, y, 175, "city")
    y -= 34
    field("f6", "Št. računa / naročniške pogodbe", 40, y, 170, "account_number")
    field("f7", "Sedanji operater", 220, y, 150, "carrier")
    field("f10", "Zaupna koda", 380, y, 175, None)
    blot = (380, y + 15, 60, 12)
    y -= 34
    field("f8", "Kontaktna tel. št.", 40, y, 170, "contact_phone")
    field("f9", "E-pošta", 220, y, 335, "contact_email")
    y -= 26
    texts += [(40, y, "Vrsta naročnika:", 8), (150, y, "pravna oseba", 8),
              (250, y, "fizična oseba", 8), (350, y, "prenos vseh številk", 8),
              (470, y, "delni prenos", 8)]
    checks = [("f20", 137, "check:business"), ("f21", 237, "check:residential"),
              ("f22", 337, "check:full_port"), ("f23", 457, "check:partial_port")]
    for _, cx, _ in checks:
        boxes.append((cx, y - 1, 9, 9))
    y -= 24
    texts.append((40, y, "2. TEL. ŠT. ZA PRENOS", 10))
    num_y = y - 22
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 40 + col * 170, num_y - row * 20
        texts.append((bx, by + 4, f"{k + 1}.", 8))
        boxes.append((bx + 14, by, 150, 16))
    texts.append((380, num_y + 4, "Ostanejo pri sedanjem", 7))
    texts.append((380, num_y - 5, "operaterju:", 7))
    for k in range(2):
        boxes.append((380, num_y - 30 - k * 20, 175, 16))
    y = num_y - 4 * 20 - 20
    texts.append((40, y + 17, "Želeni datum prenosa (DD MM LLLL)", 7))
    date_y = y
    field("f31", "Podpisnik (ime in priimek)", 200, y, 180, "authorized_name")
    field("f32", "Funkcija", 390, y, 165, "authorized_title")
    y -= 40
    texts.append((40, y + 40, "Podpis naročnika", 7))
    boxes.append((40, y - 10, 250, 46))
    field("f33", "Datum podpisa", 300, y, 100, "date_signed")
    texts.append((420, y + 17, "Prejeto (žig operaterja)", 7))
    boxes.append((420, y - 10, 135, 26))
    texts.append((40, 30, "LOS-PRENOS-01/2029  (skenirano)", 7))
    scanned_page(s, texts, boxes, (blot,))
    for name, x, wy, w, fld in widgets:
        tf(s, name, x, wy, w, 13, fld)
    y_checks = H4 - 110 - 34 * 3 - 26
    for name, cx, fld in checks:
        bare_check(s, name, cx, y_checks - 1, fld, f"{name} (words in the picture)")
    slots = s.slot_group(ordered=False)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 40 + col * 170, num_y - row * 20
        tf(s, f"f{11 + k}", bx + 15, by + 1, 148, 14, None)
        s.places.pop()
        s.slot(slots, (bx + 15, by + 1, bx + 163, by + 15), f"številka {k + 1}", f"f{11 + k}")
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = num_y - 30 - k * 20
        tf(s, f"f{19 + k * 10}", 381, by + 1, 173, 14, None)
        s.places.pop()
        s.slot(stay, (381, by + 1, 554, by + 15), f"ostane {k + 1}", f"f{19 + k * 10}")
    char_widgets(s, "d", 40, date_y, 2, "requested_day", "dan", gap_after=(2,))
    char_widgets(s, "d", 69, date_y, 2, "requested_month", "mesec", start=3)
    char_widgets(s, "d", 98, date_y, 4, "requested_year", "leto", start=5)
    s._place((41, y - 9, 289, y + 32), "signature", what="podpis naročnika")
    tf(s, "f40", 421, y - 9, 133, 24, None, value="PREJETO 02.08.2029", flags="readOnly")
    return s.build()


def cou_negative_weekdays_partly() -> Built:
    s = unicode_a4("r32-cou-negative-weekdays-partly", "LV", "lv", ["r32-cou", "r32-cou-partial"],
                   "Partly fillable Latvian iesniegums (Courland). Holder's details in widgets; "
                   "Reģ. nr. / personas kods comb (not ours). 'Atzīmējiet, ja NEVĒLATIES pārnest "
                   "visus numurus' (ticked for the partial port only). Numbers on paper, "
                   "international format, a grey 'piem.' row above row 1 (the form's print). "
                   "Weekday tick row and 'laiks no | līdz' (empty). Signature on paper beside a "
                   "same-sized 'Z.v.' stamp box.")
    s.date_formats = ["%d.%m.%Y"]
    own_letterhead(s, W4 - 40, H4 - 36, ["SIA Baltijas Balss Tīkli", "Graudu iela 20, Liepāja",
                                     "Klientu serviss 6755 5100"])
    s.text(40, H4 - 50, "Iesniegums numura pārnešanai", 14, bold=True)
    y = H4 - 84
    s.band(40, y, W4 - 80, "1. Klients", 9)

    def w(label: str, name: str, x: float, wy: float, width: float, fld: str | None) -> None:
        s.text(x, wy + 17, label, 7)
        tf(s, name, x, wy, width, 14, fld)

    y -= 32
    w("Klienta nosaukums / vārds, uzvārds", "vards", 40, y, 300, "account_name")
    s.text(350, y + 17, "Reģ. nr. / personas kods", 7)
    tf(s, "regnr", 350, y, 11 * 13, 14, None, comb=True, maxlen=11)
    y -= 32
    w("Adr. (iela, mājas nr.)", "adrese", 40, y, 240, "street")
    w("Pilsēta", "pilseta", 290, y, 150, "city")
    w("Pasta indekss", "indekss", 450, y, 105, "postal_code")
    y -= 32
    w("Esošais operators", "operators", 40, y, 160, "carrier")
    w("Līguma / klienta nr.", "lignr", 210, y, 150, "account_number")
    w("Kontakttālr. (+371 ...)", "kontakttel", 370, y, 185, "contact_phone")
    y -= 32
    w("E-pasts", "epasts", 40, y, 240, "contact_email")
    s.text(300, y + 4, "Klients:", 7.5)
    s.radio("tips", "jur", 340, y + 2, "check:business", "juridiska persona")
    s.radio("tips", "fiz", 440, y + 2, "check:residential", "fiziska persona")
    y -= 28
    s.band(40, y, W4 - 80, "2. Pārnesamie numuri (starptautiskā formātā, +371 ...)", 9)
    y -= 22
    s.checkbox("nevisi", 40, y, "check:partial_port",
               "Atzīmējiet, ja NEVĒLATIES pārnest visus līgumā esošos numurus")
    y -= 24
    heads = [("Nr.", 28), ("Tālr. nr. (+371 ...)", 180), ("Pakalpojums", 100)]
    cx = 40.0
    for head, hw in heads:
        s.frame(cx, y, hw, 15)
        s.text(cx + 3, y + 4.5, head, 7, bold=True)
        cx += hw
    y -= 15
    s.frame(40, y, 308, 15)
    grey(s, 43, y + 4.5, "piem.", 7)
    grey(s, 71, y + 4.5, "+371 67 555 000", 7.5)
    grey(s, 251, y + 4.5, "balss", 7)
    slots = s.slot_group(ordered=False)
    for r in range(8):
        ry = y - 15 * (r + 1)
        cx = 40.0
        for k, (head, hw) in enumerate(heads):
            s.frame(cx, ry, hw, 15)
            if k == 0:
                s.right_text(cx + hw - 4, ry + 4.5, str(r + 1), 7.5)
            elif k == 1:
                s.slot(slots, (cx + 1, ry + 1, cx + hw - 1, ry + 14), f"numurs {r + 1}")
            else:
                s._place((cx + 1, ry + 1, cx + hw - 1, ry + 14), None, what=f"{head} {r + 1}")
            cx += hw
    s.text(370, y + 4.5, "Numuri, kas paliek pie", 7)
    s.text(370, y - 4.5, "esošā operatora:", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = y - 30 - k * 20
        s.frame(370, by, 185, 15)
        s.slot(stay, (371, by + 1, 554, by + 14), f"paliek {k + 1}")
    y -= 15 * 9 + 28
    w("Vēlamais pārnešanas datums", "datums1", 40, y, 100, "requested_date")
    s.text(160, y + 17, "Vēlamā nedēļas diena", 7)
    for k, day in enumerate(("P", "O", "T", "C", "Pk")):
        s.tick(160 + k * 30, y + 2, None, day)
    s.text(330, y + 17, "Laiks", 7)
    s.blank("no", 330, y + 3, 390, None, 7.5)
    s.blank("līdz", 396, y + 3, 460, None, 7.5)
    y -= 24
    y = s.para(40, y, "Apliecinu, ka esmu tiesīgs rīkoties klienta vārdā, un pilnvaroju SIA "
               "Baltijas Balss Tīkli pārnest iepriekš minētos numurus no esošā operatora.",
               W4 - 80, 7.5)
    y -= 26
    s.blank("Paraksttiesīgā persona", 40, y, 300, "authorized_name", 8)
    s.blank("Amats", 310, y, W4 - 40, "authorized_title", 8)
    y -= 58
    s.frame(40, y, 220, 44)
    s.text(44, y + 36, "Paraksts", 7, bold=True)
    s._place((41, y + 1, 259, y + 33), "signature", what="paraksts")
    s.frame(270, y, 220, 44)
    s.text(274, y + 36, "Z.v.", 7, bold=True)
    s._place((271, y + 1, 489, y + 33), None, what="zīmoga vieta")
    y -= 22
    s.blank("Datums", 40, y, 180, "date_signed", 8)
    s.footer("BBT-NP-LV 2029")
    pdf, truth = s.build()
    return finish(pdf, {"datums1": {"F": 'AFDate_FormatEx("dd.mm.yyyy");'}}), truth


def _tro_header(s: Sheet, page: int) -> None:
    y = H4 - 34
    s.c.setFillGray(0.9)
    s.c.rect(30, y - 6, W4 - 60, 22, stroke=0, fill=1)
    s.c.setFillGray(0)
    s.text(36, y + 9, "Kundenr. hos nåv. operatør", 5.5)
    tf(s, f"hode{page}_kundenr", 36, y - 4, 140, 12, "account_number")
    s.text(190, y + 9, "Firmanavn", 5.5)
    tf(s, f"hode{page}_navn", 190, y - 4, 262, 12, "account_name")
    s.text(470, y + 1, f"Side {page} av 2", 8, bold=True)
    s.text(W4 - 28, 140, "Parafering", 5.5)
    s.box(W4 - 30, 104, 22, 30, None, f"initials page {page}", optional=True)


def tro_lying_names_continuation_fillable() -> Built:
    s = Sheet("r32-tro-lying-names-continuation-fillable", "NO", "nb", "", A4,
              ["r32-tro", "r32-tro-partial"])
    s.notes = ("Fillable Norwegian overføringsfullmakt over two pages. Lying widget names (the "
               "Poststed widget is 'adresse2', the Gateadresse widget 'sted', the e-mail widget "
               "'mobil2': the printed label decides). Besøksadresse big-to-small: Land "
               "(prefilled read-only 'Norge', not ours) | Postnr. | Poststed | Gateadresse; "
               "Postadresse and c/o 'bare hvis ulik' (empty). Numbers 'uten landkode +47, i "
               "stigende rekkefølge'; Ja / Nei radio pairs; tidspunkt ticks empty. Page 2 a "
               "continuation sheet whose header asks Kundenr. and Firmanavn again, numbers "
               "9-16, signature on paper; initials boxes on each page (not a value).")
    s.date_formats = ["%d.%m.%Y"]
    _tro_header(s, 1)
    letterhead(s, W4 - 40, H4 - 62, ["Nidelva Nett AS", "Fjordgata 1, 7010 Trondheim",
                                     "Kundeservice 73 55 51 00"])
    s.text(40, H4 - 72, "Fullmakt for nummeroverføring", 14, bold=True)

    def w(label: str, name: str, x: float, wy: float, width: float, fld: str | None,
          **kw: Any) -> None:
        s.text(x, wy + 17, label, 7)
        tf(s, name, x, wy, width, 14, fld, **kw)

    y = H4 - 100
    s.band(40, y, W4 - 80, "Kunde", 9)
    y -= 32
    w("Firmanavn / navn (som på fakturaen)", "kunde_navn", 40, y, 260, "account_name")
    w("Org.nr. / fødselsnr.", "orgnr", 310, y, 117, None, comb=True, maxlen=9)
    s.text(440, y + 17, "Kundetype", 7)
    s.radio("kt", "B", 440, y + 2, "check:business", "Bedrift")
    s.radio("kt", "P", 495, y + 2, "check:residential", "Privat")
    y -= 32
    s.text(40, y + 17, "Nåværende operatør", 7)
    choice(s, "operator", 40, y, 160, ["Telenor Norge AS", "Telia Norge AS",
                                       "Ice Communication Norge AS"], "carrier",
           accept=["Telenor Norge AS", "Telia Norge AS"], h=14)
    w("Kundenr. hos nåværende operatør", "kundenr", 210, y, 160, "account_number")
    y -= 28
    s.text(40, y, "Besøksadresse", 8, bold=True)
    y -= 26
    w("Land", "land", 40, y, 70, None, value="Norge", flags="readOnly")
    w("Postnr.", "postnr", 120, y, 60, "postal_code")
    w("Poststed", "adresse2", 190, y, 130, "city")
    w("Gateadresse", "sted", 330, y, 225, "street")
    y -= 32
    w("Postadresse (fyll ut bare hvis ulik besøksadressen)", "postadr", 40, y, 330, None)
    w("c/o", "co", 380, y, 175, None)
    y -= 28
    s.band(40, y, W4 - 80, "Kontaktperson", 9)
    y -= 32
    w("Navn", "kp_navn", 40, y, 180, "authorized_name")
    w("Stilling (bare bedrift)", "kp_stilling", 230, y, 110, "authorized_title")
    w("Mobil", "mobil1", 350, y, 90, "contact_phone")
    w("E-post", "mobil2", 450, y, 105, "contact_email")
    y -= 28
    s.band(40, y, W4 - 80, "Numre", 9)
    y -= 20
    s.text(40, y, "Overfør alle numre på avtalen?", 8)
    s.radio("alle", "Ja", 200, y - 1, "check:full_port", "Ja")
    s.radio("alle", "Nei", 240, y - 1, "check:partial_port", "Nei")
    y -= 18
    s.text(40, y, "Numre som skal overføres (8 siffer, uten landkode +47, i stigende "
           "rekkefølge)", 8)
    slots = s.slot_group(ordered=True)
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 40 + col * 150, y - 20 - row * 18
        s.right_text(bx + 12, by + 4, str(k + 1), 7.5)
        tf(s, f"nr{k + 1}", bx + 16, by, 120, 14, None)
        s.places.pop()
        s.slot(slots, (bx + 16, by, bx + 136, by + 14), f"nummer {k + 1}", f"nr{k + 1}")
    s.text(350, y - 4, "Bare hvis Nei: numre som blir igjen", 7)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        by = y - 20 - k * 18
        tf(s, f"igjen{k + 1}", 350, by, 120, 14, None)
        s.places.pop()
        s.slot(stay, (350, by, 470, by + 14), f"blir igjen {k + 1}", f"igjen{k + 1}")
    y -= 20 + 4 * 18 + 10
    s.text(40, y, "Flere numre: bruk fortsettelsesarket (side 2)", 7)
    y -= 30
    w("Ønsket overføringsdato", "dato1", 40, y, 100, "requested_date")
    s.text(160, y + 17, "Tidspunkt", 7)
    s.checkbox("tid1", 160, y + 2, None, "08-12")
    s.checkbox("tid2", 215, y + 2, None, "12-16")
    s.footer("NN-FULLMAKT-2029  side 1 av 2")
    s.next_page()
    _tro_header(s, 2)
    s.text(40, H4 - 72, "Fortsettelsesark - flere numre", 12, bold=True)
    y = H4 - 96
    for k in range(8):
        col, row = divmod(k, 4)
        bx, by = 40 + col * 150, y - row * 18
        s.right_text(bx + 12, by + 4, str(k + 9), 7.5)
        tf(s, f"nr{k + 9}", bx + 16, by, 120, 14, None)
        s.places.pop()
        s.slot(slots, (bx + 16, by, bx + 136, by + 14), f"nummer {k + 9}", f"nr{k + 9}")
    y -= 4 * 18 + 20
    y = s.para(40, y, "Undertegnede bekrefter å ha fullmakt for kunden og gir Nidelva Nett AS "
               "fullmakt til å overføre numrene fra nåværende operatør. Avtalen med nåværende "
               "operatør sies opp for de overførte numrene når overføringen er gjennomført.",
               W4 - 100, 8)
    y -= 56
    s.frame(40, y, 240, 42)
    s.text(44, y + 34, "Signatur", 7, bold=True)
    s._place((41, y + 1, 279, y + 31), "signature", what="signatur")
    w("Navn med blokkbokstaver", "sign_navn", 290, y + 20, 160, "authorized_name")
    w("Dato", "sign_dato", 460, y + 20, 95, "date_signed")
    s.footer("NN-FULLMAKT-2029  side 2 av 2")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd.mm.yyyy");'}
    return finish(pdf, {"dato1": fmt, "sign_dato": fmt}), truth


def boh_losing_carrier_tumble_paper() -> Built:
    s = unicode_a4("r32-boh-losing-carrier-tumble-paper", "CZ", "cs",
                   ["r32-boh", "r32-boh-partial"],
                   "Paper Czech žádost, the losing carrier's own form (both cases are its "
                   "customers): 'Opouštěný operátor' and the form number printed in their boxes "
                   "(not ours), 'Přejímající operátor' optional. 'Nepřeji si přenést všechna "
                   "čísla' (partial only); billing address 'nevyplňujte, je-li shodná' (empty); "
                   "'nejdříve dne' is the requested date, 'nejpozději dne' and the weekday row "
                   "empty; numbers 'bez předvolby +420'. Page 2 printed upside down for a "
                   "tumble duplex (/Rotate 180 shows it upright): the signature beside the stamp "
                   "box, name, function, date.")
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y"]
    own_letterhead(s, W4 - 40, H4 - 36, ["O2 Czech Republic a.s.", "Za Brumlovkou 266/2, Praha 4",
                                     "Formulář opouštěného operátora"])
    s.text(40, H4 - 50, "Žádost o přenesení čísla", 14, bold=True)
    y = H4 - 80
    s.text(40, y + 3, "Č. formuláře", 7)
    s.box(90, y - 2, 90, 14, None, "číslo formuláře")
    s.text(94, y + 2, "OP-2029/0417", 8)
    s.text(200, y + 3, "Opouštěný operátor", 7)
    s.box(270, y - 2, 140, 14, None, "opouštěný operátor (printed)")
    s.text(274, y + 2, "O2 Czech Republic a.s.", 8)
    y -= 28
    s.band(40, y, W4 - 80, "A. Účastník", 9)
    y -= 24
    s.blank("Obchodní firma / jméno a příjmení", 40, y, 380, "account_name", 8)
    s.blank("IČO / RČ", 390, y, W4 - 40, None, 8)
    y -= 22
    s.blank("Ulice, č. p.", 40, y, 300, "street", 8)
    s.blank("PSČ", 310, y, 380, "postal_code", 8)
    s.blank("Obec", 390, y, W4 - 40, "city", 8)
    y -= 22
    s.blank("Fakturační adresa (nevyplňujte, je-li shodná s adresou instalace)", 40, y,
            W4 - 40, None, 8)
    y -= 22
    s.blank("Č. smlouvy / zák. č.", 40, y, 250, "account_number", 8)
    s.blank("Kontaktní tel. č.", 260, y, 400, "contact_phone", 8)
    s.blank("E-mail", 410, y, W4 - 40, "contact_email", 8)
    y -= 22
    s.blank("Přejímající operátor", 40, y, 300, None, 8, optional=True)
    y -= 28
    s.band(40, y, W4 - 80, "B. Přenášená čísla (9 číslic, bez předvolby +420)", 9)
    y -= 22
    slots = s.slot_group(ordered=False)
    for k in range(10):
        col, row = divmod(k, 5)
        bx, by = 40 + col * 180, y - row * 20
        s.text(bx, by + 4, f"{k + 1}.", 8)
        s.frame(bx + 16, by, 150, 16)
        s.slot(slots, (bx + 17, by + 1, bx + 165, by + 15), f"číslo {k + 1}")
    s.tick(400, y + 4, "check:partial_port", "Nepřeji si přenést")
    s.text(412, y - 6, "všechna čísla ze smlouvy", 8.5)
    s.text(400, y - 22, "Čísla, která zůstávají:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(3):
        by = y - 44 - k * 20
        s.frame(400, by, 155, 16)
        s.slot(stay, (401, by + 1, 554, by + 15), f"zůstává {k + 1}")
    y -= 5 * 20 + 30
    s.band(40, y, W4 - 80, "C. Termín přenosu", 9)
    y -= 22
    s.blank("nejdříve dne", 40, y, 170, "requested_date", 8)
    s.blank("nejpozději dne", 180, y, 310, None, 8)
    s.text(320, y, "Preferovaný den:", 7.5)
    for k, day in enumerate(("Po", "Út", "St", "Čt", "Pá")):
        s.tick(390 + k * 33, y - 1, None, day)
    s.footer("OP-PRENOS-CZ  strana 1/2  Otočte list / please turn over")
    s.next_page()
    turn180(s)
    s.text(40, H4 - 50, "Podmínky a podpis", 13, bold=True)
    y = H4 - 74
    for clause in ("1. Účastník žádá o přenesení uvedených čísel k přejímajícímu operátorovi a "
                   "o ukončení služeb k těmto číslům u opouštěného operátora.",
                   "2. Služby nerušte před dokončením přenosu: čísla by mohla být ztracena.",
                   "3. Podpisem účastník potvrzuje správnost údajů na straně 1."):
        y = s.para(40, y, clause, W4 - 80, 8) - 6
    y -= 30
    s.blank("Jméno a příjmení oprávněné osoby", 40, y, 330, "authorized_name", 8)
    s.blank("Funkce", 340, y, W4 - 40, "authorized_title", 8)
    y -= 64
    s.frame(40, y, 240, 46)
    s.text(44, y + 38, "Podpis", 7, bold=True)
    s._place((41, y + 1, 279, y + 35), "signature", what="podpis")
    s.frame(300, y, 240, 46)
    s.text(304, y + 38, "Razítko", 7, bold=True)
    s._place((301, y + 1, 539, y + 35), None, what="razítko")
    y -= 24
    s.blank("Datum", 40, y, 180, "date_signed", 8)
    s.footer("OP-PRENOS-CZ  strana 2/2")
    unturn180(s, 2)
    pdf, truth = s.build()
    return rotate_pages(pdf, {2}, 180), truth


FORMS = {
    "r32-car-scanned-overlay-fillable": car_scanned_overlay_fillable,
    "r32-cou-negative-weekdays-partly": cou_negative_weekdays_partly,
    "r32-tro-lying-names-continuation-fillable": tro_lying_names_continuation_fillable,
    "r32-boh-losing-carrier-tumble-paper": boh_losing_carrier_tumble_paper,
}
