"""Round 17's port cases (tests/loaforms/forms_round17_*.py, held back): customers in the US (a
Columbus print shop leaving its ILEC for a CLEC), Puerto Rico (a San Juan bakery, a Carolina
household), Prince Edward Island, Germany (Dresden), Colombia (a Medellín roaster and a household
there), Slovenia, Lithuania (a Vilnius company and a Kaunas household) and Iceland. Each form has
two cases: a full port of several numbers and a partial port whose last numbers stay with the
current provider.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines, each a valid fixed number of its country. Colombian numbers
are written in the ten-digit plan of 2021 (60 + the department's digit + seven).
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round13 import _addr, _home

_US_OH = _case("Buckeye Lantern Press LLC", "Renata Okafor", "Operations Manager",
               "614-555-0120-447", "AT&T Ohio", [f"+1614555{n:04d}" for n in range(120, 126)],
               _addr("880 N High St", "Columbus", "OH", "43215", "US", "Suite 2B"),
               "+16145550129", "renata@buckeyelantern.com", "2027-09-08")
_US_OH["pin"] = "7302"
_PR = _case("Panadería La Ceiba Inc.", "Marisol Acevedo Rivera", "Presidenta",
            "787-555-0131-902", "Claro Puerto Rico",
            [f"+1787555{n:04d}" for n in range(131, 136)],
            _addr("1905 Calle Loíza", "San Juan", "PR", "00911", "PR"),
            "+17875550139", "marisol@panaderialaceiba.com", "2027-09-13")
_PR["pin"] = "2046"
_PR_HOME = _home(_case("Héctor Luis Colón Vega", "Héctor Luis Colón Vega", "",
                       "939 555 0140 77", "Liberty Puerto Rico",
                       ["+19395550140", "+19395550141"],
                       _addr("Calle 42 Bloque 185 #7", "Carolina", "PR", "00985", "PR",
                             "Urb. Villa Carolina"),
                       "+19395550149", "hlcolon@example.com", "2027-09-14"), pin="5518")
_PE = _case("Red Sands Seafood Co-operative Ltd.", "Colin Arsenault", "General Manager",
            "8870 214 556", "Bell Aliant", [f"+1902555{n:04d}" for n in range(170, 175)],
            _addr("48 Water St", "Summerside", "PE", "C1N 1A3", "CA"),
            "+19025550179", "colin@redsandsseafood.ca", "2027-09-15")
_DE = _case("Elbtal Fahrradmanufaktur GmbH", "Katrin Weißenborn", "Geschäftsführerin",
            "4471 2290 18", "Deutsche Telekom", [f"+49351448120{n}" for n in range(0, 6)],
            _addr("Königsbrücker Straße 96", "Dresden", "", "01099", "DE"),
            "+493514481209", "k.weissenborn@elbtal-rad.de", "2027-09-20")
_CO = _case("Tostadora Andina S.A.S.", "Luz Marina Cárdenas Ortiz", "Representante legal",
            "1-8844 2107", "UNE EPM Telecomunicaciones",
            [f"+57604448112{n}" for n in range(0, 5)],
            _addr("Carrera 48 # 10-45", "Medellín", "Antioquia", "050021", "CO"),
            "+576044481129", "lmcardenas@tostadoraandina.co", "2027-09-22")
_CO_HOME = _home(_case("Julián Andrés Restrepo Gil", "Julián Andrés Restrepo Gil", "",
                       "22 0913 4471", "Claro Colombia", ["+576042660131", "+576042660132"],
                       _addr("Calle 10 Sur # 43A-25", "Medellín", "Antioquia", "050022", "CO",
                             "Apto. 1204"),
                       "+576042660139", "julian.restrepo@example.co", "2027-09-23"))
_SI = _case("Mizarstvo Kovačič d.o.o.", "Tadej Kovačič", "direktor", "4088 1233 7",
            "Telekom Slovenije d.d.", [f"+3861430012{n}" for n in range(0, 6)],
            _addr("Celovška cesta 150", "Ljubljana", "", "1000", "SI"),
            "+38614300129", "tadej@mizarstvo-kovacic.si", "2027-09-27")
_LT = _case("UAB Baltų medis", "Rūta Paulauskienė", "direktorė", "8841027731",
            "Telia Lietuva, AB", [f"+3705260123{n}" for n in range(0, 5)],
            _addr("Gedimino pr. 44", "Vilnius", "", "LT-01110", "LT"),
            "+37052601239", "ruta@baltumedis.lt", "2027-10-04")
_LT_HOME = _home(_case("Mindaugas Jankauskas", "Mindaugas Jankauskas", "", "5530914472",
                       "Telia Lietuva, AB", ["+37037401120", "+37037401121"],
                       _addr("Laisvės al. 71-8", "Kaunas", "", "LT-44297", "LT"),
                       "+37037401129", "m.jankauskas@example.lt", "2027-10-05"))
_IS = _case("Bláskel ehf.", "Sigríður Þórðardóttir", "framkvæmdastjóri", "3302-88-1147",
            "Síminn hf.", [f"+354510123{n}" for n in range(0, 6)],
            _addr("Skeifan 11", "Reykjavík", "", "108", "IS"),
            "+3545101239", "sigridur@blaskel.is", "2027-10-11")

ROUND17_CASES: dict[str, dict[str, Any]] = {
    "r17-us": _US_OH,
    "r17-us-partial": _partial(_US_OH, ["+16145550126", "+16145550127", "+16145550128"],
                               keep=3),
    "r17-pr": _PR,
    "r17-pr-home": _partial(_PR_HOME, [], keep=1),
    "r17-pe": _PE,
    "r17-pe-partial": _partial(_PE, ["+19025550175", "+19025550176"], keep=2),
    "r17-de": _DE,
    "r17-de-partial": _partial(_DE, ["+493514481206", "+493514481207"], keep=2),
    "r17-co": _CO,
    "r17-co-home": _partial(_CO_HOME, [], keep=1),
    "r17-si": _SI,
    "r17-si-partial": _partial(_SI, ["+38614300126", "+38614300127"], keep=3),
    "r17-lt": _LT,
    "r17-lt-home": _partial(_LT_HOME, [], keep=1),
    "r17-is": _IS,
    "r17-is-partial": _partial(_IS, ["+3545101236", "+3545101237"], keep=2),
}
