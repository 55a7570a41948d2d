"""Round 8's port cases (tests/loaforms/forms_round8.py): customers in the US, Canada (Ontario),
Ireland and Germany, each with a full port and a partial port that keeps some numbers.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ireland's 01 555 xxxx is not reserved: a made-up Dublin range; Germany's 030 555 xxx).
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial

_US = _case("Prairie Lane Veterinary Clinic PC", "Dana Okafor", "Practice Owner", "314-0092-771",
            "AT&T", [f"+1314555{n:04d}" for n in (140, 141, 142)],
            {"line1": "8820 Manchester Rd", "line2": "Suite 2", "city": "Brentwood", "state": "MO",
             "postal_code": "63144", "country": "US"},
            "+13145550149", "dana@prairielanevet.com", "2027-02-09")
_US["pin"] = "4471"
_CA = _case("Lakeshore Physiotherapy Inc.", "Priya Raman", "Clinic Director", "5190 44 8812",
            "Bell Canada", [f"+1416555{n:04d}" for n in (160, 161, 162, 163)],
            {"line1": "2150 Lake Shore Blvd W", "line2": "", "city": "Toronto", "state": "ON",
             "postal_code": "M8V 4E9", "country": "CA"},
            "+14165550169", "priya@lakeshorephysio.ca", "2027-02-11")
_IE = _case("Quayside Accountancy Ltd", "Ciarán Byrne", "Director", "88 4410 2093", "eir",
            [f"+35315550{n}" for n in (180, 181, 182)],
            {"line1": "14 Sir John Rogerson's Quay", "line2": "", "city": "Dublin 2", "state": "",
             "postal_code": "D02 X285", "country": "IE"},
            "+35315550189", "ciaran@quaysideaccountancy.ie", "2027-02-16")
_DE = _case("Buchhandlung Lindner GmbH", "Katrin Lindner", "Geschäftsführerin", "7700 4812 33",
            "Vodafone GmbH", [f"+4930555{n}" for n in (1200, 1201, 1202, 1203)],
            {"line1": "Kastanienallee 12", "line2": "", "city": "Berlin", "state": "",
             "postal_code": "10435", "country": "DE"},
            "+49305551299", "k.lindner@buchhandlung-lindner.de", "2027-02-18")
_UK = _case("Fernbank Joinery Ltd", "Owen Pritchard", "Director", "FJ-229104", "Virgin Media "
            "Business", [f"+44117496{n:04d}" for n in (710, 711, 712)],
            {"line1": "3 Cattle Market Road", "line2": "", "city": "Bristol", "state": "",
             "postal_code": "BS1 6QA", "country": "GB"},
            "+441174960719", "owen@fernbankjoinery.co.uk", "2027-02-23")
_QC = _case("Boulangerie Desrosiers inc.", "Hélène Desrosiers", "Présidente", "4418 220 917",
            "Vidéotron", [f"+1514555{n:04d}" for n in (170, 171, 172)],
            {"line1": "4120 rue Saint-Denis", "line2": "", "city": "Montréal", "state": "QC",
             "postal_code": "H2W 2M5", "country": "CA"},
            "+15145550179", "helene@boulangeriedesrosiers.ca", "2027-02-25")

ROUND8_CASES: dict[str, dict[str, Any]] = {
    "r8-us": _US,
    "r8-us-partial": _partial(_US, ["+13145550143", "+13145550144"], keep=2),
    "r8-ca": _CA,
    "r8-ca-partial": _partial(_CA, [], keep=1),
    "r8-ie": _IE,
    "r8-ie-partial": _partial(_IE, ["+35315550183"], keep=2),
    "r8-de": _DE,
    "r8-de-partial": _partial(_DE, ["+49305551204"], keep=2),
    # the second batch (forms_round8_b): a UK and a Québec customer
    "r8-uk": _UK,
    "r8-uk-partial": _partial(_UK, ["+441174960713", "+441174960714"], keep=2),
    "r8-qc": _QC,
    "r8-qc-partial": _partial(_QC, ["+15145550173"], keep=2),
}
