"""Pieces most bills share, drawn in the family's own words: payment stub, help lines, call detail.

The look-alikes live here: the remit-to block under the carrier's name, the customer's mailing
address in the envelope window, the stub's scan line full of digits, help and pay-by-phone lines,
and pages of dialed numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from tests.billcorpus.draw import GREY, Sheet, W
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name, trade_name
from tests.billcorpus.truth import Draft

STUB_WORDS = {
    "en": ("Please detach and return this portion with your payment.", "Account Number",
           "Amount Due", "Amount Enclosed", "Due Date", "Make checks payable to"),
    "fr": ("Veuillez détacher et retourner cette partie avec votre paiement.", "Numéro de compte",
           "Montant dû", "Montant versé", "Date d'échéance", "Libellez votre chèque à l'ordre de"),
    "es": ("Favor de desprender y enviar esta porción con su pago.", "Número de cuenta",
           "Total a pagar", "Cantidad incluida", "Fecha de vencimiento",
           "Haga su cheque pagadero a"),
}


def help_lines(sheet: Sheet, d: Draft, x: float, y: float, size: float = 8,
               extra: Sequence[str] = (), lead: float | None = None) -> float:
    """The carrier's contact lines with their labels, e.g. 'Customer Care 1-866-272-5777'."""
    rows = [f"{label} {number}" for label, number in d.carrier.help_lines]
    rows += list(extra)
    with sheet.roled("help"):
        return sheet.lines(x, y, rows, size, leading=lead)


def mailing_block(sheet: Sheet, d: Draft, x: float, y: float, size: float = 9.5,
                  attn: str = "", comma: bool = True,
                  name_lines: Sequence[str] | None = None) -> float:
    """The address in the envelope window: the name (on one line or two), an ATTN or c/o line,
    then the billing (mailing) address."""
    assert d.billing is not None
    rows = [*(name_lines or [d.name]), *([attn] if attn else []),
            *address_lines(d.billing, comma, fr=d.customer.lang == "fr")]
    with sheet.roled("mailing"):
        return sheet.lines(x, y, rows, size)


def doing_business_as(d: Draft, word: str = "DBA") -> tuple[str, str]:
    """Give a business account a trade name: the name becomes 'LEGAL DBA TRADE' (what the carrier
    holds), returned as its two printed lines. A person's account keeps its name."""
    if d.customer.person:
        return d.name, ""
    legal, trade = d.name, f"{word} {trade_name(d.rng)}"
    d.name = f"{legal} {trade}"
    d.traits.add("dba")
    return legal, trade


def attention_line(d: Draft) -> str:
    """'ATTN: Accounts Payable' or 'c/o Maria Lopez': on the envelope, never part of the name."""
    r = d.rng
    who = r.choice(("Accounts Payable", "Office Manager", person_name(r)))
    return r.choice(("ATTN: ", "Attn: ", "c/o ", "C/O ")) + who


def remit_stub(sheet: Sheet, d: Draft, y: float = 628, lang: str = "en",
               account_label: str | None = None, window: bool = True,
               account_value: str | None = None) -> None:
    """The tear-off stub: remit-to under the carrier's name, the customer's window, a scan line."""
    with sheet.roled("stub"):
        _stub(sheet, d, y, lang, account_label, window, account_value)


def _stub(sheet: Sheet, d: Draft, y: float, lang: str, account_label: str | None,
          window: bool, account_value: str | None) -> None:
    words = STUB_WORDS[lang]
    r = sheet.rng
    sheet.rule(36, y, W - 36, dash=True)
    sheet.text(40, y + 12, words[0], 7, color=GREY)
    sheet.text(330, y + 30, f"{account_label or words[1]}", 8, bold=True)
    sheet.text(470, y + 30, account_value or d.printed_account, 8)
    sheet.text(330, y + 43, words[2], 8, bold=True)
    sheet.text(470, y + 43, money(r, fr=lang == "fr"), 8)
    due = d.statement_date + timedelta(days=r.choice((14, 18, 21, 25)))
    sheet.text(330, y + 56, words[4], 8, bold=True)
    sheet.text(470, y + 56, date_text(due, "fr" if lang == "fr" else "abbr0"), 8)
    sheet.text(330, y + 69, words[3], 8, bold=True)
    sheet.box(470, y + 61, 80, 12, stroke=GREY)
    sheet.text(60, y + 34, d.carrier.brand if r.random() < 0.6 else d.carrier.legal, 8, bold=True)
    sheet.lines(60, y + 46, list(d.carrier.remit), 8)
    if window:
        mailing_block(sheet, d, 330, y + 92, 9)
    tail = d.real_btn[-10:] if d.real_btn not in d.masked and "masked_account" not in d.traits \
        else digits(r, 10)
    account = "".join(c for c in d.printed_account if c.isalnum())
    scan = f"{digits(r, 4)} {account} {d.invoice_id[:6]} {digits(r, 8)} {tail} {r.randint(0, 9)}"
    with sheet.roled("scanline"):
        sheet.text(60, y + 150, scan, 10, font="Courier")


def page_header(sheet: Sheet, d: Draft, page: int, pages: int, lang: str = "en",
                account_label: str = "Account Number") -> None:
    """Continuation pages: the carrier, the account number, the date and 'Page n of m'."""
    fr = lang == "fr"
    sheet.text(40, 40, d.carrier.brand, 12, bold=True, color=sheet.accent)
    sheet.text(W - 40, 36, f"Page {page} {'de' if fr else 'of'} {pages}", 7, align="right")
    sheet.text(W - 40, 48, f"{account_label} {d.printed_account}", 7, align="right")
    sheet.text(W - 40, 58, date_text(d.statement_date, "fr" if fr else "abbr0"), 7, align="right")
    sheet.rule(36, 66, W - 36, 0.8, sheet.accent)


_PLACES = ("NEW YORK NY", "CHICAGO IL", "TOLL FREE", "DALLAS TX", "SEATTLE WA", "BOSTON MA",
           "ATLANTA GA", "MIAMI FL", "DENVER CO", "NASHVILLE TN", "PHOENIX AZ", "INCOMING")


def call_detail(sheet: Sheet, d: Draft, first_page: int, pages: int, title: str,
                style: str, lang: str = "en", rows: int = 44, wireless: bool = False) -> None:
    """Pages of calls: the customer's own line as a heading, dialed numbers in a column."""
    fr = lang == "fr"
    heads = (("Date", "Heure", "Numéro composé", "Destination", "Min", "Montant") if fr else
             ("Date", "Time", "Number Called" if not wireless else "Number", "Place",
              "Min", "Amount"))
    pages = d.detail_pages or pages
    lines = [n for n in d.numbers if n not in d.masked][:3] or d.numbers[:1]
    for p in range(pages):
        sheet.new_page()
        page_header(sheet, d, first_page + p, first_page + pages - 1, lang)
        with sheet.roled("detail"):
            _detail_page(sheet, d, lines[p % len(lines)], title, style, heads, rows, fr, wireless)


def _detail_page(sheet: Sheet, d: Draft, own: str, title: str, style: str,
                 heads: Sequence[str], rows: int, fr: bool, wireless: bool) -> None:
    r = sheet.rng
    sheet.text(40, 90, title, 12, bold=True)
    label = "Appels de" if fr else ("Calls from" if not wireless else "Usage for")
    sheet.text(40, 106, f"{label} {phone(own, style)}", 9, bold=True)
    body = []
    for i in range(rows):
        day = d.statement_date - timedelta(days=30 - (i * 29) // rows)
        called = r.choice(d.dialed)
        body.append((f"{day:%m/%d}", f"{(i * 5) % 12 + 1}:{(i * 13) % 60:02d} "
                     f"{'AM' if i % 3 else 'PM'}", phone(called, style),
                     r.choice(_PLACES), str(1 + (i * 3) % 17), f"{(i % 6) * 0.07:.2f}"))
    sheet.table(40, 126, heads, body, (60, 70, 120, 140, 50, 60), size=7.5, lead=11,
                align=("left", "left", "left", "left", "right", "right"))


_NOTICES = {
    "en": (
        "Go paperless: sign up for paperless billing at {domain} and stop receiving paper bills.",
        "A late payment charge of 1.5% per month applies to balances not paid by the due date.",
        "To update your service address or 911 location, call {help} before you move equipment.",
        "Keeping your number? Do not cancel service until your new provider confirms the port.",
        "Effective {date}, the monthly rate for business lines increases by $2.00 per line.",
        "Your current term agreement renews automatically unless cancelled 30 days before it ends.",
        "Questions about a charge? Disputes must be submitted within 90 days of the bill date.",
    ),
    "fr": (
        "Optez pour la facture électronique sur {domain} et cessez de recevoir des factures papier.",
        "Des frais de retard de 1,5 % par mois s'appliquent aux soldes impayés à l'échéance.",
        "Pour modifier votre adresse de service ou votre adresse 911, composez le {help}.",
        "Vous gardez votre numéro? N'annulez pas le service avant la confirmation du transfert.",
        "À compter du {date}, le tarif mensuel des lignes d'affaires augmente de 2,00 $.",
    ),
}


def notices(sheet: Sheet, d: Draft, x: float, y: float, count: int = 3, lang: str = "en",
            size: float = 7.5) -> float:
    """'Important messages': sentences with labels and numbers in them, as real bills have."""
    fr = lang == "fr"
    sheet.text(x, y, "Messages importants" if fr else "Important Messages", 9, bold=True)
    picks = sheet.rng.sample(_NOTICES[lang], count)
    rows = [p.format(domain=d.carrier.domain, help=d.carrier.help_lines[0][1],
                     date=date_text(d.statement_date + timedelta(days=45),
                                    "fr" if fr else "long")) for p in picks]
    return sheet.lines(x, y + 13, rows, size)
