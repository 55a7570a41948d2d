"""Round 38's port cases (tests/loaforms/forms_round38_*.py, held back): customers in Shkodër
County, Nunavik, Gauteng, Vorarlberg, Bizkaia, Gibraltar, Nuuk and Iowa. Each form has two: one
business porting all of several numbers (a full port) and one household porting some of its
numbers while others stay with the current carrier (a partial port: no title). The Shkodër
account numbers are ten digits, as the form's comb has ten cells. The Bizkaia business ports
six numbers into a table of ten rows (its count widget takes 6; the household's 3). No case has
a billing address or a billing name apart from the account's, a date of birth, an ID number or
a mother's maiden name: those blanks stay empty.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_SH = _case("Peshkatari i Bunës sh.p.k.", "Arben Gjoka", "Administrator", "4401221055",
            "One Albania", [f"+35522240{n:03d}" for n in range(140, 145)],
            _addr("Rruga Kolë Idromeno 14", "Shkodër", "Shkodër", "4001", "AL"),
            "+355692240199", "arben.gjoka@peshkatari.al", "2030-08-05")
_SH_PARTIAL = _home(_case("Drita Marku", "Drita Marku", "", "4401227017", "ALBtelecom",
                          [f"+35522240{n:03d}" for n in range(170, 174)],
                          _addr("Rruga Marin Barleti 3", "Shkodër", "Shkodër", "4001", "AL"),
                          "+355692240179", "drita.marku@gmail.com", "2030-08-07"))
_NV = _case("Nunavik Arctic Tours Inc.", "Lucy Annanack", "Manager", "NV-819-0140", "Bell",
            [f"+1819555{n:04d}" for n in range(140, 145)],
            _addr("1140 Akianut St", "Kuujjuaq", "QC", "J0M 1C0", "CA"),
            "+18195550199", "lucy@nunavikarctictours.ca", "2030-08-12")
_NV_PARTIAL = _home(_case("Tommy Gordon", "Tommy Gordon", "", "NV-819-0170", "Bell",
                          [f"+1819555{n:04d}" for n in range(170, 174)],
                          _addr("22 Saqqaq Rd", "Kangiqsujuaq", "QC", "J0M 1K0", "CA"),
                          "+18195550179", "tommy.gordon@gmail.com", "2030-08-14"))
_GA = _case("Jacaranda Print Studio (Pty) Ltd", "Sipho Ndlovu", "Director", "4470 5512 140",
            "Telkom", [f"+2711555{n:04d}" for n in range(140, 146)],
            _addr("118 Jan Smuts Ave", "Johannesburg", "Gauteng", "2193", "ZA"),
            "+27825550199", "sipho@jacarandaprint.co.za", "2030-08-19")
_GA_PARTIAL = _home(_case("Naledi Khumalo", "Naledi Khumalo", "", "4470 5512 170", "Telkom",
                          [f"+2712555{n:04d}" for n in range(170, 174)],
                          _addr("41 Duncan St", "Pretoria", "Gauteng", "0181", "ZA"),
                          "+27825550179", "naledi.khumalo@webmail.co.za", "2030-08-21"))
_VO = _case("Bregenzerwälder Käserei GmbH", "Martina Feurstein", "Geschäftsführerin",
            "VA-5574-22140", "A1 Telekom Austria", [f"+43557422{n:03d}" for n in range(140, 146)],
            _addr("Kirchstraße 12", "Bregenz", "Vorarlberg", "6900", "AT"),
            "+436645550199", "m.feurstein@kaeserei-bregenzerwald.at", "2030-08-26")
_VO_PARTIAL = _home(_case("Stefan Bischof", "Stefan Bischof", "", "MT-5572-22170",
                          "Magenta Telekom", [f"+43557222{n:03d}" for n in range(170, 174)],
                          _addr("Marktstraße 33", "Dornbirn", "Vorarlberg", "6850", "AT"),
                          "+436645550179", "stefan.bischof@aon.at", "2030-08-28"))
_BI = _case("Txakoli Etxea S.L.", "Itziar Etxeberria", "Administradora", "EUS-944-240140",
            "Movistar", [f"+34944240{n:03d}" for n in range(140, 146)],
            _addr("Kale Nagusia 7", "Bilbao", "Bizkaia", "48005", "ES"),
            "+34655240199", "itziar@txakolietxea.eus", "2030-09-02")
_BI_PARTIAL = _home(_case("Jon Agirre", "Jon Agirre", "", "EK-946-240170", "Euskaltel",
                          [f"+34946240{n:03d}" for n in range(170, 174)],
                          _addr("Algortako etorbidea 21", "Getxo", "Bizkaia", "48990", "ES"),
                          "+34655240179", "jon.agirre@euskalnet.net", "2030-09-04"))
_GI = _case("Casemates Marine Services Ltd", "Daniel Ferrary", "Director", "GT-559-74140",
            "Gibtelecom", [f"+350200{n:05d}" for n in range(74140, 74146)],
            _addr("5 Queensway Quay", "Gibraltar", "", "GX11 1AA", "GI"),
            "+35057040199", "daniel@casematesmarine.gi", "2030-09-09")
_GI_PARTIAL = _home(_case("Maria Olivero", "Maria Olivero", "", "GT-559-74170", "Gibtelecom",
                          [f"+350200{n:05d}" for n in range(74170, 74174)],
                          _addr("14 Prince Edward's Road", "Gibraltar", "", "GX11 1AA", "GI"),
                          "+35057040179", "maria.olivero@gibtele.gi", "2030-09-11"))
_NU = _case("Nuuk Kaffivik ApS", "Aviaja Lynge", "Direktør", "TS-3214-00", "Tusass",
            [f"+2993214{n:02d}" for n in range(0, 5)],
            _addr("Imaneq 18", "Nuuk", "", "3900", "GL"),
            "+299521499", "aviaja@kaffivik.gl", "2030-09-16")
_NU_PARTIAL = _home(_case("Hans Kleist", "Hans Kleist", "", "TS-3417-00", "Tusass",
                          [f"+2993417{n:02d}" for n in range(0, 4)],
                          _addr("Qasapi 9", "Nuuk", "", "3905", "GL"),
                          "+299521799", "hans.kleist@greennet.gl", "2030-09-18"))
_IA = _case("Skunk River Feed & Seed LLC", "Greg Lindquist", "Owner", "515-232-0140-7",
            "CenturyLink", [f"+1515555{n:04d}" for n in range(140, 146)],
            _addr("2310 Lincoln Way", "Ames", "IA", "50014", "US"),
            "+15155550199", "greg@skunkriverfeed.com", "2030-09-23")
_IA_PARTIAL = _home(_case("Linda Vos", "Linda Vos", "", "319-364-0170-2", "ImOn Communications",
                          [f"+1319555{n:04d}" for n in range(170, 174)],
                          _addr("1205 1st Ave SE", "Cedar Rapids", "IA", "52402", "US"),
                          "+13195550179", "linda.vos@imonmail.com", "2030-09-25"))

ROUND38_CASES: dict[str, dict[str, Any]] = {
    "r38-sh": _SH,
    "r38-sh-partial": _partial(_SH_PARTIAL, [], keep=1),
    "r38-nv": _NV,
    "r38-nv-partial": _partial(_NV_PARTIAL, [], keep=1),
    "r38-ga": _GA,
    "r38-ga-partial": _partial(_GA_PARTIAL, [], keep=1),
    "r38-vo": _VO,
    "r38-vo-partial": _partial(_VO_PARTIAL, [], keep=1),
    "r38-bi": _BI,
    "r38-bi-partial": _partial(_BI_PARTIAL, [], keep=1),
    "r38-gi": _GI,
    "r38-gi-partial": _partial(_GI_PARTIAL, [], keep=1),
    "r38-nu": _NU,
    "r38-nu-partial": _partial(_NU_PARTIAL, [], keep=1),
    "r38-ia": _IA,
    "r38-ia-partial": _partial(_IA_PARTIAL, [], keep=1),
}
