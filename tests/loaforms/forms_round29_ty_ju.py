"""Round 29, Tyrol and Jutland (held back; truth from the drawn page, the filler never run on
these by their author):

- A Tyrolean partly fillable Portierungsauftrag for households: the holder's name split 'Titel
  | Vorname | Familienname (in BLOCKSCHRIFT)' beside the name as billed, 'Herr / Frau
  (Nichtzutreffendes streichen)', '+43' printed before the contact phone widget, a read-only
  country widget prefilled 'Österreich', the numbers as '( 0 | Vorwahl ) | Rufnummer | Art' rows
  (the trunk 0 printed, the number after its area code), a customer number at the new provider
  (not ours), 'Nur für Firmenkunden' with 'GmbH' printed after the company blank and 'Im
  Todesfall des Anschlussinhabers' sections the cases leave empty, a second contract partner's
  signature (not ours).
- A Jutland paper anmodning om nummerflytning in Danish on a page whose MediaBox and CropBox
  start at (30, 40), not 0,0 (drawn translated, so it looks as any other), labels split by a
  font change mid-word ('Telefon' + bold 'nummer'), footnote marks on labels with the notes at
  the foot, 'Ja [] Nej []' per question, a CVR number and a P-number (not ours), a numbers
  table with a tick per row for the kind (Fastnet / Fax / ISDN-MSN, not the case's), and a
  second tegningsberettiget's signature (not ours).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round28_kit import tf
from tests.loaforms.round29_kit import mixed, offset_boxes, shift_places, yes_no

Built = tuple[bytes, dict[str, Any]]
W, H = A4


def _above(s: Any, label: str, name: str, x: float, y: float, w: float, fld: str | None,
           **kw: Any) -> dict[str, Any]:
    s.text(x, y + 16, label, 6.8)
    return tf(s, name, x, y, w, 14, fld, **kw)


def ty_prefixes_partly() -> Built:
    s = a4("r29-ty-portierung-vorwahl-partly", "AT", "de", ["r29-ty", "r29-ty-partial"],
           "Partly fillable, Tyrol, households (both cases residential). Split name Titel | "
           "Vorname | Familienname optional; name as billed; Herr/Frau strike; +43 printed "
           "before the contact phone widget; read-only country 'Österreich' not ours; numbers "
           "rows '( 0 | Vorwahl ) | Rufnummer | Art' (area code cell per row, number after it "
           "as a local slot group; Art not ours); new provider's customer number not ours; "
           "business-only and deceased-holder sections not ours; second contract partner's "
           "signature not ours; dates TT.MM.JJJJ.")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, H - 44, "TirolNet Kommunikation GmbH", 12, bold=True)
    s.text(40, H - 56, "Museumstraße 5, 6020 Innsbruck  ·  portierung@tirolnet.example", 7.5)
    s.text(40, H - 84, "Auftrag zur Rufnummernportierung (Festnetz)", 14, bold=True)
    y = H - 108
    s.band(40, y, W - 80, "1  Anschlussinhaber/in", 9)
    y -= 42
    for label, bx, bw in (("Titel", 40, 50), ("Vorname", 96, 150),
                          ("Familienname (in BLOCKSCHRIFT)", 252, 200)):
        s.text(bx, y + 16, label, 6.8)
        s.box(bx, y, bw, 14, None, label, optional=True)
    _above(s, "Kd.-Nr. bei TirolNet (falls vorh.)", "KdNrNeu", 458, y, 97, None)
    y -= 32
    _above(s, "Name wie auf der Rechnung des bisherigen Betreibers", "Name", 40, y, 330,
           "account_name")
    y -= 32
    _above(s, "Straße, Hausnummer, Stiege/Tür", "Strasse", 40, y, 330, "street")
    _above(s, "Land", "Land", 380, y, 175, None, value="Österreich", flags="readOnly")
    y -= 32
    _above(s, "PLZ", "PLZ", 40, y, 60, "postal_code")
    _above(s, "Ort", "Ort", 110, y, 260, "city")
    y -= 32
    s.text(40, y + 16, "Telefon tagsüber", 6.8)
    s.text(40, y + 4, "+43", 9)
    tf(s, "TelTag", 62, y, 160, 14, "contact_phone")
    _above(s, "E-Mail", "Mail", 232, y, 323, "contact_email")
    y -= 26
    x = s.text(40, y, "Kundentyp:", 7.5) + 8
    s.checkbox("KT1", x, y - 1, "check:residential", "Privatkunde")
    s.checkbox("KT2", x + 90, y - 1, "check:business", "Firmenkunde")
    s.text(300, y, "Anrede:  Herr / Frau  (Nichtzutreffendes streichen)", 7.5)
    y -= 20
    s.band(40, y, W - 80, "2  Bisheriger Betreiber", 9)
    y -= 34
    _above(s, "Bisheriger Betreiber", "Betreiber", 40, y, 200, "carrier")
    _above(s, "Kundennummer beim bisherigen Betreiber", "KdNr", 250, y, 200, "account_number")
    _above(s, "Hauptrufnummer", "HauptNr", 460, y, 95, "btn")
    y -= 26
    y = yes_no(s, 40, y, "Sollen alle Rufnummern des Anschlusses portiert werden?",
               "check:full_port", "check:partial_port", words=("Ja", "Nein"), at=300)
    s.band(40, y, W - 80, "3  Zu portierende Rufnummern", 9)
    top = y - 10
    heads = [("Nr.", 24), ("( 0  Vorwahl )", 80), ("Rufnummer", 160), ("Art (Festnetz/Fax/ISDN)",
                                                                         120)]
    cx = 40.0
    for head, cw in heads:
        s.frame(cx, top - 14, cw, 14)
        s.text(cx + 3, top - 10, head, 7, bold=True)
        cx += cw
    slots = s.slot_group()
    s._slot_groups[-1]["local"] = True  # the number after its area code, which has its cell
    for r in range(5):
        ry = top - 14 - (r + 1) * 17
        s.frame(40, ry, 24, 17)
        s.right_text(58, ry + 5, f"{r + 1}.", 7.5)
        s.frame(64, ry, 80, 17)
        s.text(67, ry + 5, "( 0", 8.5)
        s.text(136, ry + 5, ")", 8.5)
        place = s._place((82, ry + 1, 134, ry + 16), "area_code", what=f"Vorwahl {r + 1}")
        place["row"] = r
        s.frame(144, ry, 160, 17)
        s.slot(slots, (145, ry + 1, 303, ry + 16), f"Rufnummer {r + 1}")
        s.frame(304, ry, 120, 17)
        s._place((305, ry + 1, 423, ry + 16), None, what=f"Art {r + 1}")
    y = top - 14 - 6 * 17 - 12
    s.text(40, y, "Nur bei Teilportierung: diese Rufnummern bleiben beim bisherigen Betreiber",
           7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        tf(s, f"Rest{k + 1}", 40 + k * 200, y - 20, 190, 14, None)
        s.places.pop()
        s.slot(stay, (40 + k * 200, y - 20, 230 + k * 200, y - 6), f"bleibt {k + 1}",
               f"Rest{k + 1}")
    y -= 48
    _above(s, "Gewünschter Portierungstermin (TT.MM.JJJJ)", "Termin", 40, y, 120,
           "requested_date")
    y -= 22
    s.band(40, y, W - 80, "4  Nur für Firmenkunden", 9)
    y -= 30
    s.text(40, y + 16, "Firmenwortlaut", 6.8)
    tf(s, "Firma", 40, y, 250, 14, None)
    s.text(294, y + 4, "GmbH", 8.5)
    _above(s, "Firmenbuchnummer", "FN", 330, y, 100, None)
    _above(s, "UID-Nummer", "UID", 440, y, 115, None)
    y -= 22
    s.band(40, y, W - 80, "5  Im Todesfall des Anschlussinhabers", 9)
    y -= 30
    _above(s, "Name der Erbin / des Erben", "Erbe", 40, y, 250, None)
    _above(s, "Sterbedatum", "Sterbedatum", 300, y, 100, None)
    y -= 22
    s.band(40, y, W - 80, "6  Unterschrift", 9)
    y = s.para(40, y - 16, "Ich beauftrage TirolNet, die oben angeführten Rufnummern zu "
               "portieren und den Vertrag beim bisherigen Betreiber für diese Rufnummern in "
               "meinem Namen zu kündigen.", W - 80, 7.5)
    y -= 20
    _above(s, "Name in Blockschrift", "NameUnt", 40, y, 200, "authorized_name")
    _above(s, "Ort", "OrtUnt", 250, y, 140, None, optional=True)
    _above(s, "Datum", "DatumUnt", 400, y, 155, "date_signed")
    y -= 34
    s.sign_line("Unterschrift Anschlussinhaber/in", 40, y, 260, label_below=True)
    witness_line(s, "Unterschrift zweite/r Vertragspartner/in (falls vorhanden)", 300, y, 555)
    s.text(40, 14, "TN-PORT-FN 04/2029", 7)
    return s.build()


def ju_offset_paper() -> Built:
    dx, dy = 30.0, 40.0
    s = a4("r29-ju-nummerflytning-forskudt-paper", "DK", "da", ["r29-ju", "r29-ju-partial"],
           "Paper, Jutland, one A4 page whose MediaBox/CropBox start at (30, 40) (content drawn "
           "translated; truth in the page's own coordinates). Labels split by a font change "
           "mid-word; footnote marks with notes at the foot; Ja/Nej ticks; CVR and P-nummer "
           "not ours; numbers table with per-row kind ticks (optional); numbers staying two "
           "lines; second tegningsberettiget not ours; dates DD-MM-ÅÅÅÅ.")
    s.date_formats = ["%d-%m-%Y", "%d.%m.%Y"]
    s.c.translate(dx, dy)
    s.text(40, H - 44, "Vestkystens Net A/S", 12, bold=True)
    s.text(40, H - 56, "Kanalen 4, 6700 Esbjerg  ·  flytning@vestkystnet.example", 7.5)
    s.text(40, H - 84, "Anmodning om nummerflytning", 14, bold=True)
    y = H - 108
    s.band(40, y, W - 80, "A. Kunde (udfyldes kun for erhvervskunder)", 9)
    y -= 22
    end = mixed(s, 40, y, ["Firma", "navn"]) + 4
    s.rule(end, y - 2, W - 40)
    s._place((end, y - 4, W - 40, y + 11), "account_name", what="Firmanavn")
    y -= 20
    s.blank("CVR-nr.¹", 40, y, 200, None, size=8)
    s.blank("P-nummer", 210, y, 360, None, size=8)
    x = s.text(372, y, "Kundetype:", 8) + 6
    s.tick(x, y - 1, "check:business", "Erhverv")
    s.tick(x + 62, y - 1, "check:residential", "Privat")
    y -= 20
    end = mixed(s, 40, y, ["Kunde", "nummer", " hos nuværende udbyder²"]) + 4
    s.rule(end, y - 2, 330)
    s._place((end, y - 4, 330, y + 11), "account_number", what="Kundenummer")
    s.blank("Nuværende udbyder", 340, y, W - 40, "carrier", size=8)
    y -= 20
    s.blank("Adresse (vej og husnr.)", 40, y, 360, "street", size=8)
    s.blank("Postnr.", 370, y, 440, "postal_code", size=8)
    s.blank("By", 450, y, W - 40, "city", size=8)
    y -= 20
    end = mixed(s, 40, y, ["Telefon", "nummer", " til kontakt"]) + 4
    s.rule(end, y - 2, 260)
    s._place((end, y - 4, 260, y + 11), "contact_phone", what="Telefonnummer til kontakt")
    s.blank("E-mail", 270, y, W - 40, "contact_email", size=8)
    y -= 24
    y = yes_no(s, 40, y, "Skal alle numre på abonnementet flyttes?", "check:full_port",
               "check:partial_port", words=("Ja", "Nej"), at=300)
    s.band(40, y, W - 80, "B. Numre der skal flyttes", 9)
    top = y - 10
    heads = [("Nr.", 24), ("Telefonnummer", 160), ("Fastnet", 50), ("Fax", 50),
             ("ISDN-MSN", 50)]
    cx = 40.0
    for head, cw in heads:
        s.frame(cx, top - 14, cw, 14)
        s.text(cx + 3, top - 10, head, 7, bold=True)
        cx += cw
    slots = s.slot_group()
    for r in range(8):
        ry = top - 14 - (r + 1) * 16
        s.frame(40, ry, 24, 16)
        s.right_text(58, ry + 4.5, f"{r + 1}", 7.5)
        s.frame(64, ry, 160, 16)
        s.slot(slots, (65, ry + 1, 223, ry + 15), f"telefonnummer {r + 1}")
        for k in range(3):
            bx = 224 + k * 50
            s.frame(bx, ry, 50, 16)
            s.frame(bx + 21, ry + 4, 8, 8)
            s._place((bx + 21, ry + 4, bx + 29, ry + 12), None, what=f"{heads[k + 2][0]} "
                     f"{r + 1}", optional=True)
    s.text(390, top - 30, "Sæt ét kryds pr. nummer", 7)
    s.text(390, top - 40, "for nummertypen.³", 7)
    y = top - 14 - 9 * 16 - 14
    s.text(40, y, "Kun ved delvis flytning: numre der bliver hos nuværende udbyder", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        s.rule(40 + k * 240, y - 20, 260 + k * 240)
        s.slot(stay, (40 + k * 240, y - 22, 260 + k * 240, y - 7), f"bliver {k + 1}")
    y -= 40
    s.blank("Ønsket flyttedato (DD-MM-ÅÅÅÅ)", 40, y, 300, "requested_date", size=8)
    end = mixed(s, 310, y, ["Hoved", "nummer"]) + 4
    s.rule(end, y - 2, W - 40)
    s._place((end, y - 4, W - 40, y + 11), "btn", what="Hovednummer")
    y -= 22
    s.band(40, y, W - 80, "C. Underskrift", 9)
    y = s.para(40, y - 16, "Undertegnede giver Vestkystens Net A/S fuldmagt til at opsige "
               "ovennævnte numre hos den nuværende udbyder og flytte dem.", W - 80, 7.5)
    y -= 12
    s.blank("Navn (blokbogstaver)", 40, y, 300, "authorized_name", size=8)
    s.blank("Stilling", 310, y, W - 40, "authorized_title", size=8)
    y -= 20
    s.blank("Dato", 40, y, 200, "date_signed", size=8)
    y -= 34
    s.sign_line("Underskrift (tegningsberettiget)", 40, y, 270, label_below=True)
    witness_line(s, "Underskrift tegningsberettiget nr. 2 (hvis krævet)", 300, y, W - 40)
    s.c.setFont(s.font, 6.5)
    s.c.drawString(40, 62, "¹ CVR-nummer fremgår af virksomhedens registrering, ikke af "
                   "regningen.")
    s.c.drawString(40, 54, "² Kundenummeret står øverst på regningen fra den nuværende "
                   "udbyder.")
    s.c.drawString(40, 46, "³ Typen bruges kun til planlægning og kan udelades.")
    s.footer("VKN-NF-7")
    shift_places(s, 1, dx, dy)
    pdf, truth = s.build()
    return offset_boxes(pdf, 1, dx, dy), truth


FORMS = {
    "r29-ty-portierung-vorwahl-partly": ty_prefixes_partly,
    "r29-ju-nummerflytning-forskudt-paper": ju_offset_paper,
}
