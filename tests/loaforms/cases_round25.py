"""Round 25's port cases (tests/loaforms/forms_round25_*.py, held back): customers in Alaska (a
Homer marine supply store and a Fairbanks household), Newfoundland and Labrador (a St. John's
outfitter), Masovia (a Warsaw ceramics studio and an Otwock household), Bulgaria (a Sofia print
shop and a Sofia household), Sicily (a Palermo focacceria and a Catania household), Friesland (a
Leeuwarden sailmaker and a Sneek household), Liège (an Outremeuse bookshop) and Bolivia (a La Paz
importer and a Santa Cruz household). Each form has two cases: a full port of several numbers and
a partial port whose last numbers stay with the current provider (business and residential both
appear; the Newfoundland and Liège forms ask for an authorised person beside the account holder,
so both of their cases are businesses).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX in Alaska and Newfoundland); elsewhere made-up lines, each a valid number of its country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round13 import _addr, _home

_AK = _case("Kachemak Bay Marine Supply LLC", "Tanya Kvasnikoff", "Office Manager",
            "907-4402-1187", "Alaska Communications", [f"+1907555{n:04d}" for n in range(130, 134)],
            _addr("3815 Homer Spit Rd", "Homer", "AK", "99603", "US"),
            "+19075550139", "tanya@kachemakmarine.com", "2028-04-05")
_AK_HOME = _home(_case("Erik Lindqvist", "Erik Lindqvist", "", "GCI-77120348", "GCI",
                       ["+19075550140", "+19075550141"],
                       _addr("1422 Chena Ridge Rd", "Fairbanks", "AK", "99709", "US"),
                       "+19075550149", "erik.lindqvist@example.com", "2028-04-06"), pin="4471")
_NL = _case("Signal Hill Outfitters Ltd.", "Brendan Power", "Operations Manager",
            "5120 8834 072", "Bell Aliant", [f"+1709555{n:04d}" for n in range(130, 134)],
            _addr("214 Water Street", "St. John's", "NL", "A1C 1A9", "CA"),
            "+17095550139", "brendan@signalhilloutfitters.ca", "2028-04-10")
_PL = _case("Pracownia Ceramiki Wilanowskiej sp. z o.o.", "Agnieszka Wróblewska", "Prezes Zarządu",
            "1.20447718", "Orange Polska S.A.", [f"+48225551{n}" for n in range(230, 234)],
            _addr("ul. Puławska 145 lok. 3", "Warszawa", "mazowieckie", "02-715", "PL"),
            "+48225551239", "biuro@ceramikawilanow.pl", "2028-04-12")
_PL_HOME = _home(_case("Krzysztof Pawlak", "Krzysztof Pawlak", "", "7704-2218-09", "Netia S.A.",
                       ["+48227791240", "+48227791241"],
                       _addr("ul. Kołłątaja 18", "Otwock", "mazowieckie", "05-400", "PL"),
                       "+48227791249", "k.pawlak@example.pl", "2028-04-13"))
_BG = _case("Печатница Витоша ЕООД", "Десислава Петрова", "Управител", "1204 7781 33",
            "Виваком", [f"+3592955{n}" for n in range(1230, 1234)],
            _addr("ул. Граф Игнатиев 21", "София", "", "1000", "BG"),
            "+35929551239", "office@pechatnitsa-vitosha.bg", "2028-04-17")
_BG_HOME = _home(_case("Георги Стоянов", "Георги Стоянов", "", "2207 4410 58", "А1 България",
                       ["+35928551240", "+35928551241"],
                       _addr("ж.к. Лозенец, ул. Златен рог 14", "София", "", "1407", "BG"),
                       "+35928551249", "g.stoyanov@example.bg", "2028-04-18"))
_SI = _case("Antica Focacceria Vucciria S.n.c.", "Salvatore Lo Bianco", "Socio amministratore",
            "888 017 2244", "TIM S.p.A.", [f"+39091555{n}" for n in range(1230, 1234)],
            _addr("Via Maqueda 212", "Palermo", "PA", "90134", "IT"),
            "+390915551239", "salvatore@focacceriavucciria.it", "2028-04-20")
_SI_HOME = _home(_case("Giuseppina Russo", "Giuseppina Russo", "", "7.44180.22", "Fastweb S.p.A.",
                       ["+390955551240", "+390955551241"],
                       _addr("Via Etnea 318", "Catania", "CT", "95124", "IT"),
                       "+390955551249", "giuseppina.russo@example.it", "2028-04-21"))
_FR = _case("Zeilmakerij De Vries B.V.", "Jelle de Vries", "Directeur", "8800417723",
            "KPN B.V.", [f"+3158555{n}" for n in range(1230, 1234)],
            _addr("Nieuwestad 88", "Leeuwarden", "", "8911 CW", "NL"),
            "+31585551239", "jelle@zeilmakerijdevries.nl", "2028-04-24")
_FR_HOME = _home(_case("Anneke Bosma", "Anneke Bosma", "", "1.2209.4471", "Ziggo",
                       ["+31515551240", "+31515551241"],
                       _addr("Grootzand 27", "Sneek", "", "8601 BR", "NL"),
                       "+31515551249", "anneke.bosma@example.nl", "2028-04-25"))
_BE = _case("Librairie Pax Outremeuse SRL", "Marie-Claire Lejeune", "Gérante",
            "7100 4418 2207", "Proximus SA", [f"+32435512{n}" for n in range(30, 34)],
            _addr("Rue Puits-en-Sock 41", "Liège", "", "4020", "BE"),
            "+3243551239", "mc.lejeune@librairiepax.be", "2028-04-27")
_BO = _case("Importadora Illimani S.R.L.", "Rodrigo Mamani Quispe", "Gerente General",
            "2204-18873", "Entel S.A.", [f"+5912255{n}" for n in range(1230, 1234)],
            _addr("Av. 16 de Julio 1490, El Prado", "La Paz", "La Paz", "", "BO"),
            "+59122551239", "rmamani@illimani.com.bo", "2028-05-02")
_BO_HOME = _home(_case("Carla Vargas Rojas", "Carla Vargas Rojas", "", "3307-44120",
                       "Tigo (Telecel S.A.)", ["+59133551240", "+59133551241"],
                       _addr("Calle Sucre 455, Barrio Equipetrol", "Santa Cruz de la Sierra",
                             "Santa Cruz", "", "BO"),
                       "+59133551249", "carla.vargas@example.bo", "2028-05-03"))

ROUND25_CASES: dict[str, dict[str, Any]] = {
    "r25-ak": _AK,
    "r25-ak-home": _partial(_AK_HOME, ["+19075550142"], keep=1),
    "r25-nl": _NL,
    "r25-nl-partial": _partial(_NL, ["+17095550134", "+17095550135"], keep=2),
    "r25-pl": _PL,
    "r25-pl-home": _partial(_PL_HOME, ["+48227791242"], keep=1),
    "r25-bg": _BG,
    "r25-bg-home": _partial(_BG_HOME, ["+35928551242"], keep=1),
    "r25-si": _SI,
    "r25-si-home": _partial(_SI_HOME, ["+390955551242"], keep=1),
    "r25-fr": _FR,
    "r25-fr-home": _partial(_FR_HOME, ["+31515551242"], keep=1),
    "r25-be": _BE,
    "r25-be-partial": _partial(_BE, ["+3243551234", "+3243551235"], keep=2),
    "r25-bo": _BO,
    "r25-bo-home": _partial(_BO_HOME, ["+59133551242"], keep=1),
}
