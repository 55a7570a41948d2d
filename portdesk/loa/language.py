"""The form's language, as its printed words say it, and the months in each language.

"Datum" and "Unterschrift" beside the blanks make a form German even when two pages of its terms
are in English; a date written with the month as a word takes the form's language's month.
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.lexicon import LEXICONS
from portdesk.loa.lexicon.months import MONTHS as MONTHS_BY_LEXICON
from portdesk.loa.vocabulary import normalise

_STOPWORDS: dict[str, set[str]] = {  # little words, and the words of a porting form, by language
    "en": {"the", "and", "of", "to", "your", "you", "please", "this", "for", "with", "name",
           "number", "numbers", "date", "signature", "address", "customer", "account",
           "provider", "carrier", "telephone", "service", "city", "state", "zip", "print",
           "title", "authorized", "authorised", "current", "company", "porting", "town"},
    "fr": {"le", "la", "les", "du", "et", "vous", "votre", "vos", "pour", "est", "une", "nom",
           "numero", "numeros", "adresse", "signature", "client", "operateur", "portabilite",
           "ville", "raison", "sociale", "cedant", "fait", "titulaire", "je", "mes", "aux"},
    "de": {"der", "die", "das", "und", "ihre", "sie", "nicht", "werden", "mit", "fur", "ist",
           "unterschrift", "datum", "rufnummern", "rufnummer", "kunden", "anschluss", "von",
           "des", "zur", "zum", "oder", "bei", "dem", "den", "eine", "auf", "nur", "strasse",
           "anschrift", "anbieter", "kundennummer", "beim", "bisherigen", "bisheriger", "ort",
           "plz", "ansprechpartner", "portierung", "anschlussinhaber", "anschlussinhabers",
           "vorwahl", "hausnummer", "ich", "hiermit", "bitte"},
    "nl": {"het", "een", "van", "en", "uw", "niet", "worden", "voor", "met", "zijn", "dat",
           "naam", "nummers", "handtekening", "datum", "klant", "aan", "huidige", "adres",
           "plaats", "aanbieder", "klantnummer", "bedrijfsnaam", "woonplaats", "ik", "mijn"},
    "es": {"el", "los", "las", "del", "que", "y", "por", "su", "para", "con", "se", "nombre",
           "numero", "numeros", "firma", "fecha", "cliente", "operador", "portabilidad",
           "direccion", "localidad", "razon", "donante", "solicitud", "provincia"},
    "it": {"il", "lo", "gli", "della", "delle", "dei", "di", "che", "per", "con", "sono",
           "nome", "numero", "numeri", "numerazioni", "firma", "data", "cliente", "operatore",
           "portabilita", "indirizzo", "comune", "ragione", "sociale", "richiesta", "codice",
           "attuale", "luogo", "linea", "qualifica"},
    # Danish, and Norwegian with it (their forms' words are mostly the same)
    "da": {"og", "af", "til", "hos", "ikke", "kunde", "kunden", "numre", "navn", "dato",
           "underskrift", "teleselskab", "teleselskabet", "postnr", "kundenummer", "nuvaerende",
           "flyttes", "fuldmagt", "firmanavn", "hermed", "eller", "skal", "kontaktperson",
           "stilling", "by", "nummerflytning", "fullmakt", "poststed"},
}
# short English words a line of another language must not vote with ("a", "i", "on"...)
_ENGLISH_SHORT = frozenset({"a", "i", "an", "at", "on", "in", "is", "it", "as", "be", "do", "no",
                            "or", "so", "we", "up", "by", "me", "my", "he", "us", "am", "go", "u",
                            "o", "e", "y", "ad", "post", "data", "nr", "pin"})
_SHARED = frozenset().union(*_STOPWORDS.values()) | _ENGLISH_SHORT
_SHARED_WORD = 4  # letters
for _code, _lexicon in LEXICONS.items():  # every other language's little words, from its lexicon
    if _code not in _STOPWORDS and _lexicon.stopwords:  # (a word it shares with one of the
        # seven above is its too when it is a word of four letters or more: Portuguese "nome",
        # "cliente", "operador" are as Portuguese as they are Italian or Spanish, and a line of
        # only such words votes for neither; "de", "la", "le" are too many languages' to tell)
        _STOPWORDS[_code] = {w for w in _lexicon.stopwords - _ENGLISH_SHORT
                             if w not in _SHARED or len(w) >= _SHARED_WORD}
# each little word's languages, in _STOPWORDS's order (a line's tie between two is no vote)
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)
_SECOND_SHARE = 0.2  # a second language of a form has at least this share of the first's lines
_SECOND_LINES = 2
_FEW_WORDS = 3  # a known little word or two among a form's words is chance, not its language

MONTHS = MONTHS_BY_LEXICON  # every lexicon language's months (lexicon/months.py)


def _line_votes(lines: Sequence[Sequence[str]]) -> dict[str, int]:
    """Each line's vote for the language most of its little words are in (none on a tie)."""
    votes = dict.fromkeys(_STOPWORDS, 0)
    for line in lines:
        hits: dict[str, int] = {}
        for text in line:
            for lang in _LANGUAGES_OF.get(normalise(text), ()):
                hits[lang] = hits.get(lang, 0) + 1
        ranked = sorted(hits.values(), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]):
            votes[max(hits, key=hits.__getitem__)] += 1
    return votes


def guess_languages_by_lines(lines: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The form's languages, its first (guess_language_by_lines) first: a Welsh form prints
    English beside its Welsh, a Maltese or Swiss one two languages; a second language is one
    with lines of its own, not a word shared with the first."""
    votes = _line_votes(lines)
    first = _first_language(votes, lines)
    floor = max(_SECOND_LINES, _SECOND_SHARE * votes.get(first, 0))
    others = sorted((lang for lang, n in votes.items() if lang != first and n >= floor),
                    key=lambda lang: -votes[lang])
    return (first, *others)


# Measured (session 13) on every open drawn form and the 16 real ones: at least 18.2% of a
# form's words are little words of the languages PortDesk reads, and at least 10.8% those of
# one language; on forms written (for the measure) in Albanian, Indonesian, Tagalog,
# Azerbaijani and Hausa at most 15.3% and 10.2% (chance hits: "per", "data", "mai", "ni")
_KNOWN_SHARE = 0.165
_ENOUGH_WORDS = 30  # the forms measured print 42 words or more
_ONE_LANGUAGE_SHARE = 0.11


def known_word_shares(texts: Sequence[str]) -> tuple[float, float]:
    """The share of the words that are little words of any language PortDesk reads, and of
    the one language that has most of them."""
    words = [n for n in (normalise(t) for t in texts) if any(c.isalpha() for c in n)]
    if not words:
        return 0.0, 0.0
    counts: dict[str, int] = {}
    known = 0
    for word in words:
        langs = _LANGUAGES_OF.get(word, ())
        known += bool(langs)
        for lang in langs:
            counts[lang] = counts.get(lang, 0) + 1
    return known / len(words), max(counts.values(), default=0) / len(words)


def in_no_language_read(texts: Sequence[str]) -> bool:
    """A form whose words are too rarely any language's little words to be in one PortDesk
    reads: the few it shares are chance ("per" is Albanian too), and its labels cannot be read
    by any lexicon (a form in Indonesian read as Swedish would fill false friends)."""
    words = sum(any(c.isalpha() for c in normalise(t)) for t in texts)
    if words < _ENOUGH_WORDS:  # a few labels say too little for a share (reads_no_language)
        return False
    known, one = known_word_shares(texts)
    return known < _KNOWN_SHARE and one < _ONE_LANGUAGE_SHARE


def reads_no_language(lines: Sequence[Sequence[str]]) -> bool:
    """True when not one printed line is in a language PortDesk reads (a form in Turkish,
    Greek letters read as nothing): its labels cannot be read, whatever their words."""
    hits = sum(normalise(t) in _LANGUAGES_OF for line in lines for t in line)
    return not any(_line_votes(lines).values()) and hits < _FEW_WORDS


def guess_language_by_lines(lines: Sequence[Sequence[str]]) -> str:
    """The form's language as its printed lines say it: each line votes for the language most
    of its little words are in, so forty short labels in German outvote a page of terms in
    English (words alone would not: the terms have more of them). 'en' when unsure."""
    return _first_language(_line_votes(lines), lines)


def _first_language(votes: dict[str, int], lines: Sequence[Sequence[str]]) -> str:
    best = max(votes, key=lambda k: votes[k])
    if votes[best] >= 3 and votes[best] > votes["en"]:
        return best
    if votes[best] and not any(n for lang, n in votes.items() if lang != best):
        return best  # a short form (a few labels): every line that votes, votes for one
        # language, English none
    return guess_language([t for line in lines for t in line]) if votes[best] < 3 else "en"


def guess_language(texts: list[str]) -> str:
    """The form's language from its most common little words ('en' when unsure)."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    for text in texts[:3000]:
        for lang in _LANGUAGES_OF.get(normalise(text), ()):
            counts[lang] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 3 and counts[best] > counts["en"] else "en"


# Cyrillic letters Bulgarian does not write: Russian (ы э ё), Ukrainian and Belarusian (і ї є ў),
# Serbian and Macedonian (ђ ј љ њ ћ џ ѓ ќ ѕ)
_NOT_BULGARIAN = frozenset("ыэёіїєўђјљњћџѓќѕ")
_SCRIPT_LANGUAGE = {"Greek script": "el", "Cyrillic script": "bg"}


def readable_script(script: str, texts: Sequence[str]) -> bool:
    """A form in Greek letters whose words are Greek, in Cyrillic whose words are Bulgarian:
    read in their lexicons (lexicon/greek_bulgarian.py). A Russian or Ukrainian form shares
    many of Bulgarian's words: its own letters keep it refused, as any other script is."""
    language = _SCRIPT_LANGUAGE.get(script)
    if language is None:
        return False
    if language == "bg" and any(ch in _NOT_BULGARIAN for t in texts for ch in t.lower()):
        return False
    return guess_language(list(texts)) == language


_OWN_LANGUAGE_WORDS = 8  # little words enough to say a form's second script is a language


def language_of_words(texts: Sequence[str]) -> str:
    """The language PortDesk reads that these words are plainly written in ('' when they are
    too few to say: a stray "E-mail" or "PIN" on a form in another script is no language)."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    for text in texts[:3000]:
        for lang in _LANGUAGES_OF.get(normalise(text), ()):
            counts[lang] += 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    best, second = ranked[0], ranked[1]
    return best if counts[best] >= _OWN_LANGUAGE_WORDS and counts[best] > counts[second] else ""
