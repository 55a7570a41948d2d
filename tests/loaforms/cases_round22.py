"""Round 22's port cases (tests/loaforms/forms_round22_*.py): customers in Washington State,
Yukon, Northern Ireland, western Switzerland, Monaco, Saxony, Guatemala, Jersey, Suriname,
Angola, Bermuda and Senegal. Each form has two: one account porting all of several numbers (a
full port) and one porting some of its numbers while others stay with the current carrier (a
partial port).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Northern Ireland 028 9649 6XXX); elsewhere made-up lines that are valid numbers of the
country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_WA = _case("Evergreen Sound Veterinary Clinic PLLC", "Hannah Okafor", "Practice Manager",
            "253-771-0094-118", "Ziply Fiber", [f"+1253555{n:04d}" for n in range(140, 148)],
            _addr("4410 Pacific Ave", "Tacoma", "WA", "98408", "US", "Suite 200"),
            "+12535550199", "hokafor@evergreensoundvet.com", "2028-07-03")
_WA_PARTIAL = _case("Cascade Timber Brokers Inc.", "Roy Lindqvist", "President",
                    "360-2209-4471", "Lumen Technologies",
                    [f"+1360555{n:04d}" for n in range(170, 177)],
                    _addr("118 W Holly St", "Bellingham", "WA", "98225", "US"),
                    "+13605550179", "roy@cascadetimber.com", "2028-07-05")
_YT = _case("Klondike Trail Outfitters Ltd.", "Marie-Claude Sauvé", "General Manager",
            "867-4471-2209", "Northwestel", [f"+1867555{n:04d}" for n in range(140, 150)],
            _addr("2109 2nd Avenue", "Whitehorse", "YT", "Y1A 3T1", "CA"),
            "+18675550199", "mcsauve@klondiketrail.ca", "2028-07-10")
_YT_PARTIAL = _home(_case("Trevor Nakamura", "Trevor Nakamura", "", "867-7712-0931",
                          "Northwestel", [f"+1867555{n:04d}" for n in range(170, 174)],
                          _addr("37 Fifth Avenue", "Dawson City", "YT", "Y0B 1G0", "CA"),
                          "+18675550179", "tnakamura@northwestel.net", "2028-07-12"))
_NI = _case("Lagan Quay Architects Ltd", "Ciara McCann", "Director", "NI-44710921", "BT",
            [f"+44289649{n}" for n in range(6140, 6149)],
            _addr("12 Donegall Quay", "Belfast", "", "BT1 3EA", "GB"),
            "+442896496199", "ciara@laganquay.co.uk", "2028-07-17")
_NI_PARTIAL = _case("Mourne Country Holidays", "Declan Rooney", "Owner", "VM-2209-4471",
                    "Virgin Media Business", [f"+44289649{n}" for n in range(6170, 6176)],
                    _addr("41 Main Street", "Newcastle", "", "BT33 0AD", "GB"),
                    "+442896496179", "declan@mournecountry.co.uk", "2028-07-19")
_CH = _case("Boulangerie du Léman Sàrl", "Nathalie Favre", "Associée gérante", "CH-88120447",
            "Swisscom (Suisse) SA", [f"+4121555{n:04d}" for n in range(140, 148)],
            _addr("Rue de Bourg 22", "Lausanne", "VD", "1003", "CH"),
            "+41215550199", "nathalie@boulangerieduleman.ch", "2028-07-24")
_CH_PARTIAL = _case("Cabinet médical des Tilleuls SA", "Pierre-Alain Rochat", "Administrateur",
                    "SR-2209-4471", "Sunrise GmbH", [f"+4122555{n:04d}" for n in range(170, 177)],
                    _addr("Avenue de Champel 8", "Genève", "GE", "1206", "CH"),
                    "+41225550179", "pa.rochat@cabinet-tilleuls.ch", "2028-07-26")

ROUND22_CASES: dict[str, dict[str, Any]] = {
    "r22-wa": _WA,
    "r22-wa-partial": _partial(_WA_PARTIAL, [], keep=2),
    "r22-yt": _YT,
    "r22-yt-partial": _partial(_YT_PARTIAL, [], keep=1),
    "r22-ni": _NI,
    "r22-ni-partial": _partial(_NI_PARTIAL, [], keep=2),
    "r22-ch": _CH,
    "r22-ch-partial": _partial(_CH_PARTIAL, [], keep=2),
}
