"""How carriers print things: phone numbers, DID ranges, dates, money, account numbers, addresses.

Each carrier is consistent within its own bill, so a family picks one style per bill and keeps it;
the variety is across families.
"""

from __future__ import annotations

import random
from datetime import date

from portdesk.domain.case import Address

PHONE_STYLES = ("paren", "dash", "dot", "space", "plain", "one_dash", "intl")
RANGE_STYLES = ("THRU", "dash", "to", "through", "thru_full", "slash_dash", "en_dash", "slash",
                "full_dash", "through_full", "dots", "thru", "plain_full")
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_MONTHS_FR_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.",
                   "oct.", "nov.", "déc.")


def phone(e164: str, style: str) -> str:
    d = e164[-10:]
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        "paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
        "space": f"{a} {b}-{c}", "plain": d, "one_dash": f"1-{a}-{b}-{c}",
        "intl": f"+1 {a} {b} {c}",
    }[style]


def masked_phone(e164: str, style: str, mask: str = "X") -> str:
    d = e164[-10:]
    hidden = mask * 3
    return {"paren": f"({d[:3]}) {hidden}-{d[6:]}", "dash": f"{hidden}-{hidden}-{d[6:]}",
            "dot": f"{d[:3]}.{hidden}.{d[6:]}"}.get(style, f"{hidden}-{hidden}-{d[6:]}")


def did_range(first: str, count: int, style: str, phone_style: str) -> str:
    """A DID block as carriers print it: '720-555-0133 THRU 0152', '... - 0152', '... to ...'."""
    last = first[:-4] + f"{int(first[-4:]) + count - 1:04d}"
    head = phone(first, phone_style)
    return {
        "THRU": f"{head} THRU {last[-4:]}", "dash": f"{head} - {last[-4:]}",
        "to": f"{head} to {phone(last, phone_style)}", "through": f"{head} through {last[-4:]}",
        "thru_full": f"{head} THRU {phone(last, phone_style)}",
        "slash_dash": f"{head}-{last[-4:]}", "en_dash": f"{head} \u2013 {last[-4:]}",
        "slash": f"{head}/{last[-4:]}", "full_dash": f"{head} - {phone(last, phone_style)}",
        "through_full": f"{head} through {phone(last, phone_style)}",
        "dots": f"{head}...{last[-4:]}", "thru": f"{head} thru {last[-4:]}",
        "plain_full": f"{first[-10:]}-{last[-10:]}",
    }[style]


def short_list(numbers: list[str], style: str, sep: str = ", -") -> str:
    """Lines of one exchange after the first written by their last digits only:
    '608-555-0101, -0104, -0117' (or with '/': '608-555-0101/0104/0117')."""
    head = phone(numbers[0], style)
    return head + "".join(f"{sep}{n[-4:]}" for n in numbers[1:])


def block_cells(first: str, count: int) -> tuple[str, str, str, str]:
    """A DID block as a carrier's number-block table row: NPA-NXX, from, to, quantity."""
    d = first[-10:]
    last = int(d[6:]) + count - 1
    return f"{d[:3]}-{d[3:6]}", d[6:], f"{last:04d}", str(count)


def extension(rng: random.Random, style: str) -> str:
    """How an extension follows a number: ' x101', ' ext. 204', ' Ext 3310'."""
    ext = rng.randint(100, 4999)
    return {"x": f" x{ext}", "ext": f" ext. {ext}", "Ext": f" Ext {ext}"}[style]


def date_text(d: date, style: str) -> str:
    return {
        "long": f"{d:%B} {d.day}, {d.year}", "abbr": f"{d:%b} {d.day}, {d.year}",
        "abbr0": f"{d:%b %d, %Y}", "us": f"{d:%m/%d/%Y}", "us2": f"{d:%m/%d/%y}",
        "iso": d.isoformat(), "dmy": f"{d.day} {d:%b} {d.year}", "dash": f"{d:%m-%d-%Y}",
        "upper": f"{d:%b %d, %Y}".upper(), "dot": f"{d:%b}. {d.day}, {d.year}",
        "fr": f"{d.day} {_MONTHS_FR[d.month - 1]} {d.year}",
        "fr_abbr": f"{d.day} {_MONTHS_FR_ABBR[d.month - 1]} {d.year}",
        "dmon2": f"{d.day:02d}-{d:%b}-{d:%y}".upper(),  # 03-MAR-25 (tune11)
        "ordinal": f"{d:%b}{'' if d.month == 5 else '.'} {d.day}{_ordinal(d.day)}, {d.year}",
    }[style]


def _ordinal(day: int) -> str:
    """'st', 'nd', 'rd' or 'th', as 'Mar. 3rd, 2025' prints it."""
    if 10 < day % 100 < 14:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def money(rng: random.Random, low: int = 20, high: int = 900, fr: bool = False) -> str:
    value = rng.randint(low * 100, high * 100) / 100
    if fr:
        return f"{value:,.2f} $".replace(",", " ").replace(".", ",")
    return f"${value:,.2f}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def csz(a: Address, comma: bool = True, fr: bool = False) -> str:
    if fr and a.state == "QC":
        return f"{a.city} (Québec) {a.postal_code}"
    if a.country == "CA":
        return f"{a.city} {a.state}  {a.postal_code}"
    return f"{a.city}{',' if comma else ''} {a.state} {a.postal_code}"


def address_lines(a: Address, comma: bool = True, fr: bool = False,
                  unit_on_line1: bool = False) -> list[str]:
    if unit_on_line1 and a.line2:
        return [f"{a.line1} {a.line2}", csz(a, comma, fr)]
    return [a.line1, *([a.line2] if a.line2 else []), csz(a, comma, fr)]


def one_line(a: Address, style: int = 0) -> str:
    """'1200 Harbor Blvd Ste 210, Oxnard CA 93035' and its cousins."""
    street = f"{a.line1} {a.line2}".strip() if style != 2 else ", ".join(
        p for p in (a.line1, a.line2) if p)
    if style == 1:
        return f"{street}, {a.city}, {a.state} {a.postal_code}"
    if style == 3:
        return f"{street} {a.city} {a.state} {a.postal_code}"
    return f"{street}, {a.city} {a.state} {a.postal_code}"
