"""A text layer that lies: the page shows the right words, the text layer holds others.

A font whose ToUnicode map is missing or wrong gives pdfium's text garbage or shifted letters
('Bddpvou Ovncfs' for 'Account Number') while the glyphs on the page read right: the page AS
SEEN is the bill, and such a layer is no evidence of anything. It is told by what every bill page
prints: the small words of its language and the words of a bill's labels. A page with a run of
words of letters among which none of them is such a word, or whose characters are mostly ones no
font maps to a letter (the replacement character, the private use area, control codes), is not
read from its text layer: it is read from its picture as a scan is, or, where OCR is not at hand,
left empty with a notice (wrong is worse than empty).

Only the whole page is judged: a page of proper names alone (a list of addresses) still carries
its heading's words, and a call detail page its column headers; a lying layer carries none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from portdesk.bills.reader import Word

# the small words and the label words a bill page prints in English, French and Spanish
COMMON = frozenset("""
a an and are as at be by for from if in is it of on or our please the this to we with you your
account accounts address amount balance bill billed billing call calls charge charges credit
current customer date due fee fees invoice line lines local minutes month monthly name new number
numbers page pay payment phone plan previous service services statement summary tax taxes total
usage st rd ave dr blvd suite box
au aux avec ce compte date de des du en est et la le les montant nous numéro numero ou page par
pour sur taxe taxes total votre vos facture frais service services adresse ligne lignes mois
al con cuenta del el en es factura fecha la las los número numero o para pago por servicio
servicios su sus total un una y
""".split())

_LETTERS = re.compile(r"^[A-Za-zÀ-ÿ]{2,}$")
_UNMAPPED = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x1f]")
MIN_WORDS = 15  # words of letters on the page before its words are judged at all
_MAX_HITS_SHARE = 0.02  # a lying layer meets a common word by chance this rarely at most
_MAX_UNMAPPED = 0.3  # characters no font maps to a letter


def layer_lies(words: Sequence[Word]) -> bool:
    """The page's text layer is not what the page shows (see the module's docstring)."""
    chars = sum(len(w.text) for w in words)
    if chars and sum(len(_UNMAPPED.findall(w.text)) for w in words) > _MAX_UNMAPPED * chars:
        return True
    lettered = [w.text.strip(".,:;()").casefold() for w in words]
    lettered = [t for t in lettered if _LETTERS.match(t)]
    if len(lettered) < MIN_WORDS:
        return False
    hits = sum(t in COMMON for t in lettered)
    return hits <= _MAX_HITS_SHARE * len(lettered)
