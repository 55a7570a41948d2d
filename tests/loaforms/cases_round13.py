"""Round 13's port cases (tests/loaforms/forms_round13_*.py, held back): customers in the US (an
Austin engineering firm leaving its CLEC, a Boston household and a Boston law firm with a long
numbers annex), Canada (Nova Scotia), New Zealand, Switzerland (in French), Portugal, Sweden and
the UK. Each form has two cases that differ in kind: business or residential, one number or
many, a full port or a partial port that keeps some numbers with the current provider.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ofcom's 0161 496 0XXX); elsewhere made-up lines, each a valid number of its country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial


def _addr(line1: str, city: str, state: str, postal: str, country: str,
          line2: str = "") -> dict[str, str]:
    return {"line1": line1, "line2": line2, "city": city, "state": state, "postal_code": postal,
            "country": country}


def _home(case: dict[str, Any], pin: str = "") -> dict[str, Any]:
    """A household: no title, residential."""
    out = dict(case)
    out.update(customer_type="residential", authorized_title="", pin=pin)
    return out


_US_TX = _case("Caliche Ridge Engineering LLC", "Marisol Treviño", "Office Manager",
               "TX-4471-0093", "Spectrum Business", ["+15125550130"],
               _addr("4301 Bee Caves Rd", "Austin", "TX", "78746", "US", "Suite 210"),
               "+15125550139", "marisol@calicheridge.com", "2027-05-11")
_US_TX["pin"] = "6620"
_US_MA_HOME = _home(_case("Declan Oyelowo-Hart", "Declan Oyelowo-Hart", "", "8773 10 442 0019",
                          "Verizon", ["+16175550140", "+16175550141"],
                          _addr("58 Pinckney St", "Boston", "MA", "02114", "US"),
                          "+16175550149", "declan.oh@example.com", "2027-05-13"), pin="3051")
_US_MA_LAW = _case("Wexford Quill & Abernathy LLP", "Priya Raghunathan", "Office Administrator",
                   "BN-660-2291-7", "Comcast Business",
                   [f"+1617555{n:04d}" for n in range(150, 198)],
                   _addr("One Federal St", "Boston", "MA", "02110", "US", "18th Floor"),
                   "+16175550199", "praghunathan@wqalaw.com", "2027-05-18")
_NS = _case("Halyard Marine Supply Ltd.", "Graham MacIsaac", "General Manager", "5520 118 304",
            "Eastlink", [f"+1902555{n:04d}" for n in range(150, 153)],
            _addr("3260 Barrington St", "Halifax", "NS", "B3K 0B4", "CA"),
            "+19025550159", "graham@halyardmarine.ca", "2027-05-20")
_NS["pin"] = "7744"
_NZ_HOME = _home(_case("Aroha Te Whata", "Aroha Te Whata", "", "0034 7781 220", "Spark",
                       ["+6493790123"],
                       _addr("14 Ponsonby Terrace", "Auckland", "", "1011", "NZ"),
                       "+64212345678", "aroha.tewhata@example.co.nz", "2027-05-25"))
_NZ_BIZ = _case("Kowhai Lane Accountants Limited", "Stuart Faleolo", "Director",
                "771 402 553", "One NZ", [f"+6433790{n}" for n in range(140, 146)],
                _addr("22 Cashel Street", "Christchurch", "", "8011", "NZ", "Level 2"),
                "+6433790149", "stuart@kowhailane.co.nz", "2027-05-27")
_CH = _case("Atelier Ducret & Fils SA", "Nathalie Ducret", "Directrice", "8.402.117.553",
            "Swisscom", ["+41213120120", "+41213120121"],
            _addr("Avenue de la Gare 17", "Lausanne", "", "1003", "CH"),
            "+41213120129", "n.ducret@atelier-ducret.ch", "2027-06-01")
_PT_HOME = _home(_case("Inês Carvalho Menezes", "Inês Carvalho Menezes", "", "1.44872.019",
                       "MEO", ["+351213550120"],
                       _addr("Rua dos Fanqueiros 112, 3.º Esq.", "Lisboa", "", "1100-231", "PT"),
                       "+351912345678", "ines.menezes@example.pt", "2027-06-03"))
_PT_BIZ = _case("Tipografia Ribeiro & Costa, Lda.", "Rui Ribeiro da Costa", "Sócio-gerente",
                "CL-2093-7714", "NOS Comunicações",
                [f"+35122610{n:04d}" for n in range(4120, 4125)],
                _addr("Rua de Cedofeita 402", "Porto", "", "4050-174", "PT"),
                "+351226104129", "rui@tipografiaribeiro.pt", "2027-06-07")
_SE = _case("Fjällbris Arkitekter AB", "Linnea Åkesson", "Kontorschef", "550 229 7718",
            "Telia Sverige AB", [f"+468640{n}" for n in range(1200, 1204)],
            _addr("Götgatan 48", "Stockholm", "", "118 26", "SE"),
            "+468640129", "linnea.akesson@fjallbris.se", "2027-06-09")
_UK_HOME = _home(_case("Siobhan Whitworth", "Siobhan Whitworth", "", "VM 40 8817 2256",
                       "Virgin Media", ["+441614960120"],
                       _addr("27 Beech Road", "Manchester", "", "M21 9EG", "GB"),
                       "+447911123456", "siobhan.whitworth@example.co.uk", "2027-06-14"))
_UK_BIZ = _case("Kirkgate Print Works Ltd", "Hamish Oduya", "Finance Director", "BTB 3392 0071",
                "BT Business", [f"+44113496{n:04d}" for n in range(120, 125)],
                _addr("Unit 3, Kirkgate Mills", "Leeds", "", "LS2 7DJ", "GB"),
                "+441134960129", "hamish@kirkgateprint.co.uk", "2027-06-16")


ROUND13_CASES: dict[str, dict[str, Any]] = {
    "r13-us-tx": _US_TX,
    "r13-us-tx-partial": _partial(_US_TX, [f"+1512555{n:04d}" for n in range(131, 139)],
                                  keep=2),
    "r13-us-ma-home": _US_MA_HOME,
    "r13-us-ma-law": _partial(_US_MA_LAW, [], keep=3),
    "r13-ns": _NS,
    "r13-ns-partial": _partial(_NS, [f"+1902555{n:04d}" for n in range(153, 160)], keep=1),
    "r13-nz-home": _NZ_HOME,
    "r13-nz-biz": _partial(_NZ_BIZ, [], keep=2),
    "r13-ch": _CH,
    "r13-ch-partial": _partial(_CH, [f"+4121312012{n}" for n in range(2, 9)], keep=2),
    "r13-pt-home": _PT_HOME,
    "r13-pt-biz": _partial(_PT_BIZ, [], keep=1),
    "r13-se": _SE,
    "r13-se-partial": _partial(_SE, [f"+468640{n}" for n in range(1204, 1209)], keep=2),
    "r13-uk-home": _UK_HOME,
    "r13-uk-biz": _partial(_UK_BIZ, [], keep=1),
}
