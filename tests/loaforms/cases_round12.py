"""Round 12's port cases (tests/loaforms/forms_round12_*.py): customers in Belgium (in Dutch and in
French), Italy, Spain, the Netherlands, Germany, Ireland, the UK, the US (a wireless account, a
local line account) and Canada (Ontario in English, Québec in French); each with a full port and
a partial port that keeps some numbers with the current carrier.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ofcom's 0161 496 0XXX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial


def _addr(line1: str, city: str, state: str, postal: str, country: str,
          line2: str = "") -> dict[str, str]:
    return {"line1": line1, "line2": line2, "city": city, "state": state, "postal_code": postal,
            "country": country}


_BE_NL = _case("Tandartsenpraktijk Verhaeghe BV", "Pieter Verhaeghe", "Zaakvoerder",
               "6120 4478 93", "Proximus", [f"+329255014{n}" for n in range(0, 4)],
               _addr("Kortrijksesteenweg 1120", "Gent", "", "9051", "BE"),
               "+3292550149", "pieter@verhaeghe-tandarts.be", "2027-04-06")
_US_WL = _case("Caliche Creek Surveying LLC", "Dolores Treviño", "Office Administrator",
               "958114702", "T-Mobile", [f"+1512555{n:04d}" for n in range(140, 144)],
               _addr("7801 N Lamar Blvd", "Austin", "TX", "78752", "US", "Bldg C"),
               "+15125550149", "dtrevino@calichecreek.com", "2027-04-05")
_US_WL["pin"] = "480215"
_IT = _case("Studio Legale Ferrandi", "Giulia Ferrandi", "Titolare", "888120394",
            "TIM", [f"+39065550{n}" for n in range(1240, 1244)],
            _addr("Via Cola di Rienzo 212", "Roma", "RM", "00192", "IT"),
            "+390655501249", "g.ferrandi@studioferrandi.it", "2027-04-08")
_IE = _case("Lough Mahon Physiotherapy Ltd", "Ciarán O'Sullivan", "Clinic Director",
            "IE-5530-8812", "eir", [f"+35321555{n:04d}" for n in range(320, 324)],
            _addr("14 South Mall", "Cork", "Co. Cork", "T12 X2P7", "IE"),
            "+353215550329", "ciaran@loughmahonphysio.ie", "2027-04-07")

_ON = _case("Rideau Valley Chiropractic Inc.", "Amandeep Grewal", "Clinic Owner", "4410 2297 318",
            "Bell Canada", [f"+1613555{n:04d}" for n in range(160, 165)],
            _addr("1545 Carling Ave", "Ottawa", "ON", "K1Z 8P9", "CA", "Suite 212"),
            "+16135550179", "agrewal@rideauvalleychiro.ca", "2027-04-12")
_ON["pin"] = "2604"
_ES = _case("Clínica Dental Arrieta S.L.", "Iñaki Arrieta Goñi", "Administrador",
            "CL-4471-0926", "Vodafone España", [f"+349355503{n}" for n in range(10, 14)],
            _addr("Carrer de Provença 288", "Barcelona", "Barcelona", "08008", "ES"),
            "+34935550319", "inaki@clinicaarrieta.es", "2027-04-14")
_UK = _case("Ancoats Print Works Ltd", "Rhiannon Pryce", "Operations Manager", "883022147",
            "Virgin Media Business", [f"+44161496{n:04d}" for n in range(320, 324)],
            _addr("47 Blossom Street", "Manchester", "", "M4 6DE", "GB"),
            "+441614960329", "rhiannon@ancoatsprint.co.uk", "2027-04-13")
_DE = _case("Optik Brandauer e.K.", "Renate Brandauer", "Inhaberin", "117 442 9083",
            "Vodafone GmbH", [f"+4930555012{n}" for n in range(0, 4)],
            _addr("Kantstraße 41", "Berlin", "", "10625", "DE"),
            "+49305550129", "r.brandauer@optik-brandauer.de", "2027-04-15")
_BE_FR = _case("Boulangerie Lemaire SRL", "Sophie Lemaire", "Gérante", "7713 4402 18",
               "Orange Belgium", [f"+32255501{n}" for n in range(50, 53)],
               _addr("Chaussée de Waterloo 412", "Uccle", "", "1180", "BE"),
               "+3225550159", "sophie@boulangerie-lemaire.be", "2027-04-19")
_NL = _case("Fysiotherapie Kralingen B.V.", "Joost van Dijk", "Praktijkhouder", "20448193",
            "Ziggo Zakelijk", [f"+311055503{n}" for n in range(40, 44)],
            _addr("Oudedijk 112", "Rotterdam", "", "3061 AM", "NL"),
            "+31105550349", "joost@fysiokralingen.nl", "2027-04-20")
_US_ILEC = _case("Green Mountain Bike Works LLC", "Hollis Barrow", "Owner", "0281147706",
                 "Lamoille Valley Telephone Co.", [f"+1802555{n:04d}" for n in range(150, 153)],
                 _addr("216 Battery St", "Burlington", "VT", "05401", "US"),
                 "+18025550159", "hollis@gmbikeworks.com", "2027-04-21")
_QC = _case("Clinique vétérinaire Saint-Denis inc.", "Émilie Bouchard", "Directrice générale",
            "5140 7781 226", "Vidéotron", [f"+1514555{n:04d}" for n in range(160, 164)],
            _addr("4520 rue Saint-Denis", "Montréal", "QC", "H2J 2L3", "CA"),
            "+15145550169", "e.bouchard@cliniquestdenis.ca", "2027-04-22")
_QC["pin"] = "8830"

ROUND12_CASES: dict[str, dict[str, Any]] = {
    "r12-be-nl": _BE_NL,
    "r12-be-nl-partial": _partial(_BE_NL, ["+3292550144"], keep=2),
    "r12-us-wl": _US_WL,
    "r12-us-wl-partial": _partial(_US_WL, ["+15125550144", "+15125550145"], keep=2),
    "r12-it": _IT,
    "r12-it-partial": _partial(_IT, ["+390655501244"], keep=1),
    "r12-ie": _IE,
    "r12-ie-partial": {**_partial(_IE, ["+353215550324"], keep=2), "new_btn": "+353215550323"},
    "r12-on": _ON,
    "r12-on-many": _partial(_ON, [f"+1613555{n:04d}" for n in range(165, 176)], keep=3),
    "r12-es": _ES,
    "r12-es-partial": _partial(_ES, ["+34935550314"], keep=2),
    "r12-uk": _UK,
    "r12-uk-partial": _partial(_UK, ["+441614960324"], keep=1),
    "r12-de": _DE,
    "r12-de-partial": _partial(_DE, ["+49305550124", "+49305550125"], keep=2),
    "r12-be-fr": _BE_FR,
    "r12-be-fr-partial": _partial(_BE_FR, ["+3225550153", "+3225550154"], keep=2),
    "r12-nl": _NL,
    "r12-nl-partial": _partial(_NL, ["+31105550344"], keep=2),
    "r12-us-ilec": _US_ILEC,
    "r12-us-ilec-partial": _partial(_US_ILEC, ["+18025550153"], keep=1),
    "r12-qc": _QC,
    "r12-qc-partial": {**_partial(_QC, ["+15145550164"], keep=2), "btn": "+15145550163"},
}
