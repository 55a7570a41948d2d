"""Round 15 (held back), the Czech Republic and Luxembourg: a Czech provider's partly fillable
žádost o přenesení telefonního čísla in an embedded Unicode font (the customer's details in
widgets named from their labels by a form tool, IČO and DIČ not ours, právnická / fyzická osoba
check boxes, the OKU in a 14-cell comb widget, the numbers on paper lines 1-12 down three
columns, "V ____ dne ____" under the authorisation with the place not ours, a stamp box not
ours); a Luxembourg provider's paper demande de portage / Portierungsantrag with every label in
French and German side by side over its box, RCS and TVA numbers not ours, numbers on paper
lines 1-15 down three columns, "Lieu / Ort" apart from "Date / Datum", and its conditions printed
in two columns, French beside German."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import letterhead, numbered_slots
from tests.loaforms.round9_kit import comb_widget
from tests.loaforms.round14_kit import sign_block, unicode_a4
from tests.loaforms.round15_kit import two_tongues

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _cz_field(s: Sheet, label: str, name: str, x: float, y: float, w: float,
              fld: str | None, lw: float = 0) -> None:
    """A label printed over its widget (lw 0) or to its left."""
    if lw:
        s.text(x, y + 4, label, 7.5)
        s.widget(name, x + lw, y, w, 15, fld)
    else:
        s.text(x, y + 18, label, 7)
        s.widget(name, x, y, w, 15, fld)


def cz_zadost_partly() -> Built:
    s = unicode_a4("r15-cz-zadost-partly", "CZ", "cs", ["r15-cz", "r15-cz-partial"],
                   "Partly fillable, Czech, embedded Unicode font: the receiving provider's "
                   "letterhead (IČO); customer details in widgets named from their labels "
                   "(ObchodniFirma, ICO, ...), labels above; IČO / datum narození and DIČ not "
                   "ours; právnická / fyzická osoba check boxes; Ulice a č. p., PSČ, Obec; "
                   "opouštěný poskytovatel, číslo smlouvy, OKU in a 14-cell comb widget (the "
                   "case's PIN); přejímající poskytovatel printed; ticks on paper for all / only "
                   "listed numbers; numbers on paper lines 1-12 DOWN three columns; numbers that "
                   "stay on a paper line; požadované datum widget; 'V ____ dne ____' on paper "
                   "(place not ours); podpis line, jméno a příjmení and funkce widgets; razítko "
                   "box not ours.")
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y"]
    s.c.setFont(s.bold_font, 10)
    s.c.drawRightString(W4 - 40, H4 - 40, "Moravanet s.r.o.")
    for n, line in enumerate(["Cejl 498/62, 602 00 Brno", "IČO 07441203",
                              "Zákaznická linka 545 550 100"], start=1):
        s.right_text(W4 - 40, H4 - 43 - n * 9.5, line, 7.5)
    s.text(40, H4 - 46, "Žádost o přenesení telefonního čísla", 15, bold=True)
    s.text(40, H4 - 60, "pevná síť a VoIP - plná moc k ukončení služby u opouštěného "
           "poskytovatele", 8)
    y = H4 - 92
    w = W4 - 80
    s.band(40, y, w, "1. Účastník", 9)
    y -= 36
    _cz_field(s, "Obchodní firma / jméno a příjmení", "ObchodniFirma", 40, y, 300,
              "account_name")
    _cz_field(s, "IČO / datum narození", "ICO", 350, y, 100, None)
    _cz_field(s, "DIČ", "DIC", 460, y, w - 420, None)
    y -= 22
    s.text(40, y + 1, "Účastník je:", 7.5)
    s.checkbox("PravnickaOsoba", 100, y, "check:business", "právnická osoba / podnikatel")
    s.checkbox("FyzickaOsoba", 250, y, "check:residential", "fyzická osoba (spotřebitel)")
    y -= 36
    _cz_field(s, "Ulice a číslo popisné", "Ulice", 40, y, 280, "street")
    _cz_field(s, "PSČ", "PSC", 330, y, 60, "postal_code")
    _cz_field(s, "Obec", "Obec", 400, y, w - 360, "city")
    y -= 34
    _cz_field(s, "Kontaktní telefon", "Telefon", 40, y, 180, "contact_phone")
    _cz_field(s, "E-mail", "Email", 230, y, w - 190, "contact_email")
    y -= 26
    s.band(40, y, w, "2. Poskytovatelé", 9)
    y -= 36
    _cz_field(s, "Opouštěný poskytovatel (stávající operátor)", "Opousteny", 40, y, 250,
              "carrier")
    _cz_field(s, "Číslo smlouvy / zákaznické číslo u opouštěného poskytovatele",
              "CisloSmlouvy", 300, y, w - 260, "account_number")
    y -= 34
    s.text(40, y + 18, "Ověřovací kód účastníka (OKU)", 7)
    comb_widget(s, "OKU", 40, y, 14, "pin", cell=14, h=16)
    s.frame(300, y - 2, w - 260, 28)
    s.text(304, y + 17, "Přejímající poskytovatel", 6.5)
    s.text(304, y + 3, "Moravanet s.r.o.", 9, bold=True)
    y -= 22
    s.band(40, y, w, "3. Přenášená čísla", 9)
    y -= 18
    s.tick(40, y - 1, "check:full_port", "Přenést všechna čísla účastníka")
    s.tick(250, y - 1, "check:partial_port", "Přenést pouze čísla uvedená níže")
    y -= 22
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=3, rows=4, col_w=w / 3, down=True, row_h=19)
    y -= 4 * 19 + 8
    s.blank("Čísla, která zůstávají u opouštěného poskytovatele:", 40, y, W4 - 40,
            "remaining_numbers", size=7.5)
    y -= 26
    s.text(40, y + 4, "Požadované datum přenesení (dd.mm.rrrr):", 7.5)
    s.widget("Datum", 212, y, 90, 15, "requested_date")
    y -= 18
    y = s.para(40, y, "Účastník tímto zmocňuje společnost Moravanet s.r.o. k podání výpovědi "
               "smlouvy u opouštěného poskytovatele v rozsahu výše uvedených čísel a k zajištění "
               "jejich přenesení. Účastník bere na vědomí, že závazky vůči opouštěnému "
               "poskytovateli tím nezanikají.", w, 7.5) - 12
    end = s.text(40, y, "V", 8.5) + 4
    s.rule(end, y - 2, end + 120)
    s._place((end, y - 4, end + 120, y + 11), None, what="V (místo)", optional=True)
    end = s.text(end + 126, y, "dne", 8.5) + 4
    s.rule(end, y - 2, end + 90)
    s._place((end, y - 4, end + 90, y + 11), "date_signed", what="dne")
    y -= 40
    s.sign_line("Podpis oprávněné osoby", 40, y, 260, label_below=True)
    s.box(W4 - 170, y - 18, 130, 56, None, "Razítko")
    s.text(W4 - 166, y + 30, "Razítko", 6.5)
    y -= 48
    _cz_field(s, "Jméno a příjmení oprávněné osoby", "JmenoPodpis", 40, y, 220,
              "authorized_name")
    _cz_field(s, "Funkce", "Funkce", 270, y, 110, "authorized_title")
    s.footer("MN-PREN-02/2026")
    return s.build()


def _lu_box(s: Sheet, fr: str, de: str, x: float, y: float, w: float, fld: str | None,
            optional: bool = False) -> None:
    """French and German label side by side over a box to write in."""
    two_tongues(s, x, y + 20, fr, de, size=7)
    s.box(x, y, w, 16, fld, f"{fr} / {de}", optional=optional)


def lu_portage_paper() -> Built:
    s = a4("r15-lu-portage-bilingual-paper", "LU", "fr", ["r15-lu", "r15-lu-partial"],
           "Paper, Luxembourg, French and German side by side (every label 'français / "
           "deutsch' over its box, German in italics): the receiving provider's letterhead "
           "(RCS, TVA); titulaire / Vertragsinhaber; N° RCS and N° TVA not ours; rue, code "
           "postal, localité; contact phone and e-mail; opérateur actuel / bisheriger "
           "Betreiber and N° de client; all / only ticks; numbers on paper lines 1-15 DOWN "
           "three columns; numéros restant; date souhaitée JJ/MM/AAAA; conditions in two "
           "columns FR | DE; Lieu / Ort (optional), Date / Datum, signature, nom, fonction.")
    s.date_formats = ["%d/%m/%Y", "%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Luxvoice S.A.", "4, rue Albert Borschette, L-1246 "
                                      "Luxembourg", "RCS Luxembourg B 201447 - TVA LU 28811904",
                                      "Service clients / Kundendienst 2799 0100"])
    s.text(40, H4 - 46, "Demande de portage", 14, bold=True)
    s.c.setFont("Helvetica-BoldOblique", 12)
    s.c.drawString(40, H4 - 62, "Portierungsantrag")
    w = W4 - 80
    y = H4 - 92
    s.band(40, y, w, "1  Titulaire du contrat / Vertragsinhaber", 9)
    y -= 38
    _lu_box(s, "Nom ou raison sociale", "Name oder Firmenname", 40, y, w * 0.6, "account_name")
    _lu_box(s, "N° RCS", "Handelsregister-Nr.", 50 + w * 0.6, y, w * 0.4 - 10, None)
    y -= 36
    _lu_box(s, "Rue et numéro", "Straße und Hausnummer", 40, y, w * 0.6, "street")
    _lu_box(s, "N° TVA", "MwSt.-Nr.", 50 + w * 0.6, y, w * 0.4 - 10, None)
    y -= 36
    _lu_box(s, "Code postal", "Postleitzahl", 40, y, 110, "postal_code")
    _lu_box(s, "Localité", "Ortschaft", 160, y, w - 120, "city")
    y -= 36
    _lu_box(s, "Téléphone de contact", "Kontakttelefon", 40, y, w * 0.4, "contact_phone")
    _lu_box(s, "E-mail", "E-Mail", 50 + w * 0.4, y, w * 0.6 - 10, "contact_email")
    y -= 26
    s.band(40, y, w, "2  Opérateur actuel / Bisheriger Betreiber", 9)
    y -= 38
    _lu_box(s, "Nom de l'opérateur", "Name des Betreibers", 40, y, w * 0.45, "carrier")
    _lu_box(s, "N° de client", "Kundennummer", 50 + w * 0.45, y, w * 0.55 - 10,
            "account_number")
    y -= 26
    s.band(40, y, w, "3  Numéros à porter / Zu portierende Rufnummern", 9)
    y -= 18
    s.tick(40, y - 1, "check:full_port", "Tous les numéros / Alle Rufnummern")
    s.tick(260, y - 1, "check:partial_port",
           "Uniquement les numéros ci-dessous / Nur folgende Rufnummern")
    y -= 22
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y, cols=3, rows=5, col_w=w / 3, down=True, row_h=18)
    y -= 5 * 18 + 20
    _lu_box(s, "Numéros restant chez l'opérateur actuel",
            "beim bisherigen Betreiber verbleibende Rufnummern", 40, y, w, "remaining_numbers")
    y -= 36
    _lu_box(s, "Date souhaitée (JJ/MM/AAAA)", "Gewünschtes Datum (TT/MM/JJJJ)", 40, y, 150,
            "requested_date")
    y -= 14
    col = (w - 16) / 2
    fr = ("Le titulaire mandate Luxvoice S.A. pour résilier auprès de l'opérateur actuel les "
          "numéros indiqués et en demander le portage. Les engagements contractuels envers "
          "l'opérateur actuel restent dus.")
    de = ("Der Vertragsinhaber beauftragt Luxvoice S.A., die angegebenen Rufnummern beim "
          "bisherigen Betreiber zu kündigen und deren Portierung zu beantragen. Vertragliche "
          "Verpflichtungen gegenüber dem bisherigen Betreiber bleiben bestehen.")
    low = min(s.para(40, y, fr, col, 7), s.para(56 + col, y, de, col, 7))
    y = low - 24
    sign_block(s, 40, y, [("Lieu / Ort", None), ("Date / Datum", "date_signed")], [150, 110])
    s.places[-2]["optional"] = True  # where it was signed: the customer may write it
    y -= 44
    sign_block(s, 40, y, [("Signature / Unterschrift", "signature"),
                          ("Nom du signataire / Name des Unterzeichners", "authorized_name"),
                          ("Fonction / Funktion", "authorized_title")], [180, 190, 117])
    s.footer("LV-PORT-FR/DE 2026-1")
    return s.build()


FORMS = {"r15-cz-zadost-partly": cz_zadost_partly,
         "r15-lu-portage-bilingual-paper": lu_portage_paper}
