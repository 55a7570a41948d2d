"""Round 15's port cases (tests/loaforms/forms_round15_*.py, held back): customers in the US (a
Minnesota veterinary clinic and a household leaving their local telephone companies, a Denver
dental studio leaving its cable provider for a hosted-voice provider), Denmark, Finland, the
Czech Republic, Luxembourg, India and the Philippines. Each form has two cases: a full port of
several numbers and a partial port whose last numbers stay with the current provider.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines, each a valid number of its country. The Czech cases carry
their ověřovací kód účastníka (OKU) as the PIN their current provider gave them.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round13 import _addr, _home

_US_MN = _case("Sauk Bend Veterinary Clinic PA", "Kristin Haugen", "Practice Manager",
               "507-555-0130-118", "Frontier Communications",
               [f"+1507555{n:04d}" for n in range(130, 136)],
               _addr("212 Main St S", "Sauk Centre", "MN", "56378", "US"),
               "+15075550139", "kristin@saukbendvet.com", "2027-07-06")
_US_MN["pin"] = "4418"
_US_MN_HOME = _home(_case("Arlo Vinje", "Arlo Vinje", "", "3208 4471 09", "CenturyLink",
                          ["+13205550141", "+13205550142", "+13205550143"],
                          _addr("18470 County Road 17", "Melrose", "MN", "56352", "US"),
                          "+13205550149", "arlo.vinje@example.com", "2027-07-08"), pin="0935")
_US_CO = _case("Juniper Peak Dental Studio LLC", "Dana Whitcombe", "Office Manager",
               "8497 30 021 0045518", "Comcast Business",
               [f"+1720555{n:04d}" for n in range(150, 158)],
               _addr("1550 Wynkoop St", "Denver", "CO", "80202", "US", "Suite 300"),
               "+17205550169", "dana@juniperpeakdental.com", "2027-07-12")
_US_CO["pin"] = "2281"
_DK = _case("Skovbryn Tømrer ApS", "Mette Kjærgaard", "Direktør", "1.204.889.310",
            "TDC Erhverv", [f"+453312604{n}" for n in range(0, 5)],
            _addr("Vesterbrogade 112", "København V", "", "1620", "DK"),
            "+4533126049", "mk@skovbryn-toemrer.dk", "2027-07-14")
_FI = _case("Kuusiston Kehys Oy", "Jussi Lehtinen", "toimitusjohtaja", "4410 2287 6",
            "Elisa Oyj", [f"+3583146012{n}" for n in range(0, 5)],
            _addr("Hämeenkatu 21", "Tampere", "", "33200", "FI"),
            "+3583146019", "jussi.lehtinen@kuusistonkehys.fi", "2027-07-19")
_FI_HOME = _home(_case("Aino Mäkelä", "Aino Mäkelä", "", "7719 0034 1", "Telia Finland Oyj",
                       ["+358923160120", "+358923160121"],
                       _addr("Runeberginkatu 38 B 14", "Helsinki", "", "00260", "FI"),
                       "+358401234567", "aino.makela@example.fi", "2027-07-21"))
_CZ = _case("Truhlářství Dvořák s.r.o.", "Petr Dvořák", "jednatel", "1148 2270 93",
            "O2 Czech Republic a.s.", [f"+42054121013{n}" for n in range(0, 6)],
            _addr("Údolní 33", "Brno", "", "602 00", "CZ"),
            "+420541210139", "petr.dvorak@truhlarstvi-dvorak.cz", "2027-07-26")
_CZ["pin"] = "81190004127731"
_LU = _case("Boulangerie Wampach S.à r.l.", "Claudine Wampach", "Gérante", "LU-0448 1902",
            "POST Luxembourg", [f"+3522648123{n}" for n in range(0, 5)],
            _addr("12, rue de Hollerich", "Luxembourg", "", "L-1741", "LU"),
            "+35226481239", "c.wampach@boulangerie-wampach.lu", "2027-08-02")
_IN = _case("Kaveri Logistics Pvt. Ltd.", "Anand Raghavan", "Head - Administration",
            "1.20448190", "Vodafone Idea Limited",
            [f"+9198200123{n:02d}" for n in range(40, 48)],
            _addr("Plot 14, Marol Industrial Area", "Mumbai", "Maharashtra", "400093", "IN",
                  "Andheri East"),
            "+912240150120", "anand.r@kaverilogistics.in", "2027-08-09")
_PH = _case("Bahay Kubo Trading Corp.", "Ma. Lourdes Dizon", "Office Manager",
            "1002 7731 4456", "Globe Telecom", [f"+6391781001{n}" for n in range(20, 26)],
            _addr("118 Aguirre St", "Makati City", "", "1229", "PH", "2F Sampaguita Bldg"),
            "+63288101234", "lourdes.dizon@bahaykubotrading.ph", "2027-08-16")

ROUND15_CASES: dict[str, dict[str, Any]] = {
    "r15-us-mn": _US_MN,
    "r15-us-mn-home": _partial(_US_MN_HOME, [], keep=1),
    "r15-us-co": _US_CO,
    "r15-us-co-partial": _partial(_US_CO, [f"+1720555{n:04d}" for n in range(158, 165)],
                                  keep=3),
    "r15-dk": _DK,
    "r15-dk-partial": _partial(_DK, ["+4533126045", "+4533126046"], keep=3),
    "r15-fi": _FI,
    "r15-fi-home": _partial(_FI_HOME, [], keep=1),
    "r15-cz": _CZ,
    "r15-cz-partial": _partial(_CZ, ["+420541210136", "+420541210137"], keep=2),
    "r15-lu": _LU,
    "r15-lu-partial": _partial(_LU, ["+35226481235", "+35226481236", "+35226481237"], keep=2),
    "r15-in": _IN,
    "r15-in-partial": _partial(_IN, [f"+9198200123{n:02d}" for n in range(48, 54)], keep=3),
    "r15-ph": _PH,
    "r15-ph-partial": _partial(_PH, ["+639178100126", "+639178100127"], keep=2),
}
