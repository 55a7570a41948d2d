"""The words of a tick box's label: which of our ticks it is (full or partial port, toll-free,
business or residential), in the languages of the forms we fill.

A tick box answers one question; its label is short and printed beside it ("All numbers on the
account", "Solo le numerazioni indicate sotto", "Professioneel"). Kept apart from the labels of
text blanks (vocabulary.py): a tick's words never name a value to write.
"""

from __future__ import annotations

import re
from functools import cache

from portdesk.loa.fields import LoaField
from portdesk.loa.lexicon import form_languages, tick_rules_in
from portdesk.loa.tradewords import connection_tick
from portdesk.loa.vocabulary import normalise

_YES = re.compile(r"^(yes|oui|ja|si|sim|tak|y|kylla|ano)$")
_NO = re.compile(r"^(no|non|nein|nee|nao|nej|nei|nie|n|ei|ne)$")
FULL_PORT = re.compile(r"^(full|complete|total)\b(?! (name|address|legal|company|details))|"
                       r"\b(all (my |of my |the |of the )?(phone |telephone |toll free |mobile |wireless |cell )?"
                       r"numbers|full port|"
                       r"(entire|complete|whole) account|"
                       r"all (my |of my |the |of the )?(phone |telephone |mobile |wireless )?lines on "
                       r"(the|my|this|our)( corporate| business| company)? account|"
                       r"(every|each) (phone |telephone )?number on (the|my|this) (account|ban|bill)|"
                       r"^(port|transfer|move) (every|each) (phone |telephone )?(number|line)$|"
                       r"tous (mes|les) numeros|portabilite totale|totale|alle (meine |unsere )?"
                       r"(rufnummern|nummern|nummers)|volledig\w*|vollstandig\w*|todos (mis|los) "
                       r"numeros|toda (la |mi )?numeracion( asociada)?|portabilidad total|todos|"
                       r"tutt[ei] (le |i )?(numerazioni|numeri|linee)|(samtliga|alla) nummer|"
                       r"alle numre(ne)?|wszystkie numery|todos os numeros|teljes|"
                       r"toate numerele|kaikki (asiakkaan )?numerot|vsechna cisla)\b")
PARTIAL_PORT = re.compile(r"\b(some (of )?(my |the )?numbers|partial|only (transferring )?some|"
                          r"only (those|the ones|these|the numbers) (listed|below|shown|indicated|"
                          r"given)|seulement ceux (indiques|inscrits|ci dessous)|"
                          r"only the (following|(numbers|lines) (listed|below))|others stay|"
                          # "Port selected numbers only", "only the specified lines"
                          r"(selected|specified|chosen|listed) (numbers|lines) only|"
                          r"only (the )?(selected|specified|chosen) (numbers|lines)|"
                          # the numbers left out stay where they are: only a partial port
                          r"(numbers|lines) not (listed|ported) (stay|remain)\w*|"
                          # "Will any numbers on this account stay?": its Yes is a partial port
                          r"(any|some) (of (the|your|my) )?(numbers|lines)\b.*\b(stay\w*|remain\w*|"
                          r"be kept)|\b(keep\w*|retain\w*) (any|some) (of (the|your|my) )?"
                          r"(numbers|lines)|"
                          r"verbleiben beim (bisherigen|alten|aktuellen) anbieter|"
                          r"nur (die )?folgende\w*|nur (die )?(unten )?(angefuhrt|aufgefuhrt|"
                          r"genannt|angegeben)\w*|"
                          r"seulement les numeros|alleen (de )?volgende|solo los siguientes|"
                          r"certains (de mes )?numeros|partiel\w*|teil\w*|einige|sommige|"
                          r"(une )?partie (de mes |des )(numeros|lignes)|"
                          r"endast (de )?(foljande|nedanstaende)|delportering|"
                          r"bare (de |numrene |numre )?(nedenfor|folgende)|"
                          r"kun (de )?(nedenstaende|folgende)|"
                          r"manter (algum|alguns) (numero|linha)s?|"
                          # "¿Conservará algún número ...?": its Yes is a partial port
                          r"(conserva|manten|mantiene|mantener)\w* (algun|algunos|alguna|"
                          r"algunas) (numero|linea)s?|"
                          r"gedeeltelijk\w*|een deel|algunos|parcial\w*|reszleges|"
                          r"doar numerele|vain (alla )?(luetellut|mainitut|seuraavat)|"
                          r"pouze (cisla )?(uveden\w*|nasledujici)|"
                          # "only" before the numbers, in each language: the listed ones only
                          r"(only|enkel|alleen|uniquement|seulement|nur|solo|solamente|"
                          r"unicamente|soltanto) (\w+ ){0,3}?"
                          r"(numbers|lines|nummers|numeros|rufnummern|nummern|numerazioni|numeri|"
                          r"lignes|lineas|linee))\b")
TOLL_FREE = re.compile(r"\b(toll free|sans frais|numeros? gratuits?|gebuhrenfrei\w*|gratis\w*|"
                       r"freephone|libre appel|numero verde|numeros? verdes?)\b")
# an article before the word ("Vous êtes : [ ] un professionnel [ ] un particulier"), in the
# languages whose ticks read it so
_ARTICLE = r"(a|an|my|our|un|une|ein|eine|einen|een|uno|una|um|uma)"
BUSINESS = re.compile(rf"^({_ARTICLE} )?(business|company|entreprise|professionnel|geschaftskunde|firmenkunde|"
                      r"corporate|corporation|enterprise|"
                      r"unternehmen|affaires|client affaires|"
                      r"zakelijk|empresa|professioneel|professionale|azienda|affari|"
                      r"comercial|commercial|commerciale|negocio|"
                      r"impresa|zakelijke klant|(persona )?moral|(pessoa )?juridica|firma|empresarial|"
                      r"client (commercial|professionnel)|foretag|foretagskund|"
                      r"persoana juridica|gazdalkodo szervezet|yritysasiakas|yritys|"
                      r"pravnicka osoba|podnikatel)\b"
                      # "Business hours" / "heures d'affaires": when, not who
                      r"(?!\s*(hours|hrs|days|day|time|heures|stunden|uren|horas)\b)")
RESIDENTIAL = re.compile(rf"^({_ARTICLE} )?(residential|consumer|personal|particulier|"
                         r"privatkunde|particular|residence|residentiel|residentieel|residencial|privato|"
                         r"residenziale|privat|prive|home|household|(persona |pessoa )?fisica|"
                         r"klient indywidualny|osoba fizyczna|client prive|privatperson|privatkund|"
                         r"persoana fizica|termeszetes szemely|kuluttaja\w*|yksityis\w*|"
                         r"fyzicka osoba|spotrebitel)\b"
                         # "Home phone" / "Home address": a kind of line or a place, not who
                         r"(?!\s*(phone|line|number|address|office|page)\b)")


def is_yes(text: str) -> bool:
    return bool(_YES.match(normalise(text)))


def is_no(text: str) -> bool:
    return bool(_NO.match(normalise(text)))


def check_field(text: str) -> LoaField | None:
    """The tick box a label describes: full/partial port, toll-free, business/residential."""
    norm = normalise(text)
    if (trade := connection_tick(norm)) is not None:
        return trade
    for tick, pattern in tick_rules_in(form_languages()):  # the form's languages' own words
        if pattern.search(norm):  # (a lexicon's rule opens on ".*?": where its words start)
            m = _unled(pattern).search(norm)
            return _negated(LoaField(tick), norm[:m.start() if m else 0])
    for field, pattern in ((LoaField.PARTIAL_PORT, PARTIAL_PORT), (LoaField.FULL_PORT, FULL_PORT),
                           (LoaField.TOLL_FREE, TOLL_FREE), (LoaField.BUSINESS, BUSINESS),
                           (LoaField.RESIDENTIAL, RESIDENTIAL)):
        if m := pattern.search(norm):
            return _negated(field, norm[:m.start()])
    main = re.sub(r"\([^)]*\)", " ", text)
    if main != text and main.strip():  # "Persona jurídica (empresa)": the words before the
        return check_field(main)  # aside name the tick, as they would alone
    return _bilingual_tick(norm)


# a negative tick: "Tick if you do NOT want all numbers ported", "Nicht alle Rufnummern": the
# words before the tick's concept deny it, so the box means the opposite of the concept (full /
# partial, business / residential); a denied concept with no opposite of ours is no tick of ours
# (French negates with "pas", "jamais", "aucun": a bare "ne" is "ne ... que", only: "Je ne
# transfère que certains de mes numéros" is the partial port itself)
_NEGATION = re.compile(r"\b(not|don t|dont|never|nicht|kein\w*|niet|geen|pas|jamais|non|nao|"
                       r"ikke|inte|nie|ei|"
                       # the verb's own negative prefix: Czech / Slovak "nepřeji si", "nechci",
                       # Latvian "nevēlaties", Lithuanian "nenoriu", Slovenian "ne želim"
                       r"nepreji\w*|nechc\w*|nezelam|nevel\w*|nenor\w*)\b")
_OPPOSITE = {LoaField.FULL_PORT: LoaField.PARTIAL_PORT, LoaField.PARTIAL_PORT: LoaField.FULL_PORT,
             LoaField.BUSINESS: LoaField.RESIDENTIAL, LoaField.RESIDENTIAL: LoaField.BUSINESS}


@cache
def _unled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A lexicon's rule without the ".*?" it opens on: its match starts at its own words."""
    text = pattern.pattern
    return re.compile(text[3:]) if text.startswith(".*?") else pattern


def _negated(field: LoaField, before: str) -> LoaField | None:
    if not _NEGATION.search(before):
        return field
    return _OPPOSITE.get(field)


def _bilingual_tick(norm: str) -> LoaField | None:
    """"Negocio / Business": a tick labelled in two languages is the tick either half names,
    when the other names no other one."""
    halves = [h.strip() for h in norm.split("/") if h.strip()]
    if len(halves) != 2:
        return None
    said = {check_field(h) for h in halves} - {None}
    return said.pop() if len(said) == 1 else None
