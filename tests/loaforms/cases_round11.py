"""Round 11's port cases (tests/loaforms/forms_round11_*.py, held back): customers in the US (a
farm supply business leaving its telephone cooperative, a household moving its home phone to a
cable company, an analytics firm moving to a UCaaS provider), Canada (Manitoba in English,
Québec in French), the UK, Ireland and Germany; each with a full port and a partial port that
keeps some numbers with the current provider.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ofcom's 0117 496 0XXX); elsewhere made-up lines, each a valid number of its country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial


def _addr(line1: str, city: str, state: str, postal: str, country: str,
          line2: str = "") -> dict[str, str]:
    return {"line1": line1, "line2": line2, "city": city, "state": state, "postal_code": postal,
            "country": country}


_US_COOP = _case("Sandhill Grain & Supply Inc.", "Dale Kowalczyk", "Treasurer",
                 "3085550120-417", "Prairie Wind Telephone Cooperative",
                 [f"+1308555{n:04d}" for n in range(120, 124)],
                 _addr("2105 E Highway 30", "Kearney", "NE", "68847", "US"),
                 "+13085550139", "dale@sandhillgrain.com", "2027-03-22")
_US_HOME = _case("Nadia Petrosyan", "Nadia Petrosyan", "", "287 449 103 5", "AT&T",
                 ["+13145550170", "+13145550171"],
                 _addr("6204 Pershing Ave", "St. Louis", "MO", "63130", "US", "Apt 2F"),
                 "+13145550179", "nadia.petrosyan@example.com", "2027-03-24")
_US_HOME.update(customer_type="residential", pin="8830")
_US_UC = _case("Tidewater Analytics Inc.", "Renee Oyelaran", "VP Operations", "0512-88734-01",
               "Cox Business", [f"+1757555{n:04d}" for n in range(140, 146)],
               _addr("150 W Main St", "Norfolk", "VA", "23510", "US", "Suite 1200"),
               "+17575550199", "royelaran@tidewateranalytics.com", "2027-03-29")
_US_UC["pin"] = "4417"
_MB = _case("Prairie Crest Chiropractic Ltd.", "Tamsin Okafor", "Clinic Owner", "204 771 3318",
            "Bell MTS", [f"+1204555{n:04d}" for n in range(150, 153)],
            _addr("1485 Portage Ave", "Winnipeg", "MB", "R3G 0W4", "CA", "Unit 6"),
            "+12045550159", "tamsin@prairiecrestchiro.ca", "2027-03-31")
_MB["pin"] = "2604"
_QC = _case("Boulangerie Saint-Roch inc.", "Josée Gagnon-Roy", "Propriétaire", "819 562 4471",
            "Vidéotron Affaires", [f"+1819555{n:04d}" for n in range(160, 163)],
            _addr("2150 rue King Ouest", "Sherbrooke", "QC", "J1J 2E8", "CA"),
            "+18195550189", "josee@boulangeriesaintroch.ca", "2027-04-05")
_QC["pin"] = "5187"
_UK = _case("Calder & Avon Joinery Ltd", "Gareth Penhaligon", "Operations Director",
            "TTB-00771420", "TalkTalk Business",
            [f"+44117496{n:04d}" for n in range(510, 514)],
            _addr("Unit 9, Feeder Road Trading Estate", "Bristol", "", "BS2 0TH", "GB"),
            "+441174960519", "gareth@calderavonjoinery.co.uk", "2027-04-07")
_IE = _case("Lee Valley Veterinary Clinic Ltd", "Aoife Ní Shúilleabháin", "Practice Manager",
            "IE-0213-88410", "eir", [f"+3532144012{n}" for n in range(20, 24)],
            _addr("Unit 12, Ballincollig Commercial Park", "Ballincollig", "Co. Cork",
                  "P31 YX52", "IE"),
            "+353874401299", "aoife@leevalleyvets.ie", "2027-04-09")
_DE = _case("Fahrradhaus Jansen GmbH", "Henrik Jansen", "Geschäftsführer", "K 7720 1184 5",
            "Vodafone GmbH", [f"+4940655512{n}" for n in range(0, 4)],
            _addr("Osterstraße 112", "Hamburg", "", "20259", "DE"),
            "+49406555139", "h.jansen@fahrradhaus-jansen.de", "2027-04-12")


def _new_btn(case: dict[str, Any]) -> dict[str, Any]:
    """A partial port whose BTN ports: the first number that stays becomes the new BTN."""
    out = dict(case)
    out["new_btn"] = case["remaining_numbers"][0]
    return out


ROUND11_CASES: dict[str, dict[str, Any]] = {
    "r11-us-coop": _US_COOP,
    "r11-us-coop-partial": _partial(_US_COOP, [f"+1308555{n:04d}" for n in range(124, 132)],
                                    keep=3),
    "r11-us-home": _US_HOME,
    "r11-us-home-partial": _partial(_US_HOME, ["+13145550172"], keep=2),
    "r11-us-uc": _US_UC,
    "r11-us-uc-partial": _new_btn(_partial(_US_UC, [f"+1757555{n:04d}" for n in range(146, 152)],
                                           keep=2)),
    "r11-mb": _MB,
    "r11-mb-partial": _partial(_MB, [f"+1204555{n:04d}" for n in range(153, 156)], keep=2),
    "r11-qc": _QC,
    "r11-qc-many": _partial(_QC, [f"+1819555{n:04d}" for n in range(163, 172)], keep=2),
    "r11-uk": _UK,
    "r11-uk-partial": _partial(_UK, ["+441174960514"], keep=2),
    "r11-ie": _IE,
    "r11-ie-partial": _partial(_IE, ["+353214401224", "+353214401225"], keep=2),
    "r11-de": _DE,
    "r11-de-many": _partial(_DE, [f"+4940655512{n}" for n in range(4, 10)], keep=2),
}
