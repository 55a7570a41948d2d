"""NINETEENTH BLIND SPLIT: not for the reader's author (see families/blind19/__init__.py).

Print habits the blind19 families share: the carrier's own numbers (repair, TTY/TRS, 611, pay by
phone, a text short code, a local business office in the customer's own area code), a payment
stub whose scan line runs the account's digits together with the amount and a check digit over a
barcode drawn as bars, 'Moving?' blanks and other addresses that are not the customer's, an
account manager with a telephone and an e-mail, numbers with a country code and dots or with
spaces, master accounts over the sister sites' sub-accounts, business holders written the ways
billing systems keep them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from reportlab.lib.colors import Color, HexColor

from portdesk.domain.case import Address
from tests.billcorpus.draw import GREY, Sheet, W
from tests.billcorpus.formats import date_text, digits, phone
from tests.billcorpus.people import person_name, trade_name, us_address
from tests.billcorpus.truth import Draft, SubAccount

_SHORT_CODES = ("38294", "24357", "72623", "46587")


def set_service(d: Draft, service: Address, billing_same: bool | None = None) -> None:
    """Give the customer another service address (the billing one follows when it was the
    same), keeping the draft and the customer the cases are typed from in step."""
    same = d.customer.billing == d.customer.service if billing_same is None else billing_same
    billing = service if same else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def set_billing(d: Draft, billing: Address) -> None:
    d.customer = replace(d.customer, billing=billing)
    d.billing = billing


def carrier_number(d: Draft, npa: str | None = None) -> str:
    """One of the carrier's own numbers (never the customer's): in `npa` when given (a local
    business office in the customer's own area code), off the customer's 555 exchange."""
    r = d.rng
    nxx = str(r.choice([n for n in range(201, 990) if n != 555]))
    number = f"+1{npa or r.choice(('800', '866', '877', '888'))}{nxx}{digits(r, 4)}"
    d.help_numbers.append(number)
    return number


def rep_number(d: Draft) -> str:
    """The account manager's direct line: in the customer's own area code and exchange (555),
    the carrier's, never the customer's."""
    number = d.pool.one(d.customer.npa)
    d.help_numbers.append(number)
    return number


def same_exchange_dialed(d: Draft, count: int) -> list[str]:
    """Dialed numbers sharing the customer's area code and exchange (neighbours called)."""
    out = [d.pool.one(d.customer.npa) for _ in range(count)]
    d.dialed.extend(out)
    return out


def decoy_line(d: Draft) -> str:
    """A number once on the account and now disconnected: printed, not the customer's."""
    n = d.pool.one(d.customer.npa)
    d.dialed.append(n)
    return n


def carrier_lines(s: Sheet, d: Draft, x: float, y: float, size: float = 7.5,
                  fr: bool = False) -> float:
    """The carrier's own numbers everywhere: its help lines, repair, TTY/TRS, 611, pay by phone,
    a text short code, a local business office in the customer's area code."""
    local = carrier_number(d, d.customer.npa)
    pay = carrier_number(d)
    code = d.rng.choice(_SHORT_CODES)
    if fr:
        rows = [f"{lab} {num}" for lab, num in d.carrier.help_lines] + [
            f"Bureau d'affaires local {phone(local, 'dash')}", "Réparations : composez le 611",
            "ATS/ATME : 711", f"Paiement par téléphone {phone(pay, 'one_dash')}",
            f"Textez AIDE au {code}"]
    else:
        rows = [f"{lab} {num}" for lab, num in d.carrier.help_lines] + [
            f"Local business office {phone(local, 'paren')}", "Repair: dial 611",
            "TTY/TRS: 711", f"Pay by phone {phone(pay, 'one_dash')}",
            f"Text HELP to {code}"]
    with s.roled("help"):
        return s.lines(x, y, rows, size)


def barcode(s: Sheet, x: float, y: float, w: float = 190, h: float = 22) -> None:
    """A barcode drawn as bars (no text layer)."""
    r = s.rng
    c = s.c
    c.setFillColor(HexColor("#000000"))
    xx = x
    while xx < x + w:
        bar = r.choice((0.8, 0.8, 1.6, 2.4))
        c.rect(xx, 792 - y - h, bar, h, stroke=0, fill=1)
        xx += bar + r.choice((0.8, 1.6, 2.4))


def scan_line(d: Draft, cents: int) -> str:
    """The stub's machine line: the account's digits run together with the amount and check
    digits ('0412345670000123456 7')."""
    account = "".join(c for c in d.account_number if c.isdigit())
    check = sum(int(c) for c in account + str(cents)) % 10
    return f"{account}{cents:09d}{check} {d.rng.randint(0, 9)}"


def stub(s: Sheet, d: Draft, y: float, account_label: str = "Account Number",
         moving: bool = True, fr: bool = False) -> None:
    """The tear-off stub: the remit-to under the carrier's name, the customer's window, a
    'Moving?' blank, the machine scan line and a barcode drawn as bars."""
    r = s.rng
    cents = r.randint(2000, 150000)
    amount = f"{cents / 100:,.2f}"
    with s.roled("stub"):
        s.rule(36, y, W - 36, dash=True)
        s.text(40, y + 12, "Veuillez retourner cette partie avec votre paiement." if fr else
               "Please return this portion with your payment.", 7, color=GREY)
        s.text(330, y + 30, account_label, 8, bold=True)
        s.text(470, y + 30, d.printed_account, 8)
        s.text(330, y + 43, "Montant dû" if fr else "Amount Due", 8, bold=True)
        s.text(470, y + 43, f"{amount.replace(',', ' ').replace('.', ',')} $" if fr
               else f"${amount}", 8)
        s.text(330, y + 56, "Montant versé" if fr else "Amount Enclosed", 8, bold=True)
        s.box(470, y + 47, 80, 12, stroke=GREY)
        s.text(60, y + 30, "Remettre à :" if fr else "Remit to:", 7, color=GREY)
        s.text(60, y + 42, d.carrier.legal, 8, bold=True)
        s.lines(60, y + 54, list(d.carrier.remit), 8)
        s.lines(330, y + 76, [d.name, *_window(d)], 8.5)
        if moving:
            s.text(60, y + 90, "Nouvelle adresse? Écrivez-la ici :" if fr else
                   "Moving? Write your new address here:", 7, bold=True)
            for k in range(3):
                s.rule(60, y + 104 + k * 13, 290, 0.4, GREY)
    with s.roled("scanline"):
        s.text(60, y + 150, scan_line(d, cents), 10, font="Courier")
    barcode(s, 330, y + 128)


def _window(d: Draft) -> list[str]:
    from tests.billcorpus.formats import address_lines

    assert d.billing is not None
    return address_lines(d.billing, fr=d.customer.lang == "fr")


def holder(d: Draft) -> tuple[list[str], str]:
    """A business holder written as billing systems keep it: with 'd/b/a', 'L.L.C.', 'Inc.' or
    'Incorporated', '&' or 'and', and a department line under the name (never part of it).
    Returns the name's printed lines and the department line. A person's name stays."""
    r = d.rng
    if d.customer.person:
        return [d.name], ""
    dept = r.choice(("Accounts Payable Dept.", "Attn: Telecom Department", "Business Office",
                     "Facilities & IT Dept."))
    kind = r.randrange(3)
    if kind == 0:
        legal = d.name
        trade = trade_name(r)
        word = r.choice(("d/b/a", "D/B/A", "DBA"))
        d.name = f"{legal} {word} {trade}"
        d.traits.add("dba")
        return [legal, f"{word} {trade}"], dept
    last = person_name(r).split()[-1]
    other = person_name(r).split()[-1]
    joint = r.choice(("&", "and"))
    suffix = r.choice(("L.L.C.", "LLC", "Inc.", "Incorporated"))
    d.name = f"{last} {joint} {other} {r.choice(('Dental', 'Hardware', 'Farm Supply'))} {suffix}"
    return [d.name], dept


def subs(d: Draft, extra: tuple[int, int] = (1, 3), fmt: str = "{m}-{k:03d}") -> list[SubAccount]:
    """A master account over sub-accounts: the case's own site first, its sister sites after
    (the same customer's other locations, each with its own sub-account, number and address)."""
    r = d.rng
    assert d.service is not None
    city = (d.service.city, d.service.state, d.service.postal_code[:3], d.customer.npa)
    m = "".join(c for c in d.account_number if c.isdigit())
    own = SubAccount(fmt.format(m=m, k=1), d.real_btn, d.service, tuple(d.numbers))
    out = [own]
    for k in range(2, 2 + r.randint(*extra)):
        nums = tuple(d.pool.one(d.customer.npa) for _ in range(r.randint(1, 3)))
        out.append(SubAccount(fmt.format(m=m, k=k), nums[0], us_address(r, city, 0.4), nums))
    d.sub_accounts = out
    d.numbers = [n for x in out for n in x.numbers]
    d.alternatives = {"service_address": tuple(x.service for x in out),
                      "btn": tuple(x.btn for x in out),
                      "account_number": tuple(x.account_number for x in out)}
    d.traits.add("multi_site")
    return out


def dotted(n: str, k: int) -> str:
    """One list, two ways: '+1.845.555.0199' and '845 555 0199'."""
    t = n[-10:]
    return f"+1.{t[:3]}.{t[3:6]}.{t[6:]}" if k % 2 == 0 else f"{t[:3]} {t[3:6]} {t[6:]}"


def rep_block(s: Sheet, d: Draft, x: float, y: float, title: str = "Your Account Manager",
              size: float = 8) -> float:
    """The carrier's account manager or sales rep: a name, a direct line, an e-mail."""
    r = s.rng
    rep = person_name(r)
    first, last = rep.split()[0].lower(), rep.split()[-1].lower().replace("'", "")
    number = rep_number(d)
    s.text(x, y, title, size, bold=True, color=s.accent)
    return s.lines(x, y + size + 4, [rep, r.choice(("Business Account Executive",
                                                    "Commercial Sales Representative",
                                                    "Account Manager")),
                                     f"Direct {phone(number, 'dash')}",
                                     f"{first}.{last}@{d.carrier.domain}"], size)


def coffee_ring(s: Sheet, x: float, y: float, radius: float = 34) -> None:
    """A coffee cup's ring over a value (translucent brown, pixels only)."""
    c = s.c
    c.saveState()
    brown = Color(0.55, 0.36, 0.18, alpha=0.35)
    c.setStrokeColor(brown)
    c.setLineWidth(4)
    c.circle(x, 792 - y, radius, stroke=1, fill=0)
    c.setLineWidth(1.5)
    c.circle(x + 2, 792 - y - 1, radius - 4, stroke=1, fill=0)
    c.restoreState()


def due(d: Draft, days: int = 21, style: str = "long") -> str:
    return date_text(d.statement_date + timedelta(days=days), style)
