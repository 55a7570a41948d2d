"""Round 21 (held back), Québec and Bavaria: a Québec cable company's fillable demande de
transfert de numéro in French (captions printed in the top corner of each box over the widget,
French designer names Texte1.. of which 'Adresse_facturation' holds the service address and
'Tel_jour' the account's main number, the NEQ not ours, a Province drop-down, a six-cell code
postal comb, radio groups Groupe1 Résidentiel / Affaires and Groupe2 Tous / Certains, Numero1..10
printed down two columns but created across, the numbers kept in one widget, dates AAAA-MM-JJ, a
signature line with no widget, a joint holder's signature not ours and the company's panel of
widgets not ours); and a Munich provider's two-page paper Auftrag zur Rufnummernmitnahme (labels
in the grey left column of a ruled grid, Handelsregister / USt-IdNr. and the new provider's own
Kundennummer not ours, Anschlussart ticks not ours, 'Nr. | Vorwahl | Rufnummer' rows 1-8 with the
area code per row continued in Anlage 1 as rows 9-28, a Durchwahl block table left to others,
Wunschtermin TT.MM.JJJJ, Ort not ours beside Datum, Unterschrift, Name and Funktion under their
lines, a Firmenstempel box not ours). Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import numbered_slots
from tests.loaforms.round7_kit import corner_box, grid_row, range_rows
from tests.loaforms.round10_kit import comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round12_kit import radio_row
from tests.loaforms.round14_kit import office_panel, witness_line
from tests.loaforms.round20_kit import code_rows, letterhead

Built = tuple[bytes, dict[str, Any]]
LW, LH = float(LETTER[0]), float(LETTER[1])
AW, AH = float(A4[0]), float(A4[1])
_PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]


def _qc_client(s: Sheet, y: float) -> float:
    s.band(40, y, LW - 80, "1  TITULAIRE DU COMPTE", 8.5)
    y -= 14
    s.text(40, y - 12, "Type de client :", 8)
    radio_row(s, "Groupe1", 120, y - 13, [("Choix1", "Résidentiel", "check:residential"),
                                         ("Choix2", "Affaires", "check:business")])
    y -= 50
    corner_box(s, "Nom du titulaire (tel qu'il figure sur la facture)", 40, y, 360, 30,
               "account_name", widget="Texte1")
    corner_box(s, "NEQ (entreprises)", 400, y, LW - 440, 30, None, widget="Texte2")
    y -= 30
    corner_box(s, "Adresse de service (là où le service est installé)", 40, y, LW - 80, 30,
               "street", widget="Adresse_facturation")
    y -= 30
    corner_box(s, "Ville", 40, y, 250, 30, "city", widget="Texte4")
    s.frame(290, y, 80, 30)
    s.text(293, y + 22.5, "Province", 6.2)
    choice_widget(s, "Liste1", 294, y + 2, 60, _PROVINCES, "state", h=14)
    s.frame(370, y, LW - 410, 30)
    s.text(373, y + 22.5, "Code postal", 6.2)
    comb_widget(s, "Texte5", 376, y + 2, 6, "postal_code", h=14, what="Code postal")
    y -= 30
    corner_box(s, "Téléphone pour vous joindre", 40, y, 200, 30, "contact_phone",
               widget="Texte6")
    corner_box(s, "Courriel", 240, y, LW - 280, 30, "contact_email", widget="Texte7")
    return y - 24


def _qc_provider(s: Sheet, y: float) -> float:
    s.band(40, y, LW - 80, "2  FOURNISSEUR ACTUEL", 8.5)
    y -= 36
    corner_box(s, "Fournisseur actuel", 40, y, 200, 30, "carrier", widget="Texte8")
    corner_box(s, "Numéro de compte", 240, y, 150, 30, "account_number", widget="Texte9")
    corner_box(s, "Numéro principal du compte", 390, y, 120, 30, "btn", widget="Tel_jour")
    corner_box(s, "NIP (sans-fil)", 510, y, LW - 550, 30, "pin", widget="Texte11",
               optional=True)
    return y - 24


def _qc_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, LW - 80, "3  NUMÉROS À TRANSFÉRER", 8.5)
    y -= 20
    radio_row(s, "Groupe2", 40, y, [("Choix1", "Tous les numéros du compte", "check:full_port"),
                                    ("Choix2", "Seulement les numéros ci-dessous",
                                     "check:partial_port")])
    y -= 22
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=2, rows=5, col_w=(LW - 80) / 2, down=True, row_h=18,
                   names=[f"Numero{k}" for k in range(1, 11)])
    y -= 5 * 18 + 4
    s.text(40, y + 3, "Numéros conservés chez le fournisseur actuel :", 8)
    s.widget("Texte12", 232, y, LW - 272, 14, "remaining_numbers")
    y -= 20
    s.text(40, y + 3, "Date de transfert souhaitée (AAAA-MM-JJ) :", 8)
    s.widget("Texte13", 210, y, 90, 14, "requested_date")
    return y - 22


def _qc_sign(s: Sheet, y: float) -> None:
    s.band(40, y, LW - 80, "4  AUTORISATION", 8.5)
    y = s.para(40, y - 16, "J'autorise Câblodistribution Haute-Côte inc. à agir en mon nom "
               "pour transférer les numéros ci-dessus de mon fournisseur actuel. Je ne dois pas "
               "annuler mon service actuel avant la fin du transfert.", LW - 80, 7.5) - 24
    s.sign_line("Signature du titulaire", 40, y, 300, label_below=True)
    s.text(320, y + 3, "Date (AAAA-MM-JJ)", 7.5)
    s.widget("Texte14", 390, y, 90, 14, "date_signed")
    y -= 30
    s.text(40, y + 3, "Nom en lettres moulées", 7.5)
    s.widget("Texte15", 136, y, 164, 14, "authorized_name")
    s.text(320, y + 3, "Fonction", 7.5)
    s.widget("Texte16", 360, y, LW - 400, 14, "authorized_title")
    y -= 40
    witness_line(s, "Signature du cotitulaire (compte conjoint seulement)", 40, y, 300)
    office_panel(s, 40, 36, LW - 80, "RÉSERVÉ À CÂBLODISTRIBUTION HAUTE-CÔTE",
                 ["No de commande", "Représentant", "Date de réception"],
                 widgets=iter(["Texte17", "Texte18", "Texte19"]))


def qc_cable_fillable() -> Built:
    s = letter("r21-qc-cable-demande-transfert-fillable", "CA", "fr", ["r21-qc", "r21-qc-home"],
               "Fillable (Québec cable company, French). Captions in the top corner of each box "
               "over its widget; names Texte1.., 'Adresse_facturation' = the service address, "
               "'Tel_jour' = the main number of the account; NEQ not ours; Province drop-down "
               "'Liste1'; code postal comb (6); Groupe1 Choix1 Résidentiel / Choix2 Affaires; "
               "Groupe2 Tous / Certains; Numero1..10 created across, printed 1-10 down two "
               "columns; numbers kept widget; dates AAAA-MM-JJ; signature line without a "
               "widget; co-holder's signature and the company's panel not ours.")
    s.date_formats = ["%Y-%m-%d"]
    letterhead(s, LW - 40, LH - 40, ["Câblodistribution Haute-Côte inc.",
                                     "215, boul. Laure, Sept-Îles (Québec) G4R 1X6",
                                     "Service à la clientèle 418 555-0100"])
    s.text(40, LH - 46, "DEMANDE DE TRANSFERT", 14, bold=True)
    s.text(40, LH - 60, "de numéro de téléphone (portabilité)", 9)
    y = _qc_client(s, LH - 84)
    y = _qc_provider(s, y)
    y = _qc_numbers(s, y)
    _qc_sign(s, y)
    s.footer("CHC-PORT-FR  rév. 2026-03")
    return s.build()


def _by_grid(s: Sheet, y: float, label: str, fld: str | None, w: float = 355) -> float:
    grid_row(s, 40, y, [(label, 160, w, fld)], h=19)
    return y - 19


def _by_customer(s: Sheet, y: float) -> float:
    s.band(40, y, AW - 80, "1. Anschlussinhaber", 9)
    y -= 24
    y = _by_grid(s, y, "Firma / Name, Vorname", "account_name")
    y = _by_grid(s, y, "Straße, Hausnummer", "street")
    grid_row(s, 40, y, [("PLZ", 160, 80, "postal_code"), ("Ort", 40, 235, "city")], h=19)
    y -= 19
    y = _by_grid(s, y, "Telefon für Rückfragen", "contact_phone")
    y = _by_grid(s, y, "E-Mail", "contact_email")
    grid_row(s, 40, y, [("Handelsregister-Nr.", 160, 120, None), ("USt-IdNr.", 60, 175, None)],
             h=19)
    return y - 30


def _by_provider(s: Sheet, y: float) -> float:
    s.band(40, y, AW - 80, "2. Bisheriger (abgebender) Anbieter", 9)
    y -= 24
    y = _by_grid(s, y, "Abgebender Anbieter", "carrier")
    y = _by_grid(s, y, "Kundennummer beim abg. Anbieter", "account_number")
    y = _by_grid(s, y, "Ihre Kundennummer bei Alpennetz", None)
    y -= 6
    s.text(40, y, "Anschlussart (vom Vertrieb auszufüllen):", 8)
    s.tick(220, y - 1, None, "Analog")
    s.tick(280, y - 1, None, "ISDN")
    s.tick(330, y - 1, None, "SIP-Trunk")
    return y - 24


def _by_numbers(s: Sheet, y: float) -> tuple[list[dict[str, Any]], float]:
    s.band(40, y, AW - 80, "3. Zu portierende Rufnummern", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "alle Rufnummern des Anschlusses")
    s.tick(240, y, "check:partial_port", "nur die folgenden Rufnummern")
    slots = s.slot_group(ordered=True)
    s._slot_groups[-1]["local"] = True  # die Rufnummer nach ihrer Vorwahl
    heads = ("Nr.", "Vorwahl", "Rufnummer")
    top = y - 8
    code_rows(s, slots, 40, top, 1, 4, heads, (30, 60, 170))
    y = code_rows(s, slots, 305, top, 5, 4, heads, (30, 60, AW - 40 - 395)) - 12
    s.text(40, y, "Weitere Rufnummern bitte in Anlage 1 eintragen.", 7.5)
    y -= 16
    s.text(40, y, "Rufnummernblock (Durchwahl) - trägt Alpennetz aus der Auftragsbestätigung "
           "ein:", 7.5)
    y = range_rows(s, 40, y - 4, [("Kopfnummer", 160), ("von", 100), ("bis", 100)], 1,
                   row_h=15) - 22
    s.text(40, y, "Diese Rufnummern verbleiben beim abgebenden Anbieter:", 8)
    s.line_under(260, y - 2, AW - 40, "remaining_numbers", "verbleibende Rufnummern")
    y -= 28
    grid_row(s, 40, y, [("Wunschtermin (TT.MM.JJJJ)", 160, 120, "requested_date")], h=19)
    return slots, y - 26


def by_auftrag_paper() -> Built:
    s = a4("r21-by-auftrag-rufnummernmitnahme-paper", "DE", "de", ["r21-by", "r21-by-partial"],
           "Paper, two pages (Munich provider). Labels in the grey left column of a ruled grid; "
           "Handelsregister-Nr. and USt-IdNr. not ours; abgebender Anbieter, its Kundennummer, "
           "the new provider's own Kundennummer not ours; Anschlussart ticks not ours; alle / "
           "nur die folgenden ticks; 'Nr. | Vorwahl | Rufnummer' rows 1-4 and 5-8 (area code "
           "per row) continued in Anlage 1 (page 2) as rows 9-18 and 19-28; a Durchwahl block "
           "row left to the office; a line for the numbers that stay; Wunschtermin TT.MM.JJJJ; "
           "Ort (not ours) and Datum; Unterschrift, Name in Druckbuchstaben and Funktion under "
           "their lines; a Firmenstempel box not ours; page 2 repeats the Anschlussinhaber.")
    s.date_formats = ["%d.%m.%Y"]
    letterhead(s, AW - 40, AH - 40, ["Alpennetz Telekommunikation GmbH",
                                     "Landsberger Straße 300, 80687 München",
                                     "Portierung 089 4520 0100"])
    s.text(40, AH - 48, "Auftrag zur Rufnummernmitnahme", 14, bold=True)
    s.text(40, AH - 62, "Portierung von Festnetzrufnummern", 9)
    y = _by_customer(s, AH - 88)
    y = _by_provider(s, y)
    slots, y = _by_numbers(s, y)
    s.band(40, y, AW - 80, "4. Auftrag und Vollmacht", 9)
    y = s.para(40, y - 16, "Hiermit beauftrage ich die Alpennetz Telekommunikation GmbH, die "
               "oben genannten Rufnummern von meinem bisherigen Anbieter zu übernehmen, und "
               "kündige den bisherigen Vertrag für diese Rufnummern zum Portierungstermin.",
               AW - 80, 7.5) - 24
    under(s, "Ort", 40, y, 150, None)
    under(s, "Datum (TT.MM.JJJJ)", 160, y, 260, "date_signed")
    s.sign_line("Unterschrift", 270, y, 470, label_below=True)
    s.box(480, y - 6, AW - 520, 40, None, "Firmenstempel")
    s.text(483, y - 14, "Firmenstempel", 6.5)
    y -= 34
    under(s, "Name in Druckbuchstaben", 40, y, 260, "authorized_name")
    under(s, "Funktion", 270, y, 470, "authorized_title")
    s.footer("AN-PORT-01 / Seite 1 von 2")
    s.next_page()
    s.text(40, AH - 48, "Anlage 1 zum Auftrag zur Rufnummernmitnahme", 12, bold=True)
    grid_row(s, 40, AH - 80, [("Anschlussinhaber", 160, 355, "account_name")], h=19)
    heads = ("Nr.", "Vorwahl", "Rufnummer")
    top = AH - 104
    code_rows(s, slots, 40, top, 9, 10, heads, (30, 60, 170))
    code_rows(s, slots, 305, top, 19, 10, heads, (30, 60, AW - 40 - 395))
    s.footer("AN-PORT-01 / Seite 2 von 2")
    return s.build()


FORMS = {"r21-qc-cable-demande-transfert-fillable": qc_cable_fillable,
         "r21-by-auftrag-rufnummernmitnahme-paper": by_auftrag_paper}
