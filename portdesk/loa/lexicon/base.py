"""One language's label vocabulary: the words its forms name our values by, concept by concept,
and the little words that tell a form is in it.

Written as words, not patterns, so that a test can read every word of one language against the
vocabulary of every other (a false friend must not misplace: Slovak "kraj" is the region,
Slovenian "kraj" the town). A word is written normalised (no accents, lower case, punctuation
as spaces: "Poštanski broj" is "postanski broj"), and
- "word" is found anywhere in a label ("Naziv tvrtke (puni)" holds "naziv tvrtke");
- "word*" takes its inflections ("adres*": adrese, adresas, adresa);
- "=word" is the whole label only ("Datum", never "Datum prijenosa");
- "~pattern" is a regular expression, for a phrase whose words may part ("numbers ... stay");
- "!word" (not ours only) holds even in a label that asks for a signature: a second
  signatory's ("İkinci yetkili imza"), where the other not-ours words are an aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from portdesk.loa.fields import LoaField

NOT_OURS = "not_ours"  # labelwords.NOT_OURS, spelt here to keep the lexicons leaves

Concept = LoaField | str
Rule = tuple[Concept, float, re.Pattern[str]]

# the order concepts are tried in, specific before broad: "kontaktisiku telefon" is the contact's
# phone before "kontaktisik" names the signer; "allkirjastamise kuupaev" the signing date before
# "allkiri" the signature; "postanski broj" the postcode before "broj" a number to port; the
# signature before the signer, as in the broad rules ("Firma del representante legal" is signed)
ORDER: tuple[Concept, ...] = (
    NOT_OURS, LoaField.REMAINING_NUMBERS, LoaField.REQUESTED_DATE, LoaField.DATE_SIGNED,
    LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL, LoaField.SIGNATURE,
    LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE, LoaField.CARRIER, LoaField.ACCOUNT_NUMBER,
    LoaField.PIN, LoaField.BTN, LoaField.ACCOUNT_NAME, LoaField.SUITE, LoaField.LOCALITY,
    LoaField.POSTAL_CODE, LoaField.STATE, LoaField.CITY, LoaField.STREET,
    LoaField.SERVICE_ADDRESS, LoaField.NUMBER,
)
# a tick box's label: which of our ticks it is (tickwords.py reads the broad words after these)
TICKS: tuple[Concept, ...] = (LoaField.PARTIAL_PORT, LoaField.FULL_PORT, LoaField.TOLL_FREE,
                              LoaField.BUSINESS, LoaField.RESIDENTIAL)
# words every language's forms print as they are: an "E-mail" label before its language's word
# for an address ("E-mail adresa", "Adres e-mail") is the e-mail
EVERYWHERE: dict[Concept, tuple[str, ...]] = {LoaField.CONTACT_EMAIL: ("e mail", "email")}
_WHOLE_STRENGTH = 0.9
# a label with a signature word in any lexicon's language: its "not ours" words are an aside
UNSIGNED = (r"^(?!.*\b(signature|signed|sign here|firma|firmado|unterschrift|handtekening|"
             r"podpis|potpis|allkiri|paraksts|parasas|llofnod|sahihi|ypografi|assinatura|"
             r"signatura|alairas|semnatura|allekirjoitus|allekirjoita|underskrift|namnteckning|undirskrift|"
             r"siniu|suttascripziun|ennerschreft|imza|chu ky|ky ten|ky (va )?ghi ro|nenshkrim\w*)\b)")  # a bare word over a blank ("Nimi", "Datums") is surer in context


@dataclass(frozen=True)
class Lexicon:
    """A language's words, by the concept each names (see the module's doc for the notation)."""

    code: str  # ISO 639-1
    name: str
    stopwords: frozenset[str]  # little words and a porting form's words, to tell the language
    words: dict[Concept, tuple[str, ...]]
    whole: tuple[Rule, ...] = field(init=False, repr=False, compare=False)
    inner: dict[Concept, tuple[re.Pattern[str], ...]] = field(init=False, repr=False,
                                                           compare=False)
    ticks: dict[Concept, tuple[re.Pattern[str], ...]] = field(init=False, repr=False,
                                                           compare=False)

    def __post_init__(self) -> None:
        unknown = set(self.words) - set(ORDER) - set(TICKS)
        if unknown:
            raise ValueError(f"{self.code}: concepts out of ORDER: {sorted(map(str, unknown))}")
        whole = [(concept, _WHOLE_STRENGTH, _pattern(r"^(", ws, r")$")) for concept in ORDER
                 if (ws := [w[1:] for w in self.words.get(concept, ()) if w.startswith("=")])]
        inner = {concept: tuple(_inner((*self.words.get(concept, ()), *EVERYWHERE.get(concept, ())),
                                       unsigned=concept == NOT_OURS))
                 for concept in ORDER}
        object.__setattr__(self, "whole", tuple(whole))
        object.__setattr__(self, "inner", {c: rules for c, rules in inner.items() if rules})
        ticks = {concept: (*([_pattern(r"^(", ws, r")$")] if (ws := [
            w[1:] for w in self.words.get(concept, ()) if w.startswith("=")]) else []),
            *_inner(self.words.get(concept, ()))) for concept in TICKS}
        object.__setattr__(self, "ticks", {c: rules for c, rules in ticks.items() if rules})


def _inner(words: tuple[str, ...], unsigned: bool = False) -> list[re.Pattern[str]]:
    """The words found anywhere in a label, as one pattern, then each "~" pattern. unsigned:
    never in a label that asks for a signature ("Firma y sello (si no hay sello, el DNI ...)"
    is signed; the identity number in its aside is no blank of its own)."""
    guard = UNSIGNED if unsigned else ""
    always = [w[1:] for w in words if w.startswith("!")]
    plain = [w for w in words if not w.startswith(("=", "~", "!"))]
    found = [_pattern(r".*?\b(", always, r")\b")] if always else []
    found += [_pattern(guard + r".*?\b(", plain, r")\b")] if plain else []
    return found + [re.compile(guard + r".*?(?:" + w[1:] + ")") for w in words
                    if w.startswith("~")]


def _pattern(head: str, words: list[str], tail: str) -> re.Pattern[str]:
    return re.compile(head + "|".join(_word(w) for w in words) + tail)


def rules_of(lexicons: list[Lexicon]) -> tuple[Rule, ...]:
    """The rules of a form's languages' lexicons: whole labels first, the first language's
    first ("Kraj" alone is the town on a Slovenian form that prints Slovak too); then the words
    found in a label, concept by concept in ORDER across the languages, so that a phrase of the
    second language ("datum podpisa", the signing date) is not taken by a broad word of the
    first ("podpis")."""
    whole = [rule for lex in lexicons for rule in lex.whole]
    inner = [(concept, 1.0, pattern) for concept in ORDER for lex in lexicons
             for pattern in lex.inner.get(concept, ())]
    return (*whole, *inner)


def ticks_of(lexicons: list[Lexicon]) -> tuple[tuple[Concept, re.Pattern[str]], ...]:
    """The tick words of a form's languages, tick by tick in TICKS order (partial first: "only
    the numbers below" names numbers as "all numbers" does)."""
    return tuple((concept, pattern) for concept in TICKS for lex in lexicons
                 for pattern in lex.ticks.get(concept, ()))


def _word(word: str) -> str:
    """'adres*' -> 'adres\\w*'; 'e post' -> 'e ?post' (written "e-post", "epost", "e post")."""
    stem = word.rstrip("*")
    text = r"\w*".join(re.escape(part) for part in stem.split("*"))
    text = text.replace(r"\ ", " ?") if len(stem.split()[0]) == 1 else text.replace(r"\ ", " ")
    return text + (r"\w*" if word.endswith("*") else "")


def words_of(lexicon: Lexicon) -> list[tuple[str, Concept]]:
    """Every plain word of a lexicon (patterns left out) with its concept: for tests that read
    one language's words against another's."""
    return [(w.lstrip("=!").rstrip("*").replace("*", ""), concept)
            for concept, words in lexicon.words.items() for w in words
            if not w.startswith("~") and concept not in TICKS]
