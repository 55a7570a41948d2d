"""SEVENTEENTH BLIND SPLIT: not for the reader's author (see families/blind17/__init__.py).

Brooke Telecom (Brooke Telecom Co-operative, Inwood, Ontario), Fibrenoire (a Montréal business
fibre and telephony provider, its invoice in French) and Fongo (a Waterloo, Ontario home phone
service whose invoices arrive by e-mail).

Modelled on Brooke Telecom's statements as the customer's printer saves them two-up (the
statement's two pages side by side on one landscape sheet, a booklet print), with Ontario's
numbered companies operating as a trade name ('O/A'), a person holding the account for a
business, the unit before the street the Canadian way, rural routes and an HST registration
number, and the lines named in a notice's sentence; on Fibrenoire's French invoices as their
billing system's text layer holds them (non-breaking and narrow spaces in amounts and numbers,
non-breaking hyphens, ligatures, a minus sign for credits), numbered Québec companies, 'bureau'
or the unit before the civic number, GST and QST registration numbers and order numbers; and on
Fongo's invoice e-mails printed from the customer's mail client (From, To, Date and Subject
lines, the summary in the body, the lines named in a sentence, the account shown by its last
four digits, the company's signature with its own address and telephone, a quoted reply below).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.blind17.parts import outside
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name, trade_name
from tests.billcorpus.truth import Draft, address_key

_K = (H / 2) / W  # a portrait letter page shrunk to half a landscape sheet's width


def _set_service(d: Draft, line1: str, line2: str) -> None:
    a = d.customer.service
    service = replace(a, line1=line1, line2=line2)
    billing = service if d.customer.billing == a else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def _prose(numbers: list[str], style: str, last_word: str) -> str:
    """'519-555-0133, 0134 and 0140': the exchange said once, the last digits after it."""
    head = phone(numbers[0], style)
    if len(numbers) == 1:
        return head
    tails = [n[-4:] for n in numbers[1:]]
    if len(tails) == 1:
        return f"{head} {last_word} {tails[0]}"
    return f"{head}, {', '.join(tails[:-1])} {last_word} {tails[-1]}"


# --- Brooke Telecom: two pages on one landscape sheet -----------------------------------------

_LINES_ON = ("Nauvoo Rd", "Petrolia Line", "Oil Heritage Rd", "Churchill Line", "Brooke Line",
             "Shiloh Line")


def _brooke_address(d: Draft) -> None:
    r, a = d.rng, d.customer.service
    number, street = a.line1.split(" ", 1)
    kind = r.randrange(3)
    if kind == 0:  # the unit before the civic number, the Canadian way
        _set_service(d, f"{r.randint(1, 24)}-{number} {street}", "")
    elif kind == 1:
        _set_service(d, a.line1, f"Unit {r.choice('ABCD')}")
    else:
        _set_service(d, f"{r.randint(1000, 8999)} {r.choice(_LINES_ON)}", f"RR {r.randint(1, 6)}")


def _brooke_holder(d: Draft) -> tuple[str, str]:
    """A numbered company operating as a trade name, or a person holding it for a business:
    returns (the business line printed with the holder, the window's first line)."""
    r = d.rng
    if d.customer.person:
        business = trade_name(r)
        return f"Business name: {business}", business
    if r.random() < 0.6:
        d.name = f"{r.randint(1000000, 2999999)} Ontario {r.choice(('Ltd.', 'Inc.', 'Limited'))}"
    d.name = f"{d.name} O/A {trade_name(r)}"
    d.traits.add("dba")
    return "", d.name


@family("brooke_twoup", carrier="brooke", region="BRK", country="CA", lines=(2, 4), dialed=6,
        person_share=0.35, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 5)}",
        modelled_on="Brooke Telecom Co-operative statements (Inwood, Ontario) printed two-up "
        "by the customer (both pages side by side on one landscape sheet): a numbered company "
        "'O/A' its trade name or a person holding the account for a business, the unit "
        "before the civic number, 'Unit B', rural routes, an HST registration number, the lines "
        "named in a notice's sentence with the exchange said once",
        accent="#00665E", font="DejaVuSans")
def brooke_twoup(s: Sheet, d: Draft) -> None:
    r = s.rng
    _brooke_address(d)
    business, window_first = _brooke_holder(d)
    assert d.service is not None and d.billing is not None
    c = s.c
    c.setPageSize((H, W))  # landscape
    top = (W - H * _K) / 2
    day = d.statement_date

    c.saveState()  # left half: page 1 of 2
    c.translate(0, top)
    c.scale(_K, _K)
    s.wordmark(40, 52, "Brooke Telecom", 24, "#00665E")
    s.text(40, 68, "Co-operative \u00b7 Inwood \u00b7 Alvinston \u00b7 Watford", 8.5, color=GREY)
    s.text(W - 40, 40, "Page 1 of 2", 8.5, align="right")
    box = (("Account number", d.printed_account), ("Statement date", date_text(day, "long")),
           ("Amount due", money(r, 60, 300)),
           ("Due date", date_text(day + timedelta(days=21), "long")))
    s.box(330, 80, 246, 70, fill=LIGHT)
    for i, (label, value) in enumerate(box):
        s.text(338, 96 + i * 14, label, 9.5)
        s.text(568, 96 + i * 14, value, 10, bold=True, align="right")
    rows = [window_first] if d.customer.person else []
    mailing_block(s, d, 50, 120, 11, name_lines=[*rows, d.name] if rows else None)
    s.text(40, 214, "Account holder", 9.5, color=GREY)
    s.text(150, 214, d.name, 10.5, bold=True)
    if business:
        s.text(150, 228, business, 9.5)
    s.text(40, 248, "Service address", 9.5, color=GREY)
    s.lines(150, 248, address_lines(d.service), 10.5)
    s.mark("service", address_key(d.service))
    s.text(40, 296, "Main number", 9.5, color=GREY)
    s.text(150, 296, phone(d.real_btn, "dash"), 10.5)
    s.mark("btn", d.real_btn)
    y = 330.0
    for label in ("Previous balance", "Payment received - thank you", "Current charges",
                  "HST 13%"):
        s.text(44, y, label, 10)
        s.text(W - 44, y, money(r, 5, 300), 10, align="right")
        y += 15
    s.text(44, y + 6, f"HST Registration No. {digits(r, 9)} RT0001", 8.5, color=GREY)
    remit_stub(s, d, y=600)
    c.restoreState()

    c.saveState()  # right half: page 2 of 2
    c.translate(H / 2, top)
    c.scale(_K, _K)
    s.text(40, 46, "Brooke Telecom", 14, bold=True, color=s.accent)
    s.text(W - 40, 40, "Page 2 of 2", 8.5, align="right")
    s.text(W - 40, 54, f"Account {d.printed_account}", 8.5, align="right")
    s.text(40, 86, "Your services", 13, bold=True, color=s.accent)
    y = 108.0
    s.text(44, y, "Number", 9.5, bold=True)
    s.text(190, y, "Service", 9.5, bold=True)
    s.text(W - 44, y, "Monthly", 9.5, bold=True, align="right")
    for k, n in enumerate(d.numbers):
        y += 15
        s.text(44, y, phone(n, "dash"), 10)
        s.text(190, y, "Home Phone" if k == 0 else r.choice(("Additional Line", "Fax Line")),
               9.5)
        s.text(W - 44, y, money(r, 20, 40), 10, align="right")
    y += 22
    for label in ("Fibre Internet 500", "911 Service Fee", "Long distance (detail below)"):
        s.text(44, y, label, 10)
        s.text(W - 44, y, money(r, 1, 90), 10, align="right")
        y += 15
    with s.roled("detail"):
        for i in range(4):
            y += 13
            s.text(60, y, f"{day:%b} {max(1, day.day - 3 * i)}  {phone(r.choice(d.dialed), 'dash')}"
                   f"  {r.randint(1, 30)} min", 9)
    y += 28
    s.text(40, y, "Network notice", 10.5, bold=True, color=s.accent)
    words = "and"
    s.lines(40, y + 16, [
        f"Your lines {_prose(d.numbers, 'dash', words)} move to our fibre network",
        f"on {date_text(day + timedelta(days=r.randint(20, 50)), 'long')}. Service may be "
        "interrupted for up to 15 minutes.",
    ], 9.5)
    for n in d.numbers:
        s.mark("number", n)
    with s.roled("help"):
        s.lines(40, y + 60, [f"{label} {number}" for label, number in d.carrier.help_lines], 9)
    c.restoreState()


# --- Fibrenoire: the text layer of a French business invoice ----------------------------------

NB, NNB, THIN, NBH, MINUS = "\u00a0", "\u202f", "\u2009", "\u2011", "\u2212"


def _montant(d: Draft, low: int, high: int, credit: bool = False) -> str:
    """'1 234,56 $' with a narrow no-break space in the thousands and a no-break space before
    the dollar sign; credits with a minus sign."""
    value = d.rng.randint(low * 100, high * 100) / 100
    whole, cents = f"{value:,.2f}".split(".")
    return f"{MINUS if credit else ''}{whole.replace(',', NNB)},{cents}{NB}$"


def _tel(n: str) -> str:
    """'514 555‑0133' with a no-break space and a no-break hyphen (the page shows 514 555-0133)."""
    t = n[-10:]
    return f"{t[:3]}{NB}{t[3:6]}{NBH}{t[6:]}"


def _fibrenoire_address(d: Draft) -> None:
    r, a = d.rng, d.customer.service
    number, street = a.line1.split(", ", 1)
    kind = r.randrange(3)
    if kind == 0:  # the unit before the civic number
        _set_service(d, f"{r.randint(100, 950)}-{number}, {street}", "")
    elif kind == 1:
        _set_service(d, a.line1, f"bureau {r.randint(100, 950)}")
    else:
        _set_service(d, a.line1, r.choice(("app. 5", "local 2", "suite 300")))
    if r.random() < 0.5:  # a numbered company
        d.name = f"{r.randint(9000, 9499)}-{r.randint(1000, 9999)} Québec inc."


@family("fibrenoire_fr", carrier="fibrenoire", region="FBN", country="CA", lang="fr",
        lines=(2, 6), dialed=0, person_share=0.0, block=0.35, block_size=(5, 12),
        account=lambda r, c, b: f"FN{digits(r, 6)}",
        modelled_on="factures d'affaires de Fibrenoire (Montréal, en français) telles que la "
        "couche texte de leur système les tient : espaces insécables et fines dans les montants "
        "et les numéros, traits d'union insécables, ligatures (fi, fl), signe moins pour les "
        "crédits; sociétés à numéro ('9123-4567 Québec inc.'), 'bureau 210' ou l'unité avant "
        "le numéro civique ('210-1234, rue ...'); numéros de TPS et de TVQ, de commande et de "
        "client à côté du numéro de compte",
        accent="#111111", font="DejaVuSans")
def fibrenoire_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    _fibrenoire_address(d)
    assert d.service is not None and d.billing is not None
    day = d.statement_date
    mois = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre")
    s.wordmark(40, 52, "FIBRENOIRE", 22, "#111111")
    s.text(40, 66, f"Fibre optique d{chr(0x2019)}affaires {chr(0xB7)} T\u00e9l\u00e9phonie IP"
           f" {chr(0xB7)} Conﬁdentiel", 7.5, color=GREY)
    s.text(W - 40, 44, "FACTURE", 15, bold=True, align="right")
    facts = (("Numéro de compte", d.printed_account), ("No de facture", d.invoice_id),
             ("Date de facturation", f"{day.day}{NB}{mois[day.month - 1]}{NB}{day.year}"),
             ("No de commande", digits(r, 10)),
             ("Montant à payer", _montant(d, 200, 2500)))
    for i, (label, value) in enumerate(facts):
        s.text(350, 62 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 62 + i * 12, value, 8.5, bold=True, align="right")
    s.text(40, 100, "Facturé à", 8, color=GREY)
    mailing_block(s, d, 40, 114, 9.5)
    s.text(330, 138, "Adresse de service", 8, color=GREY)
    rows = address_lines(d.service, fr=True)
    s.lines(330, 150, [row.replace(", ", f",{NB}", 1) for row in rows], 9)
    s.mark("service", address_key(d.service))
    s.text(330, 150 + 12 * len(rows) + 4, "Numéro principal", 8, color=GREY)
    s.text(430, 150 + 12 * len(rows) + 4, _tel(d.real_btn), 9, bold=True)
    s.mark("btn", d.real_btn)
    y = 226.0
    s.band(y, 16, LIGHT)
    s.text(44, y + 11, "Services de téléphonie", 9.5, bold=True, color=s.accent)
    y += 30
    s.text(44, y, "Numéro", 8, bold=True)
    s.text(200, y, "Service", 8, bold=True)
    s.text(W - 44, y, "Montant", 8, bold=True, align="right")
    for k, n in enumerate(d.singles()):
        y += 13
        s.text(44, y, _tel(n), 9)
        s.mark("number", n)
        s.text(200, y, "Ligne SIP principale" if k == 0 else "Ligne SIP", 8.5)
        s.text(W - 44, y, _montant(d, 15, 45), 8.5, align="right")
    for first, count in d.ranges:
        last = f"{int(first[-4:]) + count - 1:04d}"
        y += 13
        s.text(44, y, f"{phone(first, 'space')} à {phone(first[:-4] + last, 'space')}", 9)
        s.text(260, y, f"Bloc de {count} numéros (SDA)", 8.5)
        s.text(W - 44, y, _montant(d, 10, 60), 8.5, align="right")
    y += 22
    for label, credit in (("Service ﬁbre optique 1 Gbit/s", False),
                          ("Adresse IP ﬁxe", False), ("Crédit de ﬁdélité", True),
                          ("Frais 9-1-1", False)):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, _montant(d, 5, 900, credit), 8.5, align="right")
        y += 12
    for label in (f"TPS (5{NB}%)", f"TVQ (9,975{NB}%)"):
        s.text(60, y, label, 8.5)
        s.text(W - 44, y, _montant(d, 5, 200), 8.5, align="right")
        y += 12
    y += 8
    s.text(44, y, f"TPS{NB}: {digits(r, 5)}{THIN}{digits(r, 4)} RT0001    TVQ{NB}: "
           f"{digits(r, 10)} TQ0001    No de client{NB}: {d.customer_id}", 7.5, color=GREY)
    with s.roled("help"):
        s.lines(40, y + 24, [f"{label}{NB}: {number}" for label, number in
                             d.carrier.help_lines], 8)
    s.lines(40, y + 54, ["Conﬂit de facturation? Écrivez-nous dans les 30 jours suivant la date de "
                         "factu\u00ad", "ration. Passé ce délai, la facture est réputée acceptée."],
            7.5, color=GREY)
    remit_stub(s, d, y=646, lang="fr")


# --- Fongo: the invoice e-mail as printed -----------------------------------------------------

@family("fongo_email", carrier="fongo", region="FNG", country="CA", lines=(1, 3), dialed=0,
        person_share=0.8, account=lambda r, c, b: digits(r, 10),
        modelled_on="Fongo Home Phone invoice e-mails (Waterloo, Ontario) printed from the "
        "customer's mail client: the client's print header and footer, From, To, Date and "
        "Subject lines, 'Hi Maria,', the invoice summary in the body with the account shown by "
        "its last four digits and the lines named in a sentence, the 9-1-1 service address, "
        "Fongo's signature with its own address and telephone, and the customer's earlier "
        "message quoted below (naming the mobile number they wrote from)",
        accent="#F15A22", font="DejaVuSans")
def fongo_email(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.mask_account("*", 4)
    d.btn, d.billing = None, None  # an e-mail: no billing number named, no envelope address
    day = d.statement_date
    first = d.name.split()[0] if d.customer.person else "there"
    handle = (d.name.split()[0] + "." + d.name.split()[-1]).lower().replace("'", "") \
        if d.customer.person else "office"
    month = f"{day:%B %Y}"
    subject = f"Your Fongo invoice for {month} (account ending {d.account_number[-4:]})"
    printed = day + timedelta(days=r.randint(1, 20))
    s.text(30, 24, f"{printed.month}/{printed.day}/{printed.year % 100:02d}, "
           f"{r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(('AM', 'PM'))}", 7)
    s.text(W / 2, 24, f"Mail - {subject}", 7, align="center")
    s.text(40, 56, subject, 13, bold=True)
    s.rule(40, 66, W - 40, 0.5, GREY)
    y = 84.0
    for label, value in (("From:", "Fongo <billing@fongo.com>"),
                         ("To:", f"{handle}@example.com"),
                         ("Date:", f"{day:%a}, {date_text(day, 'abbr')} at "
                                   f"{r.randint(1, 11)}:{r.randint(10, 59)} AM"),
                         ("Subject:", subject)):
        s.text(40, y, label, 8.5, bold=True, color=GREY)
        s.text(90, y, value, 8.5)
        y += 12
    s.rule(40, y, W - 40, 0.5, LIGHT)
    y += 26
    s.wordmark(40, y, "fongo", 22, "#F15A22")
    y += 30
    s.text(40, y, f"Hi {first},", 10)
    y += 18
    lines = [n for n in d.numbers]
    s.lines(40, y, [
        f"Thanks for being a Fongo Home Phone customer. Your invoice for {month} is ready",
        f"and has been charged to your Visa ending in {digits(r, 4)}. This invoice covers your",
        f"{'line' if len(lines) == 1 else 'lines'} {_prose(lines, 'dash', 'and')}.",
    ], 9.5)
    for n in lines:
        s.mark("number", n)
    y += 52
    s.box(40, y, W - 80, 104, stroke=LIGHT, radius=4)
    summary = (("Account holder", d.name), ("Account", d.printed_account),
               ("Invoice #", d.invoice_id), ("Invoice date", date_text(day, "abbr")),
               ("Home Phone plan", money(r, 4, 15)), ("Total charged", money(r, 6, 30)))
    for i, (label, value) in enumerate(summary):
        s.text(54, y + 18 + i * 15, label, 8.5, color=GREY)
        s.text(200, y + 18 + i * 15, value, 9, bold=i < 2)
    y += 124
    s.text(40, y, "9-1-1 service address on file:", 8.5, color=GREY)
    s.text(180, y, ", ".join(address_lines(d.service)), 9)
    s.mark("service", address_key(d.service))
    y += 14
    s.text(40, y, "If you move, update your 9-1-1 address in My Account before you use the "
           "service at the new address.", 7.5, color=GREY)
    y += 28
    with s.roled("help"):
        s.lines(40, y, ["Thanks,", "The Fongo Team", d.carrier.legal,
                        "30 Duke St W, Kitchener ON  N2H 3W5",
                        *(f"{label} {number}" for label, number in d.carrier.help_lines),
                        "fongo.com"], 8.5)
    y += 110
    asked = day - timedelta(days=r.randint(3, 12))
    mobile = outside(d)
    writer = d.name if d.customer.person else person_name(r)
    s.text(40, y, f"On {date_text(asked, 'abbr')}, at {r.randint(1, 11)}:{r.randint(10, 59)} PM,"
           f" {writer} <{handle}@example.com> wrote:", 8.5, color=GREY)
    s.rule(44, y + 8, 44, 0.5)
    s.c.setStrokeColor(LIGHT)
    s.c.setLineWidth(2)
    s.c.line(44, H - y - 8, 44, H - y - 60)
    s.lines(52, y + 18, [
        "Hi, I'm thinking of moving my number to another provider next month.",
        f"Can someone call me back on my cell {phone(mobile, 'dash')}? I'm not at home",
        "during the day.",
    ], 8.5, color=GREY)
    s.text(30, 780, f"https://mail.example.com/mail/u/0/?ik={digits(r, 10)}&view=pt&search=all",
           6.5)
    s.text(W - 30, 780, "1/1", 7, align="right")
