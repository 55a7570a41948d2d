"""Round 19's port cases (tests/loaforms/forms_round19_*.py, held back): customers in Texas (a
Fort Stockton feed store and an Alpine household), Manitoba (a Winnipeg millwork shop), the
Dominican Republic (a Santo Domingo Este hardware store and a household there), Uruguay (a
Montevideo winery's mobiles and a household's), Cyprus (a Nicosia architects' practice), Liechtenstein
(a Vaduz precision-engineering company), the Isle of Man (a Laxey holiday-let company and a Ramsey
household) and Malaysia (a Petaling Jaya trading company). Each form has two cases: a full port
of several numbers and a partial port whose last numbers stay with the current provider.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, in the Dominican Republic's 809 / 829 too); elsewhere made-up lines, each a valid number
of its country (Uruguay's are mobiles: 09X XXX XXX).
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round13 import _addr, _home

_TX = _case("Pecos Valley Feed & Supply LLC", "Dwayne Kimbrough", "Owner", "32-1187-0450",
            "AT&T Texas", [f"+1432555{n:04d}" for n in range(120, 125)],
            _addr("2210 S Eddy St", "Fort Stockton", "TX", "79735", "US"),
            "+14325550129", "dwayne@pecosvalleyfeed.com", "2027-11-08")
_TX["pin"] = "4418"
_TX_HOME = _home(_case("Guadalupe Saldívar", "Guadalupe Saldívar", "", "915-837-4402-118",
                       "Frontier Communications", ["+14325550140", "+14325550141"],
                       _addr("1407 County Road 210", "Alpine", "TX", "79830", "US"),
                       "+14325550149", "lupe.saldivar@example.com", "2027-11-09"), pin="7261")
_MB = _case("Red River Millwork Ltd.", "Gaétan Lavallée", "Controller", "204 555-0150 419",
            "Bell MTS", [f"+1204555{n:04d}" for n in range(150, 155)],
            _addr("1450 Sargent Ave", "Winnipeg", "MB", "R3E 0G4", "CA", "Unit 3"),
            "+12045550159", "glavallee@redrivermillwork.ca", "2027-11-15")
_DO = _case("Ferretería Los Tres Ojos, S.R.L.", "Yokasta Almonte Peña", "Gerente General",
            "700-448127", "Claro Dominicana", [f"+1809555{n:04d}" for n in range(160, 164)],
            _addr("Av. Venezuela No. 48", "Santo Domingo Este", "Santo Domingo", "11506", "DO"),
            "+18095550169", "yalmonte@ferreterialostresojos.do", "2027-11-17")
_DO_HOME = _home(_case("Rafael Emilio Báez Cruz", "Rafael Emilio Báez Cruz", "", "829-0917-3355",
                       "Altice Dominicana", ["+18295550170", "+18295550171"],
                       _addr("Calle Respaldo 12 No. 7", "Santo Domingo Este", "Santo Domingo",
                             "11509", "DO", "Ens. Ozama"),
                       "+18295550179", "rafael.baez@example.com.do", "2027-11-18"))
_UY = _case("Bodega Cerro Chapeu S.A.", "Martín Olivera Techera", "Director", "7710-4452",
            "Movistar", [f"+5989455512{n}" for n in range(0, 5)],
            _addr("Rambla República de México 5515", "Montevideo", "Montevideo", "11400", "UY"),
            "+59894555129", "molivera@cerrochapeu.com.uy", "2027-11-22")
_UY_HOME = _home(_case("Lucía Fernández Acosta", "Lucía Fernández Acosta", "", "3320-9917",
                       "Claro", ["+59899555140", "+59899555141"],
                       _addr("Bulevar Artigas 1221 apto. 603", "Montevideo", "Montevideo",
                             "11300", "UY"),
                       "+59899555149", "lucia.fernandez@example.com.uy", "2027-11-23"))
_CY = _case("Petrides & Loizou Architects Ltd", "Andreas Petrides", "Managing Director",
            "1.2044.8815", "Cyta", [f"+3572276123{n}" for n in range(0, 5)],
            _addr("58 Makariou III Avenue", "Nicosia", "", "1065", "CY"),
            "+35722761239", "a.petrides@pl-architects.com.cy", "2027-11-29")
_LI = _case("Rheintal Präzisionsmechanik AG", "Corinne Büchel", "Geschäftsführerin",
            "80.441.927", "Telecom Liechtenstein AG", [f"+423237123{n}" for n in range(0, 5)],
            _addr("Äulestrasse 30", "Vaduz", "", "9490", "LI"),
            "+4232371239", "c.buechel@rheintal-praezision.li", "2027-12-01")
_IM = _case("Laxey Glen Holidays Limited", "Fenella Corlett", "Company Secretary", "MT-0044817",
            "Manx Telecom", [f"+44162466123{n}" for n in range(0, 8)],
            _addr("12 Athol Street", "Douglas", "", "IM1 1JA", "IM"),
            "+441624661239", "fenella@laxeyglenholidays.im", "2027-12-06")
_IM_HOME = _home(_case("Juan Kinvig", "Juan Kinvig", "", "MT-0091152", "Manx Telecom",
                       ["+441624555140", "+441624555141"],
                       _addr("4 Queen's Promenade", "Ramsey", "", "IM8 1BL", "IM"),
                       "+441624555149", "juan.kinvig@example.im", "2027-12-07"))
_MY = _case("Syarikat Bunga Raya Trading Sdn. Bhd.", "Nurul Aisyah binti Kamarudin",
            "Pengurus Operasi", "1-4408 2217", "Telekom Malaysia Berhad",
            [f"+6037880123{n}" for n in range(0, 5)],
            _addr("No. 18, Jalan SS 2/24", "Petaling Jaya", "Selangor", "47300", "MY"),
            "+60378801239", "nurul.aisyah@bungarayatrading.com.my", "2027-12-13")

ROUND19_CASES: dict[str, dict[str, Any]] = {
    "r19-tx": _TX,
    "r19-tx-home": _partial(_TX_HOME, ["+14325550142"], keep=1),
    "r19-mb": _MB,
    "r19-mb-partial": _partial(_MB, ["+12045550155", "+12045550156"], keep=3),
    "r19-do": _DO,
    "r19-do-home": _partial(_DO_HOME, ["+18295550172"], keep=1),
    "r19-uy": _UY,
    "r19-uy-home": _partial(_UY_HOME, ["+59899555142"], keep=1),
    "r19-cy": _CY,
    "r19-cy-partial": _partial(_CY, ["+35722761235", "+35722761236"], keep=2),
    "r19-li": _LI,
    "r19-li-partial": _partial(_LI, ["+4232371235", "+4232371236"], keep=2),
    "r19-im": _IM,
    "r19-im-home": _partial(_IM_HOME, ["+441624555142"], keep=1),
    "r19-my": _MY,
    "r19-my-partial": _partial(_MY, ["+60378801235", "+60378801236"], keep=2),
}
