"""Ways a specialist types a value: the same value written differently, or a wrong one.

Equivalent forms are the ones the trade treats as the same value (USPS and Canada Post
abbreviations, corporate suffixes spelled out, case, separators in an account number, ZIP+4 cut to
five digits, a postal code without its space, accents dropped). Alterations are the mistakes that
cost a port: one digit, a suite, a word of the name, a number that is not the customer's.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import replace

from portdesk.domain.case import Address

_NAME_SWAPS = ((r"\bL\.L\.C\.", "LLC"), (r"\bLLC\b", "L.L.C."), (r"\bInc\.", "Incorporated"),
               (r"\bInc\b", "Inc."), (r"\bIncorporated\b", "Inc"), (r"\bCorp\.", "Corporation"),
               (r"\bCo\.", "Company"), (r"\bLtd\.", "Limited"), (r"\bLtée\b", "Limitée"),
               (r"\bltée\b", "limitée"), (r" & ", " and "))
_STREET = {"ST": "STREET", "AVE": "AVENUE", "BLVD": "BOULEVARD", "RD": "ROAD", "DR": "DRIVE",
           "LN": "LANE", "PKWY": "PARKWAY", "CT": "COURT", "HWY": "HIGHWAY", "CRES": "CRESCENT",
           "N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST", "NW": "NORTHWEST",
           "SE": "SOUTHEAST", "BOUL.": "BOULEVARD"}
_UNIT = {"STE": "SUITE", "SUITE": "STE", "APT": "APARTMENT", "FL": "FLOOR", "RM": "ROOM",
         "BLDG": "BUILDING"}


def recase(text: str) -> str:
    """Upper case becomes title case and the other way round: the same value to a carrier."""
    return text.title() if text.isupper() else text.upper()


def name_variant(name: str, rng: random.Random) -> str:
    options = [re.sub(p, r, name, count=1) for p, r in _NAME_SWAPS if re.search(p, name)]
    options = [o for o in options if o != name]
    if options and rng.random() < 0.75:
        return rng.choice(options)
    return recase(name)


def _swap_word(word: str) -> str | None:
    up = word.upper()
    if up in _STREET:
        out = _STREET[up]
    else:
        inverse = {v: k for k, v in _STREET.items()}
        if up not in inverse:
            return None
        out = inverse[up]
    return out if word.isupper() else out.title()


def address_variant(a: Address, rng: random.Random) -> Address:
    """One or two changes that keep the place: abbreviations, case, ZIP+4, postal space, accents."""
    changes = []
    words = a.line1.replace(",", "").split()
    swaps = [(i, s) for i, w in enumerate(words) if i > 0 and (s := _swap_word(w))]
    if swaps:
        i, s = rng.choice(swaps)
        changes.append(replace(a, line1=" ".join([*words[:i], s, *words[i + 1:]])))
    unit = a.line2.split()
    if unit and unit[0].upper() in _UNIT:
        new = _UNIT[unit[0].upper()]
        new = new if unit[0].isupper() else new.title()
        changes.append(replace(a, line2=" ".join([new, *unit[1:]])))
    if len(a.postal_code) == 10:
        changes.append(replace(a, postal_code=a.postal_code[:5]))
    if a.country == "CA" and " " in a.postal_code:
        changes.append(replace(a, postal_code=a.postal_code.replace(" ", "")))
    plain = unicodedata.normalize("NFKD", a.city).encode("ascii", "ignore").decode()
    if plain != a.city:
        changes.append(replace(a, city=plain))
    if "," in a.line1:
        changes.append(replace(a, line1=a.line1.replace(",", "")))
    if not changes:
        return replace(a, line1=recase(a.line1), line2=recase(a.line2), city=recase(a.city))
    out = rng.choice(changes)
    if rng.random() < 0.4:
        out = replace(out, line1=recase(out.line1), city=recase(out.city))
    return out


def account_variant(number: str, rng: random.Random) -> str:
    """The same characters with other separators: '8310 4471 0925' -> '831044710925'."""
    bare = re.sub(r"[\s\-./]", "", number)
    if bare != number:
        return bare if rng.random() < 0.7 else "-".join(number.split())
    return "-".join(bare[i:i + 3] for i in range(0, len(bare), 3))


def off_by_one_digit(text: str, rng: random.Random, positions: list[int] | None = None) -> str:
    spots = positions or [i for i, c in enumerate(text) if c.isdigit()]
    i = rng.choice(spots)
    return text[:i] + str((int(text[i]) + rng.randint(1, 9)) % 10) + text[i + 1:]


def name_altered(name: str, rng: random.Random) -> str:
    words = name.split()
    kind = rng.randrange(3)
    if kind == 0:
        extra = "GROUP" if name.isupper() else "Group"
        return " ".join([*words[:1], extra, *words[1:]])
    if kind == 1 and len(words) > 1:
        suffix = {"LLC": "Inc", "INC": "LLC", "INC.": "LLC", "CORP.": "LLC", "LTD.": "Inc."}
        last = words[-1].upper()
        if last in suffix:
            new = suffix[last]
            return " ".join([*words[:-1], new.upper() if name.isupper() else new])
    word = max(words, key=len)
    i = len(word) // 2
    letter = "x" if word[i].lower() != "x" else "z"
    changed = word[:i] + (letter.upper() if word[i].isupper() else letter) + word[i + 1:]
    return name.replace(word, changed, 1)


def address_altered(a: Address, rng: random.Random) -> tuple[str, Address]:
    kinds = ["house", "zip", "street"] + (["suite"] if any(c.isdigit() for c in a.line2) else [])
    kind = rng.choice(kinds)
    if kind == "house":
        head = re.search(r"\d+", a.line1)  # first ('149 Main St') or last ('Calle Luna 149')
        assert head is not None
        return kind, replace(a, line1=off_by_one_digit(a.line1, rng,
                                                       list(range(head.start(), head.end()))))
    if kind == "zip":
        digits = [i for i, c in enumerate(a.postal_code[:5]) if c.isdigit()]
        return kind, replace(a, postal_code=off_by_one_digit(a.postal_code, rng, digits))
    if kind == "suite":
        return kind, replace(a, line2=off_by_one_digit(a.line2, rng))
    words = a.line1.split()
    street = next((i for i, w in enumerate(words) if w.isalpha() and len(w) > 3), 1)
    other = "OAKRIDGE" if words[street].isupper() else "Oakridge"
    if words[street].upper() == "OAKRIDGE":
        other = "WILLOWBROOK" if words[street].isupper() else "Willowbrook"
    return kind, replace(a, line1=" ".join([*words[:street], other, *words[street + 1:]]))
