"""FOURTH BLIND SPLIT: not for the reader's author (see families/blind4/__init__.py).

Cooptel (a telecommunication cooperative of Quebec's Eastern Townships, in French), Tbaytel
(Thunder Bay's telephone company, northwestern Ontario) and Xplore Business (New Brunswick,
bilingual labels, parent and child accounts).

Modelled on Cooptel's support pages (customer service 1.888.532.2667 and technical support
1 866 532-2252, the paper and online bill, MonCooptel customer space, payment by phone or at a
business office) and cooperative bills of its kind (member number beside the customer number,
the service address in its own box, services by line with the period each charge covers, GST
and QST), and on Tbaytel's myTbaytel help (a bill is identified by its account number, total
amount due and invoice date) with the long-distance detail of an ILEC, page after page, under
each of the customer's own lines; and on Xplore Business's "introduction to your Xplore invoice"
(charges and credits, a credit with CR after the amount, Parent - Child accounts each shown
separately with its location, services, rate plans and provincial sales tax).
"""

from __future__ import annotations

import random
from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import call_detail, help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import (
    address_lines,
    date_text,
    did_range,
    digits,
    money,
    one_line,
    phone,
)
from tests.billcorpus.people import REGIONS, ca_address
from tests.billcorpus.truth import Draft, SubAccount, address_key

WHITE = HexColor("#FFFFFF")


@family("cooptel_fr", carrier="cooptel", country="CA", lang="fr", region="ESTRIE",
        lines=(1, 3), dialed=8, person_share=0.5, account=lambda r, c, b: digits(r, 6),
        modelled_on="cooptel.ca soutien: service à la clientèle 1.888.532.2667, soutien technique "
        "1 866 532-2252, facture papier et en ligne, MonCooptel; facture de coopérative: numéro "
        "de membre, adresse de service encadrée, services par ligne avec leur période, TPS et TVQ",
        accent="#00843D", font="DejaVuSans")
def cooptel_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "space"
    pages = 2
    s.text(40, 50, "Cooptel", 24, bold=True, color=s.accent)
    s.text(40, 64, "coopérative de télécommunication", 8.5, color=GREY)
    help_lines(s, d, 40, 80, 7.5, lead=10)
    s.box(340, 30, 236, 66, stroke=s.accent)
    s.text(350, 46, "FACTURE", 11, bold=True, color=s.accent)
    for i, (label, value) in enumerate((("Date de facturation", d.statement_date.isoformat()),
                                        ("Numéro de client", d.printed_account),
                                        ("No de membre", d.customer_id))):
        s.text(350, 60 + i * 11, f"{label} :", 8)
        s.text(566, 60 + i * 11, value, 8, bold=True, align="right")
    mailing_block(s, d, 60, 130)
    s.box(340, 112, 236, 16, fill=s.accent)
    s.text(348, 123, "ADRESSE DE SERVICE", 8, bold=True, color=WHITE)
    s.box(340, 128, 236, 46, stroke=s.accent)
    s.lines(348, 142, address_lines(d.service, fr=True), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 206, "Téléphonie", 12, bold=True, color=s.accent)
    s.text(300, 206, f"Numéro principal : {phone(d.real_btn, style)}", 9, bold=True)
    s.mark("btn", d.real_btn)
    until = d.statement_date + timedelta(days=30)
    span = f"{date_text(d.statement_date, 'fr_abbr')} au {date_text(until, 'fr_abbr')}"
    body = [(phone(n, style), r.choice(("Ligne affaires", "Ligne résidentielle", "Télécopieur")),
             span, money(r, 15, 45, fr=True)) for n in d.numbers]
    body.append(("", "Afficheur et boîte vocale", span, money(r, 3, 12, fr=True)))
    y = s.table(40, 224, ("Numéro", "Service", "Période", "Montant"), body, (100, 170, 170, 70),
                size=8, align=("left", "left", "left", "right"))
    s.text(40, y + 14, "Sommaire", 12, bold=True, color=s.accent)
    y += 30
    for label in ("Solde précédent", "Paiement reçu - merci", "Téléphonie", "Internet",
                  "Ristourne aux membres", "TPS", "TVQ", "Total à payer"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        sign = "-" if label.startswith(("Paiement", "Ristourne")) else ""
        s.text(300, y, sign + money(r, 1, 300, fr=True), 8.5, align="right")
        y += 12
    s.text(330, y - 84, "Parts sociales : votre part de membre est payée.", 8, color=GREY)
    s.text(330, y - 72, "Payez en ligne dans MonCooptel ou à l'un de nos", 8, color=GREY)
    s.text(330, y - 60, "bureaux d'affaires.", 8, color=GREY)
    s.text(W - 40, 770, f"Page 1 de {pages}", 7, color=GREY, align="right")
    remit_stub(s, d, y=620, lang="fr", account_label="Numéro de client")
    call_detail(s, d, 2, 1, "Détail des appels interurbains", style, lang="fr", rows=40)


@family("tbaytel", carrier="tbaytel", country="CA", region="NWO", lines=(1, 5), block=0.3,
        block_size=(5, 20), dialed=12, person_share=0.2,
        account=lambda r, c, b: f"{digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
        modelled_on="tbaytel.net myTbaytel help (a bill is identified by its account number, "
        "total amount due and invoice date); ILEC statement: premise address, billing number, "
        "service details by line, long-distance detail over several pages under each line",
        accent="#0072BC", font="Helvetica")
def tbaytel(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = "paren"
    detail = r.randint(2, 3)
    s.vector_mark(40, 26, "bars", 24, "#0072BC")
    s.text(80, 48, "Tbaytel", 20, bold=True, color=s.accent)
    total = money(r, 50, 700)
    for i, (label, value) in enumerate((("Account Number", d.printed_account),
                                        ("Invoice Date", date_text(d.statement_date, "dmy")),
                                        ("Billing No.", phone(d.real_btn, style)),
                                        ("Total Amount Due", total))):
        s.text(360, 36 + i * 13, label, 8.5, bold=True)
        s.text(W - 40, 36 + i * 13, value, 8.5, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 60, 112)
    s.text(340, 112, "Premise Address", 8.5, bold=True)
    s.lines(420, 112, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 196, "Summary of Charges", 11, bold=True, color=s.accent)
    y = 212.0
    for label in ("Balance from previous invoice", "Payments received", "Monthly services",
                  "Long distance", "HST", "Total Amount Due"):
        s.text(44, y, label, 8.5, bold=label.startswith("Total"))
        s.text(300, y, total if label.startswith("Total") else money(r, 0, 200), 8.5,
               align="right")
        y += 12
    help_lines(s, d, 340, 212, 8, extra=(d.carrier.domain, "611 from any Tbaytel phone"))
    notices(s, d, 40, y + 16, count=2)
    remit_stub(s, d, y=610)
    s.new_page()
    _service_details(s, d, 2 + detail)
    call_detail(s, d, 3, detail, "Long Distance Details", "space")


def _service_details(s: Sheet, d: Draft, pages: int) -> None:
    r = s.rng
    s.box(36, 30, W - 72, 24, fill=LIGHT)
    s.text(44, 46, f"Tbaytel · Account Number {d.printed_account}", 9, bold=True)
    s.text(W - 44, 46, f"Page 2 of {pages}", 8, align="right")
    s.text(40, 80, "Service Details", 13, bold=True, color=s.accent)
    y = 100.0
    for n in d.singles():
        s.box(40, y - 10, W - 80, 14, fill=LIGHT)
        s.text(44, y, f"{phone(n, 'space')}", 9, bold=True)
        s.text(160, y, r.choice(("Business Line", "Fax Line", "Business Line - Hunting")), 9)
        s.text(W - 44, y, money(r, 25, 70), 9, align="right")
        for k, feature in enumerate(r.sample(("Call Display", "Voice Mail", "Call Waiting",
                                              "Call Forward", "Unlimited Canada LD"), 2)):
            s.text(60, y + 14 + k * 11, feature, 8)
            s.text(W - 44, y + 14 + k * 11, money(r, 3, 15), 8, align="right")
        y += 42
    for first, count in d.ranges:
        s.box(40, y - 10, W - 80, 14, fill=LIGHT)
        s.text(44, y, f"DID Numbers {did_range(first, count, 'en_dash', 'space')}", 9, bold=True)
        s.text(W - 44, y, f"${count * 1.25:.2f}", 9, align="right")
        y += 24


def _children(d: Draft) -> list[SubAccount]:
    """Child accounts of one parent, each at its own location with its own home phone lines."""
    r = d.rng
    assert d.service is not None
    subs = [SubAccount(digits(r, 9), d.real_btn, d.service, tuple(d.numbers))]
    for _ in range(r.randint(1, 2)):
        city = r.choice(REGIONS["NB"])
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 2)))
        subs.append(SubAccount(digits(r, 9), nums[0], ca_address(r, city, False, 0.2), nums))
    d.sub_accounts = subs
    d.numbers = [n for x in subs for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in subs),
                      "account_number": tuple(x.account_number for x in subs)}
    d.traits.update({"multi_account", "multi_site"})
    return subs


def _label(s: Sheet, x: float, y: float, en: str, fr: str, value: str, size: float = 9) -> None:
    """New Brunswick is bilingual: the English label over the French one, the value under both."""
    s.text(x, y, en, 7, bold=True)
    s.text(x, y + 9, fr, 7, color=GREY)
    s.text(x, y + 22, value, size, bold=True)


def _credit(r: random.Random) -> str:
    return f"{r.randint(1, 40)}.{r.randint(0, 99):02d} CR"


@family("xplore_business", carrier="xplore", country="CA", region="NB", lines=(1, 2),
        dialed=6, person_share=0.0, account=lambda r, c, b: f"P{digits(r, 8)}",
        modelled_on="business.xplore.ca: an introduction to your Xplore invoice (charges and "
        "credits, a credit shown with CR after the amount, prorated changes, Parent - Child "
        "accounts each shown separately with its location, services, rate plans and "
        "provincial sales tax; usage; payments); New Brunswick bilingual labels",
        accent="#00A3E0", font="DejaVuSans")
def xplore_business(s: Sheet, d: Draft) -> None:
    d.btn = None  # each child lists its home phone lines; none is called the billing number
    r = s.rng
    subs = _children(d)
    pages = 2
    s.wordmark(40, 56, "xplore", 26, "#00A3E0")
    s.text(40, 70, "Xplore Business · Invoice / Facture", 8.5, color=GREY)
    cells = (("Parent account", "Compte parent", d.printed_account),
             ("Invoice number", "Numéro de facture", d.invoice_id),
             ("Invoice date", "Date de facture", f"{d.statement_date:%Y/%m/%d}"),
             ("Amount due", "Montant dû", money(r, 80, 900)))
    for i, (en, fr, value) in enumerate(cells):
        _label(s, 330 + (i % 2) * 125, 30 + (i // 2) * 40, en, fr, value)
    mailing_block(s, d, 60, 126)
    s.text(40, 206, "Account summary / Sommaire du compte", 11, bold=True, color=s.accent)
    body = [(x.account_number, one_line(x.service, 0), money(r, 30, 200)) for x in subs]
    y = s.table(40, 224, ("Child account / Compte enfant", "Location / Emplacement",
                          "Amount / Montant"), body, (150, 290, 80), size=8,
                align=("left", "left", "right"))
    for x in subs:
        s.mark("service", address_key(x.service))
    for i, (en, value) in enumerate((("Previous balance / Solde précédent", money(r)),
                                     ("Payment received / Paiement reçu", _credit(r)),
                                     ("Adjustments / Rajustements", _credit(r)),
                                     ("Total due / Total à payer", money(r, 80, 900)))):
        s.text(44, y + 16 + i * 12, en, 8.5, bold=i == 3)
        s.text(300, y + 16 + i * 12, value, 8.5, align="right")
    help_lines(s, d, 330, y + 16, 7.5, extra=(d.carrier.domain,))
    s.text(40, 590, f"Services provided by {d.carrier.legal} (Xplore).", 7, color=GREY)
    remit_stub(s, d, y=610, account_label="Parent account")
    s.new_page()
    s.text(40, 40, "Xplore", 12, bold=True, color=s.accent)
    s.text(W - 40, 40, f"Parent account / Compte parent {d.printed_account} · Page 2 / {pages}",
           7.5, align="right")
    y = 76.0
    for x in subs:
        s.box(36, y - 12, W - 72, 18, fill=LIGHT)
        s.text(44, y, f"Child account / Compte enfant {x.account_number}", 10, bold=True)
        s.text(44, y + 20, "Service address / Adresse de service", 7.5, bold=True)
        yy = s.lines(44, y + 32, address_lines(x.service), 8.5)
        s.mark("service", address_key(x.service))
        rows = [(f"Home Phone / Téléphone {phone(n, 'dash')}", money(r, 20, 45)) for n in x.numbers]
        rows += [("Internet 100 Mbps", money(r, 60, 120)), ("HST / TVH 15%", money(r, 5, 30))]
        y = s.table(300, y + 20, ("Service", "Amount / Montant"), rows, (190, 80), size=8,
                    shade=False, align=("left", "right"))
        y = max(y, yy) + 24
