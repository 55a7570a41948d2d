"""Round 7's port cases (tests/loaforms/forms_round7_*.py): customers in the US (a local line
account with a billing address apart from the site, and a toll-free account), Canada (Alberta in
English, Québec in French), the UK, Ireland and Germany; each with a full port and a partial port
that ports more numbers than the first has and keeps some with the current carrier.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, toll-free 8XX-555-01XX, Ofcom's 0161 496 0XXX); elsewhere made-up lines.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial


def _addr(line1: str, city: str, state: str, postal: str, country: str) -> dict[str, str]:
    return {"line1": line1, "line2": "", "city": city, "state": state, "postal_code": postal,
            "country": country}


_US_LEC = _case("Prairie Lantern Family Dentistry PC", "Rosa Delgado", "Office Manager",
                "515-555-0120 884", "CenturyLink", [f"+1515555{n:04d}" for n in range(120, 124)],
                _addr("2201 Ingersoll Ave", "Des Moines", "IA", "50312", "US"),
                "+15155550199", "rdelgado@prairielanterndental.com", "2027-01-26")
_US_LEC["pin"] = "4471"
_US_LEC["billing_address"] = _addr("PO Box 13318", "Des Moines", "IA", "50310", "US")
_US_TF = _case("Summit Ridge Outfitters Inc", "Trevor Okafor", "IT Manager", "TF-0098-3312",
               "AT&T", ["+18885550140", "+18885550141", "+18005550177"],
               _addr("880 Lincoln St", "Denver", "CO", "80203", "US"),
               "+13035550168", "tokafor@summitridgeoutfitters.com", "2027-01-22")
_CA = _case("Bow River Physiotherapy Ltd.", "Priya Raman", "Clinic Director", "40028 7713",
            "Shaw Business", [f"+1403555{n:04d}" for n in range(140, 143)],
            _addr("633 6 Ave SW", "Calgary", "AB", "T2P 2Y5", "CA"),
            "+14035550189", "priya@bowriverphysio.ca", "2027-01-25")
_CA["pin"] = "2290"
_QC = _case("Boulangerie Saint-Denis inc.", "Geneviève Tremblay", "Présidente", "8831 442 907",
            "Vidéotron Affaires", [f"+1514555{n:04d}" for n in range(130, 133)],
            _addr("4120 rue Saint-Denis", "Montréal", "QC", "H2W 2M5", "CA"),
            "+15145550179", "gtremblay@boulangeriestdenis.ca", "2027-01-27")
_QC["pin"] = "6158"
_UK = _case("Northgate Joinery Ltd", "Callum Whitworth", "Operations Director", "VMB 4471 0938",
            "Virgin Media Business", [f"+44161496{n:04d}" for n in range(120, 124)],
            _addr("Unit 12, Pollard Street East", "Manchester", "", "M40 7QX", "GB"),
            "+441614960199", "c.whitworth@northgatejoinery.co.uk", "2027-01-28")
_IE = _case("Lee Valley Veterinary Ltd", "Siobhán Ní Mhurchú", "Director", "3308 1127 54",
            "eir Business", [f"+3532148{n:05d}" for n in (50120, 50121, 50122)],
            _addr("Unit 7, Kinsale Road Business Park", "Cork", "Co. Cork", "T12 X2P4", "IE"),
            "+353214850199", "siobhan@leevalleyvets.ie", "2027-01-29")
_DE = _case("Elbblick Steuerberatung GmbH", "Jan-Hendrik Möller", "Geschäftsführer",
            "5500 1234 567", "Telekom Deutschland GmbH",
            [f"+4940306981{n:02d}" for n in (0, 1, 2, 3)],
            _addr("Große Elbstraße 145", "Hamburg", "", "22767", "DE"),
            "+494030698199", "moeller@elbblick-stb.de", "2027-01-25")

ROUND7_CASES: dict[str, dict[str, Any]] = {
    "r7-us-lec": _US_LEC,
    "r7-us-lec-many": _partial(_US_LEC, [f"+1515555{n:04d}" for n in range(124, 139)], keep=3),
    "r7-us-tf": _US_TF,
    "r7-us-tf-partial": _partial(_US_TF, ["+18885550142", "+18885550143"], keep=1),
    "r7-ca": _CA,
    "r7-ca-many": _partial(_CA, [f"+1403555{n:04d}" for n in range(143, 157)], keep=2),
    "r7-qc": _QC,
    "r7-qc-partial": _partial(_QC, ["+15145550133", "+15145550134"], keep=2),
    "r7-uk": _UK,
    "r7-uk-many": _partial(_UK, [f"+44161496{n:04d}" for n in range(124, 134)], keep=2),
    "r7-ie": _IE,
    "r7-ie-partial": _partial(_IE, ["+353214850123", "+353214850124"], keep=1),
    "r7-de": _DE,
    "r7-de-partial": _partial(_DE, ["+494030698104", "+494030698105"], keep=2),
}
