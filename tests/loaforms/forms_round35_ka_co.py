"""Round 35, Carinthia and Corsica (held back; truth from the drawn page, the filler never run on
these by their author):

- A Carinthia partly fillable Auftrag zur Rufnummernportierung in German on one A4 page. Ideas:
  every customer widget holds its own label as its default value ("Name / Firma:", "PLZ:",
  "Ort:"...; the form prints no other label for them); a paper numbers table "Rufnummer |
  Behalten oder portieren | Dienstart" for the numbers that port (the middle column takes
  "portieren"; the service type is not ours) and a second one of the same columns for the
  numbers that stay (partial port); a "Nur für interne Vermerke" block whose blanks are
  captioned like the customer's ("Kundenname", "Kundennummer", "Rufnummer", "Datum": none
  ours); the date mask "TT.MM.JJJJ" printed under the requested date and the signing date.
- A Corsica paper mandat de portabilité in French whose one A4 page is a picture only (the
  flat form rendered to an image and fed 0.8 degrees askew: no text layer, no widget). Ideas:
  the picture-only page at a slight skew; labels set flush right, ending in a colon, with
  dotted leaders to their blank; Oui / Non tick pairs under each question ("Portez-vous tous
  les numéros du compte ?", "S'agit-il d'un compte professionnel ?", and a directory question
  that is not ours); "JJ/MM/AAAA" printed under the date blanks.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round35_kit import (
    keep_port_table,
    label_widget,
    leader,
    mask_under,
    office_block,
    skewed_picture,
    yes_no_under,
)

Built = tuple[bytes, dict[str, Any]]


def ka_label_in_widget_partly() -> Built:
    s = UnicodeSheet("r35-ka-label-in-widget-partly", "AT", "de",
                     "Partly fillable, Carinthia, one A4 page, German. Customer widgets hold "
                     "their label as default value ('Name / Firma:' ...); UID-Nr. not ours; "
                     "paper table 'Rufnummer | Behalten oder portieren | Dienstart' 1-6 for "
                     "the numbers that port (middle column 'portieren'), a second table 1-3 "
                     "of the same columns for the numbers that stay; paper ticks all / only "
                     "listed; requested and signing dates with 'TT.MM.JJJJ' under them; "
                     "office-use block with customer-like captions (not ours).", A4,
                     ["r35-ka", "r35-ka-partial"])
    s.date_formats = ["%d.%m.%Y", "%d. %m. %Y"]
    w, h = A4
    letterhead(s, w - 40, h - 36, ["Drautal Netz GmbH", "Bahnhofstraße 8, 9500 Villach",
                                   "Service 04242 555 100"])
    s.text(40, h - 46, "Auftrag zur Rufnummernportierung", 14, bold=True)
    s.text(40, h - 59, "Bitte am PC ausfüllen oder in Blockschrift.", 7.5)
    y = h - 80
    s.band(40, y, w - 80, "1  Kundin / Kunde", 8.5)
    y -= 24
    label_widget(s, "f_name", 40, y, 340, 16, "account_name", "Name / Firma:")
    label_widget(s, "f_uid", 390, y, 165, 16, None, "UID-Nr.:")
    y -= 22
    label_widget(s, "f_strasse", 40, y, 515, 16, "street", "Straße, Hausnummer:")
    y -= 22
    label_widget(s, "f_plz", 40, y, 110, 16, "postal_code", "PLZ:")
    label_widget(s, "f_ort", 160, y, 395, 16, "city", "Ort:")
    y -= 22
    label_widget(s, "f_tel", 40, y, 200, 16, "contact_phone", "Telefon:")
    label_widget(s, "f_mail", 250, y, 305, 16, "contact_email", "E-Mail:")
    y -= 22
    label_widget(s, "f_zb", 40, y, 300, 16, "authorized_name", "Zeichnungsberechtigt:")
    label_widget(s, "f_funktion", 350, y, 205, 16, "authorized_title", "Funktion:")
    y -= 22
    label_widget(s, "f_betreiber", 40, y, 250, 16, "carrier", "Bisheriger Betreiber:")
    label_widget(s, "f_kdnr", 300, y, 255, 16, "account_number", "Kundennummer:")
    y -= 18
    s.band(40, y, w - 80, "2  Rufnummern", 8.5)
    y -= 16
    s.text(40, y, "Zu portierende Rufnummern (Spalte 2: „portieren“):", 7.5, bold=True)
    y -= 4
    slots = s.slot_group()
    y = keep_port_table(s, 60, y, ("Rufnummer (mit Vorwahl)", "Behalten oder portieren",
                                   "Dienstart (Sprache / Fax / ISDN)"), (180, 130, 185), 6, 1,
                        slots, ("port_choice", ["portieren", "Portieren", "P"]))
    y -= 12
    s.text(40, y, "Rufnummern, die beim bisherigen Betreiber bleiben (Teilportierung):", 7.5,
           bold=True)
    y -= 4
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    y = keep_port_table(s, 60, y, ("Rufnummer (mit Vorwahl)", "Behalten oder portieren",
                                   "Dienstart (Sprache / Fax / ISDN)"), (180, 130, 185), 3, 1,
                        stay, (None, []))
    for place in s.places[-6:]:
        if place.get("what", "").startswith("Behalten"):
            place["optional"] = True  # "behalten" written there is no wrong value
    y -= 16
    s.tick(40, y, "check:full_port", "Alle Rufnummern des Anschlusses portieren")
    s.tick(300, y, "check:partial_port", "Nur die oben angeführten Rufnummern")
    y -= 26
    s.text(40, y, "Gewünschter Portierungstermin:", 8)
    s.line_under(190, y - 2, 300, "requested_date", "Portierungstermin")
    mask_under(s, 192, y - 10, "TT.MM.JJJJ")
    y -= 24
    y = s.para(40, y, "Ich beauftrage die Drautal Netz GmbH, die oben angeführten Rufnummern "
               "vom bisherigen Betreiber zu übernehmen. Der Vertrag mit dem bisherigen "
               "Betreiber endet für diese Rufnummern mit der Portierung.", w - 80, 7.5)
    y -= 36
    s.text(40, y + 2, "Datum:", 8)
    s.line_under(74, y, 180, "date_signed", "Datum")
    mask_under(s, 76, y - 8, "TT.MM.JJJJ")
    s.sign_line("Unterschrift", 220, y, 470)
    y -= 30
    office_block(s, 40, y - 44, w - 80, "Nur für interne Vermerke (nicht vom Kunden auszufüllen)",
                 ["Kundenname", "Kundennummer", "Rufnummer", "Datum"])
    s.footer("DTN-RP-4  2030")
    return s.build()


def co_skewed_picture_paper() -> Built:
    s = Sheet("r35-co-skewed-picture-paper", "FR", "fr",
              "Paper, Corsica, one A4 page, French, a picture only: the flat form rendered "
              "and fed 0.8 degrees askew (no text layer, no widget). Labels flush right "
              "ending in a colon with dotted leaders to the blank; SIRET and RIO not ours; "
              "Oui / Non ticks under three questions (all numbers, professional account, "
              "directory listing: the last not ours); numbers 1-6; numbers kept; 'JJ/MM/AAAA' "
              "under the requested and signing dates; signature box.", A4,
              ["r35-co", "r35-co-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Corsica Fibra SAS", "Avenue de la Libération, 20600 "
                                   "Bastia", "Service client 04 95 55 01 00"])
    s.text(40, h - 50, "MANDAT DE PORTABILITÉ", 15, bold=True)
    s.text(40, h - 63, "Ligne fixe - à remplir en majuscules et à nous retourner signé", 7.5)
    y = h - 84
    s.band(40, y, w - 80, "TITULAIRE DE LA LIGNE", 8.5)
    r, x0, x1 = 190.0, 232.0, 540.0
    y -= 22
    leader(s, r, y, "Nom ou raison sociale :", x0, x1, "account_name")
    y -= 20
    leader(s, r, y, "N° SIRET (entreprises) :", x0, 400, None)
    y -= 20
    leader(s, r, y, "Adresse :", x0, x1, "street")
    y -= 20
    leader(s, r, y, "Code postal :", x0, 310, "postal_code")
    s.text(330, y, "Commune :", 8)
    s.rule(372, y - 2, x1)
    s._place((372, y - 4, x1, y + 11), "city", what="Commune")
    y -= 20
    leader(s, r, y, "Téléphone de contact :", x0, 400, "contact_phone")
    y -= 20
    leader(s, r, y, "Courriel :", x0, x1, "contact_email")
    y -= 20
    leader(s, r, y, "Nom du signataire :", x0, x1, "authorized_name")
    y -= 20
    leader(s, r, y, "Qualité (entreprises) :", x0, x1, "authorized_title")
    y -= 22
    s.band(40, y, w - 80, "OPÉRATEUR ACTUEL", 8.5)
    y -= 22
    leader(s, r, y, "Opérateur actuel :", x0, 420, "carrier")
    y -= 20
    leader(s, r, y, "N° de compte client :", x0, 420, "account_number")
    y -= 20
    leader(s, r, y, "RIO (mobiles) :", x0, 360, None)
    y -= 22
    s.band(40, y, w - 80, "VOTRE DEMANDE", 8.5)
    y -= 18
    yq = yes_no_under(s, 40, y, "Portez-vous tous les numéros du compte ?", "check:full_port",
                      "check:partial_port", ("Oui", "Non"))
    yes_no_under(s, 300, y, "S'agit-il d'un compte professionnel ?", "check:business",
                 "check:residential", ("Oui", "Non"))
    y = yes_no_under(s, 40, yq, "Souhaitez-vous conserver votre inscription à l'annuaire ?",
                     None, None, ("Oui", "Non"))
    y -= 4
    s.text(40, y, "Numéros à porter", 8, bold=True)
    y -= 20
    slots = s.slot_group()
    for n in range(6):
        col, row = divmod(n, 3)
        x, ry = 60 + col * 250, y - row * 20
        s.right_text(x - 4, ry, f"{n + 1}.", 8)
        s.rule(x, ry - 2, x + 200)
        s.slot(slots, (x, ry - 4, x + 200, ry + 11), f"numéro {n + 1}")
    y -= 3 * 20 + 6
    leader(s, r, y, "Numéros conservés :", x0, x1, "remaining_numbers")
    y -= 22
    leader(s, r, y, "Date de portage souhaitée :", x0, 330, "requested_date", box=True)
    mask_under(s, x0 + 2, y - 12, "JJ/MM/AAAA")
    y -= 30
    y = s.para(40, y, "Je donne mandat à Corsica Fibra SAS pour effectuer en mon nom la "
               "demande de portabilité des numéros ci-dessus et la résiliation correspondante "
               "du contrat auprès de mon opérateur actuel.", w - 80, 7.5)
    y -= 20
    leader(s, r, y, "Fait le :", x0, 330, "date_signed", box=True)
    mask_under(s, x0 + 2, y - 12, "JJ/MM/AAAA")
    y -= 64
    s.text(40, y + 40, "Signature du titulaire :", 8)
    s.box(x0, y, 250, 48, "signature", "Signature du titulaire")
    s.footer("CF-MP-2   1/1")
    pdf, truth = s.build()
    return skewed_picture(pdf, truth, 1, 0.8), truth


FORMS = {
    "r35-ka-label-in-widget-partly": ka_label_in_widget_partly,
    "r35-co-skewed-picture-paper": co_skewed_picture_paper,
}
