"""TWENTIETH BLIND SPLIT: not for the reader's author (see families/blind20/__init__.py).

Three Canadian telephone companies: HuronTel (Huron Telecommunications Co-operative Limited,
Ripley, Ontario), Lansdowne Rural Telephone (The Lansdowne Rural Telephone Company Limited,
Ontario) and Téléphone de Courcelles (La Compagnie de Téléphone de Courcelles inc., Québec; in
French only).

Sources (public pages; the bills are drawn from what they describe, no real bill copied):
crtc.gc.ca/eng/archive/2011/lt110609a.htm (Huron Telecommunications Co-operative Limited, 60
Queen Street, P.O. Box 220, Ripley, Ontario N0G 2R0: its tariff notices of local rate
increases, for which a small company tells its customers by a bill message); nebnet.net 'About your phone bill' and nextera.net 'Understanding your bill' (the return portion,
the summary, messages with the bill) for the small companies' common layout; the
invoice-reading pages found in French ('Lire et comprendre ma facture', dstny.fr: recurring
subscriptions, usage of the month before, one-time charges) for the French family's words. No
page of Courcelles' own bill was found; its family follows the Québec small companies' habits
already in the corpus's other French families, with words of its own; no page of Lansdowne's
own bill was found either: it follows the same common layout and HuronTel's rate-change
practice.
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind20.parts import grouped, last_first, pin, stamp
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

# --- HuronTel: LAST, FIRST in capitals, 'Installed at' and 'Correspondence address', CRTC ----


@family("hurontel_installed", carrier="hurontel", region="HRN", lines=(1, 3), dialed=8,
        person_share=0.6, country="CA", account=lambda r, c, b: f"{digits(r, 3)}-{digits(r, 5)}",
        modelled_on="HuronTel (Huron Telecommunications Co-operative Limited, Ripley, Ontario) "
        "member statements (its CRTC tariff correspondence; nebnet.net and nextera.net for the "
        "small companies' return portion and summary): the member's record in capitals, a "
        "person as 'LAST, FIRST M.' with a middle initial; the service address labelled "
        "'Installed at' and the mailing address 'Correspondence address'; the small print with "
        "the company's CRTC registration, its GST/HST number and the member's ten-digit "
        "telephone PIN. Ideas 2, 4 and 15",
        accent="#005A8C", font="Helvetica")
def hurontel_installed(s: Sheet, d: Draft) -> None:
    r = s.rng
    envelope = last_first(d)
    assert d.service is not None
    day = d.statement_date
    d.carrier_printed = d.carrier.legal  # the brand is only in the picture
    s.image_logo(40, 26, "HuronTel", 24, "#005A8C", mark="globe")
    s.text(40, 62, d.carrier.legal, 7.5, color=GREY)
    facts = (("MEMBER NAME", d.name), ("ACCOUNT NUMBER", d.printed_account),
             ("BILLING TELEPHONE NUMBER", phone(d.real_btn, "space")),
             ("STATEMENT DATE", date_text(day, "dmy")), ("AMOUNT DUE", money(r, 40, 400)))
    for i, (label, value) in enumerate(facts):
        s.text(300, 40 + i * 13, label, 7.5, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(60, 110, "Correspondence address", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 60, 124, 9.5, name_lines=[envelope])
    s.text(330, 124, "Installed at", 7.5, bold=True, color=s.accent)
    s.lines(330, 137, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 206.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Monthly Charges", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "space"), 8.5)
        s.text(170, y, r.choice(("Individual Line - Business", "Individual Line - Residence",
                                 "Additional Line")), 8.5)
        s.text(W - 44, y, money(r, 22, 48), 8.5, align="right")
        y += 13
    for label in ("911 Service Fee", "Touch-Tone", "HST 13%"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 52, count=2, size=7.5)
    s.lines(40, 726, [
        f"{d.carrier.legal} \u00b7 CRTC registered ILEC \u00b7 Tariff Notice {r.randint(31, 60)}"
        f" \u00b7 GST/HST No. {digits(r, 9)} RT0001",
        f"Telephone PIN for account changes: {pin(d)}"], 6.5, color=GREY)


# --- Lansdowne: a numbers table continued on page 2, the BTN in the page header, a rate change


@family("lansdowne_continued", carrier="lansdowne", region="LAN", lines=(8, 14), dialed=0,
        person_share=0.0, country="CA", block=0.4, block_size=(4, 8),
        account=lambda r, c, b: f"{digits(r, 5)}",
        modelled_on="Lansdowne Rural Telephone (The Lansdowne Rural Telephone Company Limited, "
        "Ontario) business statements (no page of its own bill found: a small Ontario ILEC's "
        "CRTC rate change told by a bill message, nextera.net for the summary and the "
        "remittance portion): "
        "the billing telephone number only in the running header beside the page number and "
        "the statement date ('BTN 613-555-0123 | Page 1 of 2 | 2025-11-03'); the telephone "
        "numbers table split over the page break, its header repeated under 'Telephone "
        "numbers (continued)', a DID block among them; a notice of a local rate change. Ideas "
        "3, 5 and 11",
        accent="#6A1B9A", font="DejaVuSans")
def lansdowne_continued(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date

    def header(page: int) -> None:
        s.text(40, 28, f"BTN {phone(d.real_btn, 'dash')}  |  Page {page} of 2  |  "
               f"{day.isoformat()}", 7.5, color=GREY)
        s.mark("btn", d.real_btn)

    header(1)
    s.wordmark(40, 56, "Lansdowne Rural Telephone", 17, "#6A1B9A")
    s.text(40, 69, d.carrier.legal, 7, color=GREY)
    facts = (("Account", d.printed_account), ("Total Due", money(r, 100, 1200)),
             ("Due Date", date_text(day, "abbr")))
    for i, (label, value) in enumerate(facts):
        s.text(380, 48 + i * 13, label, 8, color=GREY)
        s.text(W - 40, 48 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 116, 9.5)
    s.text(340, 116, "Service Address", 8, bold=True, color=s.accent)
    s.lines(340, 129, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    rows = [(phone(n, "dash"), "Business Line") for n in d.singles()]
    for first, count in d.ranges:
        last = first[:-4] + f"{int(first[-4:]) + count - 1:04d}"
        rows.append((f"{phone(first, 'dash')} to {phone(last, 'dash')}", f"DID block ({count})"))
    cut = r.randint(4, max(4, len(rows) - 2))
    cols = (56, 250, 460)

    def table(part: list[tuple[str, str]], y: float) -> float:
        for x0, head in zip(cols, ("Telephone Number", "Service", "Amount"), strict=True):
            s.text(x0, y, head, 7.5, bold=True)
        y += 13
        for number, kind in part:
            s.text(cols[0], y, number, 8.5)
            s.text(cols[1], y, kind, 8.5)
            s.text(cols[2], y, money(r, 20, 90), 8.5)
            y += 13
        return y

    y = 200.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Telephone numbers", 9.5, bold=True, color=s.accent)
    y = table(rows[:cut], y + 30)
    s.text(56, y + 4, "continued on page 2 ...", 8, color=GREY)
    s.text(40, y + 30, "RATE CHANGE NOTICE", 9, bold=True, color=s.accent)
    s.lines(40, y + 43, [
        "Further to our tariff notice approved by the CRTC, the monthly rate for individual "
        "business lines",
        f"increases by ${r.randint(2, 6)}.00 on {date_text(day + timedelta(days=31), 'long')}."],
        8)
    with s.roled("help"):
        s.lines(40, y + 80, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    s.rule(36, 650, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 668, "Please return this portion with your payment.", 7.5, color=GREY)
        s.text(360, 668, f"Account {d.printed_account}", 8.5)
        s.lines(60, 684, [d.carrier.legal, *d.carrier.remit], 8)
    s.new_page()
    header(2)
    s.band(50, 15, LIGHT)
    s.text(44, 61, "Telephone numbers (continued)", 9.5, bold=True, color=s.accent)
    y = table(rows[cut:], 84)
    for label in ("Ontario 911 Fee", "HST 13%"):
        s.text(56, y, label, 8.5)
        s.text(460, y, money(r, 1, 40), 8.5)
        y += 12
    notices(s, d, 40, y + 24, count=2, size=7.5)


# --- Courcelles: in French; the account in groups beside a client number, two addresses ----


def _courcelles_account(r: object, c: object, b: str) -> str:
    import random

    assert isinstance(r, random.Random)
    return grouped(digits(r, 10), (3, 3, 4))


@family("courcelles_facture", carrier="courcelles", region="CRC", lines=(1, 3), dialed=8,
        person_share=0.5, country="CA", lang="fr", account=_courcelles_account,
        modelled_on="Téléphone de Courcelles (La Compagnie de Téléphone de Courcelles inc., "
        "Beauce, Québec) statements, in French only (the small Québec companies' invoices; "
        "'Lire et comprendre ma facture' for the words of a French invoice): the account "
        "number printed in groups ('418 123 4567' shaped, never a telephone number) beside a "
        "'Numéro de client' of the same ten digits run together; the service address labelled "
        "'Adresse d'installation' and the mailing one 'Adresse de correspondance'; a 'REÇU' "
        "stamp over the header (pixels only). Ideas 4, 6 and 16",
        accent="#0B5394", font="Helvetica")
def courcelles_facture(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    day = d.statement_date
    client = digits(r, 10)
    s.vector_mark(40, 26, "globe", 26, "#0B5394")
    s.text(76, 44, "Téléphone de Courcelles", 15, bold=True, color=s.accent)
    s.text(76, 56, d.carrier.legal, 7, color=GREY)
    facts = (("Numéro de compte", d.printed_account), ("Numéro de client", client),
             ("Numéro de téléphone principal", phone(d.real_btn, "space")),
             ("Date de la facture", date_text(day, "fr")), ("Montant à payer", money(r, 40, 400,
                                                                                 fr=True)))
    for i, (label, value) in enumerate(facts):
        s.text(300, 40 + i * 13, label, 7.5, color=GREY)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    stamp(s, 200, 24, "REÇU", color="#1A237E", angle=r.choice((-10, 7, 14)))
    s.text(60, 110, "Adresse de correspondance", 7.5, bold=True, color=s.accent)
    mailing_block(s, d, 60, 124, 9.5)
    s.text(330, 124, "Adresse d'installation", 7.5, bold=True, color=s.accent)
    s.lines(330, 137, address_lines(d.service, fr=True), 9)
    s.mark("service", address_key(d.service))
    y = 206.0
    s.band(y, 15, LIGHT)
    s.text(44, y + 11, "Frais mensuels", 9.5, bold=True, color=s.accent)
    y += 30
    for n in d.numbers:
        s.text(56, y, phone(n, "space"), 8.5)
        s.text(170, y, r.choice(("Ligne individuelle d'affaires", "Ligne résidentielle",
                                 "Ligne supplémentaire")), 8.5)
        s.text(W - 44, y, money(r, 22, 48, fr=True), 8.5, align="right")
        y += 13
    for label in ("Frais 911", "TPS 5 %", "TVQ 9,975 %"):
        s.text(56, y, label, 8.5)
        s.text(W - 44, y, money(r, 0, 12, fr=True), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.lines(40, y + 20, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 8)
    notices(s, d, 40, y + 52, count=2, lang="fr", size=7.5)
    s.rule(36, 650, W - 36, dash=True)
    with s.roled("stub"):
        s.text(60, 668, "Veuillez retourner cette partie avec votre paiement.", 7.5, color=GREY)
        s.text(340, 668, "Numéro de compte", 8)
        s.text(460, 668, d.printed_account, 8.5)
        s.lines(60, 684, [d.carrier.legal, *d.carrier.remit], 8)
