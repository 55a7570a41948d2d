"""Round 28's port cases (tests/loaforms/forms_round28_*.py): customers in Oklahoma,
Saskatchewan, Yorkshire, Porto, Andalusia, Tuscany, Provence, Zealand, Uganda, Madagascar,
Vestland and Hanoi. Each form has two: one account porting all of several numbers (a full port)
and one porting some of its numbers while others stay with the current carrier (a partial port).
The numbers of a case are one consecutive block, as a ranges table ("From | To | Quantity")
wants them.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ofcom's 0113 496 0xxx); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_OK = _case("Red Earth Pecan Orchards & Country Store LLC", "Dale Whitfield", "Owner",
            "405-771-8220", "AT&T Oklahoma", [f"+1405555{n:04d}" for n in range(140, 146)],
            _addr("2210 N Broadway Ave", "Edmond", "OK", "73034", "US", "Suite 4"),
            "+14055550199", "dale@redearthpecans.com", "2029-02-12")
_OK_PARTIAL = _home(_case("Lorena Tsosie", "Lorena Tsosie", "", "918-226-4471",
                          "AT&T Oklahoma", [f"+1918555{n:04d}" for n in range(170, 175)],
                          _addr("1407 S Boston Ave", "Tulsa", "OK", "74119", "US"),
                          "+19185550179", "lorena.tsosie@okmail.com", "2029-02-14"))
_SK = _case("Prairie Sky Grain Brokers Ltd.", "Evelyn Kowalchuk", "President", "SKT-4471-0921",
            "SaskTel", [f"+1306555{n:04d}" for n in range(140, 146)],
            _addr("1204 Albert Street", "Regina", "SK", "S4R 2P9", "CA", "Unit 3"),
            "+13065550199", "evelyn@prairiesky.ca", "2029-02-19")
_SK["billing_address"] = _addr("PO Box 1180", "Regina", "SK", "S4P 3B4", "CA")
_SK_PARTIAL = _case("Batoche Veterinary Clinic", "Marc Fiddler", "Practice Manager",
                    "SKT-2209-7718", "SaskTel", [f"+1306555{n:04d}" for n in range(170, 176)],
                    _addr("315 Central Avenue", "Prince Albert", "SK", "S6V 4V8", "CA"),
                    "+13065550179", "marc@batochevet.ca", "2029-02-21")
_YKS = _case("Calder Valley Woollen Mills Ltd", "Harriet Sowerby", "Company Secretary",
             "BTB-4471-0921", "BT Business", [f"+44113496{n:04d}" for n in range(140, 147)],
             _addr("Unit 5, Calls Landing", "Leeds", "", "LS2 7EW", "GB"),
             "+441134960199", "harriet@caldervalleymills.co.uk", "2029-02-26")
_YKS_PARTIAL = _case("Whitby Kipper Smokehouse", "Edwin Storr", "Proprietor", "VMB-2209-18",
                     "Virgin Media Business", [f"+44113496{n:04d}" for n in range(170, 176)],
                     _addr("18 Henrietta Street", "Whitby", "", "YO22 4DW", "GB"),
                     "+441134960179", "edwin@whitbykippers.co.uk", "2029-02-28")
_PT = _case("Caves do Douro Ribeira, Lda.", "Inês Carvalho Moreira", "Gerente",
            "MEO-4471-0921", "MEO", [f"+351223555{n:03d}" for n in range(140, 146)],
            _addr("Rua de Santa Catarina 112, 3.º Esq.", "Porto", "", "4000-447", "PT"),
            "+351223555199", "ines@cavesribeira.pt", "2029-03-05")
_PT_PARTIAL = _case("Livraria Foz Velha, Lda.", "Rui Pinto Sousa", "Sócio-gerente",
                    "NOS-2209-7718", "NOS Comunicações", [f"+351226555{n:03d}"
                                                        for n in range(170, 176)],
                    _addr("Rua do Passeio Alegre 40", "Porto", "", "4150-573", "PT"),
                    "+351226555179", "rui@livrariafozvelha.pt", "2029-03-07")

_AND = _case("Bodegas Guadalquivir S.L.", "Rocío Jiménez Ortega", "Administradora",
             "MOV-4471-0921", "Movistar", [f"+34954555{n:03d}" for n in range(140, 146)],
             _addr("Calle Betis 24", "Sevilla", "Sevilla", "41010", "ES"),
             "+34954555199", "rocio@bodegasguadalquivir.es", "2029-03-12")
_AND_PARTIAL = _home(_case("Antonio Ruiz Castillo", "Antonio Ruiz Castillo", "", "ORG-2209771",
                           "Orange Espagne", [f"+34958555{n:03d}" for n in range(170, 175)],
                           _addr("Calle Elvira 33", "Granada", "Granada", "18010", "ES"),
                           "+34958555179", "antonio.ruiz@correo.es", "2029-03-14"))
_TOS = _case("Oleificio Colline Senesi S.r.l.", "Giulia Bartolini", "Amministratrice",
             "TIM-4471-0921", "TIM", [f"+39055555{n:04d}" for n in range(140, 146)],
             _addr("Via dei Calzaiuoli 18", "Firenze", "FI", "50122", "IT"),
             "+390555550199", "giulia@collinesenesi.it", "2029-03-19")
_TOS_PARTIAL = _case("Ceramiche Lucchesi S.n.c.", "Paolo Lucchesi", "Socio",
                     "FW-2209-7718", "Fastweb", [f"+39058355{n:04d}" for n in range(5170, 5176)],
                     _addr("Via Fillungo 121", "Lucca", "LU", "55100", "IT"),
                     "+390583555179", "paolo@ceramichelucchesi.it", "2029-03-21")
_PRV = _case("Savonnerie du Vieux-Port SARL", "Margaux Fabre", "Gérante", "OB-4471-0921",
             "Orange Business", [f"+33491550{n:03d}" for n in range(140, 146)],
             _addr("14 quai de Rive-Neuve", "Marseille", "", "13007", "FR"),
             "+33491550199", "margaux@savonnerie-vieuxport.fr", "2029-03-26")
_PRV_PARTIAL = _case("Mas des Alpilles SCEA", "Olivier Roux", "Gérant", "SFR-2209-7718",
                     "SFR Business", [f"+33490550{n:03d}" for n in range(170, 176)],
                     _addr("Route de Maillane 7", "Saint-Rémy-de-Provence", "", "13210", "FR"),
                     "+33490550179", "olivier@masdesalpilles.fr", "2029-03-28")
_DK = _case("Roskilde Fjord Kajak ApS", "Mette Lindholm", "Direktør", "TDC-4471-0921",
            "TDC Erhverv", [f"+454655{n:04d}" for n in range(140, 146)],
            _addr("Strandvejen 12", "Roskilde", "", "4000", "DK"),
            "+4546550199", "mette@fjordkajak.dk", "2029-04-02")
_DK_PARTIAL = _home(_case("Søren Kragh", "Søren Kragh", "", "TELIA-2209-77", "Telia Danmark",
                          [f"+455955{n:04d}" for n in range(170, 175)],
                          _addr("Algade 44", "Holbæk", "", "4300", "DK"),
                          "+4559550179", "soren.kragh@mail.dk", "2029-04-04"))

_UG = _case("Kampala Coffee Exporters Ltd", "Grace Nakato", "Managing Director",
            "UTL-4471092", "Uganda Telecom", [f"+256414555{n:03d}" for n in range(140, 146)],
            _addr("Plot 14, Kampala Road", "Kampala", "Central", "", "UG"),
            "+256414555199", "grace@kampalacoffee.co.ug", "2029-04-09")
_UG_PARTIAL = _case("Jinja Riverside Lodge Ltd", "Peter Okello", "General Manager",
                    "MTN-UG-2209771", "MTN Uganda", [f"+256434555{n:03d}"
                                                     for n in range(170, 176)],
                    _addr("Plot 3, Nile Crescent", "Jinja", "Eastern", "", "UG"),
                    "+256434555179", "peter@jinjariverside.co.ug", "2029-04-11")
_MG = _case("Vanille d'Analamanga SARL", "Hery Rakotomalala", "Gérant", "TLM-4471092",
            "Telma", [f"+26120225{n:04d}" for n in range(5140, 5146)],
            _addr("Lot II M 85, Rue Ratsimilaho", "Antananarivo", "", "101", "MG"),
            "+261202255199", "hery@vanille-analamanga.mg", "2029-04-16")
_MG_PARTIAL = _case("Hôtel Les Flamboyants", "Voahangy Randria", "Directrice",
                    "ORG-MG-2209771", "Orange Madagascar",
                    [f"+26120225{n:04d}" for n in range(5170, 5176)],
                    _addr("Boulevard Joffre 22", "Toamasina", "", "501", "MG"),
                    "+261202255179", "v.randria@lesflamboyants.mg", "2029-04-18")
_NO = _case("Bryggen Sjømat AS", "Ingrid Haugland", "Daglig leder", "TN-4471-0921",
            "Telenor Norge AS", [f"+475555{n:04d}" for n in range(140, 146)],
            _addr("Bryggen 15", "Bergen", "", "5003", "NO"),
            "+4755550199", "ingrid@bryggensjomat.no", "2029-04-23")
_NO_PARTIAL = _home(_case("Kjetil Nesheim", "Kjetil Nesheim", "", "TELIA-2209-77",
                          "Telia Norge AS", [f"+475771{n:04d}" for n in range(170, 175)],
                          _addr("Fjordgata 8", "Sogndal", "", "6856", "NO"),
                          "+4757710179", "kjetil.nesheim@epost.no", "2029-04-25"))
_VN = _case("Công ty TNHH Gốm Bát Tràng", "Nguyễn Thị Lan", "Giám đốc", "VNPT-4471092",
            "VNPT", [f"+84243555{n:04d}" for n in range(140, 146)],
            _addr("Số 12 Phố Hàng Gai", "Hà Nội", "", "100000", "VN"),
            "+842435550199", "lan@gombattrang.vn", "2029-05-02")
_VN_PARTIAL = _case("Nhà hàng Hồ Tây", "Trần Văn Minh", "Chủ sở hữu", "VTL-2209771",
                    "Viettel", [f"+84243555{n:04d}" for n in range(170, 176)],
                    _addr("Số 45 Đường Thanh Niên", "Hà Nội", "", "100000", "VN"),
                    "+842435550179", "minh@nhahanghotay.vn", "2029-05-04")

ROUND28_CASES: dict[str, dict[str, Any]] = {
    "r28-ok": _OK,
    "r28-ok-partial": _partial(_OK_PARTIAL, [], keep=1),
    "r28-sk": _SK,
    "r28-sk-partial": _partial(_SK_PARTIAL, [], keep=2),
    "r28-yks": _YKS,
    "r28-yks-partial": _partial(_YKS_PARTIAL, [], keep=2),
    "r28-pt": _PT,
    "r28-pt-partial": _partial(_PT_PARTIAL, [], keep=2),
    "r28-and": _AND,
    "r28-and-partial": _partial(_AND_PARTIAL, [], keep=1),
    "r28-tos": _TOS,
    "r28-tos-partial": _partial(_TOS_PARTIAL, [], keep=2),
    "r28-prv": _PRV,
    "r28-prv-partial": _partial(_PRV_PARTIAL, [], keep=2),
    "r28-dk": _DK,
    "r28-dk-partial": _partial(_DK_PARTIAL, [], keep=1),
    "r28-ug": _UG,
    "r28-ug-partial": _partial(_UG_PARTIAL, [], keep=2),
    "r28-mg": _MG,
    "r28-mg-partial": _partial(_MG_PARTIAL, [], keep=2),
    "r28-no": _NO,
    "r28-no-partial": _partial(_NO_PARTIAL, [], keep=1),
    "r28-vn": _VN,
    "r28-vn-partial": _partial(_VN_PARTIAL, [], keep=2),
}
