"""Round 21's port cases (tests/loaforms/forms_round21_*.py, held back): customers in Oregon (a
Lincoln City kayak outfitter and a Blodgett household), Nova Scotia (a Lunenburg marine supplier),
Scotland (an Edinburgh cabinetmaker and a Glasgow household), Queensland (a Cooroy
physiotherapy practice), Québec (a Limoilou bakery and a Montréal household), Bavaria (a Munich
joinery with nine lines), Andalusia (a Seville olive-oil company and a Seville household) and
Tanzania (a Dar es Salaam safari logistics company's mobiles). Each form has two cases: a full
port of several numbers and a partial port whose last numbers stay with the current provider.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, the UK's 0131 496 0XXX / 0141 496 0XXX, Australia's 07 5550 0XXX); elsewhere made-up
lines, each a valid number of its country (Tanzania's are mobiles: 07XX XXX XXX).
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round13 import _addr, _home

_OR = _case("Siletz Bay Kayak & Outfitters LLC", "Roberta Nakamura-Finch", "General Manager",
            "541-555-0120-447", "Ziply Fiber", [f"+1541555{n:04d}" for n in range(120, 124)],
            _addr("1840 SE Highway 101", "Lincoln City", "OR", "97367", "US"),
            "+15415550129", "roberta@siletzbaykayak.com", "2028-01-18")
_OR_HOME = _home(_case("Harlan Voss", "Harlan Voss", "", "0044718-2", "Lumen",
                       ["+15415550140", "+15415550141"],
                       _addr("27815 Logsden Rd", "Blodgett", "OR", "97326", "US"),
                       "+15415550149", "harlan.voss@example.com", "2028-01-19"))
_NS = _case("Tidewater Marine Supply Limited", "Siobhan MacIsaac", "Operations Manager",
            "902 555-0130 118", "Eastlink", [f"+1902555{n:04d}" for n in range(130, 134)],
            _addr("221 Montague St", "Lunenburg", "NS", "B0J 2C0", "CA", "Unit 2"),
            "+19025550139", "smacisaac@tidewatermarine.ca", "2028-01-24")
_SCO = _case("Cairngorm Cabinetmakers Ltd", "Euan McAllister", "Director", "GB44712209",
             "BT", [f"+44131496{n:04d}" for n in range(120, 125)],
             _addr("14 Rose Street", "Edinburgh", "", "EH2 2PR", "GB"),
             "+441314960129", "euan@cairngormcabinetmakers.co.uk", "2028-01-26")
_SCO_HOME = _home(_case("Morag Lindsay", "Morag Lindsay", "", "VM-88104473", "Virgin Media",
                        ["+441414960140", "+441414960141"],
                        _addr("Flat 3/2, 27 Hyndland Road", "Glasgow", "", "G12 9UY", "GB"),
                        "+441414960149", "morag.lindsay@example.co.uk", "2028-01-27"))
_QLD = _case("Noosa Hinterland Physiotherapy Pty Ltd", "Kirra Donovan", "Practice Owner",
             "3320 4417 8805", "Telstra", [f"+61755500{n}" for n in range(120, 124)],
             _addr("Shop 4, 12 Maple Street", "Cooroy", "QLD", "4563", "AU"),
             "+61755500129", "kirra@noosahinterlandphysio.com.au", "2028-01-31")
_QC = _case("Boulangerie Le Fournil de Limoilou inc.", "Geneviève Tremblay-Ouellet",
            "Présidente", "8802 1174 5530", "Bell Canada",
            [f"+1418555{n:04d}" for n in range(150, 154)],
            _addr("1045, 3e Avenue", "Québec", "QC", "G1L 2X3", "CA"),
            "+14185550159", "genevieve@fournillimoilou.ca", "2028-02-02")
_QC_HOME = _home(_case("Mathieu Lefebvre", "Mathieu Lefebvre", "", "4417-20018", "Bell Canada",
                       ["+15145550160", "+15145550161"],
                       _addr("4380, rue Saint-Denis, app. 3", "Montréal", "QC", "H2J 2L1", "CA"),
                       "+15145550169", "mathieu.lefebvre@example.ca", "2028-02-03"))
_BY = _case("Schreinerei Obermaier GmbH", "Korbinian Obermaier", "Geschäftsführer",
            "5507 4412 93", "Telekom Deutschland GmbH",
            [f"+49894520{n}" for n in range(1230, 1239)],
            _addr("Leopoldstraße 118", "München", "", "80804", "DE"),
            "+498945201249", "k.obermaier@schreinerei-obermaier.de", "2028-02-07")
_AN = _case("Aceites y Conservas Guadalquivir, S.L.", "Rocío Castaño Jiménez", "Administradora",
            "ES-0044 1187", "Movistar", [f"+349545512{n}" for n in range(30, 34)],
            _addr("Avenida de la República Argentina 27", "Sevilla", "Sevilla", "41011", "ES",
                  "Local 2"),
            "+34954551239", "rcastano@aceitesguadalquivir.es", "2028-02-09")
_AN_HOME = _home(_case("Antonio Ruiz Moreno", "Antonio Ruiz Moreno", "", "7712-44093", "Orange",
                       ["+34955120140", "+34955120141"],
                       _addr("Calle Feria 88, 2º A", "Sevilla", "Sevilla", "41003", "ES"),
                       "+34955120149", "antonio.ruiz@example.es", "2028-02-10"))
_TZ = _case("Kilimanjaro Safari Logistics Ltd", "Neema Joseph Mushi", "Finance Manager",
            "CA-0071-4482", "Vodacom Tanzania", [f"+255754555{n}" for n in range(120, 124)],
            _addr("Plot 42, Ali Hassan Mwinyi Road", "Dar es Salaam", "Dar es Salaam", "14111",
                  "TZ"),
            "+255754555129", "nmushi@kilisafarilogistics.co.tz", "2028-02-14")

ROUND21_CASES: dict[str, dict[str, Any]] = {
    "r21-or": _OR,
    "r21-or-home": _partial(_OR_HOME, ["+15415550142"], keep=1),
    "r21-ns": _NS,
    "r21-ns-partial": _partial(_NS, ["+19025550134", "+19025550135"], keep=2),
    "r21-sco": _SCO,
    "r21-sco-home": _partial(_SCO_HOME, ["+441414960142"], keep=1),
    "r21-qld": _QLD,
    "r21-qld-partial": _partial(_QLD, ["+61755500124", "+61755500125"], keep=2),
    "r21-qc": _QC,
    "r21-qc-home": _partial(_QC_HOME, ["+15145550162"], keep=1),
    "r21-by": _BY,
    "r21-by-partial": _partial(_BY, ["+498945201239", "+498945201240"], keep=3),
    "r21-an": _AN,
    "r21-an-home": _partial(_AN_HOME, ["+34955120142"], keep=1),
    "r21-tz": _TZ,
    "r21-tz-partial": _partial(_TZ, ["+255754555124", "+255754555125"], keep=2),
}
