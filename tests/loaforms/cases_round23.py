"""Round 23's port cases (tests/loaforms/forms_round23_*.py, held back): customers in Texas (a
Caldwell feed store and a Snook household), New Brunswick (a Moncton bakery), Lower Saxony (an
Oldenburg tax adviser's office), Aruba (an Oranjestad dive shop and a Noord household),
Catalonia (a Girona architecture studio), Madeira (a Funchal wine lodge and a Câmara de Lobos
household), Lombardy (a Bergamo precision workshop) and Trinidad and Tobago (a San Fernando
hardware wholesaler and a Chaguanas household). Each form has two cases: a full port of several
numbers and a partial port whose last numbers stay with the current provider (business and
residential both appear).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX in the US and Canada); elsewhere made-up lines, each a valid number of its country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round13 import _addr, _home

_TX = _case("Caldwell Feed & Ranch Supply LLC", "Dwayne Kubala", "Owner", "0418-22907",
            "Windstream Communications", [f"+1979555{n:04d}" for n in range(130, 134)],
            _addr("611 W Hwy 21", "Caldwell", "TX", "77836", "US"),
            "+19795550139", "dwayne@caldwellfeed.com", "2028-03-06")
_TX_HOME = _home(_case("Lorene Hruska", "Lorene Hruska", "", "2207-5541", "AT&T Texas",
                       ["+19795550140", "+19795550141"],
                       _addr("4418 FM 2155", "Snook", "TX", "77878", "US"),
                       "+19795550149", "lorene.hruska@example.com", "2028-03-07"))
_NB = _case("Boulangerie Petitcodiac Bakery Ltd.", "Chantal LeBlanc", "General Manager",
            "8812 4470 031", "Bell Aliant", [f"+1506555{n:04d}" for n in range(130, 134)],
            _addr("455 Main St", "Moncton", "NB", "E1C 1B9", "CA"),
            "+15065550139", "chantal@petitcodiacbakery.ca", "2028-03-09")
_NI = _case("Steuerberatung Janßen & Wübbena PartG mbB", "Hilke Wübbena", "Partnerin",
            "4401 7723 88", "EWE TEL GmbH", [f"+49441555{n}" for n in range(2130, 2135)],
            _addr("Achternstraße 21", "Oldenburg", "", "26122", "DE"),
            "+494415552139", "h.wuebbena@janssen-wuebbena.de", "2028-03-13")
_AW = _case("Mangel Halto Dive Center N.V.", "Ruben Croes", "Directeur", "AW-220-1187",
            "Setar N.V.", [f"+297588{n}" for n in range(1230, 1234)],
            _addr("Savaneta 248", "Savaneta", "", "", "AW"),
            "+2975881239", "ruben@mangelhaltodive.aw", "2028-03-15")
_AW_HOME = _home(_case("Marisela Tromp", "Marisela Tromp", "", "AW-418-0072", "Digicel Aruba",
                       ["+2975631240", "+2975631241"],
                       _addr("Noord 112-A", "Noord", "", "", "AW"),
                       "+2975631249", "marisela.tromp@example.aw", "2028-03-16"))
_CT = _case("Estudi d'Arquitectura Puigvert Soler, S.L.P.", "Núria Puigvert Soler",
            "Administradora", "0722-4418-93", "Telefónica de España, S.A.U.",
            [f"+349725512{n}" for n in range(30, 34)],
            _addr("Carrer de la Força 17, 2n", "Girona", "Girona", "17004", "ES"),
            "+34972551239", "nuria@puigvertsoler.cat", "2028-03-20")
_MA = _case("Adega Velha do Funchal, Lda.", "Duarte Gouveia Freitas", "Gerente",
            "1.4471.2208", "MEO", [f"+3512915512{n}" for n in range(30, 34)],
            _addr("Rua da Carreira 144", "Funchal", "Madeira", "9000-042", "PT"),
            "+351291551239", "duarte@adegavelhafunchal.pt", "2028-03-22")
_MA_HOME = _home(_case("Filipa Andrade Nóbrega", "Filipa Andrade Nóbrega", "", "7720-33184",
                       "NOS", ["+351291551240", "+351291551241"],
                       _addr("Caminho do Pico da Torre 31", "Câmara de Lobos", "Madeira",
                             "9300-094", "PT"),
                       "+351291551249", "filipa.nobrega@example.pt", "2028-03-23"))
_LO = _case("Officine Meccaniche Brembana S.r.l.", "Giulia Pesenti", "Amministratrice unica",
            "888 014 4721", "TIM S.p.A.", [f"+39035551{n}" for n in range(2230, 2235)],
            _addr("Via Borgo Palazzo 88", "Bergamo", "BG", "24125", "IT"),
            "+390355512239", "g.pesenti@omb-brembana.it", "2028-03-27")
_TT = _case("Naparima Hardware Wholesale Limited", "Rajesh Maharaj", "Managing Director",
            "TT-8841-2206", "TSTT", [f"+1868625{n}" for n in range(1230, 1234)],
            _addr("27 Coffee Street", "San Fernando", "", "", "TT"),
            "+18686251239", "rajesh@naparimahardware.tt", "2028-03-29")
_TT_HOME = _home(_case("Alicia Ramdeen", "Alicia Ramdeen", "", "TT-3307-4418", "Digicel",
                       ["+18686251240", "+18686251241"],
                       _addr("14 Cunupia Branch Road", "Chaguanas", "", "", "TT"),
                       "+18686251249", "alicia.ramdeen@example.tt", "2028-03-30"))

ROUND23_CASES: dict[str, dict[str, Any]] = {
    "r23-tx": _TX,
    "r23-tx-home": _partial(_TX_HOME, ["+19795550142"], keep=1),
    "r23-nb": _NB,
    "r23-nb-partial": _partial(_NB, ["+15065550134", "+15065550135"], keep=2),
    "r23-ni": _NI,
    "r23-ni-partial": _partial(_NI, ["+494415552135", "+494415552136"], keep=2),
    "r23-aw": _AW,
    "r23-aw-home": _partial(_AW_HOME, ["+2975631242"], keep=1),
    "r23-ct": _CT,
    "r23-ct-partial": _partial(_CT, ["+34972551234", "+34972551235"], keep=2),
    "r23-ma": _MA,
    "r23-ma-home": _partial(_MA_HOME, ["+351291551242"], keep=1),
    "r23-lo": _LO,
    "r23-lo-partial": _partial(_LO, ["+390355512235", "+390355512236"], keep=2),
    "r23-tt": _TT,
    "r23-tt-home": _partial(_TT_HOME, ["+18686251242"], keep=1),
}
