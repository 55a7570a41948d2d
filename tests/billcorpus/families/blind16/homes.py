"""SIXTEENTH BLIND SPLIT: not for the reader's author (see families/blind16/__init__.py).

Primus (a Canadian home phone and internet provider, its account page printed from the browser),
Cedar Falls Utilities (a municipal utility in Iowa: electric, water and communications on one
statement) and Téléphone Lambton (an independent telephone company of Lambton, Québec, its bill in
French, here a scanner's searchable PDF).

Modelled on Primus's My Account pages (the browser's print header and footer around them: the
page title, the print date and time, a URL carrying the account number and a session id, 'Page 1
of 2'; the site's menu, buttons and a cookie banner), on Cedar Falls Utilities' combined
statements (an account number beside a customer number, a service address and a map location,
an electric meter with its kWh readings, a water meter, the communications section with the
phone lines among cable and internet; a bill cycle and route) and on Téléphone Lambton's French
bills (dates printed twice, in French and in English, amounts with a comma, an hour written
'14 h 30'), as a customer's office scanner saves them: the page a picture, under it the scanner's
invisible OCR reading with its own errors.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind16.parts import Item, scanned_page
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


@family("primus_portal_print", carrier="primus_ca", region="PRM", country="CA", lines=(1, 2),
        dialed=0, person_share=0.9, account=lambda r, c, b: digits(r, 9),
        modelled_on="Primus Canada My Account pages printed from a browser: the browser's header "
        "(print date and time, page title) and footer (a URL carrying the account number and a "
        "session id, 'Page 1 of 2'), the site's menu, buttons and cookie banner around the "
        "account holder, account number, statement date, service address and home phone lines",
        accent="#E2231A", font="Helvetica")
def primus_portal_print(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # a services table's numbers: no label says which one is billed
    day = d.statement_date
    printed = day + timedelta(days=r.randint(3, 40))
    stamp = (f"{printed.month}/{printed.day}/{printed.year % 100:02d}, "
             f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM'))}")
    session = "".join(r.choice("0123456789abcdef") for _ in range(24))
    url = (f"https://myaccount.primus.ca/billing/statement?acct={d.printed_account}"
           f"&sid={session}")

    def chrome(page: int) -> None:
        s.text(24, 20, stamp, 7)
        s.text(W / 2, 20, "My Account | Billing | Primus", 7, align="center")
        s.text(24, 780, url, 6.5)
        s.text(W - 24, 780, f"Page {page} of 2", 7, align="right")

    chrome(1)
    s.box(36, 30, W - 72, 34, fill=HexColor("#FFFFFF"), stroke=LIGHT)
    s.wordmark(46, 56, "primus", 20, "#E2231A")
    for i, item in enumerate(("Home", "Billing", "Services", "Support", "Sign out")):
        s.text(230 + i * 66, 52, item, 8.5, color=GREY)
    s.text(46, 92, "Billing  >  Statement details", 8, color=GREY)
    s.text(46, 114, "Statement details", 15, bold=True)
    s.box(W - 190, 98, 150, 22, fill=HexColor("#E2231A"), radius=4)
    s.text(W - 115, 113, "Pay my bill", 9, bold=True, color=HexColor("#FFFFFF"),
           align="center")
    card = (("Account holder", d.name), ("Account number", d.printed_account),
            ("Statement date", date_text(day, "long")),
            ("Due date", date_text(day + timedelta(days=21), "long")),
            ("Balance due", money(r, 40, 140)))
    s.box(40, 130, 260, 96, stroke=LIGHT, radius=4)
    for i, (label, value) in enumerate(card):
        s.text(50, 148 + i * 17, label, 8, color=GREY)
        s.text(290, 148 + i * 17, value, 9, bold=True, align="right")
    s.box(312, 130, W - 352, 96, stroke=LIGHT, radius=4)
    s.text(322, 148, "Service address", 8, color=GREY)
    s.lines(322, 162, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    assert d.billing is not None
    s.text(46, 242, "Mailing address:", 8, color=GREY)
    s.text(118, 242, "Same as service address" if d.billing == d.service else
           ", ".join(address_lines(d.billing)), 8.5)
    s.text(46, 264, "Your services", 11, bold=True)
    rows = [("Home Phone Unlimited Canada", phone(n, "dash"), money(r, 20, 35))
            for n in d.numbers]
    rows.append(("Internet 75", "", money(r, 45, 70)))
    rows.append(("Modem rental", "", money(r, 3, 9)))
    y = s.table(46, 284, ("Service", "Number", "Monthly"), rows, (250, 140, 120), size=8.5,
                align=("left", "left", "right"))
    for i, button in enumerate(("Download PDF", "View usage", "Change plan")):
        s.box(46 + i * 110, y + 8, 100, 18, stroke=GREY, radius=3)
        s.text(96 + i * 110, y + 20, button, 8, align="center")
    s.box(36, 660, W - 72, 80, fill=HexColor("#222222"))
    s.text(50, 684, "We use cookies to improve your experience on primus.ca.", 9,
           color=HexColor("#FFFFFF"))
    s.text(50, 700, "By continuing you accept our cookie policy.", 8, color=HexColor("#DDDDDD"))
    s.box(W - 190, 690, 60, 18, fill=HexColor("#E2231A"), radius=3)
    s.text(W - 160, 702, "Accept", 8, color=HexColor("#FFFFFF"), align="center")
    s.box(W - 120, 690, 70, 18, stroke=HexColor("#FFFFFF"), radius=3)
    s.text(W - 85, 702, "Settings", 8, color=HexColor("#FFFFFF"), align="center")
    s.new_page()
    chrome(2)
    s.text(46, 60, "Payment history", 11, bold=True)
    hist = []
    for k in range(4):
        when = day - timedelta(days=30 * (k + 1) - r.randint(0, 3))
        hist.append((date_text(when, "long"), "Pre-authorized payment", money(r, 40, 140)))
    y = s.table(46, 80, ("Date", "Description", "Amount"), hist, (180, 220, 110), size=8.5,
                align=("left", "left", "right"))
    with s.roled("help"):
        s.text(46, y + 20, "Need help?", 9, bold=True)
        s.lines(46, y + 34, [f"{label} {number}" for label, number in d.carrier.help_lines],
                8)
    s.text(46, y + 70, "\u00a9 Primus Management ULC. All rights reserved.  Privacy  |  Terms",
           7, color=GREY)


@family("cfu_combined_utility", carrier="cfu", region="CFU", lines=(1, 3), dialed=0,
        person_share=0.7, account=lambda r, c, b: f"{digits(r, 6)}-{digits(r, 3)}",
        modelled_on="Cedar Falls Utilities combined statements (Iowa's municipal electric, "
        "water and communications utility): an account number beside a customer number, the "
        "service address with a map location, a bill cycle and route, electric and water "
        "meters with readings, and the communications section (cable, internet, phone lines) "
        "among them",
        accent="#00573F", font="Helvetica")
def cfu_combined_utility(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # phone lines among the utility's items: none is named the billed number
    day = d.statement_date
    s.wordmark(40, 48, "Cedar Falls Utilities", 19, "#00573F")
    s.text(40, 61, "Electric \u00b7 Gas \u00b7 Water \u00b7 Communications", 7.5, color=GREY)
    facts = (("Account Number", d.printed_account), ("Customer Number", d.customer_id),
             ("Bill Date", date_text(day, "us")), ("Cycle / Route", f"{r.randint(1, 20)} / "
                                                   f"{r.randint(100, 999)}"),
             ("Map Location", f"Map {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(1, 9)}"))
    for i, (label, value) in enumerate(facts):
        s.text(350, 40 + i * 12, label, 8, color=GREY)
        s.text(W - 40, 40 + i * 12, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 60, 110, 9.5)
    s.text(350, 118, "Service Address", 8, color=GREY)
    s.lines(350, 130, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    y = 184.0
    prev = r.randint(20000, 80000)
    used = r.randint(300, 1400)
    sections = (
        ("ELECTRIC", [("Meter", f"E{digits(r, 7)}"),
                      ("Readings", f"{prev:,} - {prev + used:,}"),
                      ("Usage", f"{used:,} kWh"), ("Electric charges", money(r, 40, 180))]),
        ("WATER", [("Meter", f"W{digits(r, 6)}"), ("Usage", f"{r.randint(2, 12)} CCF"),
                   ("Water charges", money(r, 20, 60))]),
        ("COMMUNICATIONS", [("Cable TV Basic", money(r, 25, 60)),
                            ("Internet 500", money(r, 50, 80)),
                            *[(f"Phone line {phone(n, 'paren')}", money(r, 18, 30))
                              for n in d.numbers]]),
    )
    for title, items in sections:
        s.band(y, 15, LIGHT)
        s.text(44, y + 11, title, 9, bold=True, color=s.accent)
        y += 28
        for label, value in items:
            s.text(60, y, label, 8.5)
            s.text(W - 44, y, value, 8.5, align="right")
            y += 12
        y += 6
    s.text(44, y + 4, "Total Amount Due", 10, bold=True)
    s.text(W - 44, y + 4, money(r, 150, 450), 10, bold=True, align="right")
    with s.roled("help"):
        s.lines(40, y + 26, [f"{label} {number}" for label, number in d.carrier.help_lines], 8)
    remit_stub(s, d, y=640)


_FR_MOIS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc.")


def _ocr(text: str, errors: dict[str, str]) -> str:
    for good, bad in errors.items():
        text = text.replace(good, bad)
    return text


@family("lambton_scan_fr", carrier="lambton", region="LMB", country="CA", lang="fr",
        lines=(1, 3), dialed=0, person_share=0.7,
        account=lambda r, c, b: f"{digits(r, 3)} {digits(r, 4)}",
        modelled_on="factures de Téléphone Lambton (Lambton, Québec, en français, avec les dates "
        "aussi en anglais : '7 déc. 2026 / Dec 7, 2026'; montants à la virgule, '1 234,56 $'; "
        "l'heure '14 h 30'), telles qu'un numériseur de bureau les enregistre : la page est une "
        "image, sous elle la lecture OCR invisible du numériseur, avec ses erreurs",
        accent="#2B4C7E", font="Helvetica")
def lambton_scan_fr(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None and d.billing is not None
    day = d.statement_date
    both = f"{day.day} {_FR_MOIS[day.month - 1]} {day.year} / {date_text(day, 'abbr')}"
    acct = d.printed_account
    dropped = acct[:-2] + acct[-1]  # the OCR lost a digit of the stub's copy
    items: list[Item] = []

    def put(x: float, y: float, shown: str, size: float = 9, bold: bool = False,
            read: str | None = None, role: str = "") -> None:
        items.append((x, y, shown, size, bold, shown if read is None else read, role))

    errs = {"compte": "coupte", "Numéro": "Nurnéro", "Adresse de service": "Adressede service",
            "Montant": "Moutant"}
    put(40, 50, "Téléphone Lambton", 18, True)
    put(40, 64, d.carrier.legal, 7.5)
    put(340, 50, "FACTURE / BILL", 13, True)
    put(340, 70, "Numéro de compte", 8, read="Nurnéro de coupte")
    put(460, 70, acct, 9, True)
    put(340, 84, "Date de facturation", 8)
    put(440, 84, both, 8.5)
    put(340, 98, "Montant dû", 8, read="Moutant dû")
    put(460, 98, money(r, 40, 260, fr=True), 9, True)
    for i, row in enumerate([d.name, *address_lines(d.billing, fr=True)]):
        put(60, 118 + i * 12, row, 9.5)
    put(44, 190, "Adresse de service", 8, True, read=_ocr("Adresse de service", errs))
    put(44, 202, ", ".join(address_lines(d.service, fr=True)), 9)
    s.mark("service", address_key(d.service))
    put(44, 226, "Vos services", 10, True)
    y = 244.0
    put(44, y, "Numéro", 8, True, read="Nurnéro")
    put(190, y, "Service", 8, True)
    put(470, y, "Montant", 8, True, read="Moutant")
    for k, n in enumerate(d.numbers):
        y += 14
        put(44, y, phone(n, "space"), 9)
        put(190, y, "Ligne résidentielle" if k == 0 else "Ligne additionnelle", 8.5)
        put(470, y, money(r, 22, 40, fr=True), 8.5)
    for label in ("Internet 100 Mbit/s", "Frais 9-1-1", "TPS", "TVQ"):
        y += 14
        put(60, y, label, 8.5)
        put(470, y, money(r, 1, 90, fr=True), 8.5)
    y += 22
    put(44, y, f"Interurbain : {r.randint(1, 9)} {r.randint(100, 999)},{r.randint(0, 99):02d} "
        f"minutes au total", 8)
    put(44, y + 13, f"Réparations signalées le {day.day} {_FR_MOIS[day.month - 1]} à "
        f"{r.randint(8, 17)} h {r.choice(('00', '15', '30', '45'))}", 8)
    # the carrier's lines: the OCR read a zero as the letter O in one of them
    help_rows = [f"{label} : {number}" for label, number in d.carrier.help_lines]
    for i, row in enumerate(help_rows):
        put(44, y + 36 + i * 12, row, 8, read=row.replace("0", "O") if i == 0 else row,
            role="help")
    stub = 640.0
    put(40, stub + 14, "Veuillez détacher et retourner cette partie avec votre paiement.", 7, role="stub")
    put(330, stub + 32, "Numéro de compte", 8, True, read="Numérodecompte", role="stub")
    put(460, stub + 32, acct, 8, read=dropped, role="stub")
    put(330, stub + 46, "Date d'échéance", 8, True, role="stub")
    put(460, stub + 46, date_text(day + timedelta(days=21), "fr"), 8, role="stub")
    put(60, stub + 32, d.carrier.brand, 8, True, role="stub")
    for i, row in enumerate(d.carrier.remit):
        put(60, stub + 44 + i * 11, row, 8, role="stub")
    for i, row in enumerate([d.name, *address_lines(d.billing, fr=True)]):
        put(330, stub + 72 + i * 11, row, 8.5, role="stub")
    scanned_page(s, items, [(36, 76 + 132, W - 36), (36, stub, W - 36)],
                 seed=r.randint(0, 10**6))
    # no BTN: no label on the page says which line is billed
    d.btn = None
