"""Round 31's port cases (tests/loaforms/forms_round31_*.py, held back): customers in Yukon,
Montana, Friesland, Wallonia, Dalmatia, Thessaly, Lapland and Košice. Each form has two: one
account porting all of several numbers (a full port) and one porting some of its numbers while
others stay with the current carrier (a partial port). Businesses and households are mixed;
the Yukon and Montana business cases have a billing (postal) address apart from the site, the
Montana one a port-out PIN.

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_YK = _case("Midnight Sun Outfitters Ltd.", "Carol Tremblay", "General Manager", "NWT-44017-2",
            "Northwestel Inc.", [f"+1867555{n:04d}" for n in range(140, 145)],
            _addr("4190 4th Avenue", "Whitehorse", "YT", "Y1A 1H9", "CA", "Unit 6"),
            "+18675550199", "carol@midnightsunoutfitters.ca", "2029-07-09")
_YK["billing_address"] = _addr("PO Box 31188", "Whitehorse", "YT", "Y1A 5P7", "CA")
_YK_PARTIAL = _home(_case("Hank Dubois", "Hank Dubois", "", "NWT-50882-7", "Northwestel Inc.",
                          [f"+1867555{n:04d}" for n in range(170, 174)],
                          _addr("1103 Front Street", "Dawson City", "YT", "Y0B 1G0", "CA"),
                          "+18675550179", "hank.dubois@yukonmail.ca", "2029-07-11"))
_MT = _case("Gallatin Valley Saddlery LLC", "Wade Bergstrom", "Owner", "406-388-2291-01",
            "Big Sky Rural Telephone", [f"+1406555{n:04d}" for n in range(140, 146)],
            _addr("22 W Main St", "Bozeman", "MT", "59715", "US"),
            "+14065550199", "wade@gallatinsaddlery.com", "2029-07-16")
_MT["pin"] = "4471"
_MT["billing_address"] = _addr("PO Box 1183", "Bozeman", "MT", "59771", "US")
_MT_PARTIAL = _home(_case("Lorraine Hecht", "Lorraine Hecht", "", "406-449-7730-02",
                          "Big Sky Rural Telephone", [f"+1406555{n:04d}" for n in range(170, 174)],
                          _addr("615 N Ewing St", "Helena", "MT", "59601", "US"),
                          "+14065550179", "lhecht@montanamail.net", "2029-07-18"))
_FR = _case("Skûtsje Zeilmakerij B.V.", "Sjoerd Hoekstra", "Directeur", "KPN-5821-0140", "KPN",
            [f"+3158213{n:04d}" for n in range(140, 146)],
            _addr("Nieuwestad 88", "Leeuwarden", "", "8911 CX", "NL"),
            "+31582130199", "sjoerd@skutsjezeilmakerij.nl", "2029-07-23")
_FR_PARTIAL = _home(_case("Wietske de Boer", "Wietske de Boer", "", "ZIG-5154-3017", "Ziggo",
                          [f"+31515430{n:03d}" for n in range(171, 175)],
                          _addr("Kleinzand 12", "Sneek", "", "8601 BH", "NL"),
                          "+31515430179", "wietske.deboer@ziggo.nl", "2029-07-25"))
_WA = _case("Boulangerie Les Trois Fonds SRL", "Nathalie Lambert", "Gérante", "PXS-8122-0140",
            "Proximus", [f"+328122{n:04d}" for n in range(140, 145)],
            _addr("Rue de Fer 27", "Namur", "", "5000", "BE"),
            "+3281220199", "n.lambert@troisfonds.be", "2029-07-30")
_WA_PARTIAL = _home(_case("Julien Marchal", "Julien Marchal", "", "VOO-6531-0170", "VOO",
                          [f"+326531{n:04d}" for n in range(170, 174)],
                          _addr("Rue de Nimy 14", "Mons", "", "7000", "BE"),
                          "+3265310179", "julien.marchal@voo.be", "2029-08-01"))
_DA = _case("Konoba Stari Mlin d.o.o.", "Ante Jurić", "Direktor", "HT-2133-0140",
            "Hrvatski Telekom", [f"+3852133{n:04d}" for n in range(140, 146)],
            _addr("Obala Hrvatskog narodnog preporoda 22", "Split", "", "21000", "HR"),
            "+38521330199", "ante.juric@starimlin.hr", "2029-08-06")
_DA_PARTIAL = _case("Ljekarna Perić", "Marija Perić", "Voditeljica ljekarne", "A1-2031-2170",
                    "A1 Hrvatska", [f"+3852031{n:04d}" for n in range(2170, 2175)],
                    _addr("Ulica od Puča 9", "Dubrovnik", "", "20000", "HR"),
                    "+38520312179", "ljekarna.peric@du.t-com.hr", "2029-08-08")
_TH = _case("Θεσσαλικά Τυροκομεία Α.Ε.", "Νικόλαος Παπαδόπουλος", "Διευθύνων Σύμβουλος",
            "ΟΤΕ-2410-0140", "Cosmote", [f"+30241053{n:04d}" for n in range(140, 145)],
            _addr("Οδός Κύπρου 45", "Λάρισα", "", "41222", "GR"),
            "+302410530199", "n.papadopoulos@thessalika.gr", "2029-08-13")
_TH_PARTIAL = _home(_case("Ελένη Καραγιάννη", "Ελένη Καραγιάννη", "", "VF-2421-0170",
                          "Vodafone", [f"+30242107{n:04d}" for n in range(170, 174)],
                          _addr("Οδός Ιάσονος 18", "Βόλος", "", "38221", "GR"),
                          "+302421070179", "e.karagianni@otenet.gr", "2029-08-15"))
_LA = _case("Revontuli Safarit Oy", "Aila Niemi", "Toimitusjohtaja", "EL-1634-0140", "Elisa",
            [f"+35816342{n:04d}" for n in range(140, 146)],
            _addr("Koskikatu 25", "Rovaniemi", "", "96200", "FI"),
            "+358163420199", "aila.niemi@revontulisafarit.fi", "2029-08-20")
_LA_PARTIAL = _home(_case("Juhani Keskitalo", "Juhani Keskitalo", "", "DNA-1664-0170", "DNA",
                          [f"+35816641{n:04d}" for n in range(170, 175)],
                          _addr("Vapaudenkatu 6", "Kemijärvi", "", "98100", "FI"),
                          "+358166410179", "juhani.keskitalo@dnainternet.net", "2029-08-22"))
_KO = _case("Pekáreň U Dómu s.r.o.", "Marek Kováč", "konateľ", "ST-5562-0140",
            "Slovak Telekom", [f"+42155622{n:04d}" for n in range(140, 146)],
            _addr("Hlavná 68", "Košice", "", "040 01", "SK"),
            "+421556220199", "marek.kovac@pekarenudomu.sk", "2029-08-27")
_KO_PARTIAL = _case("Autoservis Horváth s.r.o.", "Zuzana Horváthová", "prokuristka",
                    "O2-5572-9017", "O2 Slovakia", [f"+42155729{n:04d}" for n in range(170, 175)],
                    _addr("Moldavská cesta 12", "Košice", "", "040 11", "SK"),
                    "+421557290179", "horvathova@autoservis-horvath.sk", "2029-08-29")

ROUND31_CASES: dict[str, dict[str, Any]] = {
    "r31-yk": _YK,
    "r31-yk-partial": _partial(_YK_PARTIAL, [], keep=1),
    "r31-mt": _MT,
    "r31-mt-partial": _partial(_MT_PARTIAL, [], keep=2),
    "r31-fr": _FR,
    "r31-fr-partial": _partial(_FR_PARTIAL, [], keep=1),
    "r31-wa": _WA,
    "r31-wa-partial": _partial(_WA_PARTIAL, [], keep=1),
    "r31-da": _DA,
    "r31-da-partial": _partial(_DA_PARTIAL, [], keep=2),
    "r31-th": _TH,
    "r31-th-partial": _partial(_TH_PARTIAL, [], keep=1),
    "r31-la": _LA,
    "r31-la-partial": _partial(_LA_PARTIAL, [], keep=2),
    "r31-ko": _KO,
    "r31-ko-partial": _partial(_KO_PARTIAL, [], keep=1),
}
