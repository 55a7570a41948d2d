"""Round 22's port cases (tests/loaforms/forms_round22_*.py): customers in Washington State,
Yukon, Northern Ireland, western Switzerland, Monaco, Saxony, Guatemala, Jersey, Suriname,
Angola, Bermuda and Senegal. Each form has two: one account porting all of several numbers (a
full port) and one porting some of its numbers while others stay with the current carrier (a
partial port).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Northern Ireland 028 9649 6XXX); elsewhere made-up lines that are valid numbers of the
country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_WA = _case("Evergreen Sound Veterinary Clinic PLLC", "Hannah Okafor", "Practice Manager",
            "253-771-0094-118", "Ziply Fiber", [f"+1253555{n:04d}" for n in range(140, 148)],
            _addr("4410 Pacific Ave", "Tacoma", "WA", "98408", "US", "Suite 200"),
            "+12535550199", "hokafor@evergreensoundvet.com", "2028-07-03")
_WA_PARTIAL = _case("Cascade Timber Brokers Inc.", "Roy Lindqvist", "President",
                    "360-2209-4471", "Lumen Technologies",
                    [f"+1360555{n:04d}" for n in range(170, 177)],
                    _addr("118 W Holly St", "Bellingham", "WA", "98225", "US"),
                    "+13605550179", "roy@cascadetimber.com", "2028-07-05")
_YT = _case("Klondike Trail Outfitters Ltd.", "Marie-Claude Sauvé", "General Manager",
            "867-4471-2209", "Northwestel", [f"+1867555{n:04d}" for n in range(140, 150)],
            _addr("2109 2nd Avenue", "Whitehorse", "YT", "Y1A 3T1", "CA"),
            "+18675550199", "mcsauve@klondiketrail.ca", "2028-07-10")
_YT_PARTIAL = _home(_case("Trevor Nakamura", "Trevor Nakamura", "", "867-7712-0931",
                          "Northwestel", [f"+1867555{n:04d}" for n in range(170, 174)],
                          _addr("37 Fifth Avenue", "Dawson City", "YT", "Y0B 1G0", "CA"),
                          "+18675550179", "tnakamura@northwestel.net", "2028-07-12"))
_NI = _case("Lagan Quay Architects Ltd", "Ciara McCann", "Director", "NI-44710921", "BT",
            [f"+44289649{n}" for n in range(6140, 6149)],
            _addr("12 Donegall Quay", "Belfast", "", "BT1 3EA", "GB"),
            "+442896496199", "ciara@laganquay.co.uk", "2028-07-17")
_NI_PARTIAL = _case("Mourne Country Holidays", "Declan Rooney", "Owner", "VM-2209-4471",
                    "Virgin Media Business", [f"+44289649{n}" for n in range(6170, 6176)],
                    _addr("41 Main Street", "Newcastle", "", "BT33 0AD", "GB"),
                    "+442896496179", "declan@mournecountry.co.uk", "2028-07-19")
_CH = _case("Boulangerie du Léman Sàrl", "Nathalie Favre", "Associée gérante", "CH-88120447",
            "Swisscom (Suisse) SA", [f"+4121555{n:04d}" for n in range(140, 148)],
            _addr("Rue de Bourg 22", "Lausanne", "VD", "1003", "CH"),
            "+41215550199", "nathalie@boulangerieduleman.ch", "2028-07-24")
_CH_PARTIAL = _case("Cabinet médical des Tilleuls SA", "Pierre-Alain Rochat", "Administrateur",
                    "SR-2209-4471", "Sunrise GmbH", [f"+4122555{n:04d}" for n in range(170, 177)],
                    _addr("Avenue de Champel 8", "Genève", "GE", "1206", "CH"),
                    "+41225550179", "pa.rochat@cabinet-tilleuls.ch", "2028-07-26")

_MC = _case("Galerie d'Art Princesse S.A.R.L.", "Stéphane Marquet", "Gérant", "MT-4471-0921",
            "Monaco Telecom", [f"+3779797{n:04d}" for n in range(5140, 5149)],
            _addr("12 boulevard des Moulins", "Monaco", "", "98000", "MC"),
            "+37797975199", "s.marquet@galerie-princesse.mc", "2028-08-07")
_MC_PARTIAL = _case("Cabinet Médical du Port S.A.M.", "Élodie Rinaldi", "Administratrice déléguée",
                    "MT-2209-4471", "Monaco Telecom",
                    [f"+3779325{n:04d}" for n in range(5170, 5177)],
                    _addr("3 quai Antoine Ier", "Monaco", "", "98000", "MC"),
                    "+37793255199", "e.rinaldi@cabinetduport.mc", "2028-08-09")
_SAX = _case("Elbsandstein Werkstätten GmbH", "Katrin Vogel", "Geschäftsführerin",
             "DT-7712044901", "Deutsche Telekom AG",
             [f"+49351555{n:04d}" for n in range(140, 148)],
             _addr("Bautzner Straße 117", "Dresden", "SN", "01099", "DE"),
             "+493515550199", "k.vogel@elbsandstein-werkstaetten.de", "2028-08-14")
_SAX_PARTIAL = _case("Chemnitzer Druckhaus Lehmann KG", "Uwe Lehmann", "Komplementär",
                     "EV-2209447", "envia TEL GmbH",
                     [f"+49371555{n:04d}" for n in range(170, 177)],
                     _addr("Zwickauer Straße 58", "Chemnitz", "SN", "09112", "DE"),
                     "+493715550199", "u.lehmann@druckhaus-lehmann.de", "2028-08-16")
_GT = _case("Distribuidora La Antigua, S.A.", "Luis Fernando Castillo Morales", "Gerente general",
            "TG-4471-0921", "Telecomunicaciones de Guatemala, S.A. (Claro)",
            [f"+5022255{n:04d}" for n in range(5140, 5152)],
            _addr("6a. Avenida 12-34, Zona 1", "Guatemala", "Guatemala", "", "GT"),
            "+50222555199", "lcastillo@laantigua.com.gt", "2028-08-21")
_GT_PARTIAL = _case("Hotel Xelajú, S.A.", "Ana Lucía Pérez Barrios", "Representante legal",
                    "TGO-2209-4471", "Telefónica Móviles Guatemala, S.A. (Tigo)",
                    [f"+5027761{n:04d}" for n in range(5170, 5177)],
                    _addr("14 Avenida 3-22, Zona 1", "Quetzaltenango", "Quetzaltenango", "",
                          "GT"),
                    "+50277615199", "aperez@hotelxelaju.com.gt", "2028-08-23")
_JE = _case("Halkett Place Trust Company Limited", "Sophie Le Brocq", "Operations Director",
            "JT-4471-0921", "JT (Jersey) Limited",
            [f"+441534445{n:03d}" for n in range(140, 148)],
            _addr("12 Halkett Place", "St Helier", "", "JE2 4WG", "JE"),
            "+441534445199", "sophie.lebrocq@halkettplacetrust.je", "2028-08-28")
_JE_PARTIAL = _case("St Aubin Harbour Café Ltd", "Marc Renouf", "Owner", "SU-2209-4471",
                    "Sure (Jersey) Limited", [f"+441534745{n:03d}" for n in range(170, 176)],
                    _addr("Le Boulevard", "St Brelade", "", "JE3 8AB", "JE"),
                    "+441534745199", "marc@staubinharbourcafe.je", "2028-08-30")

_SR = _case("Houthandel Commewijne N.V.", "Ravi Jagessar", "Directeur", "TS-4471092", "Telesur",
            [f"+597471{n:03d}" for n in range(514, 522)],
            _addr("Henck Arronstraat 112", "Paramaribo", "Paramaribo", "", "SR"),
            "+597471599", "ravi@houthandelcommewijne.sr", "2028-09-04")
_SR_PARTIAL = _case("Apotheek Lelydorp", "Sharmila Ramdin-Baldew", "Eigenaar", "TS-2209447",
                    "Telesur", [f"+597366{n:03d}" for n in range(170, 177)],
                    _addr("Indira Gandhiweg 411", "Lelydorp", "Wanica", "", "SR"),
                    "+597366199", "info@apotheeklelydorp.sr", "2028-09-06")
_AO = _case("Construções Kwanza, Lda.", "Joana Mateus Domingos", "Sócia-gerente", "AT-44710921",
            "Angola Telecom", [f"+244222345{n:03d}" for n in range(140, 148)],
            _addr("Rua Rainha Ginga, n.º 74, 3.º andar", "Luanda", "Luanda", "", "AO"),
            "+244923555199", "joana.domingos@construcoeskwanza.co.ao", "2028-09-11")
_AO_PARTIAL = _case("Clínica Sagrada Esperança do Lobito, S.A.", "Manuel Cassoma",
                    "Administrador", "MS-2209447", "MSTelcom",
                    [f"+244272255{n:03d}" for n in range(170, 177)],
                    _addr("Avenida da Independência, n.º 12", "Lobito", "Benguela", "", "AO"),
                    "+244923555177", "m.cassoma@clinicalobito.co.ao", "2028-09-13")
_BM = _case("Front Street Reinsurance Brokers Ltd.", "Olivia Trott", "Office Manager", "4471092",
            "One Communications", [f"+1441295{n:04d}" for n in range(5140, 5149)],
            _addr("41 Front Street", "Hamilton", "Pembroke", "HM 12", "BM", "2nd Floor"),
            "+14412955199", "otrott@frontstreetre.bm", "2028-09-18")
_BM_PARTIAL = _case("Paget Marsh Guest Cottages", "Kevin Outerbridge", "Owner", "2209447",
                    "One Communications", [f"+1441236{n:04d}" for n in range(5170, 5176)],
                    _addr("12 Middle Road", "Paget", "Paget", "PG 04", "BM"),
                    "+14412365199", "kevin@pagetmarshcottages.bm", "2028-09-20")
_SEN = _case("Cabinet Comptable Teranga SARL", "Aminata Diop", "Gérante", "SO-44710921",
             "Sonatel (Orange)", [f"+22133825{n:04d}" for n in range(5140, 5152)],
             _addr("Rue Carnot x Rue Jules Ferry, immeuble Fahd", "Dakar", "Dakar", "", "SN"),
             "+221338215199", "aminata.diop@cabinetteranga.sn", "2028-09-25")
_SEN_PARTIAL = _case("Hôtel Résidence Sine Saloum SA", "Ousmane Ndour", "Directeur général",
                     "EX-2209447", "Expresso Sénégal",
                     [f"+22133951{n:04d}" for n in range(5170, 5177)],
                     _addr("Route de Mbour, quartier Escale", "Kaolack", "Kaolack", "", "SN"),
                     "+221775555199", "o.ndour@sinesaloumhotel.sn", "2028-09-27")

ROUND22_CASES: dict[str, dict[str, Any]] = {
    "r22-wa": _WA,
    "r22-wa-partial": _partial(_WA_PARTIAL, [], keep=2),
    "r22-yt": _YT,
    "r22-yt-partial": _partial(_YT_PARTIAL, [], keep=1),
    "r22-ni": _NI,
    "r22-ni-partial": _partial(_NI_PARTIAL, [], keep=2),
    "r22-ch": _CH,
    "r22-ch-partial": _partial(_CH_PARTIAL, [], keep=2),
    "r22-mc": _MC,
    "r22-mc-partial": _partial(_MC_PARTIAL, [], keep=2),
    "r22-sax": _SAX,
    "r22-sax-partial": _partial(_SAX_PARTIAL, [], keep=2),
    "r22-gt": _GT,
    "r22-gt-partial": _partial(_GT_PARTIAL, [], keep=2),
    "r22-je": _JE,
    "r22-je-partial": _partial(_JE_PARTIAL, [], keep=2),
    "r22-sr": _SR,
    "r22-sr-partial": _partial(_SR_PARTIAL, [], keep=2),
    "r22-ao": _AO,
    "r22-ao-partial": _partial(_AO_PARTIAL, [], keep=2),
    "r22-bm": _BM,
    "r22-bm-partial": _partial(_BM_PARTIAL, [], keep=2),
    "r22-sen": _SEN,
    "r22-sen-partial": _partial(_SEN_PARTIAL, [], keep=2),
}
