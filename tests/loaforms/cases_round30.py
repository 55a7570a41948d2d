"""Round 30's port cases (tests/loaforms/forms_round30_*.py): customers in Arizona, Munster,
Asturias, Lombardy, Moravia, Varna, Kaunas, Gotland, the Algarve, Alsace, Debrecen and Tartu.
Each form has two: one account porting all of several numbers (a full port) and one porting some
of its numbers while others stay with the current carrier (a partial port); on six forms the
partial case is a residential account, so a section "for business accounts only" stays empty.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_AZ = _case("Saguaro Ridge Landscaping LLC", "Tomas Villanueva", "Operations Manager",
            "602-448-1937", "Cox Business", [f"+1602555{n:04d}" for n in range(140, 146)],
            _addr("4410 E Camelback Rd", "Phoenix", "AZ", "85018", "US", "Suite 120"),
            "+16025550199", "tomas@saguaroridge.com", "2029-06-04")
_AZ_PARTIAL = _home(_case("Marisela Quintero", "Marisela Quintero", "", "520-771-2046",
                          "CenturyLink", [f"+1520555{n:04d}" for n in range(170, 175)],
                          _addr("2231 N Campbell Ave", "Tucson", "AZ", "85719", "US"),
                          "+15205550179", "marisela.q@desertmail.com", "2029-06-06"))
_IE = _case("Blarney Woollen Crafts Ltd", "Siobhán Ó Murchú", "Director", "EIR-4471-0921",
            "eir", [f"+35321455{n:04d}" for n in range(140, 146)],
            _addr("Unit 7, Blarney Business Park", "Blarney", "Co. Cork", "T23 K2X4", "IE"),
            "+353214550199", "info@blarneywoollen.ie", "2029-06-11")
_IE_PARTIAL = _case("Kinsale Harbour Kayaks Ltd", "Donal Ó Súilleabháin", "Manager",
                    "VF-2209-7718", "Vodafone Ireland", [f"+35321477{n:04d}"
                                                         for n in range(170, 176)],
                    _addr("Pier Road", "Kinsale", "Co. Cork", "P17 X340", "IE"),
                    "+353214770179", "info@kinsalekayaks.ie", "2029-06-13")
_AST = _case("Sidrería El Llagar de Gijón S.L.", "Covadonga Álvarez Prieto", "Administradora",
             "MOV-4471-0921", "Movistar", [f"+34985555{n:03d}" for n in range(140, 146)],
             _addr("Calle Corrida 12", "Gijón", "Asturias", "33206", "ES"),
             "+34985555199", "cova@llagardegijon.es", "2029-06-18")
_AST_PARTIAL = _home(_case("Xuan Fernández Menéndez", "Xuan Fernández Menéndez", "",
                           "ORG-2209771", "Orange Espagne",
                           [f"+34985555{n:03d}" for n in range(170, 175)],
                           _addr("Calle Uría 41", "Oviedo", "Asturias", "33003", "ES"),
                           "+34985555179", "xuan.fm@correo.es", "2029-06-20"))
_LOM = _case("Tessitura Brianza S.r.l.", "Giulia Ferrario", "Amministratrice",
             "TIM-4471-0921", "TIM", [f"+39025550{n:04d}" for n in range(140, 146)],
             _addr("Via Tortona 27", "Milano", "MI", "20144", "IT"),
             "+390255500199", "giulia@tessiturabrianza.it", "2029-06-25")
_LOM_PARTIAL = _case("Studio Legale Rota", "Marco Rota", "Socio", "FW-2209-7718", "Fastweb",
                     [f"+39035555{n:04d}" for n in range(170, 176)],
                     _addr("Via XX Settembre 18", "Bergamo", "BG", "24122", "IT"),
                     "+390355550179", "marco@studiolegalerota.it", "2029-06-27")

_MOR = _case("Vinařství Pálava s.r.o.", "Jana Horáková", "jednatelka", "O2-4471-0921",
             "O2 Czech Republic", [f"+420545555{n:03d}" for n in range(140, 146)],
             _addr("Křenová 54", "Brno", "", "602 00", "CZ"),
             "+420545555199", "jana@vinarstvipalava.cz", "2029-07-02")
_MOR_PARTIAL = _case("Pekárna Hanák s.r.o.", "Petr Navrátil", "jednatel", "VF-2209-7718",
                     "Vodafone Czech Republic", [f"+420585555{n:03d}" for n in range(170, 176)],
                     _addr("Horní náměstí 9", "Olomouc", "", "779 00", "CZ"),
                     "+420585555179", "petr@pekarnahanak.cz", "2029-07-04")
_BG = _case("Черноморски Рибни Продукти ООД", "Мария Димитрова", "Управител",
            "VIVA-4471092", "Виваком", [f"+35952555{n:03d}" for n in range(140, 146)],
            _addr("ул. Драгоман 12", "Варна", "", "9000", "BG"),
            "+35952555199", "maria@chernomorski-ribni.bg", "2029-07-09")
_BG_PARTIAL = _home(_case("Иван Петров Георгиев", "Иван Петров Георгиев", "", "A1-2209771",
                          "А1 България", [f"+35952555{n:03d}" for n in range(170, 175)],
                          _addr("бул. Приморски 33", "Варна", "", "9000", "BG"),
                          "+35952555179", "ivan.georgiev@abv.bg", "2029-07-11"))
_LT = _case("UAB Nemuno Baldai", "Rūta Kazlauskienė", "Direktorė", "TELIA-4471092",
            "Telia Lietuva", [f"+37037555{n:03d}" for n in range(140, 146)],
            _addr("Laisvės al. 53", "Kaunas", "", "LT-44309", "LT"),
            "+37037555199", "ruta@nemunobaldai.lt", "2029-07-16")
_LT_PARTIAL = _case("UAB Kauno Kepykla", "Tomas Petrauskas", "Vadovas", "BITE-2209771",
                    "Bitė Lietuva", [f"+37037555{n:03d}" for n in range(170, 176)],
                    _addr("Vilniaus g. 20", "Kaunas", "", "LT-44281", "LT"),
                    "+37037555179", "tomas@kaunokepykla.lt", "2029-07-18")
_GOT = _case("Visby Ringmur Bageri AB", "Karin Lindqvist", "VD", "TS-4471-0921",
             "Telia Sverige", [f"+46498555{n:03d}" for n in range(140, 146)],
             _addr("Adelsgatan 14", "Visby", "", "621 56", "SE"),
             "+46498555199", "karin@ringmurbageri.se", "2029-07-23")
_GOT_PARTIAL = _home(_case("Lars Pettersson", "Lars Pettersson", "", "TELE2-2209771", "Tele2",
                           [f"+46498555{n:03d}" for n in range(170, 175)],
                           _addr("Storgatan 8", "Hemse", "", "623 50", "SE"),
                           "+46498555179", "lars.pettersson@post.se", "2029-07-25"))

_ALG = _case("Conservas Ria Formosa, Lda.", "Ana Rita Guerreiro", "Gerente",
             "MEO-4471-0921", "MEO", [f"+351289555{n:03d}" for n in range(140, 146)],
             _addr("Rua de Santo António 65", "Faro", "", "8000-283", "PT"),
             "+351289555199", "anarita@conservasriaformosa.pt", "2029-07-30")
_ALG_PARTIAL = _case("Hotel Praia da Rocha, Lda.", "João Martins Viegas", "Diretor",
                     "NOS-2209-7718", "NOS", [f"+351282555{n:03d}" for n in range(170, 176)],
                     _addr("Avenida Tomás Cabreira 22", "Portimão", "", "8500-802", "PT"),
                     "+351282555179", "joao@hotelpraiadarocha.pt", "2029-08-01")
_ALS = _case("Brasserie du Rhin SARL", "Claire Muller", "Gérante", "OB-4471-0921",
             "Orange Business", [f"+33388550{n:03d}" for n in range(140, 146)],
             _addr("12 rue du Vieux-Marché-aux-Poissons", "Strasbourg", "", "67000", "FR"),
             "+33388550199", "claire@brasseriedurhin.fr", "2029-08-06")
_ALS_PARTIAL = _case("Pâtisserie Kugel et Fils", "Étienne Kugel", "Gérant", "SFR-2209-7718",
                     "SFR Business", [f"+33389550{n:03d}" for n in range(170, 176)],
                     _addr("8 rue des Marchands", "Colmar", "", "68000", "FR"),
                     "+33389550179", "etienne@patisseriekugel.fr", "2029-08-08")
_HU = _case("Hajdúsági Méhészet Kft.", "Szabó Gergely", "ügyvezető", "TK-4471-0921",
            "Magyar Telekom", [f"+3652555{n:03d}" for n in range(140, 146)],
            _addr("Piac utca 41", "Debrecen", "", "4025", "HU"),
            "+3652555199", "gergely@hajdusagimeheszet.hu", "2029-08-13")
_HU_PARTIAL = _home(_case("Kovács Eszter", "Kovács Eszter", "", "YET-2209771", "Yettel",
                          [f"+3652555{n:03d}" for n in range(170, 175)],
                          _addr("Kossuth utca 7", "Debrecen", "", "4024", "HU"),
                          "+3652555179", "kovacs.eszter@freemail.hu", "2029-08-15"))
_EE = _case("Emajõe Puutöö OÜ", "Kadri Tamm", "Juhatuse liige", "TE-4471092", "Telia Eesti",
            [f"+3727555{n:03d}" for n in range(140, 146)],
            _addr("Rüütli 11", "Tartu", "", "51007", "EE"),
            "+3727555199", "kadri@emajoepuutoo.ee", "2029-08-20")
_EE_PARTIAL = _home(_case("Jaan Kask", "Jaan Kask", "", "ELISA-2209771", "Elisa Eesti",
                          [f"+3727555{n:03d}" for n in range(170, 175)],
                          _addr("Riia 25", "Tartu", "", "51010", "EE"),
                          "+3727555179", "jaan.kask@mail.ee", "2029-08-22"))

ROUND30_CASES: dict[str, dict[str, Any]] = {
    "r30-az": _AZ,
    "r30-az-partial": _partial(_AZ_PARTIAL, [], keep=1),
    "r30-ie": _IE,
    "r30-ie-partial": _partial(_IE_PARTIAL, [], keep=2),
    "r30-ast": _AST,
    "r30-ast-partial": _partial(_AST_PARTIAL, [], keep=1),
    "r30-lom": _LOM,
    "r30-lom-partial": _partial(_LOM_PARTIAL, [], keep=2),
    "r30-mor": _MOR,
    "r30-mor-partial": _partial(_MOR_PARTIAL, [], keep=2),
    "r30-bg": _BG,
    "r30-bg-partial": _partial(_BG_PARTIAL, [], keep=1),
    "r30-lt": _LT,
    "r30-lt-partial": _partial(_LT_PARTIAL, [], keep=2),
    "r30-got": _GOT,
    "r30-got-partial": _partial(_GOT_PARTIAL, [], keep=1),
    "r30-alg": _ALG,
    "r30-alg-partial": _partial(_ALG_PARTIAL, [], keep=2),
    "r30-als": _ALS,
    "r30-als-partial": _partial(_ALS_PARTIAL, [], keep=2),
    "r30-hu": _HU,
    "r30-hu-partial": _partial(_HU_PARTIAL, [], keep=1),
    "r30-ee": _EE,
    "r30-ee-partial": _partial(_EE_PARTIAL, [], keep=1),
}
