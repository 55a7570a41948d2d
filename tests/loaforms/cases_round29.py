"""Round 29's port cases (tests/loaforms/forms_round29_*.py, held back): customers in
Newfoundland, Kansas, Sardinia, Silesia, Transylvania, Plovdiv, Tyrol and Jutland. Each form has
two: one account porting all of several numbers (a full port) and one porting some of its
numbers while others stay with the current carrier (a partial port). A form whose section is
for business accounts only (or for households only) gets two cases of the same kind, so what
that section holds is the same for both.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_NL = _case("Signal Hill Marine Supply Ltd.", "Bridget O'Keefe", "Operations Manager",
            "8840-2217-09", "Bell Aliant", [f"+1709555{n:04d}" for n in range(140, 145)],
            _addr("88 Water Street", "St. John's", "NL", "A1C 1A5", "CA", "Unit 2"),
            "+17095550199", "bridget@signalhillmarine.ca", "2029-05-14")
_NL_PARTIAL = _home(_case("Gerald Penney", "Gerald Penney", "", "8840-5531-12", "Bell Aliant",
                          [f"+1709555{n:04d}" for n in range(170, 174)],
                          _addr("14 Main Road", "Bay Roberts", "NL", "A0A 1G0", "CA"),
                          "+17095550179", "gpenney@nfmail.ca", "2029-05-16"))
_KS = _case("Flint Hills Grain Cooperative", "Dwayne Hollister", "General Manager",
            "785-240-1187-3", "AT&T Kansas", [f"+1785555{n:04d}" for n in range(140, 148)],
            _addr("1200 SW Topeka Blvd", "Topeka", "KS", "66612", "US", "Suite 300"),
            "+17855550199", "dhollister@flinthillsgrain.coop", "2029-05-21")
_KS_PARTIAL = _case("Wichita Prairie Pediatrics PA", "Anita Ruiz-Kemper", "Office Manager",
                    "316-884-0271-5", "AT&T Kansas", [f"+1316555{n:04d}" for n in range(170, 178)],
                    _addr("455 N Hillside St", "Wichita", "KS", "67214", "US"),
                    "+13165550179", "aruiz@prairiepeds.com", "2029-05-23")
_SA = _case("Cantina Su Nuraxi S.r.l.", "Efisio Piras", "Amministratore unico",
            "TIM-0704-5521", "TIM", [f"+39070555{n:04d}" for n in range(140, 146)],
            _addr("Via Roma 112", "Cagliari", "CA", "09124", "IT"),
            "+390705550199", "efisio@sunuraxi.it", "2029-05-28")
_SA_PARTIAL = _home(_case("Maria Grazia Sanna", "Maria Grazia Sanna", "", "VF-0789-2240",
                          "Vodafone Italia", [f"+39079555{n:04d}" for n in range(170, 175)],
                          _addr("Corso Vittorio Emanuele 41", "Sassari", "SS", "07100", "IT"),
                          "+390795550179", "mgsanna@posta.it", "2029-05-30"))
_SI = _case("Hurtownia Śląskie Smaki Sp. z o.o.", "Grzegorz Wróbel", "Prezes Zarządu",
            "OPL-3255-0140", "Orange Polska", [f"+4832555{n:04d}" for n in range(140, 148)],
            _addr("ul. Mariacka 14", "Katowice", "", "40-014", "PL"),
            "+48325550199", "g.wrobel@slaskiesmaki.pl", "2029-06-04")
_SI_PARTIAL = _case("Kancelaria Notarialna Nowak i Wspólnicy", "Agnieszka Nowak",
                    "Notariusz", "NET-3255-0170", "Netia", [f"+4832555{n:04d}"
                                                            for n in range(170, 178)],
                    _addr("ul. Zwycięstwa 21", "Gliwice", "", "44-100", "PL"),
                    "+48325550179", "a.nowak@notariusz-gliwice.pl", "2029-06-06")
_TR = _case("Brutăria Transilvană S.R.L.", "Ioana Mureșan", "Administrator",
            "RCS-2645-5140", "Digi România", [f"+40264555{n:03d}" for n in range(140, 147)],
            _addr("Strada Memorandumului 21", "Cluj-Napoca", "Cluj", "400114", "RO"),
            "+40264555199", "ioana@brutariatransilvana.ro", "2029-06-11")
_TR_PARTIAL = _home(_case("Andrei Bogdan Pop", "Andrei Bogdan Pop", "", "ORO-2655-2170",
                          "Orange România", [f"+40269555{n:03d}" for n in range(170, 175)],
                          _addr("Strada Avram Iancu 9", "Sibiu", "Sibiu", "550182", "RO"),
                          "+40269555179", "andrei.pop@mail.ro", "2029-06-13"))
_PV = _case("Тракия Вина ЕООД", "Стоян Димитров", "Управител", "ВТ-3255-0140", "Виваком",
            [f"+35932555{n:03d}" for n in range(140, 146)],
            _addr("ул. Княз Александър I 28", "Пловдив", "", "4000", "BG"),
            "+35932555199", "stoyan@trakiyavina.bg", "2029-06-18")
_PV_PARTIAL = _home(_case("Мария Георгиева Петрова", "Мария Георгиева Петрова", "",
                          "А1-3255-0170", "А1 България",
                          [f"+35932555{n:03d}" for n in range(170, 174)],
                          _addr("бул. Руски 57", "Пловдив", "", "4003", "BG"),
                          "+35932555179", "m.petrova@abv.bg", "2029-06-20"))
_TY = _home(_case("Johanna Hofer", "Johanna Hofer", "", "A1-5125-0140", "A1 Telekom Austria",
                  [f"+43512555{n:03d}" for n in range(140, 145)],
                  _addr("Maria-Theresien-Straße 18", "Innsbruck", "", "6020", "AT"),
                  "+43512555199", "johanna.hofer@tirol.at", "2029-06-25"))
_TY_PARTIAL = _home(_case("Florian Gasser", "Florian Gasser", "", "MAG-5356-2170",
                          "Magenta Telekom", [f"+435356555{n:03d}" for n in range(170, 175)],
                          _addr("Vorderstadt 7", "Kitzbühel", "", "6370", "AT"),
                          "+435356555179", "f.gasser@kitz.at", "2029-06-27"))
_JU = _case("Limfjordens Muslinger ApS", "Jens Kristian Møller", "Direktør",
            "TDC-8655-0140", "TDC Erhverv", [f"+459655{n:04d}" for n in range(140, 148)],
            _addr("Havnegade 9", "Aalborg", "", "9000", "DK"),
            "+4596550199", "jkm@limfjordmuslinger.dk", "2029-07-02")
_JU_PARTIAL = _case("Ribe Tømrer og Snedker A/S", "Birgitte Lund", "Kontorchef",
                    "NORL-7555-0170", "Norlys", [f"+457555{n:04d}" for n in range(170, 178)],
                    _addr("Sortebrødregade 3", "Ribe", "", "6760", "DK"),
                    "+4575550179", "bl@ribe-toemrer.dk", "2029-07-04")

ROUND29_CASES: dict[str, dict[str, Any]] = {
    "r29-nl": _NL,
    "r29-nl-partial": _partial(_NL_PARTIAL, [], keep=1),
    "r29-ks": _KS,
    "r29-ks-partial": _partial(_KS_PARTIAL, [], keep=2),
    "r29-sa": _SA,
    "r29-sa-partial": _partial(_SA_PARTIAL, [], keep=1),
    "r29-si": _SI,
    "r29-si-partial": _partial(_SI_PARTIAL, [], keep=2),
    "r29-tr": _TR,
    "r29-tr-partial": _partial(_TR_PARTIAL, [], keep=1),
    "r29-pv": _PV,
    "r29-pv-partial": _partial(_PV_PARTIAL, [], keep=1),
    "r29-ty": _TY,
    "r29-ty-partial": _partial(_TY_PARTIAL, [], keep=1),
    "r29-ju": _JU,
    "r29-ju-partial": _partial(_JU_PARTIAL, [], keep=2),
}
