"""Round 26's port cases (tests/loaforms/forms_round26_*.py): customers in Idaho, Prince Edward
Island, Cornwall, Transylvania, Dalmatia, Thessaly, Honduras, Bahia, Ghana, Cameroon, Skåne and
Moravia. Each form has two: one account porting all of several numbers (a full port) and one
porting some of its numbers while others stay with the current carrier (a partial port).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ofcom's 01xxx 960xxx); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_ID = _case("Sawtooth Fly Shop LLC", "Brett Larkin", "Owner", "208-4471-0921",
            "Salmon River Telephone Cooperative", [f"+1208555{n:04d}" for n in range(140, 146)],
            _addr("411 Main Street", "Ketchum", "ID", "83340", "US", "Suite 3"),
            "+12085550199", "brett@sawtoothfly.com", "2028-11-06")
_ID_PARTIAL = _home(_case("Rosa Villanueva", "Rosa Villanueva", "", "208-7718-2209",
                          "Salmon River Telephone Cooperative",
                          [f"+1208555{n:04d}" for n in range(170, 175)],
                          _addr("62 Cottonwood Lane", "Driggs", "ID", "83422", "US"),
                          "+12085550179", "rosa.villanueva@tetonmail.com", "2028-11-08"))
_PEI = _case("Red Sands Mussel Farms Ltd.", "Colin MacPhee", "President", "902-661-4420",
             "Eastlink", [f"+1902555{n:04d}" for n in range(140, 147)],
             _addr("88 Water Street", "Summerside", "PE", "C1N 1A9", "CA"),
             "+19025550199", "colin@redsandsmussels.ca", "2028-11-13")
_PEI_PARTIAL = _case("Island Lobster Suppers Inc.", "Heather Gallant", "Manager",
                     "902-338-7716", "Eastlink", [f"+1902555{n:04d}" for n in range(170, 176)],
                     _addr("15 Harbour Road", "Souris", "PE", "C0A 2B0", "CA"),
                     "+19025550179", "heather@islandlobstersuppers.ca", "2028-11-15")
_KW = _case("Porthleven Surf School Ltd", "Tamsin Pascoe", "Director", "KW-77180-441", "BT",
            [f"+441326960{n:03d}" for n in range(140, 148)],
            _addr("Unit 2, Harbour Road", "Porthleven", "", "TR13 9JY", "GB"),
            "+441326960199", "tamsin@porthlevensurf.co.uk", "2028-11-20")
_KW_PARTIAL = _case("Truro Bookbinders", "Jago Trevithick", "Proprietor", "TTB-2209-18",
                    "Virgin Media Business", [f"+441872960{n:03d}" for n in range(170, 176)],
                    _addr("14 Lemon Street", "Truro", "", "TR1 2LS", "GB"),
                    "+441872960179", "jago@trurobookbinders.co.uk", "2028-11-22")
_TR = _case("Brutăria Someș S.R.L.", "Ioana Mureșan", "Administrator", "RO-4471-0921",
            "Telekom Romania", [f"+40264555{n:03d}" for n in range(140, 146)],
            _addr("Strada Memorandumului 12", "Cluj-Napoca", "Cluj", "400114", "RO"),
            "+40264555199", "ioana@brutariasomes.ro", "2028-11-27")
_TR_PARTIAL = _case("Pensiunea Cibin S.R.L.", "Attila Kovács", "Asociat", "DIGI-2209-7718",
                    "Digi România", [f"+40269555{n:03d}" for n in range(170, 176)],
                    _addr("Strada Nicolae Bălcescu 17", "Sibiu", "Sibiu", "550182", "RO"),
                    "+40269555179", "attila@pensiuneacibin.ro", "2028-11-29")

_DAL = _case("Konoba Stari Grad d.o.o.", "Ivana Perić", "Direktorica", "HT-4471-0921",
             "Hrvatski Telekom d.d.", [f"+38521555{n:03d}" for n in range(140, 146)],
             _addr("Ulica kralja Zvonimira 14", "Split", "", "21000", "HR"),
             "+38521555199", "ivana@konobastarigrad.hr", "2028-12-04")
_DAL_PARTIAL = _case("Apartmani Lučica", "Marko Jurić", "Vlasnik", "A1-2209-7718",
                     "A1 Hrvatska d.o.o.", [f"+38520555{n:03d}" for n in range(170, 175)],
                     _addr("Obala Stjepana Radića 8", "Dubrovnik", "", "20000", "HR"),
                     "+38520555179", "marko@apartmanilucica.hr", "2028-12-06")
_THES = _case("Ελαιουργείο Πηνειός Α.Ε.", "Νικόλαος Παπαδόπουλος", "Διευθύνων Σύμβουλος",
              "OTE-4471-0921", "ΟΤΕ Α.Ε.", [f"+302410555{n:03d}" for n in range(140, 146)],
              _addr("Κύπρου 22", "Λάρισα", "", "41222", "GR"),
              "+302410555199", "info@elaiourgeio-pineios.gr", "2028-12-11")
_THES_PARTIAL = _case("Ξενοδοχείο Πήλιο", "Ελένη Γεωργίου", "Διαχειρίστρια", "VF-2209-7718",
                      "Vodafone Ελλάδος", [f"+3024210555{n:02d}" for n in range(70, 76)],
                      _addr("Ιάσονος 40", "Βόλος", "", "38221", "GR"),
                      "+302421055599", "eleni@hotelpilio.gr", "2028-12-13")
_HN = _case("Café Copán S. de R.L.", "Lesly Martínez Zelaya", "Gerente General", "HT-4471092",
            "Hondutel", [f"+5042255{n:04d}" for n in range(5140, 5146)],
            _addr("Colonia Palmira, Avenida República de Chile 512", "Tegucigalpa",
                  "Francisco Morazán", "11101", "HN"),
            "+50422555199", "lmartinez@cafecopan.hn", "2028-12-18")
_HN["pin"] = "5521"
_HN_PARTIAL = _home(_case("Óscar Mejía Paz", "Óscar Mejía Paz", "", "TIGO-2209771",
                          "Tigo Honduras", [f"+5042555{n:04d}" for n in range(5170, 5175)],
                          _addr("Barrio Guamilito, 3 Calle 12", "San Pedro Sula", "Cortés",
                                "21102", "HN"),
                          "+50425555179", "oscar.mejia@correo.hn", "2028-12-20"))
_BA = _case("Acarajé da Baiana Ltda.", "Maria das Graças Santos", "Sócia-administradora",
            "OI-4471-0921", "Oi S.A.", [f"+55713555{n:04d}" for n in range(140, 146)],
            _addr("Rua Chile 22, Centro", "Salvador", "BA", "40020-000", "BR"),
            "+557135550199", "gracas@acarajedabaiana.com.br", "2029-01-08")
_BA_PARTIAL = _case("Pousada Morro Azul ME", "João Batista Lima", "Proprietário",
                    "VIVO-2209-7718", "Vivo", [f"+55733255{n:04d}" for n in range(5170, 5176)],
                    _addr("Avenida Soares Lopes 100", "Ilhéus", "BA", "45653-000", "BR"),
                    "+557332555179", "joao@pousadamorroazul.com.br", "2029-01-10")

_GH = _case("Asante Cocoa Traders Ltd", "Kwame Boateng", "Managing Director", "VF-GH-4471092",
            "Vodafone Ghana", [f"+233302555{n:03d}" for n in range(140, 146)],
            _addr("12 Liberation Road, Airport Residential Area", "Accra", "Greater Accra", "",
                  "GH"),
            "+233302555199", "kwame@asantecocoa.com.gh", "2029-01-15")
_GH["pin"] = "4471"
_GH_PARTIAL = _case("Kejetia Fabrics Enterprise", "Efua Mensah", "Proprietor",
                    "MTN-GH-2209771", "MTN Ghana", [f"+233322555{n:03d}" for n in range(170, 176)],
                    _addr("7 Prempeh II Street, Adum", "Kumasi", "Ashanti", "", "GH"),
                    "+233322555179", "efua@kejetiafabrics.com.gh", "2029-01-17")
_CM = _case("Boulangerie Le Wouri SARL", "Jean-Pierre Ndongo", "Gérant", "CMR-4471092",
            "Orange Cameroun", [f"+237233555{n:03d}" for n in range(140, 146)],
            _addr("Rue Joffre, Akwa", "Douala", "Littoral", "", "CM"),
            "+237233555199", "jp.ndongo@lewouri.cm", "2029-01-22")
_CM_PARTIAL = _case("Cabinet Médical Mbarga", "Thérèse Mbarga", "Directrice", "CAMTEL-2209771",
                    "CAMTEL", [f"+237222555{n:03d}" for n in range(170, 176)],
                    _addr("Avenue Kennedy", "Yaoundé", "Centre", "", "CM"),
                    "+237222555179", "t.mbarga@cabinetmbarga.cm", "2029-01-24")
_SKANE = _case("Österlens Äppelmusteri AB", "Karin Lindqvist", "VD", "TS-4471-0921",
               "Telia Sverige AB", [f"+4640555{n:03d}" for n in range(140, 146)],
               _addr("Stortorget 9", "Malmö", "", "211 22", "SE"),
               "+4640555199", "karin@osterlensmusteri.se", "2029-01-29")
_SKANE_PARTIAL = _home(_case("Lars Nilsson", "Lars Nilsson", "", "TELE2-2209-77",
                             "Tele2 Sverige AB", [f"+46411555{n:03d}" for n in range(170, 175)],
                             _addr("Stora Östergatan 14", "Ystad", "", "271 34", "SE"),
                             "+46411555179", "lars.nilsson@telia.com", "2029-01-31"))
_MOR = _case("Vinařství Pod Pálavou s.r.o.", "Tomáš Dvořák", "jednatel", "O2-4471092",
             "O2 Czech Republic a.s.", [f"+420545555{n:03d}" for n in range(140, 146)],
             _addr("Masarykova 12", "Brno", "", "602 00", "CZ"),
             "+420545555199", "dvorak@podpalavou.cz", "2029-02-05")
_MOR["pin"] = "K7Q2M4471B9X2209"  # the OKU code the losing operator issued
_MOR_PARTIAL = _case("Pekárna Hanák s.r.o.", "Jana Horáková", "jednatelka", "VF-2209771",
                     "Vodafone Czech Republic a.s.",
                     [f"+420585555{n:03d}" for n in range(170, 176)],
                     _addr("Horní náměstí 5", "Olomouc", "", "779 00", "CZ"),
                     "+420585555179", "horakova@pekarnahanak.cz", "2029-02-07")

ROUND26_CASES: dict[str, dict[str, Any]] = {
    "r26-id": _ID,
    "r26-id-partial": _partial(_ID_PARTIAL, [], keep=2),
    "r26-pei": _PEI,
    "r26-pei-partial": _partial(_PEI_PARTIAL, [], keep=2),
    "r26-kw": _KW,
    "r26-kw-partial": _partial(_KW_PARTIAL, [], keep=2),
    "r26-tr": _TR,
    "r26-tr-partial": _partial(_TR_PARTIAL, [], keep=2),
    "r26-dal": _DAL,
    "r26-dal-partial": _partial(_DAL_PARTIAL, [], keep=2),
    "r26-thes": _THES,
    "r26-thes-partial": _partial(_THES_PARTIAL, [], keep=2),
    "r26-hn": _HN,
    "r26-hn-partial": _partial(_HN_PARTIAL, [], keep=1),
    "r26-ba": _BA,
    "r26-ba-partial": _partial(_BA_PARTIAL, [], keep=2),
    "r26-gh": _GH,
    "r26-gh-partial": _partial(_GH_PARTIAL, [], keep=2),
    "r26-cm": _CM,
    "r26-cm-partial": _partial(_CM_PARTIAL, [], keep=2),
    "r26-skane": _SKANE,
    "r26-skane-partial": _partial(_SKANE_PARTIAL, [], keep=1),
    "r26-mor": _MOR,
    "r26-mor-partial": _partial(_MOR_PARTIAL, [], keep=2),
}
