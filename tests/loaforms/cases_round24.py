"""Round 24's port cases (tests/loaforms/forms_round24_*.py): customers in the Colorado
mountains, Saskatchewan, Lancashire, Brittany, Tyrol, Hamburg, Valencia, Paraguay, Mozambique,
Cabo Verde, Côte d'Ivoire and Barbados. Each form has two: one account porting all of several
numbers (a full port) and one porting some of its numbers while others stay with the current
carrier (a partial port).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_CO = _case("Silver Plume Ski Rentals LLC", "Dana Whitfield", "Managing Member",
            "970-2241-0087", "Red Cliff Mountain Telephone Co.",
            [f"+1970555{n:04d}" for n in range(140, 146)],
            _addr("212 Main Street", "Silverton", "CO", "81433", "US", "Unit B"),
            "+19705550199", "dana@silverplumeski.com", "2028-08-07")
_CO_PARTIAL = _case("Ouray Hot Springs Lodge Inc.", "Miguel Archuleta", "General Manager",
                    "970-3318-2204", "Red Cliff Mountain Telephone Co.",
                    [f"+1970555{n:04d}" for n in range(170, 175)],
                    _addr("1220 Main Street", "Ouray", "CO", "81427", "US"),
                    "+19705550179", "miguel@ourayhotsprings.com", "2028-08-09")
_SK = _case("Prairie Lily Seed Cleaning Ltd.", "Gordon Halvorson", "Secretary-Treasurer",
            "306-771-4420-9", "SaskTel", [f"+1306555{n:04d}" for n in range(140, 147)],
            _addr("401 Railway Avenue", "Humboldt", "SK", "S0K 2A0", "CA"),
            "+13065550199", "gordon@prairielilyseed.ca", "2028-08-14")
_SK_PARTIAL = _home(_case("Annika Wiebe", "Annika Wiebe", "", "306-2209-7718", "SaskTel",
                          [f"+1306555{n:04d}" for n in range(170, 176)],
                          _addr("18 Lakeview Crescent", "Regina Beach", "SK", "S0G 4C0", "CA"),
                          "+13065550179", "annika.wiebe@sasktel.net", "2028-08-16"))
_LANCS = _case("Ribble Valley Joinery Ltd", "Shaun Greenhalgh", "Director", "LK-40921-774",
               "BT", [f"+441772960{n:03d}" for n in range(140, 148)],
               _addr("Unit 6, Lower Lane", "Longridge", "", "PR3 3SL", "GB"),
               "+441772960199", "shaun@ribblevalleyjoinery.co.uk", "2028-08-21")
_LANCS_PARTIAL = _case("Pendle Hill Tearooms", "Gillian Nuttall", "Proprietor", "VMB-7718-2209",
                       "Virgin Media Business", [f"+441282960{n:03d}" for n in range(170, 176)],
                       _addr("3 Barley Lane", "Barley", "", "BB12 9JX", "GB"),
                       "+441282960179", "gill@pendlehilltearooms.co.uk", "2028-08-23")
_BZH = _case("Crêperie Ty Breizh SARL", "Gwenaëlle Le Goff", "Gérante", "0298 441 772",
             "Orange", [f"+33298555{n:03d}" for n in range(140, 147)],
             _addr("14 rue de Siam", "Brest", "", "29200", "FR"),
             "+33298555199", "contact@tybreizh.fr", "2028-08-28")
_BZH_PARTIAL = _case("Cabinet Kervella & Associés", "Yann Kervella", "Associé",
                     "SFR-2209-4471", "SFR Business", [f"+33299555{n:03d}" for n in range(170, 176)],
                     _addr("7 quai Duguay-Trouin", "Rennes", "", "35000", "FR"),
                     "+33299555179", "y.kervella@kervella-avocats.fr", "2028-08-30")

ROUND24_CASES: dict[str, dict[str, Any]] = {
    "r24-co": _CO,
    "r24-co-partial": _partial(_CO_PARTIAL, [], keep=2),
    "r24-sk": _SK,
    "r24-sk-partial": _partial(_SK_PARTIAL, [], keep=2),
    "r24-lancs": _LANCS,
    "r24-lancs-partial": _partial(_LANCS_PARTIAL, [], keep=2),
    "r24-bzh": _BZH,
    "r24-bzh-partial": _partial(_BZH_PARTIAL, [], keep=2),
}
