"""The losing carrier as a known entity: who it is, whatever the bill or the specialist calls it.

A bill says "cox" in a wordmark, "Cox Communications, Inc." in its legal line and "coxbusiness.com"
in its footer; the specialist types "Cox Business". Those are one carrier, and comparing the
strings would call it a mismatch. Each carrier here has its brands, legal names, wordmark spellings
and web domains; brands of one group (Cricket and AT&T) are told apart, because the port goes to
the brand that holds the account. A carrier nobody listed stays unknown, and the comparison says so
honestly instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Carrier:
    key: str
    name: str  # how the desk writes it
    aliases: tuple[str, ...]  # brands, legal names, wordmark spellings (compared normalised)
    domains: tuple[str, ...] = ()
    group: str = ""  # carriers of one group share it (a brand and its parent)

    @property
    def family(self) -> str:
        return self.group or self.key


def _c(key: str, name: str, aliases: str, domains: str = "", group: str = "") -> Carrier:
    return Carrier(key, name, tuple(a.strip() for a in aliases.split("|") if a.strip()),
                   tuple(domains.split()), group)


CARRIERS: tuple[Carrier, ...] = (
    # United States: incumbents, cable, wireless, VoIP
    _c("att", "AT&T", "AT&T|AT & T|ATT|AT&T Mobility|AT&T Corp|AT&T Business|AT&T Wireless|"
       "AT&T Services|Pacific Bell|SBC|BellSouth|Southwestern Bell|Ameritech|Illinois Bell|"
       "AT&T Mobility LLC|AT&T Enterprises", "att.com att.net", "att"),
    _c("cricket", "Cricket Wireless", "Cricket|Cricket Wireless|Cricket Wireless LLC",
       "cricketwireless.com", "att"),
    _c("verizon", "Verizon", "Verizon|Verizon Wireless|Cellco Partnership|Verizon Business|"
       "Verizon Communications|Verizon Fios|Fios|Verizon New York|Verizon New Jersey|"
       "Verizon Pennsylvania|Verizon Virginia|Verizon Maryland|Verizon New England|"
       "Verizon Business Network Services|MCI", "verizon.com verizonwireless.com vzw.com",
       "verizon"),
    _c("visible", "Visible", "Visible|Visible Wireless", "visible.com", "verizon"),
    _c("tracfone", "Tracfone", "Tracfone|TracFone Wireless|Straight Talk|Total Wireless|"
       "Total by Verizon|Net10|Simple Mobile", "tracfone.com straighttalk.com", "verizon"),
    _c("tmobile", "T-Mobile", "T-Mobile|T Mobile|TMobile|T-Mobile USA|T-Mobile US|"
       "T-Mobile for Business|T T-Mobile|T-Mobile USA Inc", "t-mobile.com tmobile.com", "tmo"),
    _c("metro", "Metro by T-Mobile", "Metro by T-Mobile|MetroPCS|Metro PCS",
       "metrobyt-mobile.com metropcs.com", "tmo"),
    _c("mint", "Mint Mobile", "Mint Mobile|Mint", "mintmobile.com", "tmo"),
    _c("sprint", "Sprint", "Sprint|Sprint Corporation|Sprint Spectrum|Sprint Communications",
       "sprint.com", "tmo"),
    _c("uscellular", "UScellular", "UScellular|U.S. Cellular|US Cellular|United States Cellular|"
       "United States Cellular Corporation", "uscellular.com"),
    _c("boost", "Boost Mobile", "Boost Mobile|Boost|Boost Infinite|EchoStar|DISH Wireless",
       "boostmobile.com"),
    _c("consumer_cellular", "Consumer Cellular", "Consumer Cellular", "consumercellular.com"),
    _c("googlefi", "Google Fi", "Google Fi|Google Fi Wireless|Project Fi|Google Voice",
       "fi.google.com voice.google.com"),
    _c("comcast", "Comcast", "Comcast|Xfinity|Comcast Business|Comcast Cable|"
       "Comcast Cable Communications|Comcast Cable Communications LLC|Xfinity Mobile|"
       "Comcast Business Communications", "comcast.com xfinity.com comcastbusiness.net "
       "business.comcast.com"),
    _c("charter", "Spectrum", "Spectrum|Spectrum Business|Charter|Charter Communications|"
       "Charter Communications Inc|Spectrum Mobile|Spectrum Enterprise|Time Warner Cable|"
       "Bright House Networks", "spectrum.com spectrum.net charter.com spectrumbusiness.net"),
    _c("cox", "Cox Communications", "Cox|Cox Communications|Cox Business|Cox Communications Inc|"
       "CoxCom|Cox Enterprises|Cox Mobile", "cox.com coxbusiness.com cox.net"),
    _c("lumen", "Lumen", "Lumen|Lumen Technologies|CenturyLink|Century Link|Qwest|"
       "Qwest Corporation|Level 3|Level 3 Communications|Embarq|CenturyTel|Quantum Fiber",
       "lumen.com centurylink.com qwest.com centurylink.net"),
    _c("brightspeed", "Brightspeed", "Brightspeed|Brightspeed Business|Connect Holding II",
       "brightspeed.com"),
    _c("frontier", "Frontier Communications", "Frontier|Frontier Communications|"
       "Frontier Communications Parent|Frontier Business", "frontier.com"),
    _c("windstream", "Windstream", "Windstream|Kinetic|Kinetic by Windstream|"
       "Windstream Communications|Windstream Enterprise", "windstream.com windstreamenterprise.com"),
    _c("consolidated", "Consolidated Communications", "Consolidated Communications|"
       "Consolidated|FairPoint|Fidium|Fidium Fiber", "consolidated.com fidiumfiber.com"),
    _c("altice", "Optimum", "Optimum|Altice|Altice USA|Suddenlink|Optimum Business|CSC Holdings|"
       "Cablevision|Optimum Mobile", "optimum.net optimum.com alticeusa.com suddenlink.com"),
    _c("mediacom", "Mediacom", "Mediacom|Mediacom Communications|Mediacom Business",
       "mediacomcable.com mediacombusiness.com"),
    _c("altafiber", "altafiber", "altafiber|Cincinnati Bell|Cincinnati Bell Telephone",
       "altafiber.com cincinnatibell.com", "altafiber"),
    _c("hawaiian_telcom", "Hawaiian Telcom", "Hawaiian Telcom|Hawaiian Tel|Hawaiian Telcom Business",
       "hawaiiantel.com", "altafiber"),
    _c("allstream", "Allstream", "Allstream|Allstream Business", "allstream.com"),
    _c("fusion", "Fusion Connect", "Fusion Connect|Fusion", "fusionconnect.com"),
    _c("skybest", "SkyBest", "SkyBest|SkyBest Communications|Skyline Telephone Membership "
       "Corporation|Skyline Membership Corporation|SkyLine/SkyBest", "skybest.com"),
    _c("tds", "TDS Telecom", "TDS|TDS Telecom|TDS Telecommunications", "tdstelecom.com tds.net"),
    _c("ziply", "Ziply Fiber", "Ziply|Ziply Fiber|Northwest Fiber", "ziplyfiber.com"),
    _c("astound", "Astound", "Astound|Astound Broadband|RCN|Wave|Grande|enTouch|Astound Business|"
       "Astound Business Solutions|RCN Telecom Services|Grande Communications|Wave Broadband",
       "astound.com rcn.com"),
    _c("wow", "WOW!", "WOW!|WOW|WideOpenWest|Wide Open West", "wowway.com"),
    _c("cableone", "Sparklight", "Sparklight|Cable One|Sparklight Business", "sparklight.com"),
    _c("breezeline", "Breezeline", "Breezeline|Atlantic Broadband", "breezeline.com"),
    _c("gci", "GCI", "GCI|GCI Communication|General Communication", "gci.com"),
    _c("granite", "Granite Telecommunications", "Granite|Granite Telecommunications",
       "granitenet.com"),
    _c("ringcentral", "RingCentral", "RingCentral|Ring Central|RingCentral Inc",
       "ringcentral.com"),
    _c("vonage", "Vonage", "Vonage|Vonage Business|Vonage Holdings", "vonage.com"),
    _c("8x8", "8x8", "8x8|8x8 Inc|Eight by Eight", "8x8.com"),
    _c("nextiva", "Nextiva", "Nextiva", "nextiva.com"),
    _c("ooma", "Ooma", "Ooma|Ooma Office|Ooma Telo", "ooma.com"),
    _c("intermedia", "Intermedia", "Intermedia|Intermedia.net", "intermedia.com intermedia.net"),
    _c("dialpad", "Dialpad", "Dialpad", "dialpad.com"),
    _c("zoom", "Zoom Phone", "Zoom Phone|Zoom|Zoom Video Communications|Zoom Communications",
       "zoom.us zoom.com"),
    _c("goto", "GoTo Connect", "GoTo Connect|GoTo|GoTo Communications|Jive Communications|"
       "LogMeIn", "goto.com"),
    _c("crexendo", "Crexendo", "Crexendo|Crexendo Business Solutions", "crexendo.com"),
    _c("bandwidth", "Bandwidth", "Bandwidth|Bandwidth.com|Bandwidth Inc", "bandwidth.com"),
    _c("twilio", "Twilio", "Twilio|Twilio Inc", "twilio.com"),
    _c("telnyx", "Telnyx", "Telnyx|Telnyx LLC", "telnyx.com"),
    _c("lingo", "Lingo", "Lingo|Lingo Communications|BullsEye Telecom", "lingo.com"),
    # more US carriers a porting desk meets: fiber and business CLECs, regional wireless, UCaaS
    _c("zayo", "Zayo", "Zayo|Zayo Group", "zayo.com"),
    _c("cogent", "Cogent Communications", "Cogent|Cogent Communications", "cogentco.com"),
    _c("lightpath", "Lightpath", "Lightpath|Altice Business Lightpath", "lightpathfiber.com"),
    _c("segra", "Segra", "Segra|Lumos Networks", "segra.com"),
    _c("tpx", "TPx Communications", "TPx|TPx Communications|TelePacific|U.S. TelePacific|"
       "U.S. TelePacific Corp|TelePacific Communications|TPx Communications Co", "tpx.com"),
    _c("lumos", "Lumos", "Lumos|Lumos Fiber", "lumosfiber.com"),
    _c("shentel", "Shentel", "Shentel|Shenandoah Telecommunications|Glo Fiber",
       "shentel.com glofiber.com"),
    _c("midco", "Midco", "Midco|Midcontinent Communications|Midcontinent", "midco.com"),
    _c("alaska_comm", "Alaska Communications", "Alaska Communications|Alaska Communications "
       "Systems|ACS of Anchorage|ACS of Alaska|ACS of Fairbanks|ACS of the Northland|"
       "ACS Wireless", "alaskacommunications.com"),
    _c("google_fiber", "Google Fiber", "Google Fiber|GFiber", "fiber.google.com"),
    _c("us_mobile", "US Mobile", "US Mobile", "usmobile.com"),
    _c("ting", "Ting", "Ting|Ting Internet|Ting Mobile", "ting.com"),
    _c("c_spire", "C Spire", "C Spire|C-Spire|Cellular South", "cspire.com"),
    _c("cellcom", "Cellcom", "Cellcom|Nsight", "cellcom.com"),
    _c("metronet", "Metronet", "Metronet|Metro Fibernet", "metronet.com"),
    _c("htc", "HTC", "HTC|Horry Telephone Cooperative|Horry Telephone", "htcinc.net"),
    _c("spectrotel", "Spectrotel", "Spectrotel", "spectrotel.com"),
    _c("momentum", "Momentum Telecom", "Momentum|Momentum Telecom", "momentumtelecom.com"),
    _c("earthlink", "EarthLink", "EarthLink|Earthlink Business", "earthlink.net earthlink.com"),
    _c("grasshopper", "Grasshopper", "Grasshopper|Grasshopper Group", "grasshopper.com"),
    _c("teliax", "Teliax", "Teliax|Teliax Inc|Teliax Communications", "teliax.com"),
    _c("skybest", "SkyBest", "SkyBest|SkyBest Communications|Skyline Membership Corporation|"
       "Skyline Telephone Membership Corporation|SkyLine/SkyBest", "skybest.com"),
    _c("aircall", "Aircall", "Aircall|Aircall Inc|Aircall.io|Aircall SAS", "aircall.io"),
    _c("phonecom", "Phone.com", "Phone.com|Phone.com Inc", "phone.com"),
    _c("sangoma", "Sangoma", "Sangoma|Sangoma Technologies|Star2Star", "sangoma.com"),
    _c("mitel", "Mitel", "Mitel|Mitel Networks|MiCloud", "mitel.com"),
    _c("sonic", "Sonic", "Sonic|Sonic.net", "sonic.com sonic.net"),
    _c("liberty_pr", "Liberty Puerto Rico", "Liberty Puerto Rico|Liberty Latin America|Liberty Cablevision",
       "libertypr.com"),
    _c("claro_pr", "Claro Puerto Rico", "Claro|Claro Puerto Rico|Puerto Rico Telephone",
       "claropr.com"),
    # Canada
    _c("bell", "Bell Canada", "Bell|Bell Canada|Bell Mobility|Bell Aliant|Bell MTS|"
       "Bell Business|Bell Business Markets|Bell Marchés Affaires|Bell Mobilité|MTS|"
       "Bell Canada Enterprises|BCE", "bell.ca bellaliant.ca bellmts.ca", "bell"),
    _c("virgin", "Virgin Plus", "Virgin Plus|Virgin Mobile|Virgin Mobile Canada",
       "virginplus.ca virginmobile.ca", "bell"),
    _c("lucky", "Lucky Mobile", "Lucky Mobile", "luckymobile.ca", "bell"),
    _c("rogers", "Rogers", "Rogers|Rogers Communications|Rogers Wireless|Rogers Business|"
       "Rogers Communications Canada|Rogers Communications Inc", "rogers.com", "rogers"),
    _c("fido", "Fido", "Fido|Fido Solutions", "fido.ca", "rogers"),
    _c("chatr", "chatr", "chatr|chatr Mobile", "chatrwireless.com", "rogers"),
    _c("shaw", "Shaw", "Shaw|Shaw Communications|Shaw Business|Shaw Direct", "shaw.ca", "rogers"),
    _c("telus", "TELUS", "TELUS|Telus|TELUS Communications|TELUS Communications Inc|"
       "TELUS Mobility|TELUS Business|TELUS Québec|TELUS Affaires|Société TELUS Communications",
       "telus.com", "telus"),
    _c("koodo", "Koodo", "Koodo|Koodo Mobile", "koodomobile.com", "telus"),
    _c("public", "Public Mobile", "Public Mobile", "publicmobile.ca", "telus"),
    _c("videotron", "Vidéotron", "Vidéotron|Videotron|Vidéotron ltée|Videotron Ltd|"
       "Vidéotron Affaires|Videotron Business|Québecor|Quebecor", "videotron.com", "quebecor"),
    _c("freedom", "Freedom Mobile", "Freedom Mobile|Freedom", "freedommobile.ca", "quebecor"),
    _c("fizz", "Fizz", "Fizz", "fizz.ca", "quebecor"),
    _c("cogeco", "Cogeco", "Cogeco|Cogeco Connexion|Cogeco Communications", "cogeco.ca"),
    _c("eastlink", "Eastlink", "Eastlink|Bragg Communications", "eastlink.ca"),
    _c("sasktel", "SaskTel", "SaskTel|Saskatchewan Telecommunications", "sasktel.com"),
    _c("tbaytel", "Tbaytel", "Tbaytel|Tbay Tel|Thunder Bay Telephone", "tbaytel.net"),
    _c("distributel", "Distributel", "Distributel|Distributel Communications", "distributel.ca"),
    _c("xplore", "Xplore", "Xplore|Xplornet", "xplore.ca xplornet.com"),
    _c("telebec", "Télébec", "Télébec|Telebec", "telebec.com", "bell"),
    _c("northwestel", "Northwestel", "Northwestel|Northwestel Inc|NWTel|Northwestel Business",
       "nwtel.ca", "bell"),
    _c("ebox", "EBOX", "EBOX|EBOX inc|Ebox|EBOX Télécom|EBOX Telecom", "ebox.ca"),
    _c("sogetel", "Sogetel", "Sogetel", "sogetel.com"),
    _c("cooptel", "Cooptel", "Cooptel|Cooptel coopérative de télécommunication|Coopérative Cooptel",
       "cooptel.ca cooptel.qc.ca"),
    _c("primus", "Primus", "Primus|Primus Canada|Primus Telecommunications", "primus.ca"),
    _c("comwave", "Comwave", "Comwave|Comwave Networks", "comwave.net"),
    _c("teksavvy", "TekSavvy", "TekSavvy|TekSavvy Solutions", "teksavvy.com"),
    _c("execulink", "Execulink", "Execulink|Execulink Telecom", "execulink.ca"),
    _c("beanfield", "Beanfield", "Beanfield|Beanfield Metroconnect", "beanfield.com"),
    _c("iristel", "Iristel", "Iristel|Ice Wireless", "iristel.com icewireless.ca"),
    _c("fibernetics", "Fibernetics", "Fibernetics|Fibernetics Corporation", "fibernetics.ca"),
    _c("navigata", "Navigata", "Navigata|Navigata Communications", "navigata.ca"),
    _c("ebox", "EBOX", "EBOX|EBOX inc|EBOX Télécom|EBOX Telecom", "ebox.ca"),
    _c("derytelecom", "DERYtelecom", "DERYtelecom|Dery Telecom", "derytelecom.ca"),
)

# words that brand names share with ordinary bill text: they count only as a whole alias line
_AMBIGUOUS = frozenset({"mint", "boost", "wave", "grande", "consolidated", "granite", "frontier",
                        "freedom", "spectrum", "visible", "lumen", "lingo", "public", "zoom",
                        "bell", "rogers", "shaw", "cox", "mts", "sbc", "att", "mci", "tds", "gci",
                        "wow", "fizz", "charter", "metro", "sprint", "bandwidth", "kinetic", "goto",
                        "fusion",
                        "fios", "level 3", "ooma", "cricket", "altice", "optimum", "koodo", "fido",
                        "virgin mobile", "sparklight", "fidium", "astound", "rcn", "dish wireless",
                        "cogent", "sonic", "momentum", "grasshopper", "ting", "primus", "claro",
                        "lumos", "segra", "zayo", "metronet", "mitel", "cellcom", "tpx",
                        "htc"})  # HTC is also a handset maker
_LEGAL_TAIL = re.compile(r"\b(inc|incorporated|llc|l l c|corp|corporation|co|company|ltd|limited|"
                         r"ltee|lp|llp|plc|holdings|the)\b")


def carrier_key(text: str) -> str:
    """Lower case, letters and digits only, legal suffixes and "&" kept apart: the alias key."""
    text = text.lower().replace("&", " and ").replace("é", "e").replace("è", "e")
    text = text.replace("-", " ").replace("!", "")
    words = re.sub(r"[^a-z0-9 ]", " ", text).split()
    return " ".join(words)


def _strip_legal(key: str) -> str:
    return " ".join(_LEGAL_TAIL.sub(" ", key).split())


_COMMON_STEMS = frozenset({"phone", "fiber", "voice", "business", "google", "mobile", "wireless"})


def _index() -> dict[str, Carrier]:
    """Aliases, then each web domain's name ("nwtel" of nwtel.ca: specialists type the short
    name a carrier goes by, which is often its domain), unless it is an ordinary word."""
    out: dict[str, Carrier] = {}
    for carrier in CARRIERS:
        for alias in (carrier.name, *carrier.aliases):
            out.setdefault(_strip_legal(carrier_key(alias)), carrier)
    for carrier in CARRIERS:
        for domain in carrier.domains:
            parts = domain.split(".")
            if len(parts) == 2 and len(parts[0]) >= 4 and parts[0] not in _COMMON_STEMS | _AMBIGUOUS:
                out.setdefault(carrier_key(parts[0]), carrier)
    return out


_BY_ALIAS = _index()
# names long and plain enough that a scan's reading one letter off them still names the carrier
WORDMARKS = {k: c for k, c in _BY_ALIAS.items() if len(k) >= 6 and k not in _AMBIGUOUS}
_LONGEST_ALIAS = max(len(k.split()) for k in _BY_ALIAS)
_DOMAIN_RE = re.compile(r"(?i)\b(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|net|ca|us|org))\b")


def identify(name: str) -> Carrier | None:
    """The carrier a typed or printed name means, or None when nobody listed it."""
    key = _strip_legal(carrier_key(name))
    if not key:
        return None
    found = _BY_ALIAS.get(key) or _BY_ALIAS.get(key.replace(" ", ""))
    if found is not None:
        return found
    # "Cox Business Services", "AT&T Mobility National Accounts": the longest known head
    words = key.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if head in _BY_ALIAS and (size > 1 or len(head) > 2):
            return _BY_ALIAS[head]
    return None


def identify_typed(name: str) -> Carrier | None:
    """The carrier a specialist's typed name means: as identify(), or a known name inside it
    ("U.S. TelePacific Corp.") when that names one carrier and is no ordinary word. Only for
    the typed carrier: a customer's name holding a carrier's word stays a customer's."""
    found = identify(name)
    if found is not None:
        return found
    named = {c.family: c for c in carriers_named_in(name)}
    return next(iter(named.values())) if len(named) == 1 else None


def carriers_in_domains(text: str) -> list[Carrier]:
    """Carriers whose web domain appears in the text (footers, "visit us at", e-mail addresses)."""
    found: list[Carrier] = []
    for m in _DOMAIN_RE.finditer(text):
        host = m.group(1).lower()
        for carrier in CARRIERS:
            if any(host == d or host.endswith("." + d) for d in carrier.domains):
                if carrier not in found:
                    found.append(carrier)
    return found


def carriers_named_in(text: str, *, whole_line: bool = False) -> list[Carrier]:
    """Carriers named in a line of text; ambiguous brand words count only as the whole line."""
    key = carrier_key(text)
    if not key:
        return []
    found: list[Carrier] = []
    whole = _strip_legal(key)
    if whole in _BY_ALIAS:
        found.append(_BY_ALIAS[whole])
    elif (brand := _without_line_of_business(whole)) in _BY_ALIAS:
        found.append(_BY_ALIAS[brand])
    if whole_line:
        return found
    words = key.split()
    for size in range(1, min(_LONGEST_ALIAS, len(words)) + 1):
        for start in range(len(words) - size + 1):
            gram = " ".join(words[start:start + size])
            carrier = _BY_ALIAS.get(gram)
            if carrier is None or carrier in found or len(gram) < 3 or gram in _AMBIGUOUS:
                continue
            found.append(carrier)
    return found


# words a carrier puts after its name for a line of business ("Metronet Business", "Cooptel
# Affaires"): a line that is a known name and these words is still that carrier's wordmark
_LINE_OF_BUSINESS = frozenset({"business", "affaires", "entreprise", "entreprises", "solutions",
                               "services", "enterprise"})


def _without_line_of_business(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[-1] in _LINE_OF_BUSINESS:
        words.pop()
    return " ".join(words) if len(words[0] if words else "") >= 3 else ""


def same_family(a: Carrier, b: Carrier) -> bool:
    return a.family == b.family
