"""Round 25 (held back), Sicily and Friesland: a Palermo provider's paper richiesta di
portabilità on A4 in Italian (blanks typed as dots in the text layer, the customer's details as
a running declaration 'Il/La sottoscritto/a ......'; hints in brackets under or after the dots;
codice fiscale, Partita IVA and codice di migrazione not ours; ticks left of their words; dates
as '.... / .... / 20....' with the century printed; a company stamp not ours; the provider's
letterhead and a footer with its P.IVA, REA, PEC and share capital; the numbers on an annex page
after the signature, 'Allegato A', which repeats the account holder and is signed again); and a
Leeuwarden provider's fillable overstapformulier on A4 in Dutch (boxes whose label is printed
small inside the top-left corner with the widget under it; Acrobat's Dutch generic names
'Tekstveld N', 'Selectievakje N', radio 'Keuzerondje1' exporting Keuze1 / Keuze2; tooltips that
help and one that lies; the name widget already holding 'Vul hier uw naam in'; KvK-nummer,
BTW-nummer, SIM-kaartnummer and PUK-code not ours beside the klantnummer; a postcode comb; two
sections side by side, the current provider left and the new provider's (filled by the new
provider) right, not ours; numbers 1-10 in two side-by-side tables of widgets; the signature in
a paper box inside a fillable form, the place of signing optional). Truth from the drawn page;
the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round9_kit import comb_widget
from tests.loaforms.round25_kit import (
    carrier_head,
    check_left,
    colour_band,
    corner_box,
    dotted,
    number_rows,
    tick_left,
)

Built = tuple[bytes, dict[str, Any]]
W, H = float(A4[0]), float(A4[1])


# -- Sicily --------------------------------------------------------------------------------------
def _si_foot(s: Sheet, page: str) -> None:
    s.rule(36, 40, W - 36, 0.4)
    s.text(36, 30, "Trinacria Telecomunicazioni S.r.l. - Sede legale Via Libertà 171, 90143 "
           "Palermo - Tel. 091 555 0100 - Fax 091 555 0101", 6.5)
    s.text(36, 22, "P.IVA 06612340827 - REA PA-412233 - Cap. soc. EUR 100.000 i.v. - PEC "
           f"trinacriatlc@pec.example - www.trinacriatlc.example - {page}", 6.5)


def _si_date(s: Sheet, x: float, y: float, who: str) -> float:
    """'.... / .... / 20....' in dots, the century printed."""
    x = dotted(s, "", x, y, x + 26, f"{who}_day")
    x = dotted(s, "/", x + 3, y, x + 34, f"{who}_month")
    x = dotted(s, "/ 20", x + 3, y, x + 42, f"{who}_year2")
    return x


def _si_page1(s: Sheet) -> None:
    carrier_head(s, 36, H - 42, "TRINACRIA TLC", ["Trinacria Telecomunicazioni S.r.l.",
                                                  "Via Libertà 171 - 90143 Palermo"])
    s.c.setFont(s.bold_font, 12)
    s.c.drawRightString(W - 36, H - 42, "RICHIESTA DI PORTABILITÀ DEL NUMERO")
    s.c.setFont(s.font, 8)
    s.c.drawRightString(W - 36, H - 54, "Number Portability - linea fissa (modulo NP-F)")
    s.text(36, H - 84, "Compilare in STAMPATELLO. I dati devono coincidere con quelli del "
           "contratto con l'operatore attuale.", 7.5)
    y = H - 108
    x = dotted(s, "Il/La sottoscritto/a", 36, y, 330, "authorized_name")
    s.text(110, y - 9, "(nome e cognome)", 5.5)
    dotted(s, "in qualità di", x + 6, y, W - 36, "authorized_title")
    s.text(x + 60, y - 9, "(titolare / legale rappresentante / delegato)", 5.5)
    y -= 24
    dotted(s, "intestatario del contratto (ragione sociale o nome e cognome)", 36, y, W - 36,
           "account_name")
    y -= 20
    x = dotted(s, "Codice fiscale", 36, y, 270, None)
    dotted(s, "Partita IVA", x + 8, y, W - 36, None)
    y -= 20
    dotted(s, "indirizzo di attivazione della linea (via, n. civico)", 36, y, W - 36, "street")
    y -= 20
    x = dotted(s, "CAP", 36, y, 110, "postal_code")
    x = dotted(s, "Comune", x + 8, y, 400, "city")
    dotted(s, "Prov.", x + 8, y, W - 36, "state")
    y -= 20
    x = dotted(s, "Recapito telefonico", 36, y, 250, "contact_phone")
    dotted(s, "e-mail", x + 8, y, W - 36, "contact_email")
    y -= 22
    s.text(36, y + 1, "Tipo di cliente:", 8.5)
    x = tick_left(s, "Affari (P.IVA)", 120, y, "check:business")
    tick_left(s, "Residenziale (consumatore)", x, y, "check:residential")
    y -= 22
    dotted(s, "attualmente cliente dell'operatore (Donating)", 36, y, W - 36, "carrier")
    y -= 20
    x = dotted(s, "codice cliente / n. contratto", 36, y, 330, "account_number")
    s.text(160, y - 9, "(come riportato in fattura)", 5.5)
    dotted(s, "codice di migrazione", x + 8, y, W - 36, None)
    y -= 22
    dotted(s, "numero di riferimento della linea (numero principale)", 36, y, 400, "btn")
    y -= 28
    s.text(36, y, "CHIEDE", 10, bold=True)
    y -= 18
    tick_left(s, "la portabilità di tutti i numeri associati al contratto", 36, y,
              "check:full_port")
    y -= 16
    tick_left(s, "la portabilità dei soli numeri elencati nell'Allegato A", 36, y,
              "check:partial_port")
    y -= 20
    dotted(s, "numeri che restano attivi con l'operatore attuale", 36, y, W - 36,
           "remaining_numbers")
    y -= 20
    x = s.text(36, y, "data desiderata per il passaggio: il giorno", 8.5) + 4
    _si_date(s, x, y, "requested")
    y -= 20
    s.text(36, y, "I numeri da trasferire sono elencati nell'Allegato A (pagina 2), parte "
           "integrante della presente richiesta.", 8, bold=True)
    y -= 18
    y = s.para(36, y, "Il sottoscritto dichiara che i dati forniti sono veritieri e autorizza "
               "Trinacria Telecomunicazioni S.r.l. a richiedere all'operatore Donating la "
               "portabilità dei numeri indicati e la cessazione del relativo contratto "
               "limitatamente ai numeri trasferiti.", W - 72, 7.5) - 20
    x = s.text(36, y, "Data", 8.5) + 4
    _si_date(s, x, y, "date_signed")
    y -= 40
    end = s.text(36, y, "Firma del cliente", 8.5) + 3
    dot = s.c.stringWidth(".", s.font, 8.5)
    s.text(end, y, "." * int(220 / dot), 8.5)
    s._place((end, y - 3, end + int(220 / dot) * dot, y + 30), "signature", what="Firma")
    s.box(400, y - 8, W - 36 - 400, 56, None, "Timbro")
    s.text(404, y + 40, "Timbro (per le aziende)", 6.5)
    _si_foot(s, "pag. 1 di 2")


def _si_annex(s: Sheet) -> None:
    s.text(36, H - 50, "ALLEGATO A - Elenco dei numeri da trasferire", 12, bold=True)
    s.text(36, H - 64, "da compilare e firmare; per più di 20 numeri allegare ulteriori copie",
           7.5)
    dotted(s, "Intestatario del contratto", 36, H - 90, W - 36, "account_name")
    slots = s.slot_group(ordered=True)
    for c in range(2):  # numbered down the left column (1-10), then the right (11-20)
        for r in range(10):
            k = 1 + c * 10 + r
            x0, y0 = 36.0 + c * 262, H - 124 - r * 20
            s.right_text(x0 + 16, y0, f"{k})", 8.5)
            dotted(s, "", x0 + 20, y0, x0 + 230, "number")
            rect = s.places.pop()["rect"]
            s.slot(slots, (rect[0], rect[1], rect[2], rect[3]), f"{k})")
    y = H - 124 - 10 * 20 - 20
    s.text(36, y, "Tipo di linea (barrare): ", 8)
    tick_left(s, "POTS / analogica", 150, y - 1, None)
    tick_left(s, "ISDN", 260, y - 1, None)
    s.places[-2]["optional"] = True
    s.places[-1]["optional"] = True
    y -= 50
    end = s.text(36, y, "Firma del cliente", 8.5) + 3
    dot = s.c.stringWidth(".", s.font, 8.5)
    s.text(end, y, "." * int(220 / dot), 8.5)
    s._place((end, y - 3, end + int(220 / dot) * dot, y + 30), "signature",
             what="Firma (allegato)")
    _si_foot(s, "pag. 2 di 2")


def si_dotted_paper() -> Built:
    s = a4("r25-si-richiesta-portabilita-paper", "IT", "it", ["r25-si", "r25-si-home"],
           "Paper, Sicily, Italian, A4, two pages. Blanks typed as dots in the text layer in a "
           "running declaration ('Il/La sottoscritto/a ......, in qualità di ......'); hints in "
           "brackets under the dots; codice fiscale, Partita IVA and codice di migrazione not "
           "ours; ticks left of their words; requested and signing dates '.... / .... / 20....' "
           "(century printed: day, month, two-digit year); company stamp not ours; letterhead "
           "and a footer with P.IVA, REA, PEC; the numbers on an annex after the signature "
           "('Allegato A', 1-10 down then 11-20), which repeats the account holder and is "
           "signed again; the annex's line-type ticks optional.")
    s.date_formats = ["%d/%m/%Y"]
    _si_page1(s)
    s.next_page()
    _si_annex(s)
    return s.build()


# -- Friesland -----------------------------------------------------------------------------------
def _fr_customer(s: Sheet, y: float, n: Any) -> float:
    colour_band(s, 36, y, W - 72, "1  UW GEGEVENS", rgb=(0.0, 0.42, 0.62))
    y -= 36
    corner_box(s, "Naam abonnee / bedrijfsnaam (zoals op uw factuur)", 36, y, 330, 30,
               "account_name", name=next(n), tooltip="Naam", value="Vul hier uw naam in")
    corner_box(s, "KvK-nummer", 368, y, W - 36 - 368, 30, None, name=next(n),
               tooltip="KvK")
    y -= 32
    corner_box(s, "Straat en huisnummer (aansluitadres)", 36, y, 330, 30, "street",
               name=next(n), tooltip="Factuuradres")
    corner_box(s, "BTW-nummer", 368, y, W - 36 - 368, 30, None, name=next(n))
    y -= 32
    s.frame(36, y, 110, 30)
    s.text(38.5, y + 22.7, "Postcode (1234 AB)", 5.8)
    comb_widget(s, next(n), 40, y + 2, 6, "postal_code", cell=16, h=18)
    corner_box(s, "Plaats", 148, y, 218, 30, "city", name=next(n), tooltip="Woonplaats")
    s.frame(368, y, W - 36 - 368, 30)
    s.text(370.5, y + 22.7, "Soort aansluiting", 5.8)
    s.radio("Keuzerondje1", "Keuze1", 374, y + 5, "check:business", "Zakelijk")
    s.radio("Keuzerondje1", "Keuze2", 450, y + 5, "check:residential", "Particulier")
    y -= 32
    corner_box(s, "Naam contactpersoon / tekenbevoegde", 36, y, 200, 30, "authorized_name",
               name=next(n), tooltip="Contactpersoon")
    corner_box(s, "Functie", 238, y, 128, 30, "authorized_title", name=next(n))
    corner_box(s, "Telefoon overdag", 368, y, W - 36 - 368, 30, "contact_phone", name=next(n),
               tooltip="Telefoon")
    y -= 32
    corner_box(s, "E-mailadres", 36, y, 330, 30, "contact_email", name=next(n),
               tooltip="E-mail")
    return y - 22


def _fr_providers(s: Sheet, y: float, n: Any) -> float:
    half = (W - 72 - 8) / 2
    colour_band(s, 36, y, half, "2  HUIDIGE AANBIEDER", rgb=(0.0, 0.42, 0.62))
    colour_band(s, 36 + half + 8, y, half, "3  NIEUWE AANBIEDER (vult Waddenlink in)",
                rgb=(0.45, 0.45, 0.45))
    top = y - 36
    corner_box(s, "Naam huidige aanbieder", 36, top, half, 30, "carrier", name=next(n))
    corner_box(s, "Klantnummer bij huidige aanbieder", 36, top - 32, half * 0.55, 30,
               "account_number", name=next(n), tooltip="Klantnummer (zie factuur)")
    corner_box(s, "Hoofdnummer", 36 + half * 0.55 + 2, top - 32, half * 0.45 - 2, 30, "btn",
               name=next(n), tooltip="Hoofdnummer")
    corner_box(s, "SIM-kaartnummer (alleen mobiel)", 36, top - 64, half * 0.55, 30, None,
               name=next(n))
    corner_box(s, "PUK-code (alleen mobiel)", 36 + half * 0.55 + 2, top - 64,
               half * 0.45 - 2, 30, None, name=next(n))
    rx = 36 + half + 8
    corner_box(s, "Ordernummer", rx, top, half, 30, None, name=next(n))
    corner_box(s, "Medewerker", rx, top - 32, half, 30, None, name=next(n))
    corner_box(s, "Datum ontvangst", rx, top - 64, half, 30, None, name=next(n))
    return top - 64 - 22


def _fr_numbers(s: Sheet, y: float, n: Any) -> float:
    colour_band(s, 36, y, W - 72, "4  NUMMERS", rgb=(0.0, 0.42, 0.62))
    y -= 22
    x = check_left(s, "Selectievakje 1", "Alle nummers van dit klantnummer overzetten", 36, y,
                   "check:full_port", tooltip="Alle nummers")
    check_left(s, "Selectievakje 2", "Alleen de nummers hieronder", x, y, "check:partial_port")
    y -= 8
    slots = s.slot_group(ordered=True)
    half = (W - 72 - 10) / 2
    cols = [("Nr.", 24, "no"), ("Telefoonnummer (10 cijfers)", half - 24, "number")]
    number_rows(s, slots, 36, y, 1, 5, cols, row_h=17, names=iter([next(n) for _ in range(5)]))
    y = number_rows(s, slots, 36 + half + 10, y, 6, 5, cols, row_h=17,
                    names=iter([next(n) for _ in range(5)]))
    s.text(36, y - 9, "Meer dan 10 nummers? Voeg een lijst toe.", 6.5)
    y -= 46
    corner_box(s, "Nummers die bij de huidige aanbieder blijven", 36, y, W - 72, 30,
               "remaining_numbers", name=next(n))
    y -= 32
    corner_box(s, "Gewenste overstapdatum (dd-mm-jjjj)", 36, y, 200, 30, "requested_date",
               name=next(n), tooltip="Datum")
    return y - 22


def fr_corner_fillable() -> Built:
    s = a4("r25-fr-overstapformulier-fillable", "NL", "nl", ["r25-fr", "r25-fr-home"],
           "Fillable, Friesland, Dutch, A4. Boxes with the label small inside the top-left "
           "corner and the widget under it; generic names 'Tekstveld N', 'Selectievakje N', "
           "radio 'Keuzerondje1' exporting Keuze1/Keuze2; tooltips help, one lies ('Factuuradres' "
           "on the aansluitadres); the name widget holds 'Vul hier uw naam in'; KvK, BTW, SIM "
           "and PUK not ours; postcode comb (6); current provider and new provider side by side, "
           "the new provider's boxes not ours; numbers 1-5 and 6-10 in two side-by-side widget "
           "tables; signature in a paper box, 'Plaats' optional, date a widget.")
    s.date_formats = ["%d-%m-%Y"]
    carrier_head(s, W - 36, H - 40, "WADDENLINK B.V.",
                 ["Zuiderplein 12, 8911 AN Leeuwarden", "058 555 0100  -  waddenlink.example",
                  "KvK 01234567  -  BTW NL001234567B01"], right=True)
    s.text(36, H - 44, "Overstapformulier", 15, bold=True)
    s.text(36, H - 58, "Nummerbehoud vaste telefonie", 9)
    n = iter([f"Tekstveld {k}" for k in range(1, 50)])
    y = _fr_customer(s, H - 84, n)
    y = _fr_providers(s, y, n)
    y = _fr_numbers(s, y, n)
    colour_band(s, 36, y, W - 72, "5  ONDERTEKENING", rgb=(0.0, 0.42, 0.62))
    y = s.para(36, y - 16, "Ik machtig Waddenlink B.V. om namens mij mijn huidige "
               "abonnement(en) voor de genoemde nummers op te zeggen en de nummers over te "
               "zetten.", W - 72, 7.5) - 42
    corner_box(s, "Handtekening", 36, y, 260, 40, "signature")
    corner_box(s, "Plaats", 298, y, 120, 40, None, name=next(n), optional=True)
    corner_box(s, "Datum (dd-mm-jjjj)", 420, y, W - 36 - 420, 40, "date_signed", name=next(n))
    s.footer("Waddenlink B.V.  -  Zuiderplein 12, 8911 AN Leeuwarden  -  "
             "overstappen@waddenlink.example  -  formulier WL-NB-2 (2026)")
    return s.build()


FORMS = {"r25-si-richiesta-portabilita-paper": si_dotted_paper,
         "r25-fr-overstapformulier-fillable": fr_corner_fillable}
