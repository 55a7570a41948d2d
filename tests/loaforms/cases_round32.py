"""Round 32's port cases (tests/loaforms/forms_round32_*.py): customers in Ohio, Gwynedd,
Navarre, Piedmont, Carniola, Courland, Trøndelag, Bohemia, the Azores, Brittany, Bavaria and
Malta. Each form has two: one account porting all of several numbers (a full port) and one porting
some of its numbers while others stay with the current carrier (a partial port); on five forms the
partial case is a residential account (no title), so a business-only blank stays empty. No case
has a billing address apart from the service address, a PIN or a time of day for the port: a
form's "billing address if different", PIN and time-window blanks stay empty.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ofcom's 029 2018 0XXX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_OH = _case("Buckeye Valley Hardware Inc.", "Dana Kowalski", "Store Manager",
            "614-882-3307-001", "Spectrum Business", [f"+1614555{n:04d}" for n in range(140, 146)],
            _addr("2250 N High St", "Columbus", "OH", "43201", "US", "Suite 3"),
            "+16145550199", "dana@buckeyevalleyhw.com", "2029-09-04")
_OH_PARTIAL = _home(_case("Raymond Okafor", "Raymond Okafor", "", "8810 4471 2209", "AT&T Ohio",
                          [f"+1614555{n:04d}" for n in range(170, 175)],
                          _addr("88 E Kossuth St", "Columbus", "OH", "43206", "US"),
                          "+16145550179", "r.okafor@buckeyemail.com", "2029-09-06"))
_GWY = _case("Llechi Menai Cyf", "Elin Wyn Roberts", "Rheolwr", "BT-88204417",
             "BT", [f"+44292018{n:04d}" for n in range(140, 146)],
             _addr("Stryd Fawr 21", "Bangor", "Gwynedd", "LL57 1NP", "GB"),
             "+442920180199", "elin@llechimenai.cymru", "2029-09-11")
_GWY_PARTIAL = _case("Caffi Glan y Môr Ltd", "Gethin Pritchard", "Director", "VMB-4471-2209",
                     "Virgin Media Business", [f"+44292018{n:04d}" for n in range(170, 176)],
                     _addr("Y Maes 5", "Caernarfon", "Gwynedd", "LL55 2NF", "GB"),
                     "+442920180179", "gethin@caffiglanymor.co.uk", "2029-09-13")
_NAV = _case("Bodegas Arga S.L.", "Iñaki Goñi Echarri", "Administrador", "MV-4471-0921",
             "Movistar", [f"+34948555{n:03d}" for n in range(140, 146)],
             _addr("Calle Estafeta 31", "Pamplona", "Navarra", "31001", "ES"),
             "+34948555199", "inaki@bodegasarga.es", "2029-09-18")
_NAV_PARTIAL = _home(_case("Maite Zubiri Larraona", "Maite Zubiri Larraona", "",
                           "VF-22097718", "Vodafone España",
                           [f"+34948555{n:03d}" for n in range(170, 175)],
                           _addr("Avenida de Carlos III 12", "Pamplona", "Navarra", "31002",
                                 "ES"),
                           "+34948555179", "maite.zubiri@correo.es", "2029-09-20"))
_PIE = _case("Cioccolateria Sabauda S.r.l.", "Chiara Bertolino", "Amministratrice",
             "TIM-4471-0921", "TIM", [f"+39011555{n:04d}" for n in range(140, 146)],
             _addr("Via Garibaldi 18", "Torino", "TO", "10122", "IT"),
             "+390115550199", "chiara@cioccolateriasabauda.it", "2029-09-25")
_PIE_PARTIAL = _case("Studio Tecnico Gili", "Paolo Gili", "Titolare", "FW-2209-7718", "Fastweb",
                     [f"+39011555{n:04d}" for n in range(170, 176)],
                     _addr("Corso Francia 44", "Torino", "TO", "10143", "IT"),
                     "+390115550179", "paolo@studiogili.it", "2029-09-27")

_CAR = _case("Čebelarstvo Kranjc d.o.o.", "Mojca Kranjc", "direktorica", "TS-4471-0921",
             "Telekom Slovenije", [f"+3861555{n:04d}" for n in range(140, 146)],
             _addr("Trubarjeva cesta 14", "Ljubljana", "", "1000", "SI"),
             "+38615550199", "mojca@cebelarstvo-kranjc.si", "2029-10-02")
_CAR_PARTIAL = _home(_case("Janez Novak", "Janez Novak", "", "A1-22097718", "A1 Slovenija",
                           [f"+3861555{n:04d}" for n in range(170, 175)],
                           _addr("Celovška cesta 88", "Ljubljana", "", "1000", "SI"),
                           "+38615550179", "janez.novak@siol.net", "2029-10-04"))
_COU = _case("SIA Kurzemes Dzintars", "Ilze Bērziņa", "valdes locekle", "TET-4471092", "Tet",
             [f"+37167555{n:03d}" for n in range(140, 146)],
             _addr("Lielā iela 7", "Liepāja", "", "LV-3401", "LV"),
             "+37167555199", "ilze@kurzemesdzintars.lv", "2029-10-09")
_COU_PARTIAL = _case("SIA Ventas Zivis", "Jānis Kalniņš", "valdes priekšsēdētājs",
                     "LMT-2209771", "LMT", [f"+37167555{n:03d}" for n in range(170, 176)],
                     _addr("Ostas iela 3", "Ventspils", "", "LV-3601", "LV"),
                     "+37167555179", "janis@ventaszivis.lv", "2029-10-11")
_TRO = _case("Nidaros Sykkelverksted AS", "Ingrid Aune", "Daglig leder", "TN-4471-0921",
             "Telenor", [f"+4773555{n:03d}" for n in range(140, 146)],
             _addr("Kjøpmannsgata 19", "Trondheim", "", "7013", "NO"),
             "+4773555199", "ingrid@nidarossykkel.no", "2029-10-16")
_TRO_PARTIAL = _home(_case("Ola Haugen", "Ola Haugen", "", "TLN-2209771", "Telia Norge",
                           [f"+4773555{n:03d}" for n in range(170, 175)],
                           _addr("Elgeseter gate 40", "Trondheim", "", "7030", "NO"),
                           "+4773555179", "ola.haugen@online.no", "2029-10-18"))
_BOH = _case("Pivovar Vltava s.r.o.", "Tereza Dvořáková", "jednatelka", "O2-4471-0921",
             "O2 Czech Republic", [f"+420225555{n:03d}" for n in range(140, 146)],
             _addr("Náprstkova 8", "Praha 1", "", "110 00", "CZ"),
             "+420225555199", "tereza@pivovarvltava.cz", "2029-10-23")
_BOH_PARTIAL = _case("Knihkupectví Čapek s.r.o.", "Martin Černý", "jednatel", "O2-2209-7718",
                     "O2 Czech Republic", [f"+420225555{n:03d}" for n in range(170, 176)],
                     _addr("Vinohradská 112", "Praha 3", "", "130 00", "CZ"),
                     "+420225555179", "martin@knihycapek.cz", "2029-10-25")

_AZO = _case("Queijaria Ilha Verde, Lda.", "Ana Paula Medeiros", "Gerente", "MEO-4471-0921",
             "MEO", [f"+351296555{n:03d}" for n in range(140, 146)],
             _addr("Rua do Mercado 14", "Ponta Delgada", "", "9500-326", "PT"),
             "+351296555199", "anapaula@queijariailhaverde.pt", "2029-10-30")
_AZO_PARTIAL = _home(_case("Rui Manuel Furtado", "Rui Manuel Furtado", "", "NOS-22097718",
                           "NOS", [f"+351296555{n:03d}" for n in range(170, 175)],
                           _addr("Rua da Misericórdia 9", "Ponta Delgada", "", "9500-093",
                                 "PT"),
                           "+351296555179", "rui.furtado@sapo.pt", "2029-11-01"))
_BRE = _case("Crêperie Ker Avel SARL", "Gwenaëlle Le Goff", "Gérante", "OR-4471-0921",
             "Orange", [f"+33299550{n:03d}" for n in range(140, 146)],
             _addr("14 rue Saint-Georges", "Rennes", "", "35000", "FR"),
             "+33299550199", "gwen@kerevel-creperie.fr", "2029-11-06")
_BRE_PARTIAL = _case("Voilerie du Léon SAS", "Yann Kerjean", "Président", "BT-2209-7718",
                     "Bouygues Telecom", [f"+33299550{n:03d}" for n in range(170, 176)],
                     _addr("3 quai Duguay-Trouin", "Rennes", "", "35000", "FR"),
                     "+33299550179", "yann@voileriedouleon.fr", "2029-11-08")
_BAV = _case("Brauhaus Isartal GmbH", "Korbinian Huber", "Geschäftsführer", "DT-4471-0921",
             "Telekom Deutschland", [f"+498955550{n:03d}" for n in range(140, 146)],
             _addr("Lindwurmstraße 42", "München", "", "80337", "DE"),
             "+498955550199", "k.huber@brauhaus-isartal.de", "2029-11-13")
_BAV_PARTIAL = _home(_case("Theresa Obermaier", "Theresa Obermaier", "", "VF-22097718",
                           "Vodafone", [f"+498955550{n:03d}" for n in range(170, 175)],
                           _addr("Nymphenburger Straße 9", "München", "", "80335", "DE"),
                           "+498955550179", "theresa.obermaier@web.de", "2029-11-15"))
_MLT = _case("Żebbuġ Olive Press Ltd", "Marija Camilleri", "Director", "GO-4471-0921", "GO",
             [f"+3562155{n:04d}" for n in range(140, 146)],
             _addr("Triq il-Kbira 41", "Żebbuġ", "", "ZBG 1301", "MT"),
             "+35621550199", "marija@zebbugolivepress.com.mt", "2029-11-20")
_MLT_PARTIAL = _case("Sliema Dive Centre Ltd", "Kevin Borg", "Manager", "EP-2209-7718", "Epic",
                     [f"+3562155{n:04d}" for n in range(170, 176)],
                     _addr("Triq it-Torri 112", "Sliema", "", "SLM 1605", "MT"),
                     "+35621550179", "kevin@sliemadive.com.mt", "2029-11-22")

ROUND32_CASES: dict[str, dict[str, Any]] = {
    "r32-oh": _OH,
    "r32-oh-partial": _partial(_OH_PARTIAL, [], keep=1),
    "r32-gwy": _GWY,
    "r32-gwy-partial": _partial(_GWY_PARTIAL, [], keep=2),
    "r32-nav": _NAV,
    "r32-nav-partial": _partial(_NAV_PARTIAL, [], keep=1),
    "r32-pie": _PIE,
    "r32-pie-partial": _partial(_PIE_PARTIAL, [], keep=2),
    "r32-car": _CAR,
    "r32-car-partial": _partial(_CAR_PARTIAL, [], keep=1),
    "r32-cou": _COU,
    "r32-cou-partial": _partial(_COU_PARTIAL, [], keep=2),
    "r32-tro": _TRO,
    "r32-tro-partial": _partial(_TRO_PARTIAL, [], keep=1),
    "r32-boh": _BOH,
    "r32-boh-partial": _partial(_BOH_PARTIAL, [], keep=2),
    "r32-azo": _AZO,
    "r32-azo-partial": _partial(_AZO_PARTIAL, [], keep=1),
    "r32-bre": _BRE,
    "r32-bre-partial": _partial(_BRE_PARTIAL, [], keep=2),
    "r32-bav": _BAV,
    "r32-bav-partial": _partial(_BAV_PARTIAL, [], keep=1),
    "r32-mlt": _MLT,
    "r32-mlt-partial": _partial(_MLT_PARTIAL, [], keep=2),
}
