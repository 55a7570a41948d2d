"""Round 39's port cases (tests/loaforms/forms_round39_*.py, held back): customers in
Graubünden, Souss-Massa, Maine, Veneto, Saarland, Tairāwhiti (Gisborne), the Canary Islands and
Hainaut. Each form has two: one business porting all of several numbers (a full port) and one
household porting some of its numbers while others stay with the current carrier (a partial
port: no title). The Saarland business has an account PIN (its numbers table asks it in a
column before the number). No case has a billing or postal address apart from the service
address, a company registration number or a VAT number: those blanks stay empty.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_GR = _case("Chasa Alpina Sagl", "Men Cadonau", "Manader", "GR-81-2501140", "Swisscom",
            [f"+418125011{n:02d}" for n in range(40, 45)],
            _addr("Via dal Bagn 12", "Scuol", "GR", "7550", "CH"),
            "+41792501199", "men.cadonau@chasa-alpina.ch", "2031-03-03")
_GR_PARTIAL = _home(_case("Ursina Caviezel", "Ursina Caviezel", "", "GR-81-2501170", "Sunrise",
                          [f"+418125011{n:02d}" for n in range(70, 74)],
                          _addr("Plazza Cumin 3", "Ilanz", "GR", "7130", "CH"),
                          "+41792501179", "ursina.caviezel@bluewin.ch", "2031-03-05"))
_SM = _case("Tafraout Argan Coop SARL", "Lahcen Ait Taleb", "Gérant", "MA-528-841140",
            "Maroc Telecom", [f"+2125288411{n:02d}" for n in range(40, 45)],
            _addr("12 Avenue Hassan II", "Agadir", "Souss-Massa", "80000", "MA"),
            "+212661841199", "lahcen@tafraout-argan.ma", "2031-03-10")
_SM_PARTIAL = _home(_case("Fadma Oubella", "Fadma Oubella", "", "MA-528-841170", "Maroc Telecom",
                          [f"+2125288411{n:02d}" for n in range(70, 74)],
                          _addr("7 Rue Tiznit", "Inezgane", "Souss-Massa", "86350", "MA"),
                          "+212661841179", "fadma.oubella@gmail.com", "2031-03-12"))
_ME = _case("Casco Bay Lobster Co. LLC", "Abigail Thibodeau", "General Manager",
            "207-774-0140-3", "Consolidated Communications",
            [f"+1207555{n:04d}" for n in range(140, 146)],
            _addr("88 Commercial St", "Portland", "ME", "04101", "US"),
            "+12075550199", "abby@cascobaylobster.com", "2031-03-17")
_ME_PARTIAL = _home(_case("Roland Pelletier", "Roland Pelletier", "", "207-495-0170-8",
                          "Spectrum", [f"+1207555{n:04d}" for n in range(170, 174)],
                          _addr("14 Pleasant St", "Bangor", "ME", "04401", "US"),
                          "+12075550179", "rpelletier@roadrunner.com", "2031-03-19"))
_VE = _case("Vetreria Ca' Nova S.r.l.", "Giulia Barovier", "Amministratrice",
            "VE-0415-201140", "TIM", [f"+390415201{n:03d}" for n in range(140, 146)],
            _addr("Fondamenta dei Vetrai 21", "Venezia", "VE", "30141", "IT"),
            "+393475201199", "giulia@vetreriacanova.it", "2031-03-24")
_VE_PARTIAL = _home(_case("Marco Zanon", "Marco Zanon", "", "TV-0423-52170", "Fastweb",
                          [f"+3904235201{n:02d}" for n in range(70, 74)],
                          _addr("Via Roma 18", "Castelfranco Veneto", "TV", "31033", "IT"),
                          "+393475201179", "marco.zanon@libero.it", "2031-03-26"))
_SL = _case("Saarschleife Bäckerei GmbH", "Petra Schmitt", "Geschäftsführerin",
            "SL-681-940140", "Deutsche Telekom", [f"+496819401{n:03d}" for n in range(140, 146)],
            _addr("Bahnhofstraße 40", "Saarbrücken", "Saarland", "66111", "DE"),
            "+491715401199", "p.schmitt@saarschleife-baeckerei.de", "2031-03-31")
_SL["pin"] = "4417"
_SL_PARTIAL = _home(_case("Jonas Klein", "Jonas Klein", "", "SL-681-940170", "Vodafone",
                          [f"+496819401{n:03d}" for n in range(170, 174)],
                          _addr("Kaiserstraße 7", "Saarlouis", "Saarland", "66740", "DE"),
                          "+491715401179", "jonas.klein@web.de", "2031-04-02"))
_TW = _case("Tairāwhiti Surf Charters Limited", "Hine Poata", "Operations Manager",
            "867 114 0140", "Spark", [f"+646867{n:04d}" for n in range(1140, 1146)],
            _addr("31 Gladstone Road", "Gisborne", "", "4010", "NZ"),
            "+64215401199", "hine@tairawhitisurf.co.nz", "2031-04-07")
_TW_PARTIAL = _home(_case("Wiremu Brown", "Wiremu Brown", "", "867 117 0170", "One NZ",
                          [f"+646867{n:04d}" for n in range(1170, 1174)],
                          _addr("9 Childers Road", "Gisborne", "", "4010", "NZ"),
                          "+64215401179", "wiremu.brown@xtra.co.nz", "2031-04-09"))
_CN = _case("Bodegas Malpaís S.L.", "Ayoze Hernández", "Administrador", "CN-928-240140",
            "Movistar", [f"+34928240{n:03d}" for n in range(140, 146)],
            _addr("Calle Triana 44", "Las Palmas de Gran Canaria", "Las Palmas", "35002", "ES"),
            "+34628240199", "ayoze@bodegasmalpais.es", "2031-04-14")
_CN_PARTIAL = _home(_case("Nayra Rodríguez", "Nayra Rodríguez", "", "CN-922-240170", "Orange",
                          [f"+34922240{n:03d}" for n in range(170, 174)],
                          _addr("Calle La Noria 9", "Santa Cruz de Tenerife",
                                "Santa Cruz de Tenerife", "38003", "ES"),
                          "+34628240179", "nayra.rodriguez@gmail.com", "2031-04-16"))
_HT = _case("Brasserie du Beffroi SPRL", "Sophie Delvaux", "Gérante", "HT-065-401140",
            "Proximus", [f"+32654011{n:02d}" for n in range(40, 46)],
            _addr("Grand-Place 22", "Mons", "Hainaut", "7000", "BE"),
            "+32475401199", "sophie@brasseriedubeffroi.be", "2031-04-21")
_HT_PARTIAL = _home(_case("Luc Dupont", "Luc Dupont", "", "HT-065-401170", "VOO",
                          [f"+32654011{n:02d}" for n in range(70, 74)],
                          _addr("Rue de Nimy 5", "Mons", "Hainaut", "7000", "BE"),
                          "+32475401179", "luc.dupont@skynet.be", "2031-04-23"))

ROUND39_CASES: dict[str, dict[str, Any]] = {
    "r39-gr": _GR,
    "r39-gr-partial": _partial(_GR_PARTIAL, [], keep=1),
    "r39-sm": _SM,
    "r39-sm-partial": _partial(_SM_PARTIAL, [], keep=1),
    "r39-me": _ME,
    "r39-me-partial": _partial(_ME_PARTIAL, [], keep=1),
    "r39-ve": _VE,
    "r39-ve-partial": _partial(_VE_PARTIAL, [], keep=1),
    "r39-sl": _SL,
    "r39-sl-partial": _partial(_SL_PARTIAL, [], keep=1),
    "r39-tw": _TW,
    "r39-tw-partial": _partial(_TW_PARTIAL, [], keep=1),
    "r39-cn": _CN,
    "r39-cn-partial": _partial(_CN_PARTIAL, [], keep=1),
    "r39-ht": _HT,
    "r39-ht-partial": _partial(_HT_PARTIAL, [], keep=1),
}
