"""Phone numbers as the trade handles them: stored E.164, shown NPA-NXX-XXXX, classified by kind.

Porting rules differ by number kind (toll-free changes RespOrg, wireless needs a PIN), so every number
carries its kind from the moment it is parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any

from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from phonenumbers import NumberParseException


def _pn() -> ModuleType:
    """The general parser, imported on first use: most NANP numbers never need it, and reading
    the queue (`portdesk case list`) needs no parser at all (about 13 ms of start-up)."""
    import phonenumbers

    return phonenumbers

TOLL_FREE_NPAS = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_SPLIT_RE = re.compile(r"[\n;,\t|]+")


class NumberKind(StrEnum):
    FIXED = "fixed"
    MOBILE = "mobile"
    TOLL_FREE = "toll_free"
    UNKNOWN = "unknown"


class InvalidNumber(PortDeskError, ValueError):
    """A value that is not a dialable phone number; the message says why in a specialist's words."""


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    e164: str
    kind: NumberKind
    country: str  # ISO 3166 alpha-2, e.g. "US"

    @property
    def display(self) -> str:
        return format_display(self.e164)


def parse_number(text: str, default_region: str = "US") -> ParsedNumber:
    """Parse what a person typed ("(212) 555-0142", "+1 212 555 0142", "2125550142") into E.164."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidNumber("empty number")
    if not re.search(r"\d", raw):
        raise InvalidNumber(f"'{raw}' is not a phone number (no digits)")
    cleaned = re.sub(r"(?i)\s*(ext\.?|x)\s*\d+$", "", raw)
    digits = re.sub(r"\D", "", cleaned)
    if default_region in ("US", "CA") and _NANP_CHARS.match(cleaned):
        plus = cleaned.lstrip().startswith("+")
        if (len(digits) == 10 and not plus) or (len(digits) == 11 and digits[0] == "1"):
            return _parse_nanp(raw, "+1" + digits[-10:])
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    elif not cleaned.startswith("+") and len(digits) == 11 and digits.startswith("1"):
        cleaned = "+" + digits
    phonenumbers = _pn()
    try:
        parsed = phonenumbers.parse(cleaned, default_region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidNumber(f"'{raw}' is not a phone number ({_parse_reason(exc)})") from None
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if parsed.country_code == 1:
        # NANP: our own NPA-NXX rules; the region and kind follow from the area code, which is
        # looked up once per NPA (a bulk import parses hundreds of thousands of numbers).
        return _parse_nanp(raw, e164)
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidNumber(f"'{raw}' is not a valid number for its country")
    region = phonenumbers.region_code_for_number(parsed) or ""
    return ParsedNumber(e164=e164, kind=_kind(parsed, e164), country=region)


_NPA_REGION: dict[str, str] = {}
_NANP_CHARS = re.compile(r"^[\s().+\-\d]+$")


def _parse_nanp(raw: str, e164: str) -> ParsedNumber:
    """The common case without the general parser: NANP digits, checked by our own rules."""
    _check_nanp(raw, e164)
    npa = e164[2:5]
    kind = NumberKind.TOLL_FREE if npa in TOLL_FREE_NPAS else NumberKind.FIXED
    region = _NPA_REGION.get(npa)
    if region is None:
        region = _nanp_region(npa, _pn().parse(e164))
    return ParsedNumber(e164=e164, kind=kind, country=region)


def _nanp_region(npa: str, parsed: Any) -> str:
    region = _NPA_REGION.get(npa)
    if region is None:
        region = _pn().region_code_for_number(parsed) or "US"
        if region == "001":
            region = "US"
        _NPA_REGION[npa] = region
    return region


def _check_nanp(raw: str, e164: str) -> None:
    national = e164[2:]
    if len(national) != 10:
        raise InvalidNumber(f"'{raw}' must have 10 digits (NPA-NXX-XXXX), it has {len(national)}")
    npa, nxx = national[:3], national[3:6]
    if npa[0] in "01":
        raise InvalidNumber(f"'{raw}': area code {npa} cannot start with {npa[0]}")
    if npa[1:] == "11":
        raise InvalidNumber(f"'{raw}': {npa} is a service code (N11), not an area code")
    if nxx[0] in "01":
        raise InvalidNumber(f"'{raw}': exchange {nxx} cannot start with {nxx[0]}")


def _parse_reason(exc: NumberParseException) -> str:
    error = _pn().NumberParseException
    reasons = {
        error.INVALID_COUNTRY_CODE: "unknown country code",
        error.NOT_A_NUMBER: "not a number",
        error.TOO_SHORT_NSN: "too short",
        error.TOO_SHORT_AFTER_IDD: "too short",
        error.TOO_LONG: "too long",
    }
    return reasons.get(exc.error_type, "unreadable")


def _kind(parsed: Any, e164: str) -> NumberKind:
    if parsed.country_code == 1 and e164[2:5] in TOLL_FREE_NPAS:
        return NumberKind.TOLL_FREE
    types = _pn().PhoneNumberType
    ntype = _pn().number_type(parsed)
    if ntype == types.TOLL_FREE:
        return NumberKind.TOLL_FREE
    if ntype == types.MOBILE:
        return NumberKind.MOBILE
    if ntype in (types.FIXED_LINE, types.FIXED_LINE_OR_MOBILE, types.VOIP):
        return NumberKind.FIXED
    # NANP cannot tell mobile from fixed by the number itself; fictional 555-01XX numbers land here too.
    return NumberKind.FIXED if parsed.country_code == 1 else NumberKind.UNKNOWN


def format_display(e164: str) -> str:
    """NPA-NXX-XXXX for NANP numbers (how carriers write them on LOAs), international format otherwise."""
    if e164.startswith("+1") and len(e164) == 12:
        d = e164[2:]
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    phonenumbers = _pn()
    try:
        return str(phonenumbers.format_number(
            phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        ))
    except phonenumbers.NumberParseException:
        return e164


def area_and_local(number: str, region: str = "US") -> tuple[str, str]:
    """A number as a form with an area code column and a number column wants it: ("030",
    "5551200") in Germany (a mobile's network code, "0171", likewise), ("314", "555-0140") in North
    America; ("", number) when the number has no code to part."""
    phonenumbers = _pn()
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return "", number
    nsn = phonenumbers.national_significant_number(parsed)
    if parsed.country_code == 1 and len(nsn) == 10:
        return nsn[:3], f"{nsn[3:6]}-{nsn[6:]}"
    cut = phonenumbers.length_of_geographical_area_code(parsed) or \
        phonenumbers.length_of_national_destination_code(parsed)  # a mobile's network code
    if not cut:
        return "", number
    meta = phonenumbers.PhoneMetadata.metadata_for_region(
        phonenumbers.region_code_for_number(parsed) or region)
    # the trunk "0" is written as part of the code ("030"); a longer trunk prefix (Hungary's
    # "06", Russia's "8") is dialled before the code, not part of the code a column asks for
    prefix = "0" if meta is not None and meta.national_prefix == "0" else ""
    return str(prefix + nsn[:cut]), str(nsn[cut:])


@dataclass(frozen=True, slots=True)
class NumberListResult:
    numbers: list[ParsedNumber]
    invalid: list[tuple[str, str]]  # (what was typed, why it is not a number)
    duplicates: list[str]  # e164 values that appeared more than once


def parse_number_list(text: str, default_region: str = "US") -> NumberListResult:
    """Parse a pasted list (spreadsheet column, email, comma or semicolon separated): dedupe, keep order."""
    seen: dict[str, ParsedNumber] = {}
    invalid: list[tuple[str, str]] = []
    dupes: list[str] = []
    for token in _SPLIT_RE.split(text or ""):
        token = token.strip().strip("\"'")
        if not token:
            continue
        try:
            num = parse_number(token, default_region)
        except InvalidNumber as exc:
            invalid.append((token, str(exc)))
            continue
        if num.e164 in seen:
            dupes.append(num.e164)
        else:
            seen[num.e164] = num
    return NumberListResult(list(seen.values()), invalid, dupes)
