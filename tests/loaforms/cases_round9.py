"""Round 9's port cases (tests/loaforms/forms_round9_*.py): customers in the US (a small-town
business leaving its incumbent telephone company, with a billing address apart from the site; a
company moving its mobiles), Canada (British Columbia in English, New Brunswick in French), the
UK, Ireland and Germany; each with a full port and a partial port that keeps some numbers with
the current provider.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ofcom's 0121 496 0XXX); elsewhere made-up lines.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial


def _addr(line1: str, line2: str, city: str, state: str, postal: str,
          country: str) -> dict[str, str]:
    return {"line1": line1, "line2": line2, "city": city, "state": state, "postal_code": postal,
            "country": country}


_US_ILEC = _case("Cedar Bluff Hardware & Feed LLC", "Loretta Sandoval", "Owner", "0415-33920-7",
                 "Ozark Valley Telephone Company",
                 [f"+1417555{n:04d}" for n in (150, 151, 152)],
                 _addr("412 W Commercial St", "Unit B", "Lebanon", "MO", "65536", "US"),
                 "+14175550159", "loretta@cedarbluffhardware.com", "2027-02-03")
_US_ILEC["billing_address"] = _addr("PO Box 288", "", "Lebanon", "MO", "65536", "US")
_US_ILEC["pin"] = "3302"
_US_MOBILE = _case("Brightwater Home Health LLC", "Marcus Ellery", "Operations Manager",
                   "342119870-00001", "Verizon Wireless",
                   [f"+1312555{n:04d}" for n in (161, 162, 163, 164)],
                   _addr("2300 N Clark St", "Suite 5", "Chicago", "IL", "60614", "US"),
                   "+13125550169", "mellery@brightwaterhh.com", "2027-02-08")
_US_MOBILE["pin"] = "602918"
_US_MOBILE["billing_address"] = _addr("1 Financial Plz", "", "Chicago", "IL", "60605", "US")
_BC = _case("Okanagan Lakeview Dental Corp.", "Harjit Sandhu", "Office Administrator",
            "60 4419 2277", "TELUS", [f"+1250555{n:04d}" for n in (170, 171, 172)],
            _addr("1630 Pandosy St", "", "Kelowna", "BC", "V1Y 1P7", "CA"),
            "+12505550179", "harjit@lakeviewdental.ca", "2027-02-10")
_BC["pin"] = "7714"
_NB = _case("Pharmacie Léger & Cormier ltée", "Mélanie Cormier", "Pharmacienne propriétaire",
            "506 8841 2290", "Bell Aliant", [f"+1506555{n:04d}" for n in (180, 181, 182)],
            _addr("477 rue Champlain", "", "Dieppe", "NB", "E1A 1P3", "CA"),
            "+15065550189", "mcormier@pharmacielc.ca", "2027-02-12")
_UK = _case("Digbeth Print Works Ltd", "Aisha Rahman", "Finance Director", "BT 0093 7781 4",
            "BT", [f"+44121496{n:04d}" for n in (410, 411, 412, 413)],
            _addr("Unit 3, Floodgate Street", "", "Birmingham", "", "B5 5ST", "GB"),
            "+441214960419", "aisha.rahman@digbethprint.co.uk", "2027-02-15")
_IE = _case("Corrib Outdoor Supplies Ltd", "Dónal Ó Flaithearta", "Managing Director",
            "VB-2280-4417", "Vodafone Ireland", ["+35391562014", "+35391562015"],
            _addr("Unit 4, Liosban Business Park", "", "Galway", "Co. Galway", "H91 K2T6", "IE"),
            "+35391562019", "donal@corriboutdoor.ie", "2027-02-17")
_DE = _case("Weinhandlung Brückner KG", "Sabine Brückner", "Komplementärin", "K-30018842",
            "Deutsche Telekom", [f"+49351811{n}" for n in (40, 41, 42, 43)],
            _addr("Königsbrücker Straße 56", "", "Dresden", "", "01099", "DE"),
            "+4935181149", "s.brueckner@weinhandlung-brueckner.de", "2027-02-19")

ROUND9_CASES: dict[str, dict[str, Any]] = {
    "r9-us-ilec": _US_ILEC,
    "r9-us-ilec-partial": _partial(_US_ILEC, ["+14175550153", "+14175550154"], keep=2),
    "r9-us-mobile": _US_MOBILE,
    "r9-us-mobile-many": _partial(_US_MOBILE, [f"+1312555{n:04d}" for n in range(165, 176)],
                                  keep=3),
    "r9-bc": _BC,
    "r9-bc-partial": _partial(_BC, ["+12505550173"], keep=2),
    "r9-nb": _NB,
    "r9-nb-many": _partial(_NB, [f"+1506555{n:04d}" for n in range(183, 193)], keep=2),
    "r9-uk": _UK,
    "r9-uk-partial": _partial(_UK, ["+441214960414"], keep=2),
    "r9-ie": _IE,
    "r9-ie-partial": _partial(_IE, ["+35391562016", "+35391562017"], keep=1),
    "r9-de": _DE,
    "r9-de-many": _partial(_DE, [f"+49351811{n}" for n in range(44, 52)], keep=2),
}
