"""Names asked inside a sentence: "I, ____, being authorised to act on behalf of ____",
"Je, soussigné(e), ____, à titre de ____ de l'entreprise ____", "from ____ (current local service
provider)".

A blank in running text has no label of its own: the words that lead into it say whose name it
is ("on behalf of", "de l'entreprise", "I/We"), or an aside right after it does ("(current
carrier)"). The words leading in are the ones since the previous blank on its line or, when the
blank starts a line, the end of the line above (the sentence wraps onto the blank).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.labels import Line, PageText
from portdesk.loa.vocabulary import classify, normalise

Rect = tuple[float, float, float, float]
_WRAP = 1.8  # a line this many of its heights above the blank is the sentence's line before
# words that end just before the customer's name in a sentence, in the form's languages
_FOR_CUSTOMER = re.compile(
    r"\b(on behalf of|acting for|to act for|agent for|in the name of|of the (company|business|firm)|"
    r"i/we|we|au nom de|pour le compte de|de l entreprise|de la (societe|compagnie)|"
    r"im (namen|auftrag) (von|der|des)|namens( der| des| van)?|der firma|von der firma|"
    r"van (het bedrijf|de onderneming)|nous|wir|wij|en (nombre|representacion) de|"
    r"de la empresa|nosotros|da empresa|da sociedade|em nome de|por conta de|"
    r"della (societa|ditta)|per conto di)$")
# "... port the numbers listed below from ____": the provider a sentence moving the numbers
# takes them from (its own words read as the numbers, the blank after them is the provider's)
_FROM_PROVIDER = re.compile(r"\b(port|transfer|move|switch|porter|transferer|portar|trasladar|"
                            r"transferir)\b.*\b(numbers?|lines?|numeros|lignes|lineas|linhas)\b"
                            r".*\b(from|depuis|desde)$")
# "... Unterzeichnet von ____ in der Funktion ____": the person a sentence says signs
_BY_SIGNER = re.compile(r"\b(signed by|unterzeichnet von|unterschrieben von|signe par|"
                        r"firmad[oa] por|assinad[oa] por|firmat[oa] da|ondertekend door)$")
# "from ____ (DD/MM/YYYY) onwards": a date's format printed right after the blank makes it a day
_DATE_FORMAT = re.compile(r"\b(dd|mm|yyyy|yy|jj|aaaa|tt|jjjj)\b")


def _date_format_after(rect: Rect, text: PageText) -> bool:
    after = text.right(rect, reach=80)[:3]
    return bool(after) and _DATE_FORMAT.search(normalise(" ".join(w.text for w in after))) \
        is not None


# "I, ____, as ____ of ____": the capacity the signer acts in
_FOR_TITLE = re.compile(r"(^|\s)(as|in (my|his|her|the) capacity (as|of)|en (qualite|tant) de|"
                        r"a titre de|als|in der funktion|in de functie van|en calidad de|como|"
                        r"na qualidade de|in qualita di)$")
# "PAN of the company:", "Registration number of the firm:": a thing the company has, asked
# by its own label; the company's name is not what goes there
_THING_OF = re.compile(r"\b(number|no|id|code|pan|tin|gstin|cin|vat|tax|registration|address|"
                       r"seal|stamp|e ?mail|phone|date)\b.*\bof the (company|business|firm)$")
# "D./Dña. ____", "Mr/Mrs ____", "M./Mme ____": a courtesy title, both forms of it, leads
# into a person's name; in a sentence asking the signer's capacity it is the signer's
_COURTESY = re.compile(r"^(d|don|sr|mr|m|herr|dhr|sig) ?/ ?(dna|dona|sra|mrs|ms|mme|frau|mevr|"
                       r"sig ?ra)$")
# "... as ____ of ____" in the lexicons' languages: the word for "of" after the title's blank
_OF = frozenset({"of", "de", "du", "de la", "del", "di", "della", "da", "do", "van", "von",
                 "der", "des"})
_ASIDE = re.compile(r"^\(\s*([^()\"“”«»]{3,50})\s*\)")
_CAPTION = re.compile(r"^(\([^()]{2,50}\)\s*)+$")  # "(Vor- und Nachname)   (Funktion)"
_NAMES = frozenset({LoaField.ACCOUNT_NAME, LoaField.CARRIER, LoaField.AUTHORIZED_NAME,
                    LoaField.AUTHORIZED_TITLE})
_REACH = 150.0  # points right of a blank its aside may run


def leading_in(rect: Rect, text: PageText, others: Sequence[Rect]) -> str:
    """The label a sentence gives the blank from the words leading into it, or ''."""
    words = _words_before(rect, text, others)
    said = normalise(" ".join(w.text for w in words))
    if said and _FROM_PROVIDER.search(said) and not _date_format_after(rect, text):
        return "Current provider"
    if said and _BY_SIGNER.search(said):  # "... Unterzeichnet von ____"
        return "Signer name"
    if not said or classify(said) is not None:
        return ""  # "Nom de l'entreprise :": a label of its own, not a sentence leading in
    if _THING_OF.search(said):
        return ""
    if _FOR_CUSTOMER.search(said) or (said == "of" and _after_a_blank(words, others)):
        return "Customer name"  # "... as ____ of ____": the title's company
    if said in _OF and (title := _blank_before(words, others)) is not None \
            and _FOR_TITLE.search(normalise(" ".join(
                w.text for w in _words_before(title, text, others)))):
        return "Customer name"  # "en calidad de ____ de ____": the title's company
    if _COURTESY.match(said):
        return "Signer name"
    return "Title" if _FOR_TITLE.search(said) else ""


_MARGIN = 12.0  # points: the line above a wrapped sentence's next line starts this near it


def wrapped_lead(rect: Rect, text: PageText, others: Sequence[Rect]) -> list[Word]:
    """A blank that starts its line, under a sentence with blanks of its own ("Yo, ____,
    cédula ____, en mi condición de" then "____ de la empresa"): the words after the last
    blank on the line above lead into this one (not the line's first words, over the blank)."""
    if any(w.x1 <= rect[0] + 2 for w in text.line_of(rect)):
        return []
    height = rect[3] - rect[1]
    above = [ln for ln in text.lines if rect[3] - 2 < ln.y <= rect[3] + _WRAP * height
             and ln.x1 > rect[0]]
    if not above:
        return []
    line = min(above, key=lambda ln: ln.y)
    if line.x0 > rect[0] + _MARGIN:
        return []  # a sentence wraps to its own left margin: a line starting further right
        # (a caption beside a table) leads into no blank at the start of the next line
    walls = [o[2] for o in others if o[1] < line.top and o[3] > line.y and o[0] > line.x0]
    if not walls:
        return []  # no blank on the line above: not a sentence with blanks
    wall = max(walls)
    return [w for w in line.words if w.x0 >= wall - 1 and not w.is_blank]


def _blank_before(words: Sequence[Word], others: Sequence[Rect]) -> Rect | None:
    """The blank the words leading in follow on their line, a few points away."""
    first = words[0]
    return next((o for o in others if 0 <= first.x0 - o[2] <= 12 and o[1] < first.y1
                 and o[3] > first.y0), None)


def _after_a_blank(words: Sequence[Word], others: Sequence[Rect]) -> bool:
    """The words leading in follow another blank on the same line, a few points away."""
    first = words[0]
    return any(0 <= first.x0 - o[2] <= 12 and o[1] < first.y1 and o[3] > first.y0
               for o in others)


def aside_after(rect: Rect, text: PageText) -> str:
    """"____ (current local service provider)": the aside names the blank, when it names a
    party or a person's title (an aside like "(optional)" or "(MM/DD/YYYY)" does not)."""
    after = " ".join(w.text for w in text.right(rect, reach=_REACH))
    found = _ASIDE.match(after)
    if not found:
        return ""
    read = classify(found.group(1))
    return found.group(1).strip() if read is not None and read.field in _NAMES else ""


def _words_before(rect: Rect, text: PageText, others: Sequence[Rect]) -> list[Word]:
    own = text.left(rect, stop_at=others)
    if own or any(w.x1 <= rect[0] + 2 for w in text.line_of(rect)):
        return own
    height = rect[3] - rect[1]
    # a sentence wrapping onto the blank ran over the blank's start on the line before; a
    # line wholly right of the blank is another column's print (a stamp box's caption)
    above = [ln for ln in text.lines if rect[3] - 2 < ln.y <= rect[3] + _WRAP * height
             and ln.x1 > rect[0] and (ln.x0 < rect[2] or _after_a_blank_over(ln, rect, others))]
    # "(bisheriger Anbieter)" under the line before's blank is that blank's caption: the
    # sentence's own line runs on into this blank
    above = [ln for ln in above if not _CAPTION.match(ln.text.strip())]
    if not above:
        return []
    line = min(above, key=lambda ln: ln.y)
    walls = [o[2] for o in others if o[1] < line.top and o[3] > line.y]
    wall = max(walls, default=-1e9)
    return [w for w in line.words if w.x0 >= wall - 1 and not w.is_blank]


def _after_a_blank_over(line: Line, rect: Rect, others: Sequence[Rect]) -> bool:
    """The line's print starts right after a blank of its own that sits over this blank ("...
    Anbieter" / "[____] zu übernehmen ... Unterzeichnet von" / "[____]"): one sentence."""
    return any(o[0] < rect[2] and 0 <= line.x0 - o[2] <= 8 and o[1] < line.top and o[3] > line.y
               for o in others)


def in_running_text(rect: Rect, text: PageText) -> bool:
    """Words run on right after the blank on its own line ("____, au compte numéro"): the
    blank sits inside a sentence, and the words before it are the sentence, not its label."""
    return any(0 <= w.x0 - rect[2] <= 8 and re.search(r"\w", w.text)
               for w in text.line_of(rect))
