"""Round 35's port cases (tests/loaforms/forms_round35_*.py, held back): customers in West
Virginia, Gipuzkoa, Carinthia, Corsica, Åland, Western Australia, Drenthe and Shirak. Each form
has two: one account porting all of several numbers (a full port) and one porting some of its
numbers while others stay with the current carrier (a partial port); six of the partial cases
are households (no title: a business-only blank stays empty), the Western Australian partial
case is a business. The West Virginia business ports twelve numbers (its list runs onto page 2)
and carries an account PIN; the household beside it has none (its PIN blank stays empty). The
West Virginia and Drenthe account numbers are digits only, as their comb widgets ask. No case
has a billing address apart from the service address.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, ACMA's 08 5550 xxxx); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_WV = _case("Greenbrier Valley Outfitters LLC", "Dale Whitlock", "Managing Member",
            "304728811902", "Frontier West Virginia",
            [f"+1304555{n:04d}" for n in range(140, 152)],
            _addr("219 Capitol St", "Charleston", "WV", "25301", "US"),
            "+13045550199", "dale@greenbriervalley.com", "2030-01-14")
_WV["pin"] = "4471"
_WV_PARTIAL = _home(_case("Loretta Hatfield", "Loretta Hatfield", "", "304645227710",
                          "Suddenlink", [f"+1304555{n:04d}" for n in range(170, 174)],
                          _addr("88 High St", "Morgantown", "WV", "26505", "US"),
                          "+13045550179", "loretta.hatfield@frontier.com", "2030-01-16"))
_GI = _case("Sagardotegi Urola S.L.", "Miren Etxeberria Goikoetxea", "Administradora",
            "MV-2043-5518", "Movistar", [f"+34943555{n:03d}" for n in range(140, 145)],
            _addr("Calle San Martín 22", "Donostia-San Sebastián", "Gipuzkoa", "20005", "ES"),
            "+34943555199", "miren@sagardotegiurola.eus", "2030-01-21")
_GI_PARTIAL = _home(_case("Jon Arregi Zubizarreta", "Jon Arregi Zubizarreta", "", "EU-7781-0170",
                          "Euskaltel", [f"+34943555{n:03d}" for n in range(170, 174)],
                          _addr("Kale Nagusia 9", "Zarautz", "Gipuzkoa", "20800", "ES"),
                          "+34688555199", "jon.arregi@euskaltel.net", "2030-01-23"))
_KA = _case("Wörthersee Holzbau GmbH", "Johanna Kogler", "Geschäftsführerin", "A1-4630-5514",
            "A1 Telekom Austria", [f"+43463555{n:04d}" for n in range(140, 145)],
            _addr("Alter Platz 14", "Klagenfurt am Wörthersee", "", "9020", "AT"),
            "+436645550199", "j.kogler@woerthersee-holzbau.at", "2030-02-04")
_KA_PARTIAL = _home(_case("Stefan Pirker", "Stefan Pirker", "", "MT-4242-0170",
                          "Magenta Telekom", [f"+434242555{n:03d}" for n in range(170, 174)],
                          _addr("Hauptplatz 3", "Villach", "", "9500", "AT"),
                          "+436645550179", "stefan.pirker@gmx.at", "2030-02-06"))
_CO = _case("Charcuterie Castagniccia SARL", "Paul-Antoine Santoni", "Gérant",
            "OR-0495-5514-0", "Orange", [f"+33495551{n:03d}" for n in range(140, 145)],
            _addr("12 Cours Napoléon", "Ajaccio", "", "20000", "FR"),
            "+33612555019", "pa.santoni@castagniccia.fr", "2030-02-11")
_CO_PARTIAL = _home(_case("Marie-Laure Pieri", "Marie-Laure Pieri", "", "SFR-4953-0170", "SFR",
                          [f"+33495321{n:03d}" for n in range(170, 174)],
                          _addr("5 Boulevard Paoli", "Bastia", "", "20200", "FR"),
                          "+33495321199", "ml.pieri@sfr.fr", "2030-02-13"))
_AL = _case("Ålands Sjöfart & Turism Ab", "Linnéa Mattsson", "Verkställande direktör",
            "ÅT-1822-5514", "Ålands Telekommunikation",
            [f"+35818555{n:03d}" for n in range(140, 145)],
            _addr("Torggatan 7", "Mariehamn", "", "22100", "FI"),
            "+358457555019", "linnea@alandssjofart.ax", "2030-02-18")
_AL_PARTIAL = _home(_case("Henrik Eriksson", "Henrik Eriksson", "", "AC-1843-0170", "Ålcom",
                          [f"+35818555{n:03d}" for n in range(170, 174)],
                          _addr("Storagatan 12", "Godby", "", "22410", "FI"),
                          "+35818555199", "henrik.eriksson@aland.net", "2030-02-20"))
_WA = _case("Swan River Cellars Pty Ltd", "Priya Raman", "Operations Manager", "8842 5501 40",
            "Telstra", [f"+618555{n:05d}" for n in range(140, 146)],
            _addr("120 Marine Terrace", "Fremantle", "WA", "6160", "AU"),
            "+61412555019", "priya@swanrivercellars.com.au", "2030-03-04")
_WA_PARTIAL = _case("Karri Dental Studio Pty Ltd", "Tom Nguyen", "Principal Dentist",
                    "OP-0855-0170", "Optus", [f"+618555{n:05d}" for n in range(170, 175)],
                    _addr("45 Albany Highway", "Victoria Park", "WA", "6100", "AU"),
                    "+61412555079", "reception@karridental.com.au", "2030-03-06")
_DR = _case("Hunebed Fietsverhuur B.V.", "Femke Bakker", "Directeur", "70295514", "KPN",
            [f"+31592555{n:03d}" for n in range(140, 145)],
            _addr("Markt 9", "Assen", "", "9401 GS", "NL"),
            "+31612555019", "femke@hunebedfietsverhuur.nl", "2030-03-11")
_DR_PARTIAL = _home(_case("Jan Hofstede", "Jan Hofstede", "", "40591770", "Ziggo",
                          [f"+31591555{n:03d}" for n in range(170, 174)],
                          _addr("Hoofdstraat 21", "Emmen", "", "7811 EA", "NL"),
                          "+31612555079", "jan.hofstede@ziggo.nl", "2030-03-13"))
_SH = _case("«Շիրակ Կերամիկա» ՍՊԸ", "Անի Պետրոսյան", "տնօրեն", "UC-312-5514", "Ucom",
            [f"+37431255{n:03d}" for n in range(140, 145)],
            _addr("Վարդանանց հրապարակ 5", "Գյումրի", "", "3101", "AM"),
            "+37477555019", "ani@shirakceramics.am", "2030-03-18")
_SH_PARTIAL = _home(_case("Արամ Գրիգորյան", "Արամ Գրիգորյան", "", "TT-312-0170",
                          "Team Telecom Armenia", [f"+37431255{n:03d}" for n in range(170, 174)],
                          _addr("Աբովյան փողոց 12", "Գյումրի", "", "3104", "AM"),
                          "+37477555079", "aram.grigoryan@mail.am", "2030-03-20"))

ROUND35_CASES: dict[str, dict[str, Any]] = {
    "r35-wv": _WV,
    "r35-wv-partial": _partial(_WV_PARTIAL, [], keep=1),
    "r35-gi": _GI,
    "r35-gi-partial": _partial(_GI_PARTIAL, [], keep=1),
    "r35-ka": _KA,
    "r35-ka-partial": _partial(_KA_PARTIAL, [], keep=2),
    "r35-co": _CO,
    "r35-co-partial": _partial(_CO_PARTIAL, [], keep=1),
    "r35-al": _AL,
    "r35-al-partial": _partial(_AL_PARTIAL, [], keep=1),
    "r35-wau": _WA,
    "r35-wau-partial": _partial(_WA_PARTIAL, [], keep=2),
    "r35-dr": _DR,
    "r35-dr-partial": _partial(_DR_PARTIAL, [], keep=1),
    "r35-sh": _SH,
    "r35-sh-partial": _partial(_SH_PARTIAL, [], keep=1),
}
