"""Round 33's port cases (tests/loaforms/forms_round33_*.py, held back): customers in Minas
Gerais, Apulia, Pomerania, Vysočina, Kakheti, Delaware, Nunavut and Tasmania. Each form has two:
one account porting all of several numbers (a full port) and one porting some of its numbers
while others stay with the current carrier (a partial port); seven of the partial cases are
households (no title: a business-only blank stays empty). The Vysočina business case carries the
OKU code its operator sent (the case's PIN), the Nunavut household (a wireless account) a PIN;
the Tasmanian business ports thirty numbers, so its table runs onto the continued page. No case
has a billing address apart from the service address or a second service location.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, ACMA's 03 5550 xxxx); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_MG = _case("Laticínios Serra Verde Ltda.", "Ana Paula Figueiredo", "Sócia-administradora",
            "0031-4471-2290", "Vivo", [f"+55313555{n:04d}" for n in range(140, 146)],
            _addr("Rua dos Inconfidentes 412", "Belo Horizonte", "MG", "30140-120", "BR"),
            "+553135550199", "anapaula@serraverde.com.br", "2029-09-10")
_MG_PARTIAL = _home(_case("Rodrigo Almeida Couto", "Rodrigo Almeida Couto", "", "CL-3232-0170",
                          "Claro", [f"+55323255{n:04d}" for n in range(170, 174)],
                          _addr("Rua Halfeld 820", "Juiz de Fora", "MG", "36010-002", "BR"),
                          "+553235550179", "rodrigo.couto@uol.com.br", "2029-09-12"))
_AP = _case("Oleificio Murgia S.r.l.", "Giuseppe Lorusso", "Amministratore unico",
            "TI-0805-5501", "TIM", [f"+39080555{n:04d}" for n in range(140, 145)],
            _addr("Via Sparano da Bari 64", "Bari", "BA", "70121", "IT"),
            "+393475550199", "g.lorusso@oleificiomurgia.it", "2029-09-17")
_AP_PARTIAL = _home(_case("Maria Grazia Leone", "Maria Grazia Leone", "", "FW-8325-0170",
                          "Fastweb", [f"+39083255{n:04d}" for n in range(170, 174)],
                          _addr("Via Palmieri 31", "Lecce", "LE", "73100", "IT"),
                          "+393475550179", "mariagrazia.leone@libero.it", "2029-09-19"))
_PM = _case("Bursztynowa Pracownia Sp. z o.o.", "Katarzyna Wiśniewska", "Prezes Zarządu",
            "OR-5855-0140", "Orange Polska", [f"+4858555{n:04d}" for n in range(140, 145)],
            _addr("ul. Długa 45", "Gdańsk", "", "80-831", "PL"),
            "+48585550199", "k.wisniewska@bursztynowa.pl", "2029-09-24")
_PM_PARTIAL = _home(_case("Tomasz Kowalczyk", "Tomasz Kowalczyk", "", "NT-5866-0170", "Netia",
                          [f"+4858666{n:04d}" for n in range(170, 174)],
                          _addr("ul. Morska 12", "Gdynia", "", "81-225", "PL"),
                          "+48601555179", "tomasz.kowalczyk@wp.pl", "2029-09-26"))
_VY = _case("Pivovar Horácko s.r.o.", "Jana Dvořáková", "jednatelka", "T-5675-0140",
            "T-Mobile Czech Republic", [f"+420567555{n:03d}" for n in range(140, 146)],
            _addr("Masarykovo náměstí 12", "Jihlava", "", "586 01", "CZ"),
            "+420603555199", "dvorakova@pivovarhoracko.cz", "2029-10-01")
_VY["pin"] = "48213"
_VY_PARTIAL = _case("Stolařství Novotný s.r.o.", "Petr Novotný", "jednatel", "O2-5685-0170",
                    "O2 Czech Republic", [f"+420568555{n:03d}" for n in range(170, 175)],
                    _addr("Karlovo náměstí 8", "Třebíč", "", "674 01", "CZ"),
                    "+420603555179", "novotny@stolarstvinovotny.cz", "2029-10-03")
_KK = _case("შპს ალაზნის ველის მარანი", "ნინო ბერიძე", "დირექტორი", "MG-350-27-1140",
            "Magti", [f"+99535027{n:04d}" for n in range(1140, 1145)],
            _addr("ერეკლე II-ის გამზირი 12", "თელავი", "", "2200", "GE"),
            "+995599555199", "nino@alazanimarani.ge", "2029-10-15")
_KK_PARTIAL = _home(_case("გიორგი კაპანაძე", "გიორგი კაპანაძე", "", "SN-355-2317-0", "Silknet",
                          [f"+99535523{n:04d}" for n in range(170, 174)],
                          _addr("დავით აღმაშენებლის ქუჩა 5", "სიღნაღი", "", "4200", "GE"),
                          "+995599555179", "g.kapanadze@silknet.ge", "2029-10-17"))
_DE = _case("Christina River Boatworks LLC", "Dwayne Hollis", "Managing Member",
            "302-654-8812-01", "Verizon Delaware", [f"+1302555{n:04d}" for n in range(140, 146)],
            _addr("410 S Market St", "Wilmington", "DE", "19801", "US"),
            "+13025550199", "dhollis@christinaboatworks.com", "2029-10-22")
_DE_PARTIAL = _home(_case("Gloria Mensah", "Gloria Mensah", "", "302-734-2290-07",
                          "Comcast Business", [f"+1302555{n:04d}" for n in range(170, 174)],
                          _addr("27 Loockerman St", "Dover", "DE", "19904", "US"),
                          "+13025550179", "gloria.mensah@delmarva.net", "2029-10-24"))
_NU = _case("Inuksuk Outfitting Ltd.", "Joanasie Akumalik", "President", "NTL-86755-0120",
            "Northwestel Inc.", [f"+1867555{n:04d}" for n in range(120, 125)],
            _addr("1085 Mivvik Street", "Iqaluit", "NU", "X0A 0H0", "CA"),
            "+18675550188", "joanasie@inuksukoutfitting.ca", "2029-11-12")
_NU_PARTIAL = _home(_case("Annie Kilabuk", "Annie Kilabuk", "", "BM-4471-0160", "Bell Mobility",
                          [f"+1867555{n:04d}" for n in range(160, 165)],
                          _addr("2114 Niaqunngusiariaq", "Iqaluit", "NU", "X0A 1H0", "CA"),
                          "+18675550187", "annie.kilabuk@qiniq.com", "2029-11-14"))
_NU_PARTIAL["pin"] = "7731"
_TA = _case("Mount Wellington Bakehouse Pty Ltd", "Fiona McKenzie", "Director",
            "3622 5501 40", "Telstra", [f"+6135550{n:04d}" for n in range(140, 170)],
            _addr("77 Salamanca Place", "Battery Point", "TAS", "7004", "AU"),
            "+61412555019", "fiona@mtwellingtonbakehouse.com.au", "2029-11-05")
_TA_PARTIAL = _home(_case("Liam O'Brien", "Liam O'Brien", "", "OP-6355-0170", "Optus",
                          [f"+6136355{n:04d}" for n in range(170, 174)],
                          _addr("14 Cimitiere Street", "Launceston", "TAS", "7250", "AU"),
                          "+61363550199", "liam.obrien@bigpond.com", "2029-11-07"))

ROUND33_CASES: dict[str, dict[str, Any]] = {
    "r33-mg": _MG,
    "r33-mg-partial": _partial(_MG_PARTIAL, [], keep=1),
    "r33-ap": _AP,
    "r33-ap-partial": _partial(_AP_PARTIAL, [], keep=1),
    "r33-pm": _PM,
    "r33-pm-partial": _partial(_PM_PARTIAL, [], keep=2),
    "r33-vy": _VY,
    "r33-vy-partial": _partial(_VY_PARTIAL, [], keep=2),
    "r33-kk": _KK,
    "r33-kk-partial": _partial(_KK_PARTIAL, [], keep=1),
    "r33-de": _DE,
    "r33-de-partial": _partial(_DE_PARTIAL, [], keep=1),
    "r33-nu": _NU,
    "r33-nu-partial": _partial(_NU_PARTIAL, [], keep=2),
    "r33-ta": _TA,
    "r33-ta-partial": _partial(_TA_PARTIAL, [], keep=1),
}
