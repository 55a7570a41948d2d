"""Round 16, second batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Romanian paper cerere de portare in an embedded Unicode font (ă, ș, ț): the acceptor's
  "Nr. înregistrare ___ din ___" at the top (not ours), persoană fizică / juridică ticks, cells
  captioned in their corner (CUI / CNP and Nr. Reg. Comerțului not ours, the address in one
  cell "str., nr., bl., sc., ap.", Județ / Sector, a six-box cod poștal comb), the legal
  representative's identity card "seria / nr." not ours, the donor provider and client code,
  toate / doar ticks, "Nr. crt. | Număr de telefon | Număr principal (DA / NU)" tables side by
  side whose third column is not ours, the requested date in zz / ll / aaaa boxes, "Semnătura
  și ștampila" with L.S., the acceptor's panel.
- A French fillable mandat de portabilité with honest French widget names (raison_sociale,
  code_postal, ndi, sda_01..): grey label cells, SIRET and RIO not ours, the NDI (the main
  number) apart from the SDA / secondary numbers in three columns numbered across, portabilité
  totale / partielle check boxes, the numbers kept in four widgets, a handwritten "Bon pour
  mandat" line not ours, "Fait à ____ le ____" (the place not ours), "Cachet et signature"
  without a widget.
- A Spanish partly fillable solicitud de portabilidad fija (widgets Texto1..): NIF / CIF and
  the representative's DNI / NIE not ours, Provincia apart from Población; on paper a "Nº |
  Número | Tipo de línea (RTB / RDSI / IP)" table whose last column is not ours, a Sí / No
  question on keeping numbers with the donor, the numbers kept on lines, the requested date in
  "__ / __ / ____" segments, a data-protection tick not ours, and "En ____, a __ de ____ de
  20__" (the month in words, the year's last two digits).
- An Austrian paper Auftrag zur Rufnummernportierung with captions under every line: Firmenbuch-
  and UID-Nummer not ours, Stiege and Tür apart from the street (optional), Anschlussart ticks
  not ours, the Kopfnummer, "ONKZ | Teilnehmernummer" tables side by side (the area code per
  row), aller / nur der angeführten ticks, the remaining numbers on lines, "Ort" and "Datum"
  under two lines, "firmenmäßige Zeichnung".
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round3_kit import cell, under
from tests.loaforms.round5_kit import (
    Gap,
    date_parts,
    letterhead,
    numbered_slots,
    numbers_table,
    sentence,
)
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round9_kit import comb_boxes, yes_no
from tests.loaforms.round11_kit import seg_date
from tests.loaforms.round12_kit import label_cells
from tests.loaforms.round14_kit import office_panel, sign_block, unicode_a4

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def ro_cerere_portare_paper() -> Built:
    s = unicode_a4("r16-ro-cerere-portare-flat", "RO", "ro", ["r16-ro", "r16-ro-partial"],
                   "Paper, Romanian, embedded Unicode font. 'Nr. înregistrare / din' at the top "
                   "not ours; persoană fizică / juridică ticks; cells captioned in their top-left "
                   "corner: denumire, CUI / CNP and Nr. Reg. Com. (not ours), address in one "
                   "cell, localitate, județ / sector, cod poștal comb (6), phone, e-mail; legal "
                   "representative's name and funcția, CI seria / nr. not ours; furnizor donor "
                   "and cod client; toate / doar ticks; tables 1-6 and 7-12 'Nr. crt. | Număr "
                   "de telefon | Nr. principal DA / NU' (third column not ours); numbers that "
                   "stay on lines; requested date zz / ll / aaaa boxes; date signed and "
                   "'Semnătura și ștampila' under their lines, L.S.; acceptor's panel.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Transilvania Fibernet SRL", "Str. Horea nr. 3, Cluj-Napoca",
                                      "J12/4410/2015  -  0264 555 010"])
    s.text(40, H4 - 46, "CERERE DE PORTARE", 15, bold=True)
    s.text(40, H4 - 60, "a numerelor de telefonie fixă  -  furnizor acceptor: Transilvania "
           "Fibernet SRL", 8)
    s.text(40, H4 - 80, "Nr. înregistrare", 8)
    s.line_under(108, H4 - 82, 178, None, "Nr. înregistrare")
    s.text(184, H4 - 80, "din", 8)
    s.line_under(202, H4 - 82, 272, None, "data înregistrării")
    s.text(280, H4 - 80, "(se completează de furnizorul acceptor)", 6.5)
    y = H4 - 104
    s.band(40, y, W4 - 80, "1. Date de identificare a abonatului", 9)
    y -= 20
    s.tick(40, y, "check:residential", "persoană fizică")
    s.tick(140, y, "check:business", "persoană juridică")
    y -= 30
    cell(s, "Denumire / Nume și prenume", 40, y, 515, "account_name")
    y -= 24
    cell(s, "CUI / CNP", 40, y, 200, None)
    cell(s, "Nr. Registrul Comerțului", 240, y, 160, None)
    cell(s, "Telefon de contact", 400, y, 155, "contact_phone")
    y -= 24
    cell(s, "Adresa (str., nr., bl., sc., et., ap.)", 40, y, 515, "street")
    y -= 24
    cell(s, "Localitate", 40, y, 200, "city")
    cell(s, "Județ / Sector", 240, y, 130, "state")
    cell(s, "Cod poștal", 370, y, 185, None)
    s.places.pop()
    comb_boxes(s, 440, y + 3, 6, "postal_code", "Cod poștal", cell=15, h=15)
    y -= 24
    cell(s, "E-mail", 40, y, 515, "contact_email")
    y -= 26
    s.band(40, y, W4 - 80, "2. Reprezentant legal / împuternicit", 9)
    y -= 30
    cell(s, "Nume și prenume", 40, y, 250, "authorized_name")
    cell(s, "Funcția", 290, y, 120, "authorized_title")
    cell(s, "CI seria / nr.", 410, y, 145, None)
    y -= 26
    s.band(40, y, W4 - 80, "3. Furnizorul donor (actual)", 9)
    y -= 30
    cell(s, "Denumirea furnizorului donor", 40, y, 300, "carrier")
    cell(s, "Cod client / nr. contract", 340, y, 215, "account_number")
    y -= 26
    s.band(40, y, W4 - 80, "4. Numerele pentru care se solicită portarea", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "toate numerele asociate contului")
    s.tick(260, y, "check:partial_port", "doar numerele de mai jos")
    slots = s.slot_group(ordered=True)
    cols = [("Număr de telefon (cu prefix)", 140, "number", False),
            ("Nr. principal DA / NU", 90, None, False)]
    numbers_table(s, slots, 40, y - 8, cols, rows=6, row_h=16, head="Nr.")
    bottom = numbers_table(s, slots, 300, y - 8, cols, rows=6, row_h=16, first=7, head="Nr.")
    y = bottom - 14
    s.text(40, y, "Numere care rămân la furnizorul donor (portare parțială):", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 270, y - 1, 405, 1, 0, stay, "rămâne 1")
    lines(s, 420, y - 1, 555, 1, 0, stay, "rămâne 2")
    lines(s, 270, y - 19, 405, 1, 0, stay, "rămâne 3")
    lines(s, 420, y - 19, 555, 1, 0, stay, "rămâne 4")
    y -= 46
    s.text(40, y + 4, "Data solicitată pentru portare:", 8)
    date_parts(s, 180, y, [("zz", 24, "requested_day"), ("ll", 24, "requested_month"),
                           ("aaaa", 40, "requested_year")], sep=".")
    y -= 26
    s.band(40, y, W4 - 80, "5. Declarație", 9)
    y = s.para(40, y - 18, "Subsemnatul, în calitate de abonat sau reprezentant al abonatului, "
               "solicit portarea numerelor de mai sus și împuternicesc furnizorul acceptor să "
               "solicite în numele meu încetarea contractului cu furnizorul donor pentru "
               "numerele portate. Declar pe propria răspundere că datele de mai sus sunt "
               "corecte.", W4 - 80, 7.5) - 28
    sign_block(s, 40, y, [("Data", "date_signed"), ("Semnătura și ștampila", "signature")],
               [160, 250])
    s.text(480, y + 10, "L.S.", 9)
    office_panel(s, 40, 40, W4 - 80, "Se completează de furnizorul acceptor",
                 ["ID portare", "Data NPRD", "Agent"], h=40)
    s.footer("TF-PORT-01 / 2026")
    return s.build()


def fr_mandat_fillable() -> Built:
    s = a4("r16-fr-mandat-fillable", "FR", "fr", ["r16-fr", "r16-fr-partial"],
           "Fillable, French, honest French widget names. Grey label cells beside widgets: "
           "raison_sociale, siret (not ours), adresse, code_postal, ville, nom_signataire, "
           "qualite_signataire, tel_contact, email_contact; opérateur cédant, numéro client, "
           "RIO (not ours); NDI (the main number); portabilité totale / partielle check boxes; "
           "SDA / secondary numbers sda_01..sda_15 in three columns numbered across; numbers "
           "kept in four widgets; date souhaitée; 'Bon pour mandat' handwritten line not ours; "
           "fait_a (not ours) and le (date signed); 'Cachet et signature' without a widget.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Atlantique Télécom SAS", "8 cours du Médoc, 33300 Bordeaux",
                                      "Service portabilité : 05 56 55 01 00"])
    s.text(40, H4 - 48, "MANDAT DE PORTABILITÉ", 15, bold=True)
    s.text(40, H4 - 62, "Numéros fixes  -  clients professionnels", 8.5)
    y = s.para(40, H4 - 84, "Le client donne mandat à Atlantique Télécom SAS (opérateur "
               "receveur) d'effectuer en son nom la demande de portabilité de ses numéros "
               "auprès de son opérateur actuel (opérateur cédant) et de résilier le contrat "
               "correspondant pour les numéros portés.", W4 - 80, 7.5) - 4
    s.band(40, y, W4 - 80, "1. Le client", 9)
    rows: list[tuple[str, str | None]] = [
        ("Raison sociale :", "account_name"), ("N° SIRET :", None), ("Adresse :", "street"),
        ("Code postal :", "postal_code"), ("Ville :", "city"),
        ("Nom du signataire :", "authorized_name"), ("Qualité du signataire :",
                                                     "authorized_title"),
        ("Téléphone de contact :", "contact_phone"), ("Courriel :", "contact_email")]
    y = label_cells(s, 40, y - 8, rows, 130, 385, names=[
        "raison_sociale", "siret", "adresse", "code_postal", "ville", "nom_signataire",
        "qualite_signataire", "tel_contact", "email_contact"])
    y -= 20
    s.band(40, y, W4 - 80, "2. L'opérateur cédant", 9)
    y = label_cells(s, 40, y - 8, [("Opérateur actuel :", "carrier"),
                                   ("N° client / n° de contrat :", "account_number"),
                                   ("RIO (obtenu au 3179) :", None)], 130, 385,
                    names=["operateur_cedant", "num_client", "rio"])
    y -= 20
    s.band(40, y, W4 - 80, "3. Les numéros", 9)
    y = label_cells(s, 40, y - 8, [("NDI (numéro principal) :", "btn")], 130, 150,
                    names=["ndi"])
    y -= 18
    s.checkbox("portabilite_totale", 40, y, "check:full_port",
               "Portabilité totale (tous les numéros du contrat)")
    s.checkbox("portabilite_partielle", 300, y, "check:partial_port",
               "Portabilité partielle (numéros ci-dessous)")
    y -= 14
    s.text(40, y, "Numéros à porter, NDI compris (SDA, numéros secondaires) :", 7.5, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 20, cols=3, rows=5, col_w=(W4 - 80) / 3, down=False,
                   row_h=18, names=[f"sda_{n:02d}" for n in range(1, 16)])
    y -= 20 + 5 * 18 + 6
    s.text(40, y, "Numéros conservés chez l'opérateur cédant (portabilité partielle) :", 7.5,
           bold=True)
    kept = s.slot_group(ordered=False, fld="remaining_numbers")
    numbered_slots(s, kept, 40, y - 20, cols=4, rows=1, col_w=(W4 - 80) / 4, down=False,
                   names=[f"conserve_{n}" for n in range(1, 5)], label="")
    y -= 40
    s.text(40, y + 4, "Date de portage souhaitée (jj/mm/aaaa) :", 8)
    s.widget("date_souhaitee", 210, y, 90, 15, "requested_date")
    s.text(310, y + 4, "sous réserve de l'accord de l'opérateur cédant", 7)
    y -= 24
    s.band(40, y, W4 - 80, "4. Signature", 9)
    y -= 30
    s.text(40, y + 4, "Fait à", 8.5)
    s.widget("fait_a", 72, y, 150, 15, None)
    s.text(232, y + 4, "le", 8.5)
    s.widget("le", 246, y, 90, 15, "date_signed")
    y -= 40
    under(s, "Mention manuscrite « Bon pour mandat »", 40, y, 260, None)
    s.sign_line("Cachet de l'entreprise et signature", 300, y, 555, label_below=True)
    s.footer("AT-MDT-PORTA v3  -  Conformément au RGPD, vos données sont traitées pour la "
             "seule gestion de la portabilité.")
    return s.build()


def es_solicitud_partly() -> Built:
    s = a4("r16-es-solicitud-partly", "ES", "es", ["r16-es", "r16-es-partial"],
           "Partly fillable, Spanish. Widgets Texto1..: nombre o razón social, NIF / CIF "
           "(not ours), domicilio, código postal, población, provincia, teléfono, correo; "
           "representante, DNI / NIE (not ours), cargo; operador donante and nº de cliente; "
           "numero principal. On paper: Sí / No 'mantener algún número con el operador "
           "donante'; table 'Nº | Número | Tipo de línea (RTB / RDSI / IP)' rows 1-10 (the last "
           "column not ours); numbers kept on lines; fecha solicitada in '__ / __ / ____' "
           "segments; data-protection tick not ours; 'En ____, a __ de ____ de 20__' (the "
           "place not ours, the month in words, the year's last two digits); signature line.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    t = _names("Texto{n}")
    letterhead(s, W4 - 40, H4 - 40, ["Ibérica Voz y Datos S.L.", "Calle de Orense 34, 28020 Madrid",
                                      "CIF B-88410072  -  900 555 014"])
    s.text(40, H4 - 48, "SOLICITUD DE PORTABILIDAD", 15, bold=True)
    s.text(40, H4 - 62, "Numeración fija  -  operador receptor: Ibérica Voz y Datos", 8.5)
    y = H4 - 90
    s.band(40, y, W4 - 80, "DATOS DEL ABONADO", 9)
    y -= 32
    above(s, "Nombre o razón social", next(t), 40, y, 350, "account_name")
    above(s, "NIF / CIF", next(t), 400, y, 155, None)
    y -= 30
    above(s, "Domicilio (calle, número, piso)", next(t), 40, y, 515, "street")
    y -= 30
    above(s, "Código postal", next(t), 40, y, 70, "postal_code")
    above(s, "Población", next(t), 120, y, 220, "city")
    above(s, "Provincia", next(t), 350, y, 205, "state")
    y -= 30
    above(s, "Teléfono de contacto", next(t), 40, y, 160, "contact_phone")
    above(s, "Correo electrónico", next(t), 210, y, 345, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "REPRESENTANTE (personas jurídicas)", 9)
    y -= 32
    above(s, "Nombre y apellidos", next(t), 40, y, 250, "authorized_name")
    above(s, "DNI / NIE", next(t), 300, y, 110, None)
    above(s, "Cargo", next(t), 420, y, 135, "authorized_title")
    y -= 24
    s.band(40, y, W4 - 80, "OPERADOR DONANTE", 9)
    y -= 32
    above(s, "Operador actual", next(t), 40, y, 200, "carrier")
    above(s, "Nº de cliente / contrato", next(t), 250, y, 150, "account_number")
    above(s, "Número de cabecera", next(t), 410, y, 145, "btn")
    y -= 24
    s.band(40, y, W4 - 80, "NUMERACIONES A PORTAR (a rellenar a mano)", 9)
    y -= 20
    yes_no(s, "¿Desea mantener algún número con el operador donante?", 40, y,
           "check:partial_port", "check:full_port", at=300, words=("Sí", "No"))
    slots = s.slot_group(ordered=True)
    cols = [("Número", 130, "number", False), ("Tipo (RTB / RDSI / IP)", 100, None, False)]
    numbers_table(s, slots, 40, y - 10, cols, rows=5, row_h=16, head="Nº")
    bottom = numbers_table(s, slots, 300, y - 10, cols, rows=5, row_h=16, first=6, head="Nº")
    y = bottom - 14
    s.text(40, y, "Números que se mantienen con el operador donante:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 250, y - 1, 400, 1, 0, stay, "se mantiene 1")
    lines(s, 410, y - 1, 555, 1, 0, stay, "se mantiene 2")
    y -= 26
    s.text(40, y, "Fecha solicitada para la portabilidad (dd / mm / aaaa):", 8)
    seg_date(s, 280, y, [(24, "requested_day"), (24, "requested_month"),
                         (40, "requested_year")], "fecha solicitada")
    y -= 24
    s.tick(40, y, None, "No deseo recibir comunicaciones comerciales de Ibérica Voz y Datos.")
    y = s.para(40, y - 18, "El abonado solicita la portabilidad de las numeraciones indicadas "
               "y consiente la baja del servicio con el operador donante para ellas, conforme "
               "a la Circular 1/2008 y a las especificaciones técnicas de portabilidad fija.",
               W4 - 80, 7.5) - 16
    sentence(s, 40, y, ["En", Gap(120, None, "lugar"), ", a", Gap(24, "date_signed_day", "día"),
                        "de", Gap(90, "date_signed_month", "mes"), "de 20",
                        Gap(20, "date_signed_year2", "año")], size=9)
    y -= 50
    s.sign_line("Firma del abonado o de su representante", 40, y, 300, label_below=True)
    s.footer("IVD-PORT-F  ed. 2026")
    return s.build()


def _onkz_table(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int,
                rows: int, row_h: float = 17) -> float:
    """'Nr. | ONKZ | Teilnehmernummer': the Austrian area code (Ortsnetzkennzahl) per row in its
    own cell, the subscriber number in the slot. Returns the y under the table."""
    for head, cx, w in (("Nr.", x, 24), ("ONKZ", x + 24, 50), ("Teilnehmernummer", x + 74, 160)):
        s.frame(cx, top - row_h, w, row_h)
        s.text(cx + 3, top - row_h + 5, head, 7.5, bold=True)
    for r in range(rows):
        y = top - row_h * (r + 2)
        s.frame(x, y, 24, row_h)
        s.right_text(x + 18, y + 5, str(first + r), 8)
        place = s.box(x + 24, y, 50, row_h, "area_code", f"ONKZ Zeile {first + r}")
        place["row"] = first + r - 1
        s.frame(x + 74, y, 160, row_h)
        s.slot(slots, (x + 75, y + 1, x + 233, y + row_h - 1), f"Teilnehmernummer {first + r}")
    return top - row_h * (rows + 1)


def at_portierung_paper() -> Built:
    s = a4("r16-at-portierung-flat", "AT", "de", ["r16-at", "r16-at-partial"],
           "Paper, German (Austria), captions under every line. Firmenwortlaut, Firmenbuch- "
           "and UID-Nummer (not ours), Straße / Hausnummer with Stiege and Tür apart (optional), "
           "PLZ, Ort; zeichnungsberechtigte Person and Funktion; Telefon and E-Mail; abgebender "
           "Betreiber and Kundennummer; Anschlussart ticks (not ours); Kopfnummer; aller / nur "
           "der angeführten ticks; 'Nr. | ONKZ | Teilnehmernummer' tables 1-6 and 7-12 (the "
           "area code per row); remaining numbers on lines; Wunschtermin; Ort (not ours) and "
           "Datum under two lines; firmenmäßige Zeichnung.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Steirische Netz GmbH", "Conrad-von-Hötzendorf-Straße 94",
                                      "8010 Graz  -  FN 402218 t"])
    s.text(40, H4 - 48, "Auftrag zur Rufnummernportierung", 15, bold=True)
    s.text(40, H4 - 62, "Festnetz  -  gemäß Nummernübertragungsverordnung (NÜV)", 8.5)
    y = H4 - 86
    s.band(40, y, W4 - 80, "A  Teilnehmer / Kunde", 9)
    y -= 30
    under(s, "Firmenwortlaut bzw. Vor- und Zuname", 40, y, 555, "account_name")
    y -= 30
    under(s, "Firmenbuchnummer", 40, y, 250, None)
    under(s, "UID-Nummer", 265, y, 555, None)
    y -= 30
    under(s, "Straße und Hausnummer", 40, y, 400, "street")
    under(s, "Stiege", 415, y, 475, None, optional=True)
    under(s, "Tür", 490, y, 555, None, optional=True)
    y -= 30
    under(s, "PLZ", 40, y, 110, "postal_code")
    under(s, "Ort", 125, y, 555, "city")
    y -= 30
    under(s, "Zeichnungsberechtigte Person", 40, y, 300, "authorized_name")
    under(s, "Funktion", 315, y, 555, "authorized_title")
    y -= 30
    under(s, "Telefon für Rückfragen", 40, y, 250, "contact_phone")
    under(s, "E-Mail", 265, y, 555, "contact_email")
    y -= 30
    s.band(40, y, W4 - 80, "B  Abgebender Betreiber", 9)
    y -= 30
    under(s, "Name des bisherigen Betreibers", 40, y, 300, "carrier")
    under(s, "Kundennummer beim bisherigen Betreiber", 315, y, 555, "account_number")
    y -= 28
    s.text(40, y, "Anschlussart:", 8)
    s.tick(100, y - 1, None, "Einzelanschluss")
    s.tick(190, y - 1, None, "ISDN-Mehrgeräteanschluss")
    s.tick(320, y - 1, None, "Anlagenanschluss (Durchwahl)")
    y -= 24
    s.band(40, y, W4 - 80, "C  Zu portierende Rufnummern", 9)
    y -= 30
    under(s, "Kopfnummer / Hauptrufnummer", 40, y, 250, "btn")
    s.tick(270, y, "check:full_port", "alle Rufnummern des Anschlusses")
    s.tick(420, y, "check:partial_port", "nur die angeführten")
    slots = s.slot_group(ordered=True)
    # the Teilnehmernummer after its ONKZ cell: truth fix, round 16 tuner
    s._slot_groups[-1]["local"] = True
    _onkz_table(s, slots, 40, y - 20, 1, 6)
    bottom = _onkz_table(s, slots, 300, y - 20, 7, 6)
    y = bottom - 14
    s.text(40, y, "Beim bisherigen Betreiber verbleibende Rufnummern:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 250, y - 1, 400, 1, 0, stay, "verbleibt 1")
    lines(s, 410, y - 1, 555, 1, 0, stay, "verbleibt 2")
    y -= 34
    under(s, "Gewünschter Portierungstermin (TT.MM.JJJJ)", 40, y, 250, "requested_date")
    s.text(265, y + 2, "frühestens fünf Werktage nach Eingang des Auftrags", 7)
    y -= 26
    s.band(40, y, W4 - 80, "D  Auftrag und Unterschrift", 9)
    y = s.para(40, y - 18, "Ich beauftrage die Steirische Netz GmbH, die oben angeführten "
               "Rufnummern zu portieren und den Vertrag mit dem abgebenden Betreiber für diese "
               "Rufnummern in meinem Namen zu kündigen. Allfällige Entgelte des abgebenden "
               "Betreibers für die Portierung trage ich.", W4 - 80, 7.5) - 30
    sign_block(s, 40, y, [("Ort", None), ("Datum", "date_signed"),
                          ("Firmenmäßige Zeichnung / Unterschrift", "signature")],
               [140, 100, 247])
    office_panel(s, 40, 40, W4 - 80, "Bearbeitungsvermerke (intern)",
                 ["Auftragsnummer", "Portierungstermin bestätigt", "Bearbeiter"], h=40)
    s.footer("SN-PORT-FN 03/2026")
    return s.build()


FORMS = {
    "r16-ro-cerere-portare-flat": ro_cerere_portare_paper,
    "r16-fr-mandat-fillable": fr_mandat_fillable,
    "r16-es-solicitud-partly": es_solicitud_partly,
    "r16-at-portierung-flat": at_portierung_paper,
}
