"""Round 37's port cases (tests/loaforms/forms_round37_*.py, held back): customers in Gozo,
Wyoming, the Haifa District, North Ostrobothnia, Maramureș, Utah, the Banská Bystrica Region and
the Northern Territory. Each form has two: one business porting all of several numbers (a full
port) and one household porting some of its numbers while others stay with the current carrier
(a partial port: no title, a business-only blank stays empty). The Maramureș and Utah
businesses carry an account PIN (their tables' PIN column takes it on a number's row); the
households beside them have none (the column stays empty). The Maramureș business ports seven
numbers (its table's last row is reached). The North Ostrobothnia and Banská Bystrica
businesses port fixed lines and the households beside them mobiles (the service-kind boxes
follow). No case has a billing address or a billing name apart from the account's.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_GO = _case("Ta' Dbiegi Ceramics Ltd", "Marija Camilleri", "Direttur", "GO-2155-1400",
            "GO plc", [f"+3562155{n:04d}" for n in range(1400, 1405)],
            _addr("12, Triq l-Imġarr", "Għajnsielem", "", "GSM 1012", "MT"),
            "+35679551499", "marija@tadbiegiceramics.com.mt", "2030-06-03")
_GO_PARTIAL = _home(_case("Ġużeppi Xuereb", "Ġużeppi Xuereb", "", "EP-2156-1700", "Epic",
                          [f"+3562156{n:04d}" for n in range(1700, 1704)],
                          _addr("7, Triq San Ġorġ", "Victoria", "", "VCT 1010", "MT"),
                          "+35679551799", "guzeppi.xuereb@maltanet.net", "2030-06-05"))
_WY = _case("Sinks Canyon Outfitters LLC", "Dale Harrington", "Owner", "307-856-1140-2",
            "CenturyLink", [f"+1307555{n:04d}" for n in range(140, 146)],
            _addr("615 Main St", "Lander", "WY", "82520", "US"),
            "+13075550199", "dale@sinkscanyonoutfitters.com", "2030-06-10")
_WY_PARTIAL = _home(_case("Judy Fenton", "Judy Fenton", "", "307-634-0170-5", "Spectrum",
                          [f"+1307555{n:04d}" for n in range(170, 174)],
                          _addr("1420 Thomes Ave", "Cheyenne", "WY", "82001", "US"),
                          "+13075550179", "judy.fenton@charter.net", "2030-06-12"))
_HA = _case("קפה הכרמל בע״מ", "מיכל לוי", "מנהלת", "BZ-04-5514", "Bezeq",
            [f"+9724855{n:04d}" for n in range(1400, 1405)],
            _addr("שדרות מוריה 25", "חיפה", "", "3457201", "IL"),
            "+972525551499", "michal@cafehacarmel.co.il", "2030-06-17")
_HA_PARTIAL = _home(_case("יוסי כהן", "יוסי כהן", "", "HOT-04-0170", "HOT",
                          [f"+9724855{n:04d}" for n in range(1700, 1704)],
                          _addr("רחוב הרצל 40", "חיפה", "", "3303940", "IL"),
                          "+972525551799", "yossi.cohen@walla.co.il", "2030-06-19"))
_NO = _case("Oulun Puusepät Oy", "Jukka Heikkinen", "Toimitusjohtaja", "EL-88-551400", "Elisa",
            [f"+3588555{n:04d}" for n in range(1400, 1405)],
            _addr("Isokatu 22", "Oulu", "", "90100", "FI"),
            "+358401551499", "jukka.heikkinen@oulunpuusepat.fi", "2030-06-24")
_NO_PARTIAL = _home(_case("Aino Mäkelä", "Aino Mäkelä", "", "TE-92-170170", "Telia",
                          [f"+35840155{n:04d}" for n in range(1700, 1704)],
                          _addr("Kirkkokatu 5", "Raahe", "", "92100", "FI"),
                          "+358401551799", "aino.makela@gmail.com", "2030-06-26"))
_MM = _case("Lemn Maramureșean SRL", "Ioana Pop", "Administrator", "TK-262-551400",
            "Telekom Romania", [f"+40262555{n:03d}" for n in range(140, 147)],
            _addr("Strada Gheorghe Șincai 18", "Baia Mare", "Maramureș", "430311", "RO"),
            "+40722555199", "ioana.pop@lemnmaramuresean.ro", "2030-07-01")
_MM["pin"] = "4471"
_MM_PARTIAL = _home(_case("Vasile Rus", "Vasile Rus", "", "RCS-262-0170", "Digi",
                          [f"+40262255{n:03d}" for n in range(170, 174)],
                          _addr("Strada Unirii 3", "Sighetu Marmației", "Maramureș", "435500",
                                "RO"),
                          "+40722555179", "vasile.rus@yahoo.ro", "2030-07-03"))
_UT = _case("Bonneville Salt Works LLC", "Travis Nielsen", "Operations Manager",
            "801-363-1140-9", "CenturyLink", [f"+1801555{n:04d}" for n in range(140, 146)],
            _addr("1850 S 300 W", "Salt Lake City", "UT", "84115", "US"),
            "+18015550199", "tnielsen@bonnevillesalt.com", "2030-07-08")
_UT["pin"] = "3308"
_UT_PARTIAL = _home(_case("Karen Olsen", "Karen Olsen", "", "435-752-0170-4", "Comcast",
                          [f"+1435555{n:04d}" for n in range(170, 174)],
                          _addr("85 N Main St", "Logan", "UT", "84321", "US"),
                          "+14355550179", "karen.olsen@comcast.net", "2030-07-10"))
_BB = _case("Horehronská pekáreň s.r.o.", "Martin Kováč", "konateľ", "ST-48-551400",
            "Slovak Telekom", [f"+4214855{n:05d}" for n in range(51400, 51406)],
            _addr("Horná 44", "Banská Bystrica", "", "974 01", "SK"),
            "+421905551499", "kovac@horehronskapekaren.sk", "2030-07-15")
_BB_PARTIAL = _home(_case("Zuzana Hrušková", "Zuzana Hrušková", "", "OR-48-0170", "Orange Slovensko",
                          [f"+42190555{n:04d}" for n in range(1700, 1704)],
                          _addr("Nám. gen. M. R. Štefánika 3", "Brezno", "", "977 01", "SK"),
                          "+421905551799", "zuzana.hruskova@azet.sk", "2030-07-17"))
_NT = _case("Mindil Beach Charters Pty Ltd", "Sarah Nguyen", "Director", "TLS 4455 1400",
            "Telstra", [f"+6188981{n:04d}" for n in range(5140, 5146)],
            _addr("3 Frances Bay Dr", "Stuart Park", "NT", "0820", "AU"),
            "+61401555199", "sarah@mindilcharters.com.au", "2030-07-22")
_NT_PARTIAL = _home(_case("Gary Whitfield", "Gary Whitfield", "", "OPT 3355 0170", "Optus",
                          [f"+6188955{n:04d}" for n in range(5170, 5174)],
                          _addr("14 Todd St", "Alice Springs", "NT", "0870", "AU"),
                          "+61401555179", "gary.whitfield@bigpond.com", "2030-07-24"))

ROUND37_CASES: dict[str, dict[str, Any]] = {
    "r37-go": _GO,
    "r37-go-partial": _partial(_GO_PARTIAL, [], keep=1),
    "r37-wy": _WY,
    "r37-wy-partial": _partial(_WY_PARTIAL, [], keep=1),
    "r37-ha": _HA,
    "r37-ha-partial": _partial(_HA_PARTIAL, [], keep=1),
    "r37-no": _NO,
    "r37-no-partial": _partial(_NO_PARTIAL, [], keep=1),
    "r37-mm": _MM,
    "r37-mm-partial": _partial(_MM_PARTIAL, [], keep=1),
    "r37-ut": _UT,
    "r37-ut-partial": _partial(_UT_PARTIAL, [], keep=1),
    "r37-bb": _BB,
    "r37-bb-partial": _partial(_BB_PARTIAL, [], keep=1),
    "r37-nt": _NT,
    "r37-nt-partial": _partial(_NT_PARTIAL, [], keep=1),
}
