"""Known carriers: brands, legal names, wordmark spellings and web domains (carriers.py uses them).

Knowing who the major US and Canadian carriers are is product knowledge, like knowing the states:
a carrier nobody listed stays unknown, and the check says so instead of guessing.
"""

from __future__ import annotations

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
       "Verizon Business Network Services|MCI|XO Communications", "verizon.com verizonwireless.com vzw.com",
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
       "Windstream Communications|Windstream Enterprise|PAETEC|PAETEC Communications", "windstream.com windstreamenterprise.com"),
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
    _c("fusion", "Fusion Connect", "Fusion Connect|Fusion|Birch Communications|Cbeyond", "fusionconnect.com"),
    _c("skybest", "SkyBest", "SkyBest|SkyBest Communications|Skyline Telephone Membership "
       "Corporation|Skyline Membership Corporation|SkyLine/SkyBest", "skybest.com"),
    _c("tds", "TDS Telecom", "TDS|TDS Telecom|TDS Telecommunications", "tdstelecom.com tds.net"),
    _c("ziply", "Ziply Fiber", "Ziply|Ziply Fiber|Northwest Fiber", "ziplyfiber.com"),
    _c("astound", "Astound", "Astound|Astound Broadband|RCN|Wave|Grande|enTouch|Astound Business|"
       "Astound Business Solutions|RCN Telecom Services|Grande Communications|Wave Broadband",
       "astound.com rcn.com"),
    _c("wow", "WOW!", "WOW!|WOW|WideOpenWest|Wide Open West", "wowway.com"),
    _c("cableone", "Sparklight", "Sparklight|Cable One|Sparklight Business", "sparklight.com",
       "cableone"),
    # Cable One bought Hargray and rebranded it Sparklight: one group, two brands, and bills of
    # both names still in customers' hands; which one holds the account is a question
    _c("hargray", "Hargray", "Hargray|Hargray Communications|Hargray Communications Group",
       "hargray.com", "cableone"),
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
    _c("goto", "GoTo Connect", "GoTo Connect|GoTo|GoTo Communications|Jive Communications|Jive|"
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
       "ACS Wireless|ACS", "alaskacommunications.com"),
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
    _c("mitel", "Mitel", "Mitel|Mitel Networks|MiCloud|ShoreTel|ShoreTel Connect", "mitel.com"),
    _c("sonic", "Sonic", "Sonic|Sonic.net", "sonic.com sonic.net"),
    _c("liberty_pr", "Liberty Puerto Rico", "Liberty Puerto Rico|Liberty Latin America|Liberty Cablevision",
       "libertypr.com"),
    _c("claro_pr", "Claro Puerto Rico", "Claro|Claro Puerto Rico|Puerto Rico Telephone",
       "claropr.com"),
    _c("mettel", "MetTel", "MetTel|Manhattan Telecommunications|Manhattan Telecommunications "
       "Corporation", "mettel.net"),
    _c("net2phone", "net2phone", "net2phone|net2phone Canada|IDT net2phone", "net2phone.com"),
    _c("broadvoice", "Broadvoice", "Broadvoice|Broadvoice Inc", "broadvoice.com"),
    _c("magicjack", "magicJack", "magicJack|magicJack VocalTec", "magicjack.com"),
    _c("evolveip", "Evolve IP", "Evolve IP|EvolveIP", "evolveip.net"),
    _c("peerless", "Peerless Network", "Peerless Network|Peerless Network Inc"),
    _c("hotwire", "Hotwire Communications", "Hotwire Communications|Hotwire|Fision"),
    _c("nuvera", "Nuvera", "Nuvera|Nuvera Communications|New Ulm Telecom", "nuvera.net"),
    _c("otelco", "Otelco", "Otelco|Otelco Inc", "otelco.com"),
    _c("ritter", "Ritter Communications", "Ritter Communications|Ritter"),
    _c("blue_ridge", "Blue Ridge Communications", "Blue Ridge Communications|Blue Ridge Cable"),
    _c("firstlight", "FirstLight Fiber", "FirstLight|FirstLight Fiber", "firstlight.net"),
    _c("allo", "ALLO Communications", "ALLO Communications|ALLO Fiber|ALLO"),
    _c("logix", "Logix Fiber Networks", "Logix|Logix Fiber Networks|Logix Communications"),
    _c("great_plains", "Great Plains Communications", "Great Plains Communications", "gpcom.com"),
    # Canada
    _c("bell", "Bell Canada", "Bell|Bell Canada|Bell Mobility|Bell Aliant|Bell MTS|"
       "Bell Business|Bell Business Markets|Bell Marchés Affaires|Bell Mobilité|MTS|"
       "Bell Canada Enterprises|BCE", "bell.ca bellaliant.ca bellmts.ca", "bell"),
    _c("virgin", "Virgin Plus", "Virgin Plus|Virgin Mobile|Virgin Mobile Canada",
       "virginplus.ca virginmobile.ca", "bell"),
    _c("lucky", "Lucky Mobile", "Lucky Mobile", "luckymobile.ca", "bell"),
    _c("rogers", "Rogers", "Rogers|Rogers Communications|Rogers Wireless|Rogers Business|"
       "Rogers Communications Canada|Rogers Communications Inc|Rogers for Business", "rogers.com", "rogers"),
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
    _c("access_communications", "Access Communications", "Access Communications|"
       "Access Communications Co-operative|Access Communications Co-operative Limited|"
       "Access Communications Co-op", "myaccess.ca"),
    _c("versature", "Versature", "Versature|Versature Corp|Versature Corporation", "versature.com"),
    _c("tbaytel", "Tbaytel", "Tbaytel|Tbay Tel|Thunder Bay Telephone|Thunder Bay Telephone Company", "tbaytel.net"),
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
    _c("oxio", "oxio", "oxio", "oxio.ca"),
    _c("startca", "Start.ca", "Start.ca|Start Communications", "start.ca"),
    _c("northerntel", "NorthernTel", "NorthernTel|NorthernTel Limited Partnership", "", "bell"),
    _c("ontera", "Ontera", "Ontera", "", "bell"),
    _c("maskatel", "Maskatel", "Maskatel|Maskatel Québec"),
    _c("westman", "Westman Communications", "Westman Communications|Westman Communications "
       "Group|Westman", "westman.wave.ca"),
    _c("nexicom", "Nexicom", "Nexicom|Nexicom Inc", "nexicom.net"),
    _c("fongo", "Fongo", "Fongo|Fongo Works", "fongo.com"),
    _c("derytelecom", "DERYtelecom", "DERYtelecom|Dery Telecom", "derytelecom.ca"),
)
