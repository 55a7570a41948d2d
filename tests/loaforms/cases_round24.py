"""Round 24's port cases (tests/loaforms/forms_round24_*.py): customers in the Colorado
mountains, Saskatchewan, Lancashire, Brittany, Tyrol, Hamburg, Valencia, Paraguay, Mozambique,
Cabo Verde, Côte d'Ivoire and Barbados. Each form has two: one account porting all of several
numbers (a full port) and one porting some of its numbers while others stay with the current
carrier (a partial port).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_CO = _case("Silver Plume Ski Rentals LLC", "Dana Whitfield", "Managing Member",
            "970-2241-0087", "Red Cliff Mountain Telephone Co.",
            [f"+1970555{n:04d}" for n in range(140, 146)],
            _addr("212 Main Street", "Silverton", "CO", "81433", "US", "Unit B"),
            "+19705550199", "dana@silverplumeski.com", "2028-08-07")
_CO_PARTIAL = _case("Ouray Hot Springs Lodge Inc.", "Miguel Archuleta", "General Manager",
                    "970-3318-2204", "Red Cliff Mountain Telephone Co.",
                    [f"+1970555{n:04d}" for n in range(170, 175)],
                    _addr("1220 Main Street", "Ouray", "CO", "81427", "US"),
                    "+19705550179", "miguel@ourayhotsprings.com", "2028-08-09")
_SK = _case("Prairie Lily Seed Cleaning Ltd.", "Gordon Halvorson", "Secretary-Treasurer",
            "306-771-4420-9", "SaskTel", [f"+1306555{n:04d}" for n in range(140, 147)],
            _addr("401 Railway Avenue", "Humboldt", "SK", "S0K 2A0", "CA"),
            "+13065550199", "gordon@prairielilyseed.ca", "2028-08-14")
_SK_PARTIAL = _home(_case("Annika Wiebe", "Annika Wiebe", "", "306-2209-7718", "SaskTel",
                          [f"+1306555{n:04d}" for n in range(170, 176)],
                          _addr("18 Lakeview Crescent", "Regina Beach", "SK", "S0G 4C0", "CA"),
                          "+13065550179", "annika.wiebe@sasktel.net", "2028-08-16"))
_LANCS = _case("Ribble Valley Joinery Ltd", "Shaun Greenhalgh", "Director", "LK-40921-774",
               "BT", [f"+441772960{n:03d}" for n in range(140, 148)],
               _addr("Unit 6, Lower Lane", "Longridge", "", "PR3 3SL", "GB"),
               "+441772960199", "shaun@ribblevalleyjoinery.co.uk", "2028-08-21")
_LANCS_PARTIAL = _case("Pendle Hill Tearooms", "Gillian Nuttall", "Proprietor", "VMB-7718-2209",
                       "Virgin Media Business", [f"+441282960{n:03d}" for n in range(170, 176)],
                       _addr("3 Barley Lane", "Barley", "", "BB12 9JX", "GB"),
                       "+441282960179", "gill@pendlehilltearooms.co.uk", "2028-08-23")
_BZH = _case("Crêperie Ty Breizh SARL", "Gwenaëlle Le Goff", "Gérante", "0298 441 772",
             "Orange", [f"+33298555{n:03d}" for n in range(140, 147)],
             _addr("14 rue de Siam", "Brest", "", "29200", "FR"),
             "+33298555199", "contact@tybreizh.fr", "2028-08-28")
_BZH_PARTIAL = _case("Cabinet Kervella & Associés", "Yann Kervella", "Associé",
                     "SFR-2209-4471", "SFR Business", [f"+33299555{n:03d}" for n in range(170, 176)],
                     _addr("7 quai Duguay-Trouin", "Rennes", "", "35000", "FR"),
                     "+33299555179", "y.kervella@kervella-avocats.fr", "2028-08-30")

_AT = _case("Alpenhof Stubai GmbH", "Johanna Pfurtscheller", "Geschäftsführerin",
            "A1-7718-22094", "A1 Telekom Austria AG",
            [f"+43512555{n:03d}" for n in range(140, 146)],
            _addr("Maria-Theresien-Straße 18", "Innsbruck", "", "6020", "AT"),
            "+43512555199", "office@alpenhof-stubai.at", "2028-09-04")
_AT_PARTIAL = _case("Bergbahnen Brixental OG", "Florian Hechenberger", "Gesellschafter",
                    "MA-2209-4471", "Magenta Telekom",
                    [f"+435356555{n:03d}" for n in range(170, 176)],
                    _addr("Hinterstadt 9", "Kitzbühel", "", "6370", "AT"),
                    "+435356555179", "florian@bergbahnen-brixental.at", "2028-09-06")
_HH = _case("Elbufer Logistik GmbH & Co. KG", "Sönke Petersen", "Prokurist", "DT-440921177",
            "Telekom Deutschland GmbH", [f"+49405550{n:03d}" for n in range(140, 148)],
            _addr("Große Elbstraße 145", "Hamburg", "", "22767", "DE"),
            "+49405550199", "s.petersen@elbufer-logistik.de", "2028-09-11")
_HH_PARTIAL = _case("Kanzlei Brandt & Yilmaz", "Derya Yilmaz", "Partnerin", "VF-7718-2209",
                    "Vodafone GmbH", [f"+49405550{n:03d}" for n in range(170, 176)],
                    _addr("Neuer Wall 50", "Hamburg", "", "20354", "DE"),
                    "+49405550179", "yilmaz@brandt-yilmaz.de", "2028-09-13")
_VLC = _case("Horchatería La Alquería S.L.", "Vicent Ferrer Climent", "Administrador único",
             "ES-4471-0921", "Telefónica de España S.A.U.",
             [f"+34963555{n:03d}" for n in range(140, 146)],
             _addr("Carrer de Cirilo Amorós 44", "València", "Valencia", "46004", "ES"),
             "+34963555199", "vicent@laalqueria.es", "2028-09-18")
_VLC_PARTIAL = _case("Clínica Dental Safor S.L.P.", "Amparo Giner Puig", "Socia directora",
                     "VF-2209-7718", "Vodafone España S.A.U.",
                     [f"+34962555{n:03d}" for n in range(170, 176)],
                     _addr("Passeig de les Germanies 21", "Gandia", "Valencia", "46701", "ES"),
                     "+34962555179", "amparo@dentalsafor.es", "2028-09-20")
_PY = _case("Yerbatera Ñandutí S.A.", "Rodrigo Benítez Ayala", "Gerente General",
            "COPACO-441092", "COPACO S.A.", [f"+5952155501{n:02d}" for n in range(40, 47)],
            _addr("Avda. Mariscal López 1820", "Asunción", "", "1209", "PY"),
            "+595215550199", "rbenitez@yerbaterananduti.com.py", "2028-09-25")
_PY_PARTIAL = _home(_case("Liz Carolina Duarte", "Liz Carolina Duarte", "", "COPACO-771822",
                          "COPACO S.A.", [f"+5952155501{n:02d}" for n in range(70, 75)],
                          _addr("Tte. Fariña 455", "Asunción", "", "1215", "PY"),
                          "+595215550179", "lizduarte@tigo.com.py", "2028-09-27"))
_MZ = _case("Cajueiro Consultores, Lda.", "Ana Paula Macuácua", "Directora-Geral",
            "TDM-2209-4471", "Tmcel", [f"+25821555{n:03d}" for n in range(140, 146)],
            _addr("Avenida Julius Nyerere 1234", "Maputo", "Maputo Cidade", "1100", "MZ"),
            "+25821555199", "apmacuacua@cajueiro.co.mz", "2028-10-02")
_MZ_PARTIAL = _case("Pousada Ilha Azul", "Jorge Muianga", "Sócio-gerente", "TDM-7718-0921",
                    "Tmcel", [f"+25823555{n:03d}" for n in range(170, 175)],
                    _addr("Rua dos Continuadores 18", "Beira", "Sofala", "2100", "MZ"),
                    "+25823555179", "jorge@ilhaazul.co.mz", "2028-10-04")
_CV = _case("Morabeza Turismo, Lda.", "Djamila Tavares Lopes", "Gerente",
            "CVT-44092-17", "CV Telecom", [f"+23826155{n:02d}" for n in range(40, 46)],
            _addr("Avenida Cidade de Lisboa 12", "Praia", "", "7600", "CV"),
            "+2382615599", "djamila@morabezaturismo.cv", "2028-10-09")
_CV_PARTIAL = _case("Padaria Sabura", "Nelson Fortes", "Proprietário", "CVT-77180-22",
                    "CV Telecom", [f"+23828355{n:02d}" for n in range(70, 75)],
                    _addr("Rua de Santo António 7", "Espargos", "", "4110", "CV"),
                    "+2382835579", "padariasabura@cvtelecom.cv", "2028-10-11")
_CI = _case("Maquis Le Baobab SARL", "Aya Koné", "Gérante", "CI-OR-4410921",
            "Orange Côte d'Ivoire", [f"+22527225551{n:02d}" for n in range(40, 46)],
            _addr("Rue des Jardins, Deux Plateaux", "Abidjan", "", "", "CI"),
            "+2252722555199", "aya.kone@maquisbaobab.ci", "2028-10-16")
_CI_PARTIAL = _case("Cabinet Yao & Kouassi", "Serge Kouassi", "Associé",
                    "CI-MTN-7718209", "MTN Côte d'Ivoire",
                    [f"+22527215551{n:02d}" for n in range(70, 76)],
                    _addr("Boulevard de la République", "Abidjan", "", "", "CI"),
                    "+2252721555179", "s.kouassi@yaokouassi.ci", "2028-10-18")
_BB = _case("Coral Reef Dive Shop Inc.", "Keisha Worrell", "Operations Manager",
            "FLOW-2209-4471", "Flow Barbados", [f"+1246427{n:04d}" for n in range(140, 147)],
            _addr("Bay Street", "Bridgetown", "St. Michael", "BB11114", "BB"),
            "+12464270199", "keisha@coralreefdive.bb", "2028-10-23")
_BB_PARTIAL = _home(_case("Trevor Clarke", "Trevor Clarke", "", "DIG-7718-0921",
                          "Digicel Barbados", [f"+1246434{n:04d}" for n in range(170, 176)],
                          _addr("12 Rockley Terrace", "Christ Church", "Christ Church",
                                "BB15139", "BB"),
                          "+12464340179", "tclarke@caribsurf.bb", "2028-10-25"))

ROUND24_CASES: dict[str, dict[str, Any]] = {
    "r24-co": _CO,
    "r24-co-partial": _partial(_CO_PARTIAL, [], keep=2),
    "r24-sk": _SK,
    "r24-sk-partial": _partial(_SK_PARTIAL, [], keep=2),
    "r24-lancs": _LANCS,
    "r24-lancs-partial": _partial(_LANCS_PARTIAL, [], keep=2),
    "r24-bzh": _BZH,
    "r24-bzh-partial": _partial(_BZH_PARTIAL, [], keep=2),
    "r24-at": _AT,
    "r24-at-partial": _partial(_AT_PARTIAL, [], keep=2),
    "r24-hh": _HH,
    "r24-hh-partial": _partial(_HH_PARTIAL, [], keep=2),
    "r24-vlc": _VLC,
    "r24-vlc-partial": _partial(_VLC_PARTIAL, [], keep=2),
    "r24-py": _PY,
    "r24-py-partial": _partial(_PY_PARTIAL, [], keep=1),
    "r24-mz": _MZ,
    "r24-mz-partial": _partial(_MZ_PARTIAL, [], keep=2),
    "r24-cv": _CV,
    "r24-cv-partial": _partial(_CV_PARTIAL, [], keep=2),
    "r24-ci": _CI,
    "r24-ci-partial": _partial(_CI_PARTIAL, [], keep=2),
    "r24-bb": _BB,
    "r24-bb-partial": _partial(_BB_PARTIAL, [], keep=2),
}
