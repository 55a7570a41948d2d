"""Round 36's port cases (tests/loaforms/forms_round36_*.py, held back): customers in Nebraska,
Andorra, Parma (Emilia-Romagna), New Mexico, Subcarpathia, Funen, Kentucky and Imereti. Each form
has two: one business porting all of several numbers (a full port) and one account porting some
of its numbers while others stay with the current carrier (a partial port); seven of the partial
cases are households (no title: a business-only blank stays empty), the Parma partial case is a
business. The Parma business ports seven numbers (its grid's third row is reached) and the
Nebraska business carries an account PIN; the household beside it has none (its PIN blank stays
empty). No case has a billing address apart from the service address.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_NE = _case("Platte Valley Grain Co-op", "Russell Kramer", "General Manager", "308-532-7714-02",
            "Windstream Nebraska", [f"+1308555{n:04d}" for n in range(140, 146)],
            _addr("2110 Central Ave", "Kearney", "NE", "68847", "US"),
            "+13085550199", "rkramer@plattevalleygrain.com", "2030-04-01")
_NE["pin"] = "5820"
_NE_PARTIAL = _home(_case("Darlene Vogt", "Darlene Vogt", "", "402-474-1180-77",
                          "Allo Communications", [f"+1402555{n:04d}" for n in range(170, 174)],
                          _addr("1415 S 27th St", "Lincoln", "NE", "68502", "US"),
                          "+14025550179", "darlene.vogt@allofiber.net", "2030-04-03"))
_AD = _case("Forn de Canillo SL", "Jordi Riba Vidal", "Administrador", "AT-5501-40",
            "Andorra Telecom", [f"+376855{n}" for n in range(140, 145)],
            _addr("Carrer Major 12", "Canillo", "", "AD100", "AD"),
            "+376370140", "jordi@forndecanillo.ad", "2030-04-08")
_AD_PARTIAL = _home(_case("Montserrat Pujol Font", "Montserrat Pujol Font", "", "AT-7781-70",
                          "Andorra Telecom", [f"+376855{n}" for n in range(170, 174)],
                          _addr("Avinguda Carlemany 55", "Escaldes-Engordany", "", "AD700",
                                "AD"),
                          "+376370170", "montse.pujol@andorra.ad", "2030-04-10"))
_PR = _case("Salumificio Ducale S.r.l.", "Chiara Bertolini", "Amministratrice", "TIM-0521-5514",
            "TIM", [f"+390521555{n}" for n in range(140, 147)],
            _addr("Via Emilia Est 88", "Parma", "PR", "43123", "IT"),
            "+393355550199", "c.bertolini@salumificioducale.it", "2030-04-15")
_PR_PARTIAL = _case("Studio Legale Ferrari", "Marco Ferrari", "Titolare", "FW-0521-0170",
                    "Fastweb", [f"+390521555{n}" for n in range(170, 175)],
                    _addr("Borgo Giacomo Tommasini 9", "Parma", "PR", "43121", "IT"),
                    "+393355550179", "studio@legaleferrari.it", "2030-04-17")
_NM = _case("Rio Grande Adobe Supply LLC", "Elena Montoya", "Owner", "505-982-1140-3",
            "CenturyLink", [f"+1505555{n:04d}" for n in range(140, 145)],
            _addr("1604 Agua Fria St", "Santa Fe", "NM", "87505", "US"),
            "+15055550199", "elena@riograndeadobe.com", "2030-04-22")
_NM_PARTIAL = _home(_case("Ruben Chavez", "Ruben Chavez", "", "575-524-0170-9", "Comcast",
                          [f"+1575555{n:04d}" for n in range(170, 174)],
                          _addr("2310 N Main St", "Las Cruces", "NM", "88001", "US"),
                          "+15755550179", "ruben.chavez@comcast.net", "2030-04-24"))
_PK = _case("Piekarnia Podkarpacka Sp. z o.o.", "Katarzyna Nowak", "Prezes Zarządu",
            "OR-17-5514-40", "Orange Polska", [f"+4817555{n:04d}" for n in range(1400, 1405)],
            _addr("ul. Hetmańska 40", "Rzeszów", "", "35-045", "PL"),
            "+48601555019", "k.nowak@piekarniapodkarpacka.pl", "2030-05-06")
_PK_PARTIAL = _home(_case("Tomasz Wójcik", "Tomasz Wójcik", "", "PL-17-0170-55", "Play",
                          [f"+4817555{n:04d}" for n in range(1700, 1704)],
                          _addr("ul. Piłsudskiego 7 m. 3", "Łańcut", "", "37-100", "PL"),
                          "+48601555079", "tomasz.wojcik@wp.pl", "2030-05-08"))
_FU = _case("Odense Cykelværksted ApS", "Mette Sørensen", "Direktør", "48215514", "TDC Erhverv",
            [f"+4566555{n:03d}" for n in range(140, 145)],
            _addr("Kongensgade 41", "Odense C", "", "5000", "DK"),
            "+4520555019", "mette@odensecykel.dk", "2030-05-13")
_FU_PARTIAL = _home(_case("Lars Jensen", "Lars Jensen", "", "55170170", "Norlys",
                          [f"+4566551{n:03d}" for n in range(700, 704)],
                          _addr("Algade 3", "Nyborg", "", "5800", "DK"),
                          "+4520555079", "lars.jensen@mail.dk", "2030-05-15"))
_KY = _case("Keeneland Tack & Saddle LLC", "Brandon Ellis", "Owner", "859-255-1140-01",
            "Windstream Kentucky East", [f"+1859555{n:04d}" for n in range(140, 146)],
            _addr("3030 Harrodsburg Rd", "Lexington", "KY", "40503", "US"),
            "+18595550199", "brandon@keenelandtack.com", "2030-05-20")
_KY_PARTIAL = _home(_case("Shirley Pruitt", "Shirley Pruitt", "", "502-459-0170-22", "Spectrum",
                          [f"+1502555{n:04d}" for n in range(170, 174)],
                          _addr("1450 Bardstown Rd", "Louisville", "KY", "40204", "US"),
                          "+15025550179", "shirley.pruitt@twc.com", "2030-05-22"))
_IM = _case("შპს „ქუთაისის პური“", "ნინო ბერიძე", "დირექტორი", "SL-431-5514", "Silknet",
            [f"+995431255{n:03d}" for n in range(140, 145)],
            _addr("რუსთაველის გამზირი 40", "ქუთაისი", "", "4600", "GE"),
            "+995599555019", "nino@kutaisipuri.ge", "2030-05-27")
_IM_PARTIAL = _home(_case("გიორგი კაპანაძე", "გიორგი კაპანაძე", "", "MG-431-0170", "Magticom",
                          [f"+995431255{n:03d}" for n in range(170, 174)],
                          _addr("ტაბიძის ქუჩა 12", "ქუთაისი", "", "4600", "GE"),
                          "+995599555079", "giorgi.kapanadze@mail.ge", "2030-05-29"))

ROUND36_CASES: dict[str, dict[str, Any]] = {
    "r36-ne": _NE,
    "r36-ne-partial": _partial(_NE_PARTIAL, [], keep=1),
    "r36-ad": _AD,
    "r36-ad-partial": _partial(_AD_PARTIAL, [], keep=1),
    "r36-pr": _PR,
    "r36-pr-partial": _partial(_PR_PARTIAL, [], keep=2),
    "r36-nm": _NM,
    "r36-nm-partial": _partial(_NM_PARTIAL, [], keep=1),
    "r36-pk": _PK,
    "r36-pk-partial": _partial(_PK_PARTIAL, [], keep=1),
    "r36-fu": _FU,
    "r36-fu-partial": _partial(_FU_PARTIAL, [], keep=1),
    "r36-ky": _KY,
    "r36-ky-partial": _partial(_KY_PARTIAL, [], keep=1),
    "r36-im": _IM,
    "r36-im-partial": _partial(_IM_PARTIAL, [], keep=1),
}
