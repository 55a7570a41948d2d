"""The words of a section heading that say whose blanks are under it: the office's or the
provider's own ("For office use", "Täidab Läänemere Side", "Udfyldes af udbyderen"), the signer's
("Authorised representative"), the customer's ("Account holder"), the contact's. Read on the
normalised heading (no accents, lower case, punctuation as spaces) by sections.py.
"""

from __future__ import annotations

import re

OFFICE_USE = re.compile(r"\b(use only|office use|internal use|(store|sales|dealer|staff|retailer) use|"
                        r"reserved for|reserve (a|aux)|reservado (ao|a|al|para)|"
                        r"usage interne|a remplir par|nur fur|interne vermerke|vom anbieter "
                        r"auszufullen|uso interno|uso exclusivo|voor intern gebruik|in te vullen "
                        r"door|ne pas remplir|do not (fill|write)|nicht ausfullen|niet invullen|"
                        r"no rellenar|^(for )?(?!.*\b(in|of|to) use$)(\w+ ){1,4}use$|nur (von|durch) (\w+ ){1,4}auszufullen|"
                        # "Von Elbkabel auszufüllen": by the provider, unless by the customer
                        r"\b(von|vom|durch) (?!(dem |den )?(kunde|kunden|anschlussinhaber\w*|"
                        r"auftraggeber\w*|teilnehmer\w*|antragsteller\w*)\b)(\w+ ){1,4}auszufullen|"
                        r"(completed|filled in|"
                        r"filled out) by (\w+ ){1,4}only|internt|fylls i av|"
                        # "RECEIPT (to be completed by the agent ...)": the provider's people
                        r"(completed|filled in|filled out) by (the |our |your )?(sales )?(agent|"
                        r"dealer|retailer|staff|office|shop|store)|"
                        r"se completeaza de|a szolgaltato tolti ki|"
                        # Turkish "abone doldurmaz": the subscriber does not fill it in
                        r"(abone|musteri) (tarafindan )?doldur(maz|ulmaz|mayiniz)|(received|processed|checked|"
                        r"accepted|actioned) by)\b|"
                        # filled in by the provider, in the lexicons' languages (Estonian,
                        # Latvian, Lithuanian, Croatian, Slovenian, Czech/Slovak, Polish), not
                        # by the subscriber; "for office use" in Welsh, Irish, Maltese, Swahili
                        r"^(taidab|aizpilda|pildo|popunjava|izpolni|vyplnuje|vyplni|wypelnia)\b"
                        r"(?!.*\b(pretplatnik\w*|klient\w*|abonent\w*|tellija|narocnik\w*|"
                        r"ucastnik\w*|korisnik\w*|kunde|customer|subscriber|taotleja)\b)|"
                        r"\b(d?defnydd y swyddfa|usaid oifige|uzu tal uffic\w*|matumizi ya ofisi|"
                        r"ametlikuks kasutamiseks|operatora atzimes|riservato|"
                        r"reservado (a|al|para))\b|"
                        # "Udfyldes af udbyderen", "Συμπληρώνεται από τον πάροχο": by the provider
                        r"\b(udfyldes|fylles ut|taytetaan|tayttaa|sympliron\w*|popalva se)\b"
                        r".{0,24}\b(operat\w*|udbyder\w*|tilbyder\w*|parocho\w*|selskab\w*|"
                        r"teleselskab\w*)\b|"
                        # "(completed by Brandywine Telecom)", "(preenchimento pela Serra
                        # Net)": filled in by someone named, who is not the customer (nor the
                        # person signing for them): the provider's own block
                        r"\b((to be )?(completed|filled in|filled out) by|"
                        r"(preenchimento|preenchido|preenchida|a preencher) (pela|pelo|por)|"
                        r"(a )?(completar|rellenar|cumplimentar) por) (?!(the |your |o |a |el |la )?"
                        r"(customer|subscriber|account holder|holder|applicant|requester|"
                        r"requestor|you|authori[sz]ed|signatory|signer|end user|client|cliente|"
                        r"titular|assinante|requerente|solicitante|contratante|abonado|"
                        r"usuario|interessado)\b)\w+|"
                        # "Kea Telecom representative": the provider's own signer, not ours
                        r"^(?!.*\b(authori[sz]ed|customer|account|subscriber|client|your|legal|"
                        r"company|holder|signing)\b)(\w+ ){1,3}representative$")
SIGNER_SECTION = re.compile(r"\b(requester|requestor|authori[sz]ed (person|signatory|"
                            r"representative)|signatory|signataire|unterzeichner\w*|"
                            r"ondertekenaar|firmante|reprezentant\w*|imputernicit\w*|"
                            r"rappresentante|delegato|representante|"
                            r"kepviselo\w*|"
                            # "the authorised person" in the other languages PortDesk reads
                            r"personne habilitee|persona autorizada|persona autorizzata|"
                            r"pessoa autorizada|berechtigte person|gemachtigde persoon)\b")
CUSTOMER_SECTION = re.compile(r"\b(account holder|customer|subscriber|end user|titulaire|"
                              r"abonne|anschlussinhaber\w*|kunde|vertragspartner|abonnee|"
                              r"klant|titular|cliente)\b")
# "CUSTOMER (exactly as shown on the bill)": the block copies the bill, and the phone the bill
# names is the billing telephone number (the one the account is under), not a contact's
AS_ON_THE_BILL = re.compile(r"\bas (it )?(is )?(shown|appears|printed|written|stated|listed) on "
                            r"(the|your) (current |last |latest )?(bill|invoice|statement)\b|"
                            r"\bwie auf (der|ihrer) rechnung\b|"
                            r"\btel(le)? qu\w*( (il|elle))? (figure|apparai\w*) sur (la|votre) "
                            r"facture\b|"
                            r"\bcomo (figura|aparece) en (la|su) factura\b|"
                            r"\bzoals (vermeld )?op (de|uw) factuur\b")
CONTACT_SECTION = re.compile(r"\b(contact|contacts|kontakt\w*|ansprechpartner|requester|"
                             r"requestor|contacto|contactpersoon|coordonnees)\b")


# a block titled by a third party of the sale, drawn like the customer's block (its name, address,
# phone): the reseller's, dealer's, installer's, distributor's, not the customer's; read on the
# normalised heading, in the lexicons' languages that sell through resellers
THIRD_PARTY = re.compile(r"\b(reseller|dealer|installer|distributor|sales partner|channel partner|"
                         r"revendeur|distributeur|installateur|partenaire commercial|"
                         r"handler|fachhandler|vertriebspartner|wiederverkaufer|"
                         r"revendedor|distribuidor|instalador|rivenditore|installatore|"
                         r"wederverkoper|verkooppunt|"
                         # Turkish: the dealer ("Bayi") and the sales representative
                         r"bayi|bayii|satis temsilcisi|"
                         # an agent or intermediary who files the request ("Pełnomocnik /
                         # agent (if filed through an intermediary)"), never the customer's
                         # own authorised agent, who signs for the account
                         r"(?<!authorized )(?<!authorised )(?<!customer s )(?<!as )(?<!as my )"
                         r"(?<!as our )agent(?!s? (for|of)\b)|intermediar\w*|"
                         r"intermediair\w*|vermittler|tussenpersoon|posrednik\w*|"
                         r"zprostredkovatel\w*|sprostredkovatel\w*)s?\b")
