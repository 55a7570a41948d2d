"""Round 10's port cases (tests/loaforms/forms_round10_*.py): customers in the US (a local line
account with an ILEC, a cable customer at home, a toll-free account, a UCaaS move), Canada
(British Columbia in English, Québec in French), the UK, Ireland and Germany; each with a full
port and a partial port that keeps some numbers with the current carrier.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, toll-free 8XX-555-01XX, Ofcom's 0113 496 0XXX); elsewhere made-up lines.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial


def _addr(line1: str, city: str, state: str, postal: str, country: str,
          line2: str = "") -> dict[str, str]:
    return {"line1": line1, "line2": line2, "city": city, "state": state, "postal_code": postal,
            "country": country}


def _home(case: dict[str, Any]) -> dict[str, Any]:
    """A residential account: the customer is a person, signing for herself (no title)."""
    out = dict(case)
    out.update(customer_type="residential", authorized_title="")
    return out


_US_ILEC = _case("Cedar Hollow Family Dentistry PC", "Lorraine Vasquez", "Office Manager",
                 "608-555-0170-442", "Frontier Communications",
                 [f"+1608555{n:04d}" for n in range(170, 174)],
                 _addr("1420 Regent St", "Madison", "WI", "53711", "US", "Suite 110"),
                 "+16085550199", "lvasquez@cedarhollowdental.com", "2027-03-08")
_US_ILEC["pin"] = "3307"
_US_HOME = _home(_case("Marisol Ortega", "Marisol Ortega", "", "8155 20 044 0918233",
                       "Comcast", ["+13035550180", "+13035550181"],
                       _addr("2275 S Clarkson St", "Denver", "CO", "80210", "US"),
                       "+13035550189", "marisol.ortega@example.com", "2027-03-10"))
_US_HOME["pin"] = "5521"
_US_TF = _case("Bluegill Marine Supply Co.", "Terrence Albright", "Controller", "RO-77120-0093",
               "Lumen Technologies", ["+18885550150", "+18775550151", "+18005550152"],
               _addr("3100 N Lake Shore Dr", "Sandusky", "OH", "44870", "US"),
               "+14195550166", "talbright@bluegillmarine.com", "2027-03-12")
_US_UC = _case("Bright Harbor Logistics LLC", "Keisha Morrow", "IT Director", "0087341190",
               "Verizon Business", [f"+1410555{n:04d}" for n in range(120, 126)],
               _addr("2800 Boston St", "Baltimore", "MD", "21224", "US", "Floor 3"),
               "+14105550198", "kmorrow@brightharborlogistics.com", "2027-03-15")
_US_UC["pin"] = "902144"
_BC = _case("Maple Crescent Veterinary Hospital Ltd.", "Gurpreet Sandhu", "Hospital Administrator",
            "10 4472 5581", "Rogers", [f"+1604555{n:04d}" for n in range(140, 144)],
            _addr("3350 Fraser St", "Vancouver", "BC", "V5V 4C1", "CA"),
            "+16045550149", "gsandhu@maplecrescentvet.ca", "2027-03-09")
_BC["pin"] = "7781"
_QC = _case("Atelier d'ébénisterie Gagnon inc.", "Marc-André Gagnon", "Président",
            "450 882 0043 007", "Bell Canada", [f"+1450555{n:04d}" for n in range(150, 153)],
            _addr("875 boulevard Curé-Labelle", "Laval", "QC", "H7V 2V4", "CA"),
            "+14505550159", "ma.gagnon@ebenisteriegagnon.ca", "2027-03-11")
_UK = _case("Halden & Moss Architects Ltd", "Imogen Halden", "Director", "GB11 4288 3019",
            "BT", [f"+44113496{n:04d}" for n in range(500, 504)],
            _addr("12 Marshall Street", "Leeds", "", "LS11 9YJ", "GB"),
            "+441134960599", "imogen@haldenmoss.co.uk", "2027-03-16")
_IE = _case("Corrib Veterinary Services Ltd", "Aoife Ní Mhaoláin", "Practice Manager",
            "6021 4478 11", "Vodafone Ireland", [f"+3531555{n:04d}" for n in (210, 211, 212)],
            _addr("Unit 7, Ballybrit Business Park", "Galway", "Co. Galway", "H91 E2K3", "IE"),
            "+35315550299", "aoife@corribvets.ie", "2027-03-17")
_DE = _case("Schreinerei Hofmann GmbH", "Jürgen Hofmann", "Geschäftsführer", "4411 0928 55",
            "Telekom Deutschland GmbH", [f"+4989555{n}" for n in range(3100, 3104)],
            _addr("Lindwurmstraße 88", "München", "", "80337", "DE"),
            "+49895553199", "j.hofmann@schreinerei-hofmann.de", "2027-03-18")

ROUND10_CASES: dict[str, dict[str, Any]] = {
    "r10-us-ilec": _US_ILEC,
    "r10-us-ilec-partial": {**_partial(_US_ILEC, ["+16085550174"], keep=2),
                            "new_btn": "+16085550173"},
    "r10-us-home": _US_HOME,
    "r10-us-home-partial": _partial(_US_HOME, [], keep=1),
    "r10-us-tf": _US_TF,
    "r10-us-tf-partial": _partial(_US_TF, ["+18885550153"], keep=1),
    "r10-us-uc": _US_UC,
    "r10-us-uc-many": _partial(_US_UC, [f"+1410555{n:04d}" for n in range(126, 136)], keep=3),
    "r10-bc": _BC,
    "r10-bc-partial": _partial(_BC, ["+16045550144"], keep=2),
    "r10-qc": _QC,
    "r10-qc-partial": _partial(_QC, ["+14505550153", "+14505550154"], keep=2),
    "r10-uk": _UK,
    "r10-uk-partial": _partial(_UK, ["+441134960504"], keep=2),
    "r10-ie": _IE,
    "r10-ie-partial": _partial(_IE, ["+35315550213"], keep=2),
    "r10-de": _DE,
    "r10-de-partial": _partial(_DE, ["+49895553104", "+49895553105"], keep=2),
}
