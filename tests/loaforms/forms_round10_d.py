"""Round 10, fourth batch (tuning material, written from the drawn page; the filler was never
run on these by their author):

- A UK fillable LoA over two pages with Acrobat's own widget names ("undefined",
  "undefined_2", ...), a signature and a date widget at the foot of both pages, the date in
  DD / MM / YYYY widgets, a line-type radio group not ours, full / partial radios, ten numbers in
  one column, the numbers that stay in four widgets, and a "new main number for the lines that
  stay" that our cases do not give (it stays empty).
- A German paper Portierungsauftrag with every caption under its line ("Name / Firma",
  "PLZ / Ort" on one line), Privatkunde / Geschäftskunde boxes, the numbers and the numbers that
  stay in two boxes, a termination choice not ours, and "Ort, Datum" under one line (the date
  belongs there; the place of signing is not ours).
- A Québec fillable form in French with widgets "Texte1.." and "Case à cocher1..", a billing
  address block "si différente" that stays empty when there is none, nine number widgets numbered
  across the rows (1 2 3 / 4 5 6 / 7 8 9) but named down the columns, and a date widget whose
  format hint is AAAA/MM/JJ.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import a4, letter
from tests.loaforms.round3_kit import TERMS, TERMS_DE, sign_under, under
from tests.loaforms.round5_kit import date_parts, letterhead, widget_above
from tests.loaforms.round10_kit import tick_after

Built = tuple[bytes, dict[str, Any]]


def uk_fillable_undefined() -> Built:
    s = a4("r10-uk-undefined-fillable", "GB", "en", ["r10-uk", "r10-uk-partial"],
           "Fillable, two pages, widgets named by Acrobat ('undefined', 'undefined_2', ...). "
           "Labels left of the widgets; line-type radio (not ours); full / partial radio; main "
           "billing number; 'new main number for the lines that stay' (empty: the cases give "
           "none); ten numbers in one column numbered 1-10; "
           "four widgets for the numbers that stay; preferred date in DD / MM / YYYY widgets; "
           "signature and date widgets at the foot of both pages (page 2: terms).")
    w, h = A4
    auto = iter(["undefined"] + [f"undefined_{n}" for n in range(2, 80)])
    letterhead(s, w - 40, h - 40, ["Wharfedale Telecom Ltd", "3 Otley Road, Ilkley LS29 9AD",
                                    "01943 555 010"])
    s.text(40, h - 48, "Letter of Authority (LoA)", 15, bold=True)
    s.text(40, h - 62, "Number port request - fixed lines", 9)
    y = h - 100

    def row(label: str, fld: str | None, x: float = 40, fx: float = 200, fw: float = 355,
            name: str | None = None) -> None:
        s.text(x, y + 4, label, 8.5)
        s.widget(name or next(auto), fx, y, fw, 15, fld)

    for label, fld in (("Company name (as on the bill)", "account_name"),
                       ("Installation address", "street"), ("Town", "city"),
                       ("Postcode", "postal_code"), ("Current provider", "carrier"),
                       ("Account number with current provider", "account_number"),
                       ("Main billing number", "btn"),
                       ("Contact email", "contact_email")):
        row(label, fld)
        y -= 21
    y -= 6
    s.text(40, y + 1, "Line type", 8.5)
    s.radio("LineType", "Analogue", 200, y, None, "Analogue")
    s.radio("LineType", "ISDN", 280, y, None, "ISDN2 / ISDN30")
    s.radio("LineType", "SIP", 390, y, None, "SIP / VoIP")
    y -= 20
    s.text(40, y + 1, "Port type", 8.5)
    s.radio("PortType", "Full", 200, y, "check:full_port", "Full (all numbers on the account)")
    s.radio("PortType", "Partial", 390, y, "check:partial_port", "Partial")
    y -= 28
    s.text(40, y, "Numbers to port", 10, bold=True)
    y -= 20
    slots = s.slot_group(ordered=True)
    for n in range(1, 11):
        s.right_text(60, y + 4, f"{n}.", 8.5)
        name = next(auto)
        s.c.acroForm.textfield(name=name, tooltip="", x=66, y=y, width=180, height=14,
                               fontSize=9, borderWidth=0.5, borderColor=black, fillColor=white,
                               textColor=black, forceBorder=True)
        s.slot(slots, (66, y, 246, y + 14), f"number {n}", name)
        y -= 18
    top = y + 18 * 10 + 4
    s.text(290, top, "Partial ports: numbers staying with the current provider", 8.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(4):
        name = next(auto)
        sy = top - 22 - k * 20
        s.c.acroForm.textfield(name=name, tooltip="", x=290, y=sy, width=180, height=14,
                               fontSize=9, borderWidth=0.5, borderColor=black, fillColor=white,
                               textColor=black, forceBorder=True)
        s.slot(stay, (290, sy, 470, sy + 14), f"staying {k + 1}", name)
    sy = top - 22 - 4 * 20 - 24
    s.text(290, sy + 18, "If the main billing number is ported, new main", 7.5)
    s.text(290, sy + 10 - 1, "number for the lines that stay:", 7.5)
    s.widget(next(auto), 410, sy, 145, 14, "new_btn")
    y -= 16
    s.text(40, y + 4, "Preferred port date", 8.5)
    date_parts(s, 200, y, [("DD", 26, "requested_day"), ("MM", 26, "requested_month"),
                           ("YYYY", 44, "requested_year")], names=[next(auto) for _ in range(3)])
    s.text(40, 96, "Signature", 8.5)
    s.widget(next(auto), 40, 70, 250, 22, "signature")
    s.text(320, 96, "Date", 8.5)
    s.widget(next(auto), 320, 70, 110, 15, "date_signed")
    s.footer("WT-LoA-2 page 1 of 2")
    s.next_page()
    s.text(40, h - 60, "Terms of the port", 12, bold=True)
    y = s.para(40, h - 84, TERMS, w - 80, 8.5) - 16
    y = s.para(40, y, "By signing below you confirm you are authorised to act for the account "
               "holder and that the details on page 1 are correct.", w - 80, 8.5) - 30
    s.text(40, y + 4, "Name", 8.5)
    s.widget(next(auto), 110, y, 200, 15, "authorized_name")
    s.text(330, y + 4, "Position", 8.5)
    s.widget(next(auto), 380, y, 175, 15, "authorized_title")
    s.text(40, 96, "Signature", 8.5)
    s.widget(next(auto), 40, 70, 250, 22, "signature")
    s.text(320, 96, "Date", 8.5)
    s.widget(next(auto), 320, 70, 110, 15, "date_signed")
    s.footer("WT-LoA-2 page 2 of 2")
    return s.build()


def de_paper_captions_under() -> Built:
    s = a4("r10-de-auftrag-flat", "DE", "de", ["r10-de", "r10-de-partial"],
           "Paper, German, every caption under its line. Gaining provider's letterhead. "
           "Privatkunde / Geschäftskunde boxes labelled before the box; 'Name / Firma', "
           "'Straße, Hausnummer', 'PLZ / Ort' as one line (locality), 'Ansprechpartner', "
           "'Telefon'; bisheriger Anbieter and Kundennummer; numbers to port and numbers that "
           "stay in two boxes; Kündigung ja / nein not ours; Wunschtermin; 'Ort, Datum' under one "
           "line (the date is ours, the place not); signature line captioned under; terms at the "
           "foot.")
    s.date_formats = ["%d.%m.%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Spree Netz GmbH", "Friedrichstraße 140", "10117 Berlin",
                                    "Tel. 030 555 0100"])
    s.text(40, h - 48, "Portierungsauftrag", 16, bold=True)
    s.text(40, h - 63, "Mitnahme Ihrer Rufnummern zur Spree Netz GmbH", 9)
    y = h - 104
    x = tick_after(s, "Privatkunde", 40, y, "check:residential")
    tick_after(s, "Geschäftskunde", x, y, "check:business")
    y -= 36
    s.text(40, y + 16, "Angaben zum Anschlussinhaber (wie beim bisherigen Anbieter)", 9.5,
           bold=True)
    y -= 10
    under(s, "Name / Firma", 40, y, w - 40, "account_name")
    y -= 30
    under(s, "Straße, Hausnummer", 40, y, 330, "street")
    under(s, "PLZ / Ort", 345, y, w - 40, "locality")
    y -= 30
    under(s, "Ansprechpartner", 40, y, 330, "authorized_name")
    under(s, "Telefon für Rückfragen", 345, y, w - 40, "contact_phone")
    y -= 50
    s.text(40, y + 16, "Bisheriger Anbieter", 9.5, bold=True)
    y -= 10
    under(s, "Name des bisherigen Anbieters", 40, y, 330, "carrier")
    under(s, "Kundennummer beim bisherigen Anbieter", 345, y, w - 40, "account_number")
    y -= 40
    s.text(40, y, "Zu portierende Rufnummern (mit Vorwahl)", 9, bold=True)
    s.text(305, y, "Diese Rufnummern bleiben beim bisherigen Anbieter", 9, bold=True)
    s.box(40, y - 66, 250, 58, "numbers", "zu portierende Rufnummern")
    s.box(305, y - 66, w - 345, 58, "remaining_numbers", "verbleibende Rufnummern")
    y -= 92
    s.text(40, y, "Kündigung der übrigen Leistungen zum Portierungstermin:", 8.5)
    s.tick(300, y - 1, None, "ja")
    s.tick(340, y - 1, None, "nein")
    y -= 30
    under(s, "Gewünschter Portierungstermin (TT.MM.JJJJ)", 40, y, 250, "requested_date")
    y = s.para(40, y - 30, "Hiermit beauftrage ich die Spree Netz GmbH, die oben genannten "
               "Rufnummern zu übernehmen, und ermächtige sie, die Portierung beim bisherigen "
               "Anbieter in meinem Namen zu veranlassen.", w - 80, 8.5) - 40
    under(s, "Ort, Datum", 40, y, 230, "date_signed")
    sign_under(s, "Unterschrift Anschlussinhaber / Stempel", 260, y, w - 40)
    y -= 40
    s.para(40, y, TERMS_DE, w - 80, 7)
    s.footer("SNG-PA 2026/1")
    return s.build()


def qc_fillable_across() -> Built:
    s = letter("r10-qc-texte-fillable", "CA", "fr", ["r10-qc", "r10-qc-partial"],
               "Fillable, French, widgets 'Texte1..' and 'Case à cocher1..' with labels above. "
               "Service address, then 'Adresse de facturation (si différente)' that stays empty "
               "(no billing address apart); full / partial boxes; nine number widgets numbered "
               "across the rows (1 2 3 / 4 5 6 / 7 8 9) but named down the columns (Texte20, "
               "Texte21, Texte22 are 1, 4, 7); numbers kept; date widget hinted AAAA/MM/JJ.")
    s.date_formats = ["%Y/%m/%d", "%Y-%m-%d"]
    w, h = LETTER
    texte = iter(f"Texte{n}" for n in range(1, 20))
    letterhead(s, w - 40, h - 44, ["Réseau Laurentides Télécom", "455, rue Principale",
                                    "Saint-Sauveur (Québec) J0R 1R0"])
    s.text(40, h - 50, "Lettre d'autorisation", 15, bold=True)
    s.text(40, h - 65, "Transfert de numéros de téléphone", 9)
    y = h - 110
    widget_above(s, "Nom de l'entreprise", next(texte), 40, y, 330, "account_name")
    widget_above(s, "Téléphone principal", next(texte), 390, y, 182, "btn")
    y -= 36
    s.text(40, y + 20, "Adresse du service", 9.5, bold=True)
    y -= 10
    widget_above(s, "Adresse", next(texte), 40, y, 250, "street")
    widget_above(s, "Ville", next(texte), 300, y, 130, "city")
    widget_above(s, "Prov.", next(texte), 440, y, 36, "state")
    widget_above(s, "Code postal", next(texte), 486, y, 86, "postal_code")
    y -= 40
    s.text(40, y + 20, "Adresse de facturation (si différente)", 9.5, bold=True)
    y -= 10
    widget_above(s, "Adresse", next(texte), 40, y, 250, "billing_street")
    widget_above(s, "Ville", next(texte), 300, y, 130, "billing_city")
    widget_above(s, "Prov.", next(texte), 440, y, 36, "billing_state")
    widget_above(s, "Code postal", next(texte), 486, y, 86, "billing_postal_code")
    y -= 36
    widget_above(s, "Fournisseur actuel", next(texte), 40, y, 200, "carrier")
    widget_above(s, "No de compte", next(texte), 260, y, 160, "account_number")
    widget_above(s, "NIP", next(texte), 440, y, 132, "pin")
    y -= 30
    s.checkbox("Case à cocher1", 40, y, "check:full_port", "Tous les numéros du compte")
    s.checkbox("Case à cocher2", 260, y, "check:partial_port", "Certains numéros seulement")
    y -= 28
    s.text(40, y, "Numéros à transférer", 9.5, bold=True)
    y -= 24
    slots = s.slot_group(ordered=True)
    rects: dict[int, tuple[tuple[float, float, float, float], str]] = {}
    k = 20
    for c in range(3):  # created (and named) down the columns; numbered across the rows
        for r in range(3):
            n = r * 3 + c + 1
            x, ry = 40 + c * 180, y - r * 22
            s.right_text(x + 14, ry + 4, f"{n})", 8.5)
            name = f"Texte{k}"
            k += 1
            s.c.acroForm.textfield(name=name, tooltip="", x=x + 18, y=ry, width=150, height=15,
                                   fontSize=9, borderWidth=0.5, borderColor=black,
                                   fillColor=white, textColor=black, forceBorder=True)
            rects[n] = ((x + 18, ry, x + 168, ry + 15), name)
    for n in sorted(rects):
        s.slot(slots, rects[n][0], f"numéro {n}", rects[n][1])
    y -= 3 * 22 + 22
    widget_above(s, "Numéros conservés chez le fournisseur actuel (transfert partiel)", "Texte30",
                 40, y, w - 80, "remaining_numbers")
    y -= 36
    widget_above(s, "Date de transfert souhaitée (AAAA/MM/JJ)", "Texte31", 40, y, 160,
                 "requested_date")
    y = s.para(40, y - 26, "J'autorise Réseau Laurentides Télécom à agir en mon nom pour "
               "transférer les numéros ci-dessus et à obtenir de mon fournisseur actuel les "
               "renseignements nécessaires.", w - 80, 8) - 30
    widget_above(s, "Nom du signataire autorisé", "Texte32", 40, y, 250, "authorized_name")
    widget_above(s, "Fonction", "Texte33", 310, y, 262, "authorized_title")
    y -= 46
    sign_under(s, "Signature", 40, y, 300)
    widget_above(s, "Date (AAAA/MM/JJ)", "Texte34", 330, y, 120, "date_signed")
    s.footer("RLT-LA-2026")
    return s.build()


FORMS = {
    "r10-uk-undefined-fillable": uk_fillable_undefined,
    "r10-de-auftrag-flat": de_paper_captions_under,
    "r10-qc-texte-fillable": qc_fillable_across,
}
