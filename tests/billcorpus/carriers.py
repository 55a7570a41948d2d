"""The carriers whose bills the corpus imitates: how each is named, where it is paid, who answers.

A carrier is an identity, not a string: the same company appears on its own bill as a wordmark
("cox"), a brand ("Cox Business"), a legal name in the fine print ("CoxCom, LLC") and a web address.
`names` lists every form a specialist may type or a bill may print for it; the scorer accepts any of
them and nothing else. Help and pay-by-phone lines are realistic toll-free numbers, deliberately not
555-01XX: a reader must keep them out of the customer's numbers by their context, not by their look.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Carrier:
    key: str
    brand: str  # what the bill calls itself in running text
    legal: str  # the fine print: "Services provided by ..."
    names: tuple[str, ...]  # every other accepted form (brand variants, short names)
    domain: str
    help_lines: tuple[tuple[str, str], ...]  # (label, number as printed)
    remit: tuple[str, ...]  # remit-to block under the brand
    country: str = "US"

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.brand, self.legal, *self.names)


def _c(key: str, brand: str, legal: str, names: tuple[str, ...], domain: str,
       help_lines: tuple[tuple[str, str], ...], remit: tuple[str, ...],
       country: str = "US") -> Carrier:
    return Carrier(key, brand, legal, names, domain, help_lines, remit, country)


CARRIERS: dict[str, Carrier] = {c.key: c for c in (
    _c("att", "AT&T", "AT&T Corp.", ("AT&T Business", "AT&T Services, Inc.", "ATT"), "att.com",
       (("Business Customer Care", "1-800-321-2000"), ("Repair", "1-877-744-4411"),
        ("Pay by phone", "1-800-288-2747")),
       ("PO Box 5019", "Carol Stream, IL 60197-5019")),
    _c("att_mobility", "AT&T", "AT&T Mobility LLC", ("AT&T Mobility", "AT&T Wireless"),
       "att.com/mywireless",
       (("Customer Service", "1-800-331-0500"), ("Pay by phone", "1-800-288-2020")),
       ("PO Box 6463", "Carol Stream, IL 60197-6463")),
    _c("verizon_wireless", "Verizon", "Cellco Partnership d/b/a Verizon Wireless",
       ("Verizon Wireless", "Verizon Business", "Cellco Partnership"), "verizon.com",
       (("Questions", "1-800-922-0204"), ("Pay by phone", "1-800-256-4646")),
       ("PO Box 489", "Newark, NJ 07101-0489")),
    _c("verizon_fios", "Verizon Fios", "Verizon New York Inc.",
       ("Verizon", "Verizon Business", "Verizon Fios Business"), "verizon.com/business",
       (("Customer Service", "1-800-837-4966"), ("Repair", "1-800-837-4966")),
       ("PO Box 15124", "Albany, NY 12212-5124")),
    _c("comcast", "Comcast Business", "Comcast Cable Communications, LLC",
       ("Comcast", "Comcast Cable"), "business.comcast.com",
       (("Need help? Call", "1-800-391-3000"), ("Pay by phone", "1-800-391-3000")),
       ("PO Box 37601", "Philadelphia, PA 19101-0601")),
    _c("spectrum", "Spectrum Business", "Charter Communications",
       ("Spectrum", "Charter Communications, Inc.", "Charter"), "spectrum.net",
       (("Customer Service", "1-855-252-0675"), ("Pay by phone", "1-833-267-6094")),
       ("PO Box 6030", "Carol Stream, IL 60197-6030")),
    _c("cox", "Cox Business", "CoxCom, LLC", ("Cox", "Cox Communications", "cox"), "coxbusiness.com",
       (("Customer Care", "1-866-272-5777"), ("Automated pay by phone", "1-877-599-1745")),
       ("PO Box 53249", "Phoenix, AZ 85072-3249")),
    _c("centurylink", "CenturyLink", "Qwest Corporation d/b/a CenturyLink QC",
       ("Lumen", "Lumen Technologies", "CenturyLink QC", "Qwest Corporation"), "centurylink.com",
       (("Billing questions", "1-877-453-8353"), ("Repair", "1-800-573-1311")),
       ("PO Box 91155", "Seattle, WA 98111-9255")),
    _c("lumen", "Lumen", "Level 3 Communications, LLC",
       ("Lumen Technologies", "Lumen Technologies, Inc.", "Level 3", "CenturyLink"), "lumen.com",
       (("Billing coordinator", "1-877-453-8353"), ("Repair", "1-877-453-8353")),
       ("PO Box 910182", "Denver, CO 80291-0182")),
    _c("frontier", "Frontier", "Frontier Communications of America, Inc.",
       ("Frontier Communications", "Frontier Business"), "frontier.com",
       (("Business customers", "1-800-921-8102"), ("Repair", "1-800-921-8104")),
       ("PO Box 740407", "Cincinnati, OH 45274-0407")),
    _c("windstream", "Windstream", "Windstream Communications, LLC",
       ("Windstream Enterprise", "Kinetic Business", "Windstream Communications"),
       "windstreamenterprise.com",
       (("Customer Care", "1-800-600-5050"), ("Pay by phone", "1-866-445-5880")),
       ("PO Box 9001908", "Louisville, KY 40290-1908")),
    _c("consolidated", "Consolidated Communications", "Consolidated Communications of Illinois Company",
       ("Consolidated", "Consolidated Communications, Inc."), "consolidated.com",
       (("Customer Service", "1-844-968-7224"), ("Repair", "1-844-968-7224")),
       ("PO Box 66523", "Saint Louis, MO 63166-6523")),
    _c("tmobile", "T-Mobile", "T-Mobile USA, Inc.", ("T-Mobile for Business", "TMobile"),
       "t-mobile.com",
       (("Customer Care", "1-800-375-1126"), ("Pay by phone", "1-877-453-1304")),
       ("PO Box 742596", "Cincinnati, OH 45274-2596")),
    _c("uscellular", "UScellular", "United States Cellular Corporation",
       ("U.S. Cellular", "US Cellular"), "uscellular.com",
       (("Customer Service", "1-888-944-9400"), ("Pay by phone", "1-888-944-9400")),
       ("PO Box 0203", "Palatine, IL 60055-0203")),
    _c("ringcentral", "RingCentral", "RingCentral, Inc.", ("Ring Central",), "ringcentral.com",
       (("Support", "1-888-898-4591"), ("Billing", "1-800-574-5290")),
       ("PO Box 734232", "Dallas, TX 75373-4232")),
    _c("vonage", "Vonage Business", "Vonage America LLC", ("Vonage", "Vonage Business Inc."),
       "vonage.com",
       (("Customer Care", "1-877-862-1531"), ("Billing", "1-844-365-9500")),
       ("PO Box 392415", "Pittsburgh, PA 15251-9415")),
    _c("eightbyeight", "8x8", "8x8, Inc.", ("8x8 Inc",), "8x8.com",
       (("Support", "1-866-879-8647"), ("Billing", "1-888-898-8733")),
       ("PO Box 735441", "Dallas, TX 75373-5441")),
    _c("optimum", "Optimum Business", "CSC Holdings, LLC",
       ("Optimum", "Altice USA", "Altice"), "optimum.com/business",
       (("Customer Service", "1-866-575-8000"), ("Pay by phone", "1-866-200-9522")),
       ("PO Box 70340", "Philadelphia, PA 19176-0340")),
    _c("nextiva", "Nextiva", "Nextiva, Inc.", ("Nextiva Inc",), "nextiva.com",
       (("Support", "1-800-285-7995"), ("Billing", "1-800-983-4289")),
       ("PO Box 29011", "Phoenix, AZ 85038-9011")),
    _c("ooma", "Ooma Office", "Ooma, Inc.", ("Ooma",), "ooma.com",
       (("Support", "1-866-939-6662"), ("Sales", "1-888-711-6662")),
       ("525 Almanor Ave, Suite 200", "Sunnyvale, CA 94085")),
    _c("altafiber", "altafiber", "Cincinnati Bell Telephone Company LLC",
       ("Cincinnati Bell", "altafiber business"), "altafiber.com",
       (("Business Service", "1-513-566-5050"), ("Repair", "1-513-565-1212")),
       ("PO Box 748003", "Cincinnati, OH 45274-8003")),
    _c("mediacom", "Mediacom Business", "Mediacom Communications Corporation",
       ("Mediacom", "Mediacom Business Solutions"), "mediacombusiness.com",
       (("Customer Service", "1-800-479-2082"), ("Pay by phone", "1-855-633-4226")),
       ("PO Box 5744", "Carol Stream, IL 60197-5744")),
    _c("bell", "Bell", "Bell Canada", ("Bell Business", "Bell Canada Business"), "bell.ca",
       (("Questions? Call", "1-866-317-3382"), ("Repair", "1-877-877-2426")),
       ("PO Box 9000 Stn Don Mills", "North York ON M3C 2X7"), "CA"),
    _c("bell_qc", "Bell", "Bell Canada", ("Bell Canada", "Bell Affaires", "Bell Entreprises"),
       "bell.ca",
       (("Des questions? Composez le", "1-866-317-3382"), ("Réparations", "1-877-877-2426")),
       ("C.P. 8712, succ. Centre-Ville", "Montréal (Québec) H3C 3P6"), "CA"),
    _c("rogers", "Rogers", "Rogers Communications Canada Inc.",
       ("Rogers Business", "Rogers Communications", "Rogers for Business"), "rogers.com",
       (("Customer Service", "1-866-727-2141"), ("Pay by phone", "1-888-764-3771")),
       ("PO Box 9100 Stn Don Mills", "Toronto ON M3C 3P9"), "CA"),
    _c("telus", "TELUS", "TELUS Communications Inc.", ("TELUS Business", "Telus"), "telus.com",
       (("Business customer care", "1-877-811-2323"), ("Repair", "1-888-611-1111")),
       ("PO Box 7575", "Vancouver BC V6B 8N9"), "CA"),
    _c("videotron", "Vidéotron", "Vidéotron ltée",
       ("Videotron", "Vidéotron Affaires", "Videotron Business", "Videotron Ltd.", "Vidéotron ltée"),
       "videotron.com",
       (("Service à la clientèle", "1-866-380-2967"), ("Soutien technique", "1-888-433-6876")),
       ("C.P. 11078, succ. Centre-ville", "Montréal (Québec) H3C 5B7"), "CA"),
    _c("shaw", "Shaw Business", "Shaw Telecom G.P.", ("Shaw", "Shaw Communications"), "shaw.ca",
       (("Customer Service", "1-877-742-9249"), ("Pay by phone", "1-877-742-9249")),
       ("PO Box 2468 Stn Main", "Calgary AB T2P 4Y2"), "CA"),
    _c("cogeco", "Cogeco", "Cogeco Connexion Inc.", ("Cogeco Connexion", "Cogeco Business"),
       "cogeco.ca",
       (("Customer service / Service à la clientèle", "1-855-494-9111"),
        ("Technical support / Soutien technique", "1-855-494-9111")),
       ("PO Box 4230 Stn A", "Toronto ON M5W 0G1"), "CA"),
    _c("eastlink", "Eastlink", "Bragg Communications Incorporated",
       ("Eastlink Business", "Bragg Communications"), "eastlink.ca",
       (("Business Care", "1-888-345-1111"), ("Pay by phone", "1-888-345-1111")),
       ("PO Box 8660 Stn A", "Halifax NS B3K 5M3"), "CA"),
)}


def carrier(key: str) -> Carrier:
    return CARRIERS[key]
