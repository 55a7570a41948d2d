"""Round 34's port cases (tests/loaforms/forms_round34_*.py): customers in Paraná, Mendoza, South
Dakota, Vientiane, Windhoek, Tasmania, Otago, Mauritius, Cebu, Belize, Fiji and Samoa (the
Americas, Africa and Asia-Pacific). Each form has two: one account porting all of several
numbers (a full port) and one porting some of its numbers while others stay with the current
carrier (a partial port); on five forms the partial case is a residential account (no title). No
case has a billing address apart from the service address, a PIN or a time of day for the port.
The South Dakota full port has thirteen numbers, more than its form's first page holds, so its
numbers table continues on page 2.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, ACMA's 03 5550 XXXX); elsewhere made-up lines that are valid-looking numbers of the
country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_PRN = _case("Erva-Mate Kowalski Ltda.", "Halina Kowalski Ribeiro", "Sócia-administradora",
             "VIVO-4471-0921", "Vivo", [f"+55413555{n:04d}" for n in range(140, 146)],
             _addr("Rua Mateus Leme 1820", "Curitiba", "PR", "80530-010", "BR"),
             "+554135550199", "halina@ervamatekowalski.com.br", "2029-12-04")
_PRN_PARTIAL = _home(_case("Tadeu Wisniewski", "Tadeu Wisniewski", "", "CLARO-22097718",
                           "Claro", [f"+55413555{n:04d}" for n in range(170, 175)],
                           _addr("Rua Itupava 455", "Curitiba", "PR", "80040-000", "BR"),
                           "+554135550179", "tadeu.wisniewski@uol.com.br", "2029-12-06"))
_MZA = _case("Bodega Valle de Uco S.A.", "Lucía Bianchi Ferraro", "Presidenta", "TA-4471-0921",
             "Telecom Argentina", [f"+54261555{n:04d}" for n in range(140, 146)],
             _addr("Av. San Martín 1450", "Mendoza", "Mendoza", "M5500", "AR"),
             "+542615550199", "lucia@bodegavalledeuco.com.ar", "2029-12-11")
_MZA_PARTIAL = _case("Olivícola Maipú S.R.L.", "Franco Gentile", "Gerente", "CL-2209-7718",
                     "Claro Argentina", [f"+54261555{n:04d}" for n in range(170, 176)],
                     _addr("Calle Ozamis 912", "Maipú", "Mendoza", "M5515", "AR"),
                     "+542615550179", "franco@olivicolamaipu.com.ar", "2029-12-13")
_TBR = _case("Bon Homme Kolache Bakery LLC", "Anna Novotny Kocer", "Owner", "605-463-2209-01",
             "Golden West Telecommunications", [f"+1605555{n:04d}" for n in range(140, 153)],
             _addr("210 S Main St", "Tabor", "SD", "57063", "US"),
             "+16055550199", "anna@bonhommekolache.com", "2029-12-18")
_TBR_PARTIAL = _home(_case("Josef Sramek", "Josef Sramek", "", "605-463-7718-02",
                           "Golden West Telecommunications",
                           [f"+1605555{n:04d}" for n in range(170, 175)],
                           _addr("31 Czech Ave", "Tabor", "SD", "57063", "US"),
                           "+16055550179", "josef.sramek@gwtc.net", "2029-12-20"))
_VTE = _case("Mekong Coffee Roasters Co., Ltd.", "Souksavanh Phommachanh", "Director",
             "LTC-4471-0921", "Lao Telecom", [f"+85621555{n:03d}" for n in range(140, 146)],
             _addr("Samsenthai Road 112", "Vientiane", "", "01000", "LA"),
             "+85621555199", "souksavanh@mekongcoffee.la", "2029-12-27")
_VTE_PARTIAL = _home(_case("Keo Sayavong", "Keo Sayavong", "", "ETL-22097718", "ETL",
                           [f"+85621555{n:03d}" for n in range(170, 175)],
                           _addr("Dongpalane Road 45", "Vientiane", "", "01000", "LA"),
                           "+85621555179", "keo.sayavong@laotel.com", "2029-12-29"))

_WDH = _case("Kalahari Leatherworks (Pty) Ltd", "Johanna Shikongo", "Managing Director",
             "TN-4471-0921", "Telecom Namibia", [f"+26461255{n:04d}" for n in range(140, 146)],
             _addr("Independence Avenue 214", "Windhoek", "Khomas", "10005", "NA"),
             "+264612550199", "johanna@kalaharileather.com.na", "2030-01-08")
_WDH_PARTIAL = _case("Eros Veterinary Clinic CC", "Pieter van Wyk", "Partner", "TN-2209-7718",
                     "Telecom Namibia", [f"+26461255{n:04d}" for n in range(170, 176)],
                     _addr("Nelson Mandela Avenue 37", "Windhoek", "Khomas", "10011", "NA"),
                     "+264612550179", "pieter@erosvet.com.na", "2030-01-10")
_TAS = _case("Derwent Valley Cider Co Pty Ltd", "Bronwyn McKenzie", "Director", "4471 092 118",
             "Telstra", [f"+6135550{n:04d}" for n in range(140, 146)],
             _addr("88 Salamanca Place", "Hobart", "TAS", "7004", "AU"),
             "+61355500199", "bronwyn@derwentcider.com.au", "2030-01-15")
_TAS_PARTIAL = _home(_case("Callum Reid", "Callum Reid", "", "2209 771 880", "Optus",
                           [f"+6135550{n:04d}" for n in range(170, 175)],
                           _addr("14 Elphin Road", "Launceston", "TAS", "7250", "AU"),
                           "+61355500179", "callum.reid@bigpond.com", "2030-01-17"))
_OTG = _case("Taieri Gorge Outfitters Limited", "Aroha Tane", "General Manager",
             "SP-4471-0921", "Spark", [f"+643555{n:04d}" for n in range(140, 146)],
             _addr("212 George Street", "Dunedin", "", "9016", "NZ"),
             "+6435550199", "aroha@taierioutfitters.co.nz", "2030-01-22")
_OTG_PARTIAL = _case("Moray Place Dental Limited", "Hamish Blair", "Practice Owner",
                     "OP-2209-7718", "One NZ", [f"+643555{n:04d}" for n in range(170, 176)],
                     _addr("45 Moray Place", "Dunedin", "", "9016", "NZ"),
                     "+6435550179", "hamish@morayplacedental.co.nz", "2030-01-24")
_MRU = _case("Rhumerie du Sud Ltée", "Priya Ramgoolam", "Directrice", "MT-4471-0921",
             "Mauritius Telecom", [f"+230212{n:04d}" for n in range(140, 146)],
             _addr("Rue Bourbon 18", "Port Louis", "", "11328", "MU"),
             "+2302120199", "priya@rhumeriedusud.mu", "2030-01-29")
_MRU_PARTIAL = _home(_case("Jean-Marc Lagesse", "Jean-Marc Lagesse", "", "EM-22097718",
                           "Emtel", [f"+230212{n:04d}" for n in range(170, 175)],
                           _addr("Avenue des Flamboyants 7", "Curepipe", "", "74213", "MU"),
                           "+2302120179", "jm.lagesse@intnet.mu", "2030-01-31"))

_CEB = _case("Mactan Dried Mango Trading Corp.", "Maria Theresa Go", "President",
             "PLDT-4471-0921", "PLDT", [f"+6332555{n:04d}" for n in range(140, 146)],
             _addr("88 Osmeña Boulevard", "Cebu City", "Cebu", "6000", "PH"),
             "+63325550199", "mtgo@mactanmango.ph", "2030-02-05")
_CEB_PARTIAL = _case("Lapu-Lapu Dive Supply Inc.", "Ramon Villareal", "General Manager",
                     "GL-2209-7718", "Globe Telecom", [f"+6332555{n:04d}" for n in range(170, 176)],
                     _addr("12 M.L. Quezon Highway", "Lapu-Lapu City", "Cebu", "6015", "PH"),
                     "+63325550179", "ramon@lapulapudive.ph", "2030-02-07")
_BLZ = _case("Caye Caulker Kayak Tours Ltd.", "Delroy Gentle", "Managing Director",
             "BTL-4471-0921", "Belize Telemedia", [f"+501222{n:04d}" for n in range(140, 146)],
             _addr("14 Albert Street", "Belize City", "Belize", "", "BZ"),
             "+5012220199", "delroy@cayekayak.bz", "2030-02-12")
_BLZ_PARTIAL = _home(_case("Marisol Cucul", "Marisol Cucul", "", "SMART-22097718",
                           "Smart", [f"+501222{n:04d}" for n in range(170, 175)],
                           _addr("7 Princess Margaret Drive", "Belize City", "Belize", "", "BZ"),
                           "+5012220179", "marisol.cucul@btl.net", "2030-02-14"))
_FJI = _case("Suva Harbour Ship Chandlers Pte Limited", "Litia Naivalu", "Director",
             "TFL-4471-0921", "Telecom Fiji", [f"+679331{n:04d}" for n in range(140, 146)],
             _addr("47 Victoria Parade", "Suva", "Central", "", "FJ"),
             "+6793310199", "litia@suvachandlers.com.fj", "2030-02-19")
_FJI_PARTIAL = _case("Nadi Bay Surf Co Limited", "Ravinesh Prasad", "Manager", "VF-2209-7718",
                     "Vodafone Fiji", [f"+679331{n:04d}" for n in range(170, 176)],
                     _addr("Queens Road 5", "Nadi", "Western", "", "FJ"),
                     "+6793310179", "ravinesh@nadibaysurf.com.fj", "2030-02-21")
_SAM = _case("Apia Cocoa Growers Limited", "Tuilagi Fa'amausili", "Chairman", "BLU-4471-0921",
             "BlueSky Samoa", [f"+6852{n:04d}" for n in range(140, 146)],
             _addr("Beach Road 21", "Apia", "", "", "WS"),
             "+68520199", "tuilagi@apiacocoa.ws", "2030-02-26")
_SAM_PARTIAL = _home(_case("Malia Leota", "Malia Leota", "", "DG-22097718", "Digicel Samoa",
                           [f"+6852{n:04d}" for n in range(170, 175)],
                           _addr("Vaea Street 9", "Apia", "", "", "WS"),
                           "+68520179", "malia.leota@samoa.ws", "2030-02-28"))

ROUND34_CASES: dict[str, dict[str, Any]] = {
    "r34-prn": _PRN,
    "r34-prn-partial": _partial(_PRN_PARTIAL, [], keep=1),
    "r34-mza": _MZA,
    "r34-mza-partial": _partial(_MZA_PARTIAL, [], keep=2),
    "r34-tbr": _TBR,
    "r34-tbr-partial": _partial(_TBR_PARTIAL, [], keep=1),
    "r34-vte": _VTE,
    "r34-vte-partial": _partial(_VTE_PARTIAL, [], keep=1),
    "r34-wdh": _WDH,
    "r34-wdh-partial": _partial(_WDH_PARTIAL, [], keep=2),
    "r34-tas": _TAS,
    "r34-tas-partial": _partial(_TAS_PARTIAL, [], keep=1),
    "r34-otg": _OTG,
    "r34-otg-partial": _partial(_OTG_PARTIAL, [], keep=2),
    "r34-mru": _MRU,
    "r34-mru-partial": _partial(_MRU_PARTIAL, [], keep=1),
    "r34-ceb": _CEB,
    "r34-ceb-partial": _partial(_CEB_PARTIAL, [], keep=2),
    "r34-blz": _BLZ,
    "r34-blz-partial": _partial(_BLZ_PARTIAL, [], keep=1),
    "r34-fji": _FJI,
    "r34-fji-partial": _partial(_FJI_PARTIAL, [], keep=2),
    "r34-sam": _SAM,
    "r34-sam-partial": _partial(_SAM_PARTIAL, [], keep=1),
}
