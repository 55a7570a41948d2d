"""Round 27's port cases (tests/loaforms/forms_round27_*.py, held back): customers in Vermont (a
Waitsfield maple cooperative), Alberta (a Calgary veterinary clinic and an Edmonton household),
Normandy (a Pays d'Auge cider house and a Rouen household), Galicia (a Vigo cannery and an A
Coruña household), Lapland (a Rovaniemi safari company and a household on a mobile line),
Westphalia (a Münster joinery and a Dortmund household), Izmir (an olive-oil trader and a
Karşıyaka household) and Crete (a Heraklion olive mill and a Chania household). Each form has two
cases: a full port of several numbers and a partial port whose last numbers stay with the current
provider. The Vermont form caps the business name's widget and asks for an authorised officer, so
both of its cases are the business; every other form has a business and a household.

Fictional customers; NANP numbers from 555-01XX; elsewhere made-up lines, each a valid number of
its country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round13 import _addr, _home

_VT = _case("Green Mountain Maple Producers Cooperative, Inc.", "Hannah Leclair",
            "General Manager", "802-4471-0093", "Consolidated Communications",
            [f"+1802555{n:04d}" for n in range(130, 134)],
            _addr("1187 Main Street", "Waitsfield", "VT", "05673", "US"),
            "+18025550139", "hannah@gmmaple.coop", "2028-06-05")
_AB = _case("Prairie Sky Veterinary Clinic Ltd.", "Navdeep Sandhu", "Clinic Director",
            "4410 2290 771", "TELUS", [f"+1403555{n:04d}" for n in range(130, 134)],
            _addr("1411 17 Avenue SW", "Calgary", "AB", "T2T 0C3", "CA"),
            "+14035550139", "navdeep@prairieskyvet.ca", "2028-06-07")
_AB_HOME = _home(_case("Marie-Ève Tremblay", "Marie-Ève Tremblay", "", "88120-4471", "Shaw",
                       ["+17805550140", "+17805550141"],
                       _addr("8812 150 Street NW", "Edmonton", "AB", "T5R 1C1", "CA"),
                       "+17805550149", "me.tremblay@example.ca", "2028-06-08"))
_NO = _case("Cidrerie du Pays d'Auge SARL", "Thomas Lefèvre", "Gérant", "0234 5571 12",
            "Orange", [f"+3323155{n}" for n in range(1230, 1234)],
            _addr("12 route de Lisieux", "Cambremer", "", "14340", "FR"),
            "+33231551239", "thomas@cidrerie-auge.fr", "2028-06-12")
_NO_HOME = _home(_case("Élise Marchand", "Élise Marchand", "", "FB-7720418", "Free",
                       ["+33235551240", "+33235551241"],
                       _addr("47 rue Beauvoisine", "Rouen", "", "76000", "FR"),
                       "+33235551249", "elise.marchand@example.fr", "2028-06-13"))
_GA = _case("Conservas Rías Baixas S.L.", "Xoán Otero Castro", "Administrador",
            "0182-559031", "Movistar", [f"+3498655{n}" for n in range(1230, 1234)],
            _addr("Rúa do Areal 88", "Vigo", "Pontevedra", "36201", "ES"),
            "+34986551239", "xoan@conservasriasbaixas.es", "2028-06-14")
_GA_HOME = _home(_case("Uxía Fernández Lago", "Uxía Fernández Lago", "", "7712 0448 21",
                       "Vodafone España", ["+34981551240", "+34981551241"],
                       _addr("Rúa Real 31", "A Coruña", "A Coruña", "15003", "ES"),
                       "+34981551249", "uxia.fernandez@example.es", "2028-06-15"))
_LA = _case("Revontuli Safarit Oy", "Aila Niemelä", "Toimitusjohtaja", "4471029",
            "Elisa Oyj", [f"+35816551{n}" for n in range(2300, 2304)],
            _addr("Koskikatu 27", "Rovaniemi", "", "96100", "FI"),
            "+358165512309", "aila@revontulisafarit.fi", "2028-06-19")
_LA_HOME = _home(_case("Juhani Korhonen", "Juhani Korhonen", "", "1-2290441", "Telia Finland Oyj",
                       ["+358405551240", "+358405551241"],
                       _addr("Ounasvaarantie 14", "Rovaniemi", "", "96400", "FI"),
                       "+358405551249", "juhani.korhonen@example.fi", "2028-06-20"), pin="2718")
_WE = _case("Schreinerei Brockhoff GmbH", "Ulrich Brockhoff", "Geschäftsführer",
            "551 230 7789", "Telekom Deutschland GmbH",
            [f"+4925155{n}" for n in range(51230, 51234)],
            _addr("Hammer Straße 112", "Münster", "", "48153", "DE"),
            "+49251555129", "u.brockhoff@schreinerei-brockhoff.de", "2028-06-21")
_WE_HOME = _home(_case("Petra Hülsmann", "Petra Hülsmann", "", "K 4471 2290", "Vodafone GmbH",
                       ["+492315551240", "+492315551241"],
                       _addr("Kaiserstraße 58", "Dortmund", "", "44135", "DE"),
                       "+492315551249", "petra.huelsmann@example.de", "2028-06-22"))
_IZ = _case("Kordon Zeytinyağı Ticaret Ltd. Şti.", "Ayşe Karaca", "Şirket Müdürü",
            "2205 4471 18", "Türk Telekom", [f"+90232555{n}" for n in range(1230, 1234)],
            _addr("Atatürk Cad. No: 214", "Konak", "İzmir", "35210", "TR"),
            "+902325551239", "ayse@kordonzeytin.com.tr", "2028-06-26")
_IZ_HOME = _home(_case("Mehmet Yıldız", "Mehmet Yıldız", "", "9034 1120 77", "Turkcell Superonline",
                       ["+902325551240", "+902325551241"],
                       _addr("Cemal Gürsel Cad. No: 77 D: 4", "Karşıyaka", "İzmir", "35600", "TR"),
                       "+902325551249", "mehmet.yildiz@example.com.tr", "2028-06-27"))
_CR = _case("Ελαιουργείο Μινώα Α.Ε.", "Μανόλης Παπαδάκης", "Διευθύνων Σύμβουλος",
            "1.0220.4471", "COSMOTE", [f"+30281055{n}" for n in range(1230, 1234)],
            _addr("Λεωφόρος Κνωσού 141", "Ηράκλειο", "", "71409", "GR"),
            "+302810551239", "info@elaiourgeio-minoa.gr", "2028-06-28")
_CR_HOME = _home(_case("Ελένη Σφακιανάκη", "Ελένη Σφακιανάκη", "", "7720 1148", "Vodafone",
                       ["+302821051240", "+302821051241"],
                       _addr("Οδός Χάληδων 22", "Χανιά", "", "73131", "GR"),
                       "+302821051249", "eleni.sfakianaki@example.gr", "2028-06-29"))

ROUND27_CASES: dict[str, dict[str, Any]] = {
    "r27-vt": _VT,
    "r27-vt-partial": _partial(_VT, ["+18025550134", "+18025550135"], keep=2),
    "r27-ab": _AB,
    "r27-ab-home": _partial(_AB_HOME, ["+17805550142"], keep=1),
    "r27-no": _NO,
    "r27-no-home": _partial(_NO_HOME, ["+33235551242"], keep=1),
    "r27-ga": _GA,
    "r27-ga-home": _partial(_GA_HOME, ["+34981551242"], keep=1),
    "r27-la": _LA,
    "r27-la-home": _partial(_LA_HOME, ["+358405551242"], keep=1),
    "r27-we": _WE,
    "r27-we-home": _partial(_WE_HOME, ["+492315551242"], keep=1),
    "r27-iz": _IZ,
    "r27-iz-home": _partial(_IZ_HOME, ["+902325551242"], keep=1),
    "r27-cr": _CR,
    "r27-cr-home": _partial(_CR_HOME, ["+302821051242"], keep=1),
}
