"""Round 17 (held back), Germany and Slovenia: a cable operator's fillable Auftrag zur
Rufnummernmitnahme (honest German widget names with labels in a column to their left, the cable
operator's own customer and order numbers top right not ours, Anschlussart and Geburtsdatum not
ours, Privat- / Geschäftskunde check boxes, a radio group for all / only the listed numbers,
Rufnummer1..10 printed 1-5 | 6-10 down two columns but created across the rows, a 'restliche
Rufnummern kündigen' box and the whole Kündigung block not ours, a Wunschtermin, 'Ort' of the
signature not ours beside its Datum, a signature line with no widget); a Slovenian fillable
zahteva za prenos številke in an embedded Unicode font (Acrobat's Slovenian default names
Besedilo1.. and 'Potrditveno polje N', grey label cells, davčna and matična številka / EMŠO not
ours, the receiving operator printed in its cell, two numbers tables 1-5 | 6-10 side by side,
'Kraj' not ours and 'Datum' above their widgets, a signature line and a žig box not ours). Truth
from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import numbered_slots, widget_above
from tests.loaforms.round12_kit import label_cells
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round17_kit import left_widget

Built = tuple[bytes, dict[str, Any]]
W4, H4 = float(A4[0]), float(A4[1])


def _de_head(s: Sheet) -> float:
    s.text(40, H4 - 46, "ELBKABEL", 17, bold=True)
    s.text(40, H4 - 58, "Elbkabel Netz GmbH  -  Postfach 12 04 51  -  01005 Dresden", 7.5)
    s.frame(340, H4 - 80, W4 - 380, 50)
    s.text(346, H4 - 40, "Von Elbkabel auszufüllen", 6.5, bold=True)
    left_widget(s, "Kundennummer", "EK_Kundennummer", 346, H4 - 58, 62, 135, None, h=13,
                size=7)
    left_widget(s, "Auftragsnummer", "EK_Auftragsnummer", 346, H4 - 75, 62, 135, None, h=13,
                size=7)
    s.text(40, H4 - 104, "Auftrag zur Rufnummernmitnahme", 15, bold=True)
    s.text(40, H4 - 117, "Portierung Ihrer Festnetz-Rufnummer(n) zu Elbkabel und Kündigung beim "
           "bisherigen Anbieter", 8)
    return H4 - 140


def _de_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "1  Bisheriger Anbieter (abgebender Anbieter)", 8.5)
    y -= 24
    left_widget(s, "Name des bisherigen Anbieters", "BisherigerAnbieter", 40, y, 170, 345,
                "carrier")
    y -= 19
    left_widget(s, "Kundennummer beim bisherigen Anbieter", "KdNrBisherigerAnbieter", 40, y,
                170, 200, "account_number")
    y -= 19
    s.text(40, y + 2, "Anschlussart", 8)
    for k, (name, label) in enumerate([("AnschlussAnalog", "Analog"),
                                       ("AnschlussISDN_MGA", "ISDN-Mehrgeräteanschluss"),
                                       ("AnschlussISDN_AA", "ISDN-Anlagenanschluss"),
                                       ("AnschlussIP", "IP / All-IP")]):
        s.checkbox(name, 210 + [0, 60, 180, 290][k], y, None, label)
    y -= 26
    s.band(40, y, W4 - 80, "2  Anschlussinhaber (genau wie beim bisherigen Anbieter)", 8.5)
    y -= 22
    s.checkbox("Privatkunde", 40, y, "check:residential", "Privatkunde")
    s.checkbox("Geschaeftskunde", 130, y, "check:business", "Geschäftskunde")
    y -= 20
    left_widget(s, "Firma bzw. Name, Vorname", "Name_Firma", 40, y, 170, 345, "account_name")
    y -= 19
    left_widget(s, "Geburtsdatum (nur Privatkunden)", "Geburtsdatum", 40, y, 170, 90, None)
    y -= 19
    left_widget(s, "Straße und Hausnummer", "Strasse_HausNr", 40, y, 170, 345, "street")
    y -= 19
    left_widget(s, "PLZ", "PLZ", 40, y, 170, 60, "postal_code")
    left_widget(s, "Ort", "Ort", 290, y, 24, 241, "city")
    y -= 19
    left_widget(s, "Telefon für Rückfragen", "Telefon_Rueckfragen", 40, y, 170, 130,
                "contact_phone")
    left_widget(s, "E-Mail", "EMail", 360, y, 34, 161, "contact_email")
    return y - 26


def _de_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W4 - 80, "3  Zu übernehmende Rufnummern", 8.5)
    y -= 22
    s.radio("Umfang", "alle", 40, y, "check:full_port",
            "alle Rufnummern des Anschlusses übernehmen")
    s.radio("Umfang", "einzelne", 280, y, "check:partial_port",
            "nur die folgenden Rufnummern übernehmen")
    y -= 18
    s.text(40, y, "Rufnummern jeweils mit Vorwahl, z. B. 0351 1234567", 7.5)
    y -= 22
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=2, rows=5, col_w=(W4 - 80) / 2, down=True, row_h=19,
                   names=[f"Rufnummer{n}" for n in range(1, 11)])
    y -= 5 * 19 + 6
    s.checkbox("RestlicheKuendigen", 40, y, None,
               "Restliche, nicht aufgeführte Rufnummern beim bisherigen Anbieter kündigen")
    y -= 22
    left_widget(s, "Rufnummern, die beim bisherigen Anbieter verbleiben", "Verbleibende_RN", 40,
                y, 215, 300, "remaining_numbers")
    y -= 26
    s.band(40, y, W4 - 80, "4  Kündigung und Wechseltermin", 8.5)
    y -= 22
    s.checkbox("KuendigungBeauftragt", 40, y, None, "Elbkabel soll meinen Vertrag beim "
               "bisherigen Anbieter zum nächstmöglichen Termin kündigen.")
    y -= 16
    s.checkbox("BereitsGekuendigt", 40, y, None, "Mein Vertrag ist bereits gekündigt zum")
    s.widget("GekuendigtZum", 230, y - 2, 80, 13, None)
    y -= 22
    left_widget(s, "Wunschtermin für die Portierung (TT.MM.JJJJ)", "Wunschtermin", 40, y, 215,
                90, "requested_date")
    return y - 26


def de_rufnummernmitnahme() -> Built:
    s = a4("r17-de-kabel-rufnummernmitnahme-fillable", "DE", "de", ["r17-de", "r17-de-partial"],
           "Fillable, German (a cable operator). Labels in a column left of honest widget "
           "names; the operator's own Kundennummer / Auftragsnummer box top right (not "
           "ours); bisheriger Anbieter and Kundennummer there; Anschlussart boxes not ours; "
           "Privatkunde / Geschäftskunde boxes; Firma bzw. Name; Geburtsdatum not ours; "
           "Straße und Hausnummer, PLZ, Ort; Telefon für Rückfragen, E-Mail; radio Umfang "
           "alle / einzelne; Rufnummer1..10 printed 1-5 | 6-10 DOWN two columns, created "
           "ACROSS the rows (Rufnummer2 is printed 6.); 'restliche kündigen' box not ours; "
           "verbleibende Rufnummern; Kündigung boxes and 'gekündigt zum' not ours; "
           "Wunschtermin; 'Ort' of signing not ours, Datum; signature line without widget; "
           "Name in Druckbuchstaben and Funktion.")
    s.date_formats = ["%d.%m.%Y"]
    y = _de_numbers(s, _de_customer(s, _de_head(s)))
    s.band(40, y, W4 - 80, "5  Auftrag und Unterschrift", 8.5)
    y = s.para(40, y - 18, "Ich beauftrage die Elbkabel Netz GmbH, die oben genannten "
               "Rufnummern zu übernehmen, und bevollmächtige sie, alle dafür nötigen "
               "Erklärungen gegenüber meinem bisherigen Anbieter abzugeben. Mir ist bekannt, "
               "dass der bisherige Anbieter für die Mitnahme ein Entgelt erheben kann.",
               W4 - 80, 7.5) - 14
    left_widget(s, "Ort", "OrtUnterschrift", 40, y, 24, 150, None, optional=True)
    left_widget(s, "Datum", "DatumUnterschrift", 240, y, 34, 90, "date_signed")
    y -= 44
    s.sign_line("Unterschrift des Anschlussinhabers (bei Firmen: Zeichnungsberechtigte/r)", 40,
                y, 330, label_below=True)
    y -= 36
    left_widget(s, "Name in Druckbuchstaben", "NameDruckbuchstaben", 40, y, 110, 180,
                "authorized_name")
    left_widget(s, "Funktion", "Funktion", 350, y, 44, 161, "authorized_title")
    s.footer("EK-RNM-01/2026   Seite 1 von 1")
    return s.build()


def _si_head(s: Sheet) -> None:
    s.c.setFont(s.bold_font, 10)
    s.c.drawRightString(W4 - 40, H4 - 40, "Telemreža d.o.o.")
    for n, line in enumerate(["Dunajska cesta 5, 1000 Ljubljana", "Matična št. 8812447000",
                              "prenos.stevilk@telemreza.example"], start=1):
        s.right_text(W4 - 40, H4 - 43 - n * 9.5, line, 7.5)
    s.text(40, H4 - 48, "ZAHTEVA ZA PRENOS ŠTEVILKE", 15, bold=True)
    s.text(40, H4 - 62, "prenosljivost številk v fiksnem omrežju", 8)


def _si_numbers(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                names: list[str]) -> None:
    """'Zap. št. | Telefonska številka': a framed table whose number cells are widgets."""
    s.frame(x, top - 16, 36, 16)
    s.frame(x + 36, top - 16, 210, 16)
    s.text(x + 3, top - 11, "Zap. št.", 7, bold=True)
    s.text(x + 39, top - 11, "Telefonska številka (z omrežno skupino)", 7, bold=True)
    for r, name in enumerate(names):
        y = top - 16 * (r + 2)
        s.frame(x, y, 36, 16)
        s.right_text(x + 26, y + 5, f"{first + r}.", 8)
        s.frame(x + 36, y, 210, 16)
        s.widget(name, x + 37, y + 1, 208, 14, None)
        s.places.pop()
        s.slot(slots, (x + 37, y + 1, x + 245, y + 15), f"Zap. št. {first + r}", name)


def si_zahteva_fillable() -> Built:
    s = unicode_a4("r17-si-zahteva-fillable", "SI", "sl", ["r17-si", "r17-si-partial"],
                   "Fillable, Slovenian, embedded Unicode font. Widgets Besedilo1.. and "
                   "'Potrditveno polje N' (Acrobat's Slovenian defaults) in grey label cells: "
                   "pravna / fizična oseba; naziv; naslov; poštna številka; kraj; davčna and "
                   "matična številka / EMŠO (not ours); kontaktni telefon; e-pošta; operater "
                   "dajalec and številka naročniškega razmerja; operater prejemnik printed in "
                   "its cell; vseh / samo navedenih boxes; tables 'Zap. št. | Telefonska "
                   "številka' 1-5 | 6-10 side by side (widgets in printed order); številke, ki "
                   "ostanejo; želeni datum; Kraj (not ours) and Datum above their widgets; "
                   "podpis line; žig box not ours; ime in priimek podpisnika; funkcija.")
    s.date_formats = ["%d. %m. %Y", "%d.%m.%Y"]
    _si_head(s)
    w = W4 - 80
    s.band(40, H4 - 92, w, "A. Podatki o naročniku", 8.5)
    y = H4 - 114
    s.checkbox("Potrditveno polje1", 40, y, "check:business", "pravna oseba / samostojni podjetnik")
    s.checkbox("Potrditveno polje2", 260, y, "check:residential", "fizična oseba")
    names = iter(f"Besedilo{n}" for n in range(1, 40))
    y = label_cells(s, 40, y - 6, [("Naziv oz. ime in priimek naročnika", "account_name"),
                                   ("Naslov (ulica in hišna številka)", "street"),
                                   ("Poštna številka", "postal_code"),
                                   ("Kraj", "city"),
                                   ("Davčna številka", None),
                                   ("Matična številka / EMŠO", None),
                                   ("Kontaktni telefon", "contact_phone"),
                                   ("E-pošta", "contact_email")],
                    180, w - 180, names=[next(names) for _ in range(8)])
    s.band(40, y - 22, w, "B. Operaterja", 8.5)
    y = label_cells(s, 40, y - 30, [("Operater dajalec številke", "carrier"),
                                    ("Številka naročniškega razmerja pri dajalcu",
                                     "account_number")],
                    180, w - 180, names=[next(names) for _ in range(2)])
    s.c.setFillGray(0.88)
    s.c.rect(40, y - 18, 180, 18, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(43, y - 11.5, "Operater prejemnik številke", 7.5)
    s.frame(220, y - 18, w - 180, 18)
    s.text(224, y - 12, "Telemreža d.o.o.", 8.5, bold=True)
    y -= 40
    s.band(40, y, w, "C. Številke, ki se prenašajo", 8.5)
    y -= 22
    s.checkbox("Potrditveno polje3", 40, y, "check:full_port",
               "prenos vseh številk naročniškega razmerja")
    s.checkbox("Potrditveno polje4", 280, y, "check:partial_port",
               "prenos samo spodaj navedenih številk")
    y -= 8
    slots = s.slot_group(ordered=True)
    _si_numbers(s, slots, 40, y, 1, [next(names) for _ in range(5)])
    _si_numbers(s, slots, 40 + w / 2 + 4, y, 6, [next(names) for _ in range(5)])
    y = label_cells(s, 40, y - 6 * 16 - 8,
                    [("Številke, ki ostanejo pri operaterju dajalcu", "remaining_numbers"),
                     ("Želeni datum prenosa (dd. mm. llll)", "requested_date")],
                    180, w - 180, names=[next(names) for _ in range(2)])
    _si_sign(s, y - 22, names)
    return s.build()


def _si_sign(s: Sheet, y: float, names: Any) -> None:
    s.band(40, y, W4 - 80, "D. Pooblastilo in podpis", 8.5)
    y = s.para(40, y - 18, "Naročnik pooblašča operaterja prejemnika Telemreža d.o.o., da v "
               "njegovem imenu pri operaterju dajalcu vloži zahtevo za prenos zgoraj navedenih "
               "številk in za prekinitev naročniškega razmerja v obsegu prenesenih številk. "
               "Obveznosti do operaterja dajalca s prenosom ne prenehajo.", W4 - 80, 7.5) - 34
    widget_above(s, "Kraj", next(names), 40, y, 150, None, optional=True)
    widget_above(s, "Datum", next(names), 210, y, 100, "date_signed")
    y -= 44
    s.sign_line("Podpis naročnika oz. zakonitega zastopnika", 40, y, 300, label_below=True)
    s.box(W4 - 170, y - 14, 130, 56, None, "Žig")
    s.text(W4 - 166, y + 34, "Žig", 7)
    y -= 50
    widget_above(s, "Ime in priimek podpisnika", next(names), 40, y, 220, "authorized_name")
    widget_above(s, "Funkcija", next(names), 280, y, 120, "authorized_title")
    s.footer("TM-ZPŠ-03/2026")


FORMS = {"r17-de-kabel-rufnummernmitnahme-fillable": de_rufnummernmitnahme,
         "r17-si-zahteva-fillable": si_zahteva_fillable}
