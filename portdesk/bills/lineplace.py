"""What a value's own line says it is: the label before it, a label cell left of it, a carrier's
words right after it, or a caption right of a value that nothing else labels.

Split from pageindex.py (the page's structure); this is the nearest of the places it asks for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from portdesk.bills.carriers import identify
from portdesk.bills.context import Context, Place, fold, strong_help
from portdesk.bills.layout import Segment, below
from portdesk.bills.structure import (
    ADDRESS_WORD,
    PHONEISH,
    VALUE_WORD,
    in_columns,
    label_head,
    label_tail,
)

if TYPE_CHECKING:
    from portdesk.bills.pageindex import PageIndex

# a web address: a domain's ending follows its name with no gap ("help.dialpad.com"); a state
# after a mark OCR read in the gap ("Oxnard,.CA 93085") or before its ZIP is no domain
_URL = re.compile(r"(?i)\bwww\.|(?<=[^\W_])\.(?:com|net|ca)\b(?!\s+\d{5}\b)|@|https?:")
# an attention line with the person it names: a line of a name-and-address block, never the
# label of a value in the next column
_ATTENTION_PAIR = re.compile(r"(?i)^(?:attn|attention|c/o|care of)\b\W*[^\W\d_]")
_BRAND_NUMBER = re.compile(r"(?i)\b(?:number|no\.?|#|numero)\W*$")
_AMOUNT = re.compile(r"^-?\$\s?\d[\d,.]*$|^-?\d[\d\s,.]*\s?\$$")
_LINE_WORD = re.compile(r"\b(?:line|ligne|did|dids|trunk)\b")
# a phone product's name before the number, as a charge heads each line's charges: one of the
# account's lines ("Business Digital Phone - ", "Hosted Voice Seat:", "Analog Line #")
_PRODUCT_LINE = re.compile(r"(?i)\b(?:business|digital|hosted|cloud|local|home|office|analog|"
                           r"additional|sip|voip|unlimited)\b(?:\s+[\w&/+-]+){0,3}?\s+(?:phone|line|"
                           r"voice|trunk|seat|did)s?\s*[-–—:#|·]?\s*$")
_BARE_PHONE = re.compile(r"(?i)^\W*(?:phone|line|tel\.?|t[ée]l[ée]phone|ligne|voice|number)\W*$")
_AMOUNT_END = re.compile(r"(?:\$\s?\d[\d,]*\.\d\d|\d[\d\s,]*[.,]\d\d\s?\$|included|inclus)\s*$",
                         re.IGNORECASE)
# a label for what the value was: "Old account number", "Previous BTN", "ancien numéro de compte"
_BYGONE = re.compile(r"(?i)^(?:old|previous|former|prior|past|earlier|ancien(?:ne)?|"
                     r"pr[ée]c[ée]dent(?:e)?)$")
# the words after a number say whom to call ('907-555-0151 - call Dave', 'ask for Maria'): a
# person's contact number, never one of the account's lines, whatever the words before it say
# ('new cell' in a note the customer wrote on the copy); a lower-case 'call' then one name, so a
# feature ('Call Waiting') is no person
# a gap (in word heights) a sentence's words can leave before its number when the text layer
# lost a word between them (a stamp or watermark printed over it)
_RUN_ON_GAP = 2.5
# another label and number pair after a separator on the value's own row, and a support desk
_NEXT_PAIR = re.compile(r"^\s*[|\u00b7\u2022]\s*[^\W\d_]")
_SUPPORT = re.compile(r"(?i)\bsupport\b")
_CALLED_US_FROM = re.compile(r"(?i)\b(?:call(?:ing|ed)|contact(?:ing|ed)|reach(?:ing|ed)|"
                             r"phon(?:ing|ed))\s+us\b.{0,60}\bfrom\W*$|"
                             r"\bnous\s+avoir\s+(?:appel[ée]s?|joints?)\b.{0,60}\b(?:du|de)\W*$|"
                             r"\bllamarnos\b.{0,60}\bdesde(?:\s+el)?\W*$")
# the line that opens a quoted earlier message in a printed e-mail
_QUOTED = re.compile(r"(?i)\bwrote:\s|\ba écrit\s?:\s|\bescribió:\s|\bwrote:$")
# a call's row with no heading over it: the date it was placed before the number, the minutes
# it lasted right after ('Apr 2 212-555-0166 14 min'); a line's own usage ('306-555-0131
# 120 min') has no date before it
_CALL_DATE = re.compile(r"(?i)^\W*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                        r"[a-z]*\.?\s+\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
                        r"(?:,?\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?)?\W*$")
_CALL_LENGTH = re.compile(r"(?i)^\W*(?:\d{1,4}\s*(?:min|mins|minutes)\b|\d{1,3}:\d\d\b)")
_WHOM_TO_CALL = re.compile(r"^\W*(?:call|ask for|contact)\s+[A-Z][a-z]+\W*$")
_CONTACT_WORD = re.compile(r"(?i)\b(?:customer|service|support|care|sales|billing|repair|"
                           r"questions?|call|contact|fax|toll|pay|payment|help)\b")


# "Phone 1", "Line 2", "Tel. 3", "Ligne 1": a line's place in a numbered list of the lines
_ORDINAL = re.compile(r"(?i)^\W*(phone|line|tel\.?|t[ée]l[ée]phone|ligne|mobile|cell|wireless|"
                      r"voice|number)\s*#?\s*(\d{1,2})\W*$")


def _answered_under(index: PageIndex, label: Segment) -> bool:
    """The label's value is the line right under it ('Premises' over its street): a label
    answers one value, so it names nothing else on its own line far to its right."""
    under = below(label, index.by_top, max_lines=1.6, align=6.0)
    return under is not None and not index.is_label(under) and index.is_label(label)


def _captioned_over(index: PageIndex, seg: Segment) -> bool:
    """The value has a caption of its own right over it, at its left edge ('Main Number' over
    '712-555-0197' in a box): a field's caption, not a help or payment phrase."""
    up = index.up(seg)
    return up is not None and abs(up.x0 - seg.x0) <= 6 and not PHONEISH.search(up.text) and (
        index.kind(up.text) not in (Context.NONE, Context.HELP, Context.USAGE, Context.REMIT))


def _wrapped_cell(index: PageIndex, left: Segment) -> bool:
    """The segment is the first line of a text that runs on onto the line under it, at its
    left edge, with no value beside that line ('Oakmont Auto Repair Grain' over 'and Livestock
    Services LLC' in a narrow box): a name or an address wrapped in a cell of its own, not the
    one-line label of a value far to its right that its own caption answers, whatever its
    words say ('Repair')."""
    if left.text.rstrip().endswith(":"):
        return False
    under = below(left, index.by_top, max_lines=1.6, align=3.0)
    if under is None or under.text.rstrip().endswith(":") or PHONEISH.search(under.text):
        return False
    return not any(s is not under and s.x0 >= under.x1 and VALUE_WORD.search(s.text)
                   for s in index.lines.get(under.line, []))


def _enumerated(index: PageIndex, seg: Segment, prefix: str) -> bool:
    """A value after '<line word> <n>' where the same word with another n starts another line
    of the same column: the account's lines numbered one by one. Alone, 'Phone 1' may be a help
    line's country code ('Phone: 1 800 ...'), so the list is what says it."""
    m = _ORDINAL.match(prefix)
    if m is None:
        return False
    word, n = m.group(1).lower(), m.group(2)
    for other in index.segments:
        if other is seg or abs(other.x0 - seg.x0) > 6 or other.page != seg.page:
            continue
        o = _ORDINAL.match(" ".join(w.text for w in other.words[:2]))
        if o is not None and o.group(1).lower() == word and o.group(2) != n and PHONEISH.search(
                other.text):
            return True
    return False


def _names_the_account_number(index: PageIndex, words: list[str], size: int) -> bool:
    """The words right before a value cut a label in its middle ('number on the account' of
    'Telephone number on the account:'): a word or two more that make it the account's one
    number (its BTN) say what it is, not the list of lines the cut piece names."""
    return any(index.kind(" ".join(words[-more:])) == Context.BTN
               for more in range(size + 1, min(len(words), size + 2) + 1))


def _quoted(index: PageIndex, seg: Segment) -> bool:
    """The segment is a line of an earlier message quoted under the one printed: marked '>'
    after a quote header ('On ..., ... wrote:') anywhere above it, or indented under one on
    its own page (a mail program's print indents a quote rather than marking it)."""
    headers = [s for s in _quote_headers(index) if s.top < seg.top]
    if seg.text.startswith(">"):
        return bool(headers) or _QUOTED.search(" ".join(
            s.text for s in index.segments if s.top < seg.top)) is not None
    return any(h.page == seg.page and seg.x0 > h.x0 + 8 for h in headers)


def _quote_headers(index: PageIndex) -> list[Segment]:
    """The page's quote headers ('On ..., ... wrote:'), found once per page: every value's
    line asks for those above it."""
    key = ("quote headers",)
    if key not in index._memo:
        index._memo[key] = [s for s in index.segments if _QUOTED.search(s.text)]
    return index._memo[key]  # type: ignore[return-value]


def line_place(index: PageIndex, seg: Segment, start: int, prefix: str | None,
               last: int) -> Place | None:
    """The label on the value's own line: the words before it, a label cell left of it, or a
    carrier's own words right after it."""
    if prefix is None:
        prefix = " ".join(w.text for w in seg.words[:start])
    if _URL.search(seg.text):
        return Place(Context.HELP, seg.text, "line")
    if _quoted(index, seg):
        # "> Hi, we would like to port 204-555-0159 ...": an earlier message quoted under the
        # one printed ('On ..., ... wrote:'), the customer's own words, not the bill's
        return Place(Context.USAGE, "a quoted message", "line")
    tail = " ".join(w.text for w in seg.words[max(start, last) + 1:])
    if _CALL_DATE.match(prefix) and _CALL_LENGTH.match(tail):
        return Place(Context.USAGE, f"{prefix} / {tail}", "line")  # "Apr 2 212-555-0166 14 min"
    if _WHOM_TO_CALL.match(tail):
        return Place(Context.HELP, tail, "right")  # "new cell 907-555-0151 call Dave"
    if _BARE_PHONE.match(prefix) and _NEXT_PAIR.match(tail) and (
            strong_help(tail) or _SUPPORT.search(tail)):
        # 'Tel. 514-555-2218 | Support 1-855-...': one contact row, its bare 'Tel.' the desk's
        return Place(Context.HELP, tail, "right")
    if _enumerated(index, seg, prefix):
        return Place(Context.NUMBERS, prefix, "line")  # "Phone 2 (518) 555-0195"
    if _CALLED_US_FROM.search(prefix):
        # "Thank you for calling us on May 3 from 902-555-0177": the number a call to the
        # carrier came from, told in a sentence; no list of the account's lines
        return Place(Context.USAGE, prefix, "line")
    whole = index.kind(prefix) if prefix else Context.NONE
    if whole in (Context.HELP, Context.USAGE, Context.REMIT):
        return Place(whole, prefix, "line")  # "Pay by phone: dial *PAY (*729) or call"
    prefix = label_tail(prefix)
    words = prefix.split()
    for size in (2, 4, len(words)):  # else the words right before the value weigh most
        near = " ".join(words[-size:])
        ctx = index.kind(near) if near else Context.NONE
        if ctx != Context.NONE and len(words) > size and _BYGONE.match(words[-size - 1]):
            return Place(Context.OTHER_ID, prefix, "line")  # "Old account number: 7730..."
        if ctx == Context.NUMBERS and _names_the_account_number(index, words, size):
            return Place(Context.BTN, prefix, "line")
        if ctx != Context.NONE:
            return Place(ctx, prefix, "line")
    if words and ADDRESS_WORD.match(words[-1]) and (site := site_heading(index, seg)):
        return Place(Context.SERVICE, f"{site} / {prefix}", "line")  # "Address: 12 Main St"
    if _PRODUCT_LINE.search(prefix) and not _CONTACT_WORD.search(prefix):
        return Place(Context.NUMBERS, prefix, "line")  # "Business Digital Phone - 270-555-0101"
    if _BARE_PHONE.match(prefix) and _heads_charges(index, seg):
        return Place(Context.NUMBERS, prefix, "line")  # "Phone 701.555.0175" over its charges
    brand = _BRAND_NUMBER.sub("", prefix).strip()
    if brand != prefix.strip() and brand and identify(brand) is not None:
        return Place(Context.NUMBERS, prefix, "line")  # "Fido number 604-555-0123"
    captioned = re.search(r"[^\W\d_]{2}", prefix) is not None
    passed = False  # a number between the label and the value: the label's own value
    for left in index.left_of(seg)[:2]:
        if seg.x0 - left.x1 > 300 or _AMOUNT.search(left.text):
            break  # "GST  $4.10  604-555-0101": the label has its value, in another column
        if captioned and seg.x0 - left.x1 > 60 and _answered_under(index, left):
            break  # a caption of its own; the label far left heads the value under it
        if identify(left.text) is not None and not _BRAND_NUMBER.search(left.text):
            continue  # the carrier's wordmark ("VONAGE Business") labels nothing
        if seg.x0 - left.x1 >= _RUN_ON_GAP * max(seg.height, 1.0) and _captioned_over(
                index, seg) and _wrapped_cell(index, left):
            break  # another cell's text wrapped onto the next line (a holder's name): no label
        if _URL.search(left.text) and seg.x0 - left.x1 < 60:
            return Place(Context.HELP, left.text, "line")  # not a user's e-mail cell
        if seg.x0 - left.x1 < _RUN_ON_GAP * max(seg.height, 1.0) and index.kind(
                label_tail(left.text)) in (Context.HELP, Context.USAGE, Context.REMIT):
            # a sentence running on into the number, cut from it by a gap the text layer lost
            # a word in ('... ou votre adresse 911, composez [le] 819-358-4100'): the words
            # nearest the number say whose it is, as they do on one segment
            return Place(index.kind(label_tail(left.text)), left.text, "line")
        head = label_head(left.text)
        if head != left.text and seg.x0 - left.x1 > 60:
            break  # "Account #: 4248" far left is a pair of its own, in another column
        if _ATTENTION_PAIR.match(left.text.strip()) and seg.x0 - left.x1 > 60:
            break  # "Attn: Office Manager": the mailing block's line, its person named
        ctx = index.kind(head)
        if ctx != Context.NONE and _BYGONE.match(head.split()[0]):
            return Place(Context.OTHER_ID, left.text, "line")  # "Previous BTN | 508-555-0142"
        if ctx in (Context.BTN, Context.ACCOUNT) and passed:
            break  # "Main Number  671-555-0123   671-555-0130": one value's label, answered
        if ctx == Context.BTN and _role_after_a_name(index, head):
            return Place(Context.NUMBERS, left.text, "line")  # "Jo's iPhone (Primary line)"
        if ctx != Context.NONE:
            return Place(ctx, left.text, "line")
        if ADDRESS_WORD.match(head.strip()) and (site := site_heading(index, left)):
            return Place(Context.SERVICE, f"{site} / {left.text}", "line")
        passed = passed or bool(PHONEISH.search(left.text))
    # "(800) 555-0100 Customer Service": a help phrase right after the number; what follows
    # a value is not its label, so only a carrier's own words count ("Sales" or "Call
    # Forwarding" beside a number describe the customer's line)
    right = [s for s in index.lines.get(seg.line, []) if s.x0 >= seg.x1 - 1
             and s.x0 - seg.x1 < 150 and not PHONEISH.search(s.text)]  # not its own pair
    tail = " ".join(w.text for w in seg.words[max(start, last) + 1:])
    for text in [tail, *(s.text for s in sorted(right, key=lambda s: s.x0)[:1])]:
        ctx = index.kind(text) if text else Context.NONE
        if ctx == Context.HELP and _service_charged(index, seg, text):
            continue  # "559-555-0180  Single Party Business Service  $32.00": a charged line
        if ctx == Context.REMIT or (ctx == Context.HELP and strong_help(text)):
            return Place(ctx, text, "right")
        if ctx == Context.NUMBERS and _LINE_WORD.search(fold(text)):
            return Place(ctx, text, "right")  # "Business Line - Measured": one of the lines
        if ctx == Context.BTN and _BILLING_WORD.search(fold(text)):
            # "615-555-0151 x1840 | Main / Billing Number": the row's own description calls
            # it the number the account is billed to (a bare 'Main line' may be a department)
            return Place(ctx, text, "right")
    caption = caption_right(index, seg, last)  # "508-555-0144 (BTN)" in the list of lines
    return caption if caption is not None and caption.context == Context.BTN else None


# what names a desk or offers contact: a help line's words that no plan or service name uses
_DESK_OR_CONTACT = re.compile(
    r"\b(?:customers?|clients?|members?|care|support|help|desk|department|dept|office|centre|"
    r"center|repair|trouble|call|dial|hours|billing|sales|technical|tech|contact|questions?|"
    r"inquir\w*|enquir\w*|toll|tty|tdd|chat|visit|report|outage|clientele|joindre|aide)\b|"
    r"\d|@|www\.|\.com\b")


def _service_charged(index: PageIndex, seg: Segment, text: str) -> bool:
    """The words after a number on a charge row of the services table ("Single Party Business
    Service  $32.00") name the service billed on that line: a help line carries no charge, and
    it names a desk or offers contact ("Business Service Center", "call", hours, a number)."""
    return _priced(index, seg) and _DESK_OR_CONTACT.search(fold(_AMOUNT_END.sub("", text))) is None


# a caption that says billing number in so many words, not a line's role among the lines
_BILLING_WORD = re.compile(r"(?i)\b(?:btn|atn|bill\w*|factur\w*)\b")


def _priced(index: PageIndex, seg: Segment) -> bool:
    """The value's row ends with an amount: a charge line item, whose words after the number
    name the kind of line charged for ("(Main Line)", "- primary"), not the billing number."""
    right = sorted((s for s in index.lines.get(seg.line, []) if s.x0 >= seg.x1 - 1),
                   key=lambda s: s.x0)
    return bool(right) and _AMOUNT_END.search(" ".join(s.text for s in right)) is not None


# a caption names one value: the account, the billing number or the place of service
_CAPTIONED = frozenset({Context.ACCOUNT, Context.BTN, Context.SERVICE})
# points between a value and the caption right of it: the nearest segment right of the value
# (nothing lies between), answering nothing of its own (no value after it, none under it), may
# sit across the width of a wide box ("Service Address" at the box's right edge)
_CAPTION_GAP = 300.0


def caption_under(index: PageIndex, seg: Segment) -> Place | None:
    """'(843) 555-0122' over a small 'Main Telephone Number': a boxed summary's value over its
    caption. The caption is a lone label right under the value, at its left edge, smaller than
    it; when a label sits as close over the value, that label is the value's (labels above their
    values, the next label under), so the line under says nothing."""
    under = [s for s in index.by_top.starting(seg.bottom, 1.2) if s.top - seg.bottom <= 1.2 * s.height
             and (abs(s.x0 - seg.x0) <= 8 or seg.x0 <= s.x0 < seg.x1)]
    if len(under) != 1 or not index.is_label(under[0]) or seg.height < 1.15 * under[0].height:
        return None
    label = under[0]
    ctx = index.kind(label.text)
    if ctx not in _CAPTIONED:
        return None
    # the label over it, its box reaching into the value's when the stack is set tight (a 7-point
    # label's descent over a 9-point value: 'Reference ID' over '5417729031')
    over = [g for g in index.segments if g.page == seg.page and g is not seg and g.top < seg.top
            and g.bottom <= seg.top + 0.3 * seg.height and abs(g.x0 - seg.x0) <= 8
            and index.is_label(g) and seg.top - g.bottom <= (label.top - seg.bottom) + 1]
    if over:
        return None
    return Place(ctx, label.text, "line")


# a role in brackets after the cell's own words: "Priya's Galaxy S23 (Primary line)"
_ROLE = re.compile(r"^(?P<base>.*?[^\W\d_]{2}.*?)\s*\((?P<role>[^()]+)\)\s*$")


_NUMBER_WORD = re.compile(r"(?i)\b(?:tel\w*|t[ée]l[ée]\w*|phone|number|num[ée]ro|no|line|ligne|tn|wtn|"
                          r"btn|atn)\b")


def _role_after_a_name(index: PageIndex, cell: str) -> bool:
    """A user's or a device's name with the line's role in brackets after it: the cell names
    one of the lines and says which is the primary one, as a row's type cell does; the page
    labels no billing number (a 'Main number' type cell proves none either). A number word
    before the brackets ('Telephone (main)') is a label qualified, left as it reads."""
    m = _ROLE.match(cell)
    return m is not None and index.kind(m.group("base")) == Context.NONE and not (
        _NUMBER_WORD.search(m.group("base")))


def caption_right(index: PageIndex, seg: Segment, last: int) -> Place | None:
    """A caption right of the value (_caption_right), but on a charge line item only one that
    says billing number in so many words: "Local Number 813-555-0172 (Main Line)  1  $4.61"
    names the kind of line charged for, as a row's type cell does."""
    caption = _caption_right(index, seg, last)
    if caption is not None and caption.context == Context.BTN and _priced(index, seg) and (
            not _BILLING_WORD.search(caption.label)) and not _the_pages_captions(
            index, seg, last, caption.label):
        return None
    return caption


def _the_pages_captions(index: PageIndex, seg: Segment, last: int, caption: str) -> bool:
    """'+1 585 555 0173 main number  $18.71' on a page that captions its values after them
    ('GL121657 account number', '... NY 14651 service address'): the number alone heads its
    row and its bare caption is how this page names a value, not a line's role in brackets
    after a product's name ('Hosted Extension 937-555-0164 (Main Number)')."""
    if "(" in caption or any(c.isalpha() for w in seg.words[:last + 1] for c in w.text):
        return False
    return _captions_after_values(index)


def _captions_after_values(index: PageIndex) -> bool:
    """The page captions its values after them ('GL121657 account number')."""
    key = ("captions after values",)
    got = index._memo.get(key)
    if got is None:
        got = index._memo[key] = any(_captioned_value(index, s) for s in index.segments)
    return bool(got)


def _captioned_value(index: PageIndex, seg: Segment) -> bool:
    """A value (its first word holds a digit) with the account's or the site's caption after
    it, ending its line."""
    words = seg.words
    if len(words) < 2 or not any(c.isdigit() for c in words[0].text):
        return False
    for k in range(1, min(3, len(words) - 1) + 1):
        tail = " ".join(w.text for w in words[-k:])
        if any(c.isdigit() for c in tail):
            return False
        if index.kind(tail) in (Context.ACCOUNT, Context.SERVICE):
            return True
    return False


# a row's type cell that names the billing number itself, not a line's role ("Main", "Billing"
# may be a department's line): the abbreviations carriers print for it, or the full words
_TYPE_BTN = re.compile(r"(?i)^\W*(?:btn|atn|billing (?:telephone |tel\.? )?(?:number|no\.?|tn))\W*$")


# a row that starts with a phone number and says what the line is after it; a mark OCR read
# right after the number or right before its kind ('555-0158. Main number', '.Hunt group
# member') is no word between them
_NUMBER_THEN_WORDS = re.compile(r"^\W*(?:\+?1\W*)?\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}[.,:;]?\s+"
                                r"[.,:;]?[^\W\d_]{2}")


def _a_list_of_roles(index: PageIndex, seg: Segment) -> bool:
    """The value heads its row, and the rows right over or under it, at the same left edge,
    are numbers each followed by the kind of line it is ('Hunt group member', 'User line'):
    a list of the lines with a type cell run into each row. A bare 'Main number' there is the
    line's role, as in a Type column, and proves no billing number (unless the page captions
    every value after it, 'GL121657 account number': then it names the BTN as the page names
    its values, round 12)."""
    if not _NUMBER_THEN_WORDS.match(seg.text):
        return False
    near = [n for n in index.order if n != seg.line and abs(
        index.order.index(n) - index.order.index(seg.line)) <= 2]
    return any(abs(o.x0 - seg.x0) <= 2 and _NUMBER_THEN_WORDS.match(o.text)
               for n in near for o in index.lines.get(n, []))


def _caption_right(index: PageIndex, seg: Segment, last: int) -> Place | None:
    """A value that no label before, over or above it names, with a bare label right after it:
    "7730-2201-948 (your account number)", "(508) 555-0142   Main Number". The label must answer
    nothing of its own: no value after it on its line and none under it (a label heading the
    next column's value is that value's, not a caption)."""
    tail = " ".join(w.text for w in seg.words[last + 1:])
    if tail and not VALUE_WORD.search(tail) and index.kind(tail) in _CAPTIONED:
        if index.kind(tail) == Context.BTN and not _TYPE_BTN.match(tail) and _a_list_of_roles(
                index, seg) and not _captions_after_values(index):
            return None  # "+1 (408) 555-0147 Main number (hunt group pilot)": the line's role
        return Place(index.kind(tail), tail, "line")
    right = sorted((s for s in index.lines.get(seg.line, []) if s.x0 >= seg.x1 - 1
                    and s.x0 - seg.x1 < _CAPTION_GAP), key=lambda s: s.x0)
    if not right or VALUE_WORD.search(right[0].text):
        return None
    label = right[0]
    ctx = index.kind(label.text)
    if ctx not in _CAPTIONED or not index.is_label(label):
        return None
    in_table = in_columns(seg, label, index.segments)
    if in_table and ctx == Context.BTN and _TYPE_BTN.match(label.text):
        return Place(ctx, label.text, "line")  # the row's type cell says "BTN" in so many words
    if any(s.x0 >= label.x1 - 1 for s in index.lines.get(seg.line, []) if s is not label):
        return None  # a pair of its own ("Main Number  508-555-0142") or a table's row
    if in_table:
        return None  # a row's type cell ("Main Number" in a Type column): the line's role
    under = below(label, index.by_top, max_lines=1.6)
    if under is not None and VALUE_WORD.search(under.text) and under.x0 >= seg.x1 - 1:
        return None
    return Place(ctx, label.text, "line")


# a block about the service, its site or its installation: its bare "Address" is the site's
_SITE_HEAD = re.compile(r"(?i)^(?!.*\b(?:customer|billing|mailing|remit|payment)\b).*\b(?:service|"
                        r"services|site|location|installation|premises|lieu|emplacement)\b")


# a line ending in a company's legal form ('Bayshore Legal Services Corp') is a name, never a label
_LEGAL_FORM_END = re.compile(r"(?i)\b(?:inc|llc|ltd|lt[ée]e|corp|co|pc|llp|lp|plc)\W*$")


def site_heading(index: PageIndex, seg: Segment, labels_only: bool = False) -> str | None:
    """The heading over a bare "Address" label, when it names the place of service ("Service
    Information", "SERVICE DETAILS", "Site"); None under any other heading or none.
    `labels_only`: over an address block, whose name line may hold the same words ("Bayshore
    Legal Services"), the heading must read as a label (a name over an address never does)."""
    current = seg
    for _ in range(6):
        up = index.up(current)
        if up is None:
            return None
        short = len(up.words) <= 5 and not VALUE_WORD.search(up.text)
        if labels_only and index.page.source == "ocr" and _LEGAL_FORM_END.search(up.text):
            current = up  # a company's name: a speck OCR read after it ('... Corp:') is no label
            continue
        if short and _SITE_HEAD.search(up.text) and index.kind(up.text) in (
                Context.NONE, Context.SERVICE) and (index.is_label(up) or not labels_only):
            return up.text
        if short and index.kind(up.text) not in (Context.NONE, Context.SERVICE):
            return None  # under another section's heading ("Billing Information")
        current = up
    return None


def _heads_charges(index: PageIndex, seg: Segment) -> bool:
    """The value's line heads a group of charges: the next line, indented under it, ends with
    an amount ("Phone 701.555.0175" over "Voicemail  $6.22"), as a bill itemises each line."""
    after = [n for n in index.order if n > seg.line][:1]
    if not after:
        return False
    row = index.lines[after[0]]
    top = min(s.top for s in row)
    if top - seg.bottom > 2.5 * max(seg.height, index.body_height):
        return False
    first = min(row, key=lambda s: s.x0)
    return first.x0 > seg.x0 + 4 and _AMOUNT_END.search(" ".join(s.text for s in row)) is not None
