"""Round 26, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Dalmatian paper zahtjev za prijenos broja in Croatian: two sections side by side with their
  own headings (the subscriber left, the "authorised person (if not the subscriber)" right),
  labels in small capitals above dotted blanks beside labels left of dotted blanks, the OIB not
  ours, ticks left of their words, a numbers table whose area code has a column of its own
  ("R.br. | Pozivni broj | Broj telefona"), the requested date as "__ . __ . ____", the place of
  signing not ours and "dana __ . __ . 20__" with the century printed.
- A Thessalian fillable αίτηση φορητότητας in Greek: numbered sections in blue bands, Κείμενο1..
  widgets whose Greek tooltips help on some and mislead on others, the ΑΦΜ / ΔΟΥ not ours, a
  radio group for the customer type, numbers in widgets 1-5 / 6-10 down two columns with "for
  more than 10 numbers attach a list", a tick per number inside the table for PSTN / ISDN
  (not ours), the requested date with the century "20" printed before a two-digit widget, a
  section for the losing provider only (widgets, not ours) and a signature without a widget.
- A Honduran partly fillable solicitud de portabilidad in Spanish: questions as labels
  ("¿A nombre de quién está la cuenta?"), labels above widgets in small capitals, a Departamento
  drop-down, the porting NIP beside the SIM / ICCID, IMEI and PUK of a mobile line (not ours for
  a fixed line), the RTN not ours; page 2 on paper: the numbers table with a service type ticked
  in its cells (Fijo / Móvil, not ours), the numbers that stay, "Tegucigalpa, ___ de ________ de
  20__" (place printed, day, month, year) and a signature line.
- A Bahian paper termo de solicitação de portabilidade in Portuguese: boxes with labels inside
  their top-left corner, hints under the boxes ("somente números", "00000-000"), the CNPJ / CPF
  not ours, ticks right of their words, a letterhead with the operator's CNPJ, phone, SAC, site
  and e-mail; the numbers on an annex page after the signature ("Nº | DDD | Número" rows 1-10,
  attach a list for more), the numbers that stay on dotted lines and the annex signed again;
  "________, ___ de ____________ de 20___" (place not ours).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import letter
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import continued_rows
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round20_kit import code_rows, letterhead
from tests.loaforms.round26_kit import (
    boxed_widget,
    colour_band,
    dotted,
    hint,
    slash_date,
    tick_cells,
    tick_left,
    tick_right,
)

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER


def _caps_dots(s: Any, label: str, x: float, y: float, x1: float, fld: str | None) -> None:
    """A label in small capitals above a dotted blank."""
    s.text(x, y + 11, label.upper(), 6)
    dotted(s, "", x, y, x1, fld)["what"] = label


def dal_zahtjev_paper() -> Built:
    s = unicode_a4("r26-dal-zahtjev-paper", "HR", "hr", ["r26-dal", "r26-dal-partial"],
                   "Paper, Dalmatian zahtjev za prijenos broja, Croatian. Two sections side by "
                   "side with headings (subscriber left, authorised person if not the subscriber "
                   "right); small-capital labels above dotted blanks beside labels left of dotted "
                   "blanks; OIB not ours; ticks left of words; numbers table 'R.br. | Pozivni "
                   "broj | Broj telefona'; requested date '__ . __ . ____'; place of signing not "
                   "ours, 'dana __ . __ . 20__'.")
    s.date_formats = ["%d.%m.%Y.", "%d.%m.%Y", "%d. %m. %Y."]
    letterhead(s, W4 - 40, H4 - 34, ["Jadran Telekom d.o.o.", "Poljička cesta 35, 21000 Split",
                                      "Tel. 021 555 100  ·  Faks 021 555 101",
                                      "OIB 12345678901  ·  www.jadrantelekom.example",
                                      "prijenos@jadrantelekom.example"])
    s.text(40, H4 - 48, "ZAHTJEV ZA PRIJENOS BROJA", 14, bold=True)
    s.text(40, H4 - 62, "kod promjene operatora javne govorne usluge", 8.5)
    left, right = 40, 310
    y = H4 - 92
    s.band(left, y, 250, "1. PODACI O PRETPLATNIKU", 8.5)
    s.band(right, y, 245, "2. OVLAŠTENA OSOBA (ako nije pretplatnik)", 8.5)
    ly = y - 30
    _caps_dots(s, "Naziv tvrtke / ime i prezime", left, ly, left + 250, "account_name")
    ly -= 28
    _caps_dots(s, "Adresa (ulica i kućni broj)", left, ly, left + 250, "street")
    ly -= 24
    dotted(s, "Poštanski broj", left, ly, left + 110, "postal_code")
    dotted(s, "Mjesto", left + 118, ly, left + 250, "city")
    ly -= 22
    dotted(s, "OIB", left, ly, left + 250, None)
    ly -= 22
    dotted(s, "Trenutni operator", left, ly, left + 250, "carrier")
    ly -= 22
    dotted(s, "Broj korisničkog računa", left, ly, left + 250, "account_number")
    ly -= 22
    dotted(s, "Glavni broj", left, ly, left + 250, "btn")
    ry = y - 30
    _caps_dots(s, "Ime i prezime", right, ry, right + 245, "authorized_name")
    ry -= 28
    _caps_dots(s, "Funkcija", right, ry, right + 245, "authorized_title")
    ry -= 24
    dotted(s, "Kontakt telefon", right, ry, right + 245, "contact_phone")
    ry -= 22
    dotted(s, "E-pošta", right, ry, right + 245, "contact_email")
    y = min(ly, ry) - 24
    x = s.text(40, y + 0.5, "Vrsta korisnika:", 8.5) + 8
    x = tick_left(s, x, y, "check:business", "Poslovni korisnik")
    x = tick_left(s, x, y, "check:residential", "Privatni korisnik")
    x = s.text(x + 10, y + 0.5, "Prenose se:", 8.5) + 8
    x = tick_left(s, x, y, "check:full_port", "Svi brojevi")
    tick_left(s, x, y, "check:partial_port", "Samo navedeni brojevi")
    y -= 30
    s.band(left, y, W4 - 80, "3. BROJEVI ZA PRIJENOS", 8.5)
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Broj telefona after its Pozivni broj
    top = y - 10
    heads = ("R.br.", "Pozivni broj", "Broj telefona")
    code_rows(s, slots, 40, top, 1, 4, heads, (30, 70, 155))
    code_rows(s, slots, 310, top, 5, 4, heads, (30, 70, 145))
    y = top - 16 * 5 - 20
    s.text(40, y, "Brojevi koji ostaju kod trenutnog operatora:", 8, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        place = dotted(s, f"{k + 1}.", 250 + k * 150, y, 390 + k * 150, None)
        s.places.remove(place)
        s.slot(stay, tuple(place["rect"]), f"ostaje {k + 1}")
    y -= 28
    s.text(40, y, "Željeni datum prijenosa:", 8.5)
    slash_date(s, 150, y, [(22, "requested_day"), (22, "requested_month"),
                           (40, "requested_year")], "željeni datum", sep=".")
    hint(s, 152, y - 10, "dan       mjesec        godina")
    y -= 34
    y = s.para(40, y, "Potpisom ovlašćujem Jadran Telekom d.o.o. da u moje ime podnese zahtjev "
               "za prijenos navedenih brojeva trenutnom operatoru i raskine ugovor za prenesene "
               "brojeve.", W4 - 80, 8) - 30
    dotted(s, "U", 40, y, 170, None)
    s.text(180, y, "dana", 8.5)
    slash_date(s, 206, y, [(20, "date_signed_day"), (20, "date_signed_month"),
                           (20, "date_signed_year2")], "datum potpisa", prefix_year=True,
               sep=".")
    s.sign_line("Potpis i pečat", 340, y - 4, 555, label_below=True)
    s.footer("JT-PB-01  ·  Jadran Telekom d.o.o., Poljička cesta 35, Split")
    return s.build()


def thes_aitisi_fillable() -> Built:
    s = unicode_a4("r26-thes-aitisi-fillable", "GR", "el", ["r26-thes", "r26-thes-partial"],
                   "Fillable, Thessalian αίτηση φορητότητας, Greek. Numbered sections in blue "
                   "bands; Κείμενο1.. widgets with Greek tooltips, some misleading; ΑΦΜ / ΔΟΥ "
                   "not ours; radio Eidos Epix/Idiotis; numbers in widgets 1-5 / 6-10 down two "
                   "columns with PSTN / ISDN check boxes inside the cells (not ours), attach a "
                   "list for more than 10; requested date with '20' printed before a two-digit "
                   "widget; losing-provider-only section (widgets, not ours); signature without "
                   "widget.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    blue = (0.1, 0.3, 0.6)
    letterhead(s, W4 - 40, H4 - 34, ["Θεσσαλική Τηλεπικοινωνιακή Α.Ε.",
                                      "Λεωφόρος Ηρώων Πολυτεχνείου 60, 41222 Λάρισα",
                                      "Τηλ. 2410 555100  ·  Φαξ 2410 555101",
                                      "ΑΦΜ 099999999  ·  ΓΕΜΗ 123456789000",
                                      "www.thessaliki-tel.example  ·  np@thessaliki-tel.example"])
    s.text(40, H4 - 48, "ΑΙΤΗΣΗ ΦΟΡΗΤΟΤΗΤΑΣ", 15, bold=True)
    s.text(40, H4 - 62, "σταθερών αριθμών", 9)
    k = (f"Κείμενο{n}" for n in range(1, 80))
    y = H4 - 92
    colour_band(s, 40, y, W4 - 80, "1. ΣΤΟΙΧΕΙΑ ΣΥΝΔΡΟΜΗΤΗ", blue)

    def row(label: str, x: float, yy: float, wx: float, w: float, fld: str | None,
            tip: str) -> None:
        s.text(x, yy + 4, label, 8)
        s.widget(next(k), wx, yy, w, 15, fld, tooltip=tip)

    y -= 28
    row("Επωνυμία / Ονοματεπώνυμο", 40, y, 170, 385, "account_name", "Επωνυμία")
    y -= 22
    row("ΑΦΜ", 40, y, 170, 120, None, "ΑΦΜ")
    row("ΔΟΥ", 310, y, 340, 215, None, "Αριθμός λογαριασμού")
    y -= 22
    row("Διεύθυνση εγκατάστασης", 40, y, 170, 230, "street", "Διεύθυνση")
    row("Τ.Κ.", 410, y, 435, 120, "postal_code", "Πόλη")
    y -= 22
    row("Πόλη", 40, y, 170, 150, "city", "Πόλη")
    row("Τηλ. επικοινωνίας", 330, y, 420, 135, "contact_phone", "Τηλέφωνο")
    y -= 22
    row("E-mail", 40, y, 170, 200, "contact_email", "E-mail")
    y -= 22
    row("Πάροχος δότης", 40, y, 170, 150, "carrier", "Πάροχος")
    row("Αρ. λογαριασμού", 330, y, 420, 135, "account_number", "Κωδικός πελάτη")
    y -= 22
    row("Νόμιμος εκπρόσωπος", 40, y, 170, 200, "authorized_name", "Ονοματεπώνυμο")
    row("Ιδιότητα", 380, y, 420, 135, "authorized_title", "Ιδιότητα")
    y -= 22
    s.text(40, y + 1, "Είδος πελάτη:", 8)
    s.radio("Eidos", "Epix", 170, y, "check:business", "Επιχείρηση")
    s.radio("Eidos", "Idiotis", 270, y, "check:residential", "Ιδιώτης")
    y -= 28
    colour_band(s, 40, y, W4 - 80, "2. ΑΡΙΘΜΟΙ ΠΡΟΣ ΜΕΤΑΦΟΡΑ", blue)
    y -= 20
    s.text(40, y + 1, "Κύριος αριθμός:", 8)
    s.widget(next(k), 120, y - 2, 130, 15, "btn", tooltip="Αριθμός")
    s.checkbox("Check Box1", 280, y, "check:full_port", "Όλοι οι αριθμοί")
    s.checkbox("Check Box2", 390, y, "check:partial_port", "Μερική φορητότητα")
    y -= 12
    slots = s.slot_group(ordered=True)
    row_h = 16
    for col, first in ((0, 1), (1, 6)):
        x: float = 40 + col * 262
        s.frame(x, y - row_h, 20, row_h)
        s.text(x + 3, y - row_h + 5, "Α/Α", 6.5, bold=True)
        s.frame(x + 20, y - row_h, 150, row_h)
        s.text(x + 23, y - row_h + 5, "Αριθμός (10 ψηφία)", 6.5, bold=True)
        for n, word in enumerate(("PSTN", "ISDN")):
            s.frame(x + 170 + n * 40, y - row_h, 40, row_h)
            s.text(x + 173 + n * 40, y - row_h + 5, word, 6.5, bold=True)
        for r in range(5):
            ry = y - row_h * (r + 2)
            s.frame(x, ry, 20, row_h)
            s.right_text(x + 16, ry + 5, str(first + r), 7.5)
            s.frame(x + 20, ry, 150, row_h)
            name = next(k)
            s.widget(name, x + 21, ry + 1, 148, row_h - 2, None)
            s.places.pop()
            s.slot(slots, (x + 21, ry + 1, x + 169, ry + row_h - 1), f"αριθμός {first + r}",
                   name)
            tick_cells(s, x + 170, ry, ["PSTN", "ISDN"], 40, row_h,
                       names=[f"Check Box{3 + (first + r - 1) * 2 + n}" for n in range(2)])
    y -= row_h * 6 + 10
    hint(s, 40, y, "Για περισσότερους από 10 αριθμούς επισυνάψτε κατάλογο.", 7)
    y -= 20
    s.text(40, y + 4, "Αριθμοί που παραμένουν στον πάροχο δότη:", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        name = next(k)
        x = 240 + n * 160
        s.widget(name, x, y, 150, 15, None)
        s.places.pop()
        s.slot(stay, (x, y, x + 150, y + 15), f"παραμένει {n + 1}", name)
    y -= 24
    s.text(40, y + 4, "Επιθυμητή ημερομηνία:", 8)
    x = 150.0
    for w, fld in ((22, "requested_day"), (22, "requested_month")):
        s.widget(next(k), x, y, w, 15, fld)
        x += w
        s.text(x + 3, y + 4, "/", 10)
        x += 12
    x = s.text(x, y + 4, "20", 9) + 1
    s.widget(next(k), x, y, 22, 15, "requested_year2")
    hint(s, 152, y - 8, "ΗΗ        ΜΜ           ΕΕ")
    y -= 28
    colour_band(s, 40, y, W4 - 80, "3. ΔΗΛΩΣΗ - ΥΠΟΓΡΑΦΗ", blue)
    y = s.para(40, y - 20, "Εξουσιοδοτώ τη Θεσσαλική Τηλεπικοινωνιακή Α.Ε. να υποβάλει για "
               "λογαριασμό μου αίτηση φορητότητας των παραπάνω αριθμών στον πάροχο δότη.",
               W4 - 80, 8) - 26
    s.sign_line("Υπογραφή / Σφραγίδα", 40, y, 260, label_below=True)
    s.text(290, y + 4, "Ημερομηνία", 8)
    s.widget(next(k), 345, y, 90, 15, "date_signed", tooltip="Ημερομηνία αίτησης")
    hint(s, 347, y - 8, "ΗΗ/ΜΜ/ΕΕΕΕ")
    y -= 36
    colour_band(s, 40, y, W4 - 80, "4. ΣΥΜΠΛΗΡΩΝΕΤΑΙ ΜΟΝΟ ΑΠΟ ΤΟΝ ΠΑΡΟΧΟ ΔΟΤΗ",
                (0.45, 0.45, 0.45))
    y -= 24
    s.text(40, y + 4, "Αρ. αίτησης", 8)
    s.widget("Dotis1", 100, y, 120, 15, None)
    s.text(240, y + 4, "Ημ. παραλαβής", 8)
    s.widget("Dotis2", 310, y, 90, 15, None)
    s.text(410, y + 4, "Υπογραφή", 8)
    s.widget("Dotis3", 460, y, 95, 15, None)
    s.footer("ΘΤ-ΦΑ-03  ·  Θεσσαλική Τηλεπικοινωνιακή Α.Ε., Λάρισα")
    return s.build()


def _caps_widget(s: Any, label: str, name: str, x: float, y: float, w: float,
                 fld: str | None, tip: str = "") -> None:
    s.text(x, y + 18, label.upper(), 6.5)
    s.widget(name, x, y, w, 15, fld, tooltip=tip or None)


def hn_solicitud_partly() -> Built:
    s = letter("r26-hn-solicitud-partly", "HN", "es", ["r26-hn", "r26-hn-partial"],
               "Partly fillable, Honduran solicitud de portabilidad, Spanish, two pages. "
               "Page 1 widgets: questions as labels, small-capital labels above widgets, "
               "Departamento drop-down, NIP de portabilidad (ours) beside SIM/ICCID, IMEI, PUK "
               "(not ours for a fixed line), RTN not ours, DD/MM/AAAA. Page 2 paper: "
               "numbers table with Fijo / Móvil ticks in its cells (not ours), numbers that stay, "
               "'Tegucigalpa, ___ de ______ de 20__', signature line.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, WL - 40, HL - 34, ["Morazán Comunicaciones S.A. de C.V.",
                                      "Boulevard Suyapa, Torre Metrópolis 2, piso 9",
                                      "Tegucigalpa, M.D.C.  ·  Tel. 2255-5100",
                                      "RTN 08019999999999  ·  www.morazancom.example"])
    s.text(40, HL - 46, "Solicitud de Portabilidad Numérica", 14, bold=True)
    s.text(40, HL - 60, "Complete con letra de molde. Los datos deben coincidir con su factura.",
           8)
    y = HL - 92
    s.text(40, y + 4, "¿A nombre de quién está la cuenta?", 8.5)
    s.widget("Campo1", 230, y, 340, 15, "account_name", tooltip="Titular")
    y -= 24
    s.text(40, y + 4, "¿Cuál es su número de cuenta?", 8.5)
    s.widget("Campo2", 230, y, 150, 15, "account_number", tooltip="Cuenta")
    s.text(394, y + 4, "RTN / DNI", 8)
    s.widget("Campo3", 440, y, 130, 15, None, tooltip="Identidad")
    y -= 24
    s.text(40, y + 4, "¿Con qué operador tiene hoy el servicio?", 8.5)
    s.widget("Campo4", 230, y, 150, 15, "carrier", tooltip="Operador donante")
    y -= 40
    _caps_widget(s, "Dirección del servicio", "Campo5", 40, y, 300, "street")
    _caps_widget(s, "Ciudad", "Campo6", 350, y, 220, "city")
    y -= 38
    s.text(40, y + 18, "DEPARTAMENTO", 6.5)
    choice_widget(s, "Departamento", 40, y, 150, ["Atlántida", "Choluteca", "Colón",
                                                  "Comayagua", "Copán", "Cortés",
                                                  "Francisco Morazán", "Olancho", "Yoro"],
                  "state")
    _caps_widget(s, "Código postal", "Campo7", 200, y, 70, "postal_code")
    _caps_widget(s, "Teléfono de contacto", "Campo8", 280, y, 120, "contact_phone")
    _caps_widget(s, "Correo electrónico", "Campo9", 410, y, 160, "contact_email")
    y -= 26
    s.text(40, y + 1, "Tipo de cliente:", 8.5)
    s.checkbox("Casilla1", 130, y, "check:business", "Empresa")
    s.checkbox("Casilla2", 200, y, "check:residential", "Persona natural")
    s.text(320, y + 1, "Portar:", 8.5)
    s.checkbox("Casilla3", 360, y, "check:full_port", "Todas las líneas")
    s.checkbox("Casilla4", 460, y, "check:partial_port", "Algunas líneas")
    y -= 28
    s.band(40, y, WL - 80, "DATOS DE VALIDACIÓN", 8.5)
    y -= 36
    _caps_widget(s, "NIP de portabilidad", "Campo10", 40, y, 80, "pin", "NIP")
    _caps_widget(s, "SIM / ICCID (solo móvil)", "Campo11", 130, y, 160, None, "ICCID")
    _caps_widget(s, "IMEI (solo móvil)", "Campo12", 300, y, 130, None, "IMEI")
    _caps_widget(s, "PUK (solo móvil)", "Campo13", 440, y, 130, None, "NIP")
    y -= 30
    s.text(40, y + 4, "Número principal de la cuenta:", 8.5)
    s.widget("Campo14", 190, y, 130, 15, "btn", tooltip="Teléfono")
    s.text(340, y + 4, "Fecha deseada:", 8.5)
    s.widget("Campo15", 410, y, 90, 15, "requested_date", tooltip="Fecha")
    hint(s, 412, y - 8, "DD/MM/AAAA")
    y -= 30
    y = s.para(40, y, "¿Quién firma la solicitud? (titular o representante legal)", WL - 80,
               8.5) - 22
    _caps_widget(s, "Nombre completo", "Campo16", 40, y, 300, "authorized_name")
    _caps_widget(s, "Cargo", "Campo17", 350, y, 220, "authorized_title")
    s.text(40, 40, "Las líneas a portar se detallan en la página 2.", 8)
    s.footer("MC-PN-07  página 1 de 2")
    s.next_page()
    s.text(40, HL - 50, "LÍNEAS A PORTAR", 12, bold=True)
    slots = s.slot_group(ordered=True)
    y = HL - 62
    cols: list[tuple[str, float, str | None]] = [("Número de teléfono", 170, "number")]
    top = y
    continued_rows(s, slots, 40, top, cols, 10, row_h=17)
    s.text(240, top - 12, "Fijo", 7.5, bold=True)
    s.text(290, top - 12, "Móvil", 7.5, bold=True)
    s.frame(236, top - 17, 100, 17)
    for r in range(10):
        tick_cells(s, 236, top - 17 * (r + 2), ["Fijo", "Móvil"], 50, 17)
    y = top - 17 * 11 - 12
    hint(s, 40, y, "Más de 10 líneas: adjunte una lista firmada.", 7)
    y -= 22
    s.text(40, y, "Líneas que se quedan con el operador actual:", 8.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        x = 260 + n * 150
        s.frame(x, y - 4, 140, 15)
        s.slot(stay, (x, y - 4, x + 140, y + 11), f"se queda {n + 1}")
    y -= 40
    s.text(40, y, "Tegucigalpa,", 9)
    s.line_under(100, y - 2, 130, "date_signed_day", "día")
    s.text(134, y, "de", 9)
    s.line_under(150, y - 2, 240, "date_signed_month", "mes")
    s.text(244, y, "de 20", 9)
    s.line_under(270, y - 2, 294, "date_signed_year2", "año")
    y -= 50
    s.sign_line("Firma del titular o representante legal", 40, y, 300, label_below=True)
    s.footer("MC-PN-07  página 2 de 2  ·  Morazán Comunicaciones S.A. de C.V.")
    return s.build()


def _box(s: Any, label: str, x: float, y: float, w: float, fld: str | None,
         under: str = "") -> None:
    boxed_widget(s, label, None, x, y, w, fld)
    if under:
        hint(s, x + 2, y - 7, under)


def ba_termo_paper() -> Built:
    s = letter("r26-ba-termo-paper", "BR", "pt", ["r26-ba", "r26-ba-partial"],
               "Paper, Bahian termo de solicitação de portabilidade, Portuguese, two pages. "
               "Boxes with labels inside their top-left corner, hints under them; CNPJ/CPF not "
               "ours; ticks right of words; letterhead with CNPJ, phone, SAC, site, e-mail. "
               "Annex page after the signature: 'Nº | DDD | Número' rows 1-10 (DDD area code "
               "per row), attach a list for more, numbers that stay on dotted lines, annex "
               "signed again; '_____, ___ de ________ de 20___' (place not ours).")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, WL - 40, HL - 34, ["Baía Digital Telecomunicações Ltda.",
                                      "Av. Tancredo Neves 1632, Caminho das Árvores",
                                      "Salvador - BA  ·  CEP 41820-020",
                                      "CNPJ 00.000.000/0001-91  ·  SAC 0800 555 0100",
                                      "www.baiadigital.example  ·  portabilidade@baiadigital.example"])
    s.text(40, HL - 46, "Termo de Solicitação de Portabilidade", 14, bold=True)
    s.text(40, HL - 60, "Telefonia fixa (STFC)", 9)
    y = HL - 104
    _box(s, "Razão social / Nome completo do titular", 40, y, 350, "account_name",
         "exatamente como na fatura")
    _box(s, "CNPJ / CPF", 398, y, 174, None, "somente números")
    y -= 40
    _box(s, "Endereço de instalação (rua, número, bairro)", 40, y, 350, "street")
    _box(s, "Cidade", 398, y, 174, "city")
    y -= 40
    _box(s, "UF", 40, y, 50, "state")
    _box(s, "CEP", 98, y, 90, "postal_code", "00000-000")
    _box(s, "Telefone para contato", 196, y, 150, "contact_phone", "(DDD) número")
    _box(s, "E-mail", 354, y, 218, "contact_email")
    y -= 40
    _box(s, "Operadora doadora (atual)", 40, y, 200, "carrier")
    _box(s, "Código do cliente / nº da conta", 248, y, 170, "account_number",
         "como na fatura")
    _box(s, "Número principal", 426, y, 146, "btn")
    y -= 24
    x = tick_right(s, 40, y, "check:business", "Pessoa jurídica")
    x = tick_right(s, x, y, "check:residential", "Pessoa física")
    x = tick_right(s, x + 20, y, "check:full_port", "Portar todos os números")
    tick_right(s, x, y, "check:partial_port", "Portar parte dos números")
    y -= 40
    _box(s, "Representante legal / procurador (nome)", 40, y, 300, "authorized_name")
    _box(s, "Cargo", 348, y, 224, "authorized_title")
    y -= 26
    s.text(40, y, "Data desejada para a portabilidade:", 8.5)
    slash_date(s, 200, y, [(22, "requested_day"), (22, "requested_month"),
                           (40, "requested_year")], "data desejada")
    hint(s, 202, y - 10, "DD        MM          AAAA")
    y -= 34
    y = s.para(40, y, "Os números a portar estão relacionados no Anexo I (página 2). Declaro que "
               "sou o titular ou representante legal do titular das linhas e autorizo a Baía "
               "Digital Telecomunicações Ltda. a solicitar a portabilidade junto à operadora "
               "doadora.", WL - 80, 8) - 30
    dotted(s, "", 40, y, 150, None)["what"] = "local"
    s.text(152, y, ",", 9)
    s.line_under(160, y - 2, 186, "date_signed_day", "dia")
    s.text(190, y, "de", 9)
    s.line_under(206, y - 2, 296, "date_signed_month", "mês")
    s.text(300, y, "de 20", 9)
    s.line_under(326, y - 2, 350, "date_signed_year2", "ano")
    y -= 50
    s.sign_line("Assinatura do titular / representante legal", 40, y, 320, label_below=True)
    s.footer("BD-PORT-02  página 1 de 2  ·  Baía Digital Telecomunicações Ltda.")
    s.next_page()
    s.text(40, HL - 50, "ANEXO I - Relação de números a portar", 12, bold=True)
    s.text(40, HL - 64, "Um número por linha; DDD na coluna própria.", 8)
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # the Número after its DDD
    top = HL - 76
    code_rows(s, slots, 40, top, 1, 10, ("Nº", "DDD", "Número"), (30, 50, 170), row_h=17)
    y = top - 17 * 11 - 12
    hint(s, 40, y, "Mais de 10 números: anexe uma lista assinada no mesmo formato.", 7)
    y -= 24
    s.text(40, y, "Números que permanecem na operadora doadora:", 8.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        place = dotted(s, f"{n + 1})", 40 + n * 200, y - 22, 220 + n * 200, None)
        s.places.remove(place)
        s.slot(stay, tuple(place["rect"]), f"permanece {n + 1}")
    y -= 80
    s.sign_line("Assinatura do titular / representante legal", 40, y, 320, label_below=True)
    s.footer("BD-PORT-02  página 2 de 2  ·  Anexo I")
    return s.build()


FORMS = {
    "r26-dal-zahtjev-paper": dal_zahtjev_paper,
    "r26-thes-aitisi-fillable": thes_aitisi_fillable,
    "r26-hn-solicitud-partly": hn_solicitud_partly,
    "r26-ba-termo-paper": ba_termo_paper,
}
