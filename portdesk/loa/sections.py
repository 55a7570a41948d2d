"""Whose section a blank sits in: the new provider's, the office's, or the current provider's.

A form repeats the same labels in different sections: "Company name:" under "To: (new provider)"
is the new provider's name, under "From: (current provider)" it is the carrier's, and under
"For Verizon use only" nothing of ours goes there at all. The section is named by the nearest
heading above the blank: a short printed line that is nobody's label (not the text a blank was
read by), in the blank's own column first, else starting left of it (a band across the page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.headingwords import (
    AS_ON_THE_BILL,
    CONTACT_SECTION,
    CUSTOMER_SECTION,
    OFFICE_USE,
    SIGNER_SECTION,
    THIRD_PARTY,
)
from portdesk.loa.labels import PageText
from portdesk.loa.persons import IF_DIFFERENT, bare_phone, person_on_row, side_heading
from portdesk.loa.reach import ends_before
from portdesk.loa.sectionheading import other_captions, section_heading, section_heading_at
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, UNLESS_HOLDER, classify, normalise, provider_role

_STRONG = 0.8  # a label this sure of a name is not second-guessed
_PERSON_FIELDS = frozenset({LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
                            LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL})
# values the case holds once: a blank for one of them asked "if different" is someone else's
# ("Service address if different", a column of a numbers table; the billing address is its own)
_ASKED_ONCE = frozenset({*_PERSON_FIELDS, LoaField.ACCOUNT_NAME, LoaField.SERVICE_ADDRESS,
                         LoaField.STREET, LoaField.CITY, LoaField.STATE, LoaField.POSTAL_CODE,
                         LoaField.LOCALITY})
_ACCOUNT_USER = re.compile(r"\bauthori[sz]ed (user|person|signatory)\b")  # the account's, not theirs
_ACCOUNT_WITH = re.compile(r"\b(account|address|details) (held |registered |on file )?(with|at) "
                           r"(your |the )?(current|existing|old|losing|present)\b")
_ASIDE = re.compile(r"\([^)]*\)?")
_PARTY = (r"(account|account holder|customer|subscriber|client|kunde\w*|anschlussinhaber\w*|"
          r"abonne|titulaire|klant|cliente|titular)")
_JOINT = re.compile(rf"\b{_PARTY}\b.*\b(and|und|et|en|y)\b|\b(and|und|et|en|y)\b.*\b{_PARTY}\b")
_NAMES = frozenset({LoaField.ACCOUNT_NAME, LoaField.CARRIER})
_THEIRS_UNDER_LOSING = frozenset({
    LoaField.SERVICE_ADDRESS, LoaField.STREET, LoaField.SUITE, LoaField.CITY, LoaField.STATE,
    LoaField.POSTAL_CODE, LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL,
    LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE})


def mark_sections(founds: list[Found], texts: dict[int, PageText]) -> None:
    """Turn blanks in the new provider's or the office's section into not ours, and names in
    the current provider's section into the carrier (its address and contact are not ours)."""
    # the words each blank was read by; a heading that governs a grid of slots from afar
    # ("3. Numbers to transfer") is still a heading for the blanks under it, not a label
    labels = {(f.blank.page, normalise(f.evidence)) for f in founds
              if f.evidence and f.source != "slot under a numbers heading"}
    labels |= other_captions(founds, texts)
    signs = [section_heading(f, texts[f.blank.page], labels) for f in founds
             if f.field == LoaField.SIGNATURE]
    for f in founds:
        if _signers_block(f, texts[f.blank.page], labels) or \
                _another_person(f, texts, labels, signs):
            continue
        if f.field is None and bare_phone(f.evidence):
            heading = section_heading(f, texts[f.blank.page], labels)
            person = person_on_row(f, founds)
            if heading and (_theirs(heading) or heading_role(heading) == "gaining"):
                # the installer's, the office's or the new provider's phone (its block drawn
                # like the customer's: a "Telefon" beside an "E-Mail" reads like our contact's)
                f.field = NOT_OURS
                f.note(f"under '{heading}'")
            elif heading and (CONTACT_SECTION.search(said := normalise(heading))
                              or SIGNER_SECTION.search(said)):
                # the contact's, or the requester's / authorised representative's: our contact
                # (also when headed "as shown on the bill": that person's phone, not the BTN)
                f.field, f.confidence = LoaField.CONTACT_PHONE, _STRONG
                f.note(f"under '{heading}'")
            elif heading and AS_ON_THE_BILL.search(said) and CUSTOMER_SECTION.search(said) \
                    and not person:
                # the customer's block copied from the bill: its phone is the billing number
                f.field, f.confidence = LoaField.BTN, _STRONG
                f.note(f"under '{heading}'")
            elif person:  # "Authorized user | Title | Email | Phone": that person's phone
                f.field, f.confidence = LoaField.CONTACT_PHONE, _STRONG
                f.note(f"on the row of '{person}'")
            continue
        if _hinted_phone(f) and (person := person_on_row(f, founds)):
            # no printed label: the tooltip's "Phone number" on a person's row of details
            # is that person's phone, never a number to port; under the office's or the new
            # provider's heading that person is theirs, as for a bare phone above
            heading = section_heading(f, texts[f.blank.page], labels)
            if heading and (_theirs(heading) or heading_role(heading) == "gaining"):
                f.field = NOT_OURS
                f.note(f"under '{heading}'")
            else:
                f.field = LoaField.CONTACT_PHONE
                f.note(f"a {f.source}'s phone on the row of '{person}'")
            continue
        if f.field is None or f.field == NOT_OURS:
            continue
        found = section_heading_at(f, texts[f.blank.page], labels)
        if found is None:
            continue
        heading, heading_y = found
        role = "office" if _theirs(heading) else heading_role(heading)
        if role in ("office", "gaining", "losing") and ends_before(f, heading_y, founds):
            continue  # the party's rows ended at a break: the signer's block below is ours
        if role == "gaining" and "losing" in (provider_role(f.evidence), f.heading_role):
            continue  # "Current operator" says whose it is, whatever block it follows
        if role is None and (SIGNER_SECTION.search(normalise(heading))
                             or _reads_as_the_signer(heading)):
            role = "signer"
        if role is None and f.field == LoaField.ACCOUNT_NAME and f.confidence < _STRONG and \
                CUSTOMER_SECTION.search(normalise(heading)) and f.source.startswith("label"):
            f.confidence = _STRONG  # a bare "Name" under "Account holder" is the customer's
            f.note(f"under '{heading}'")
        elif role in ("signer", None) and f.field == LoaField.ACCOUNT_NAME and (
                f.confidence < 0.8 or (role == "signer" and _bare_word(f.evidence))) and \
                (role or CONTACT_SECTION.search(normalise(heading))):
            # "Name:" of the requester, or of the contact person ("Contactpersoon: Naam")
            f.field, f.confidence = LoaField.AUTHORIZED_NAME, 0.8  # "Name:" of the requester
            f.note(f"under '{heading}'")
        elif role in ("office", "gaining"):
            f.field = NOT_OURS
            f.note(f"under '{heading}'")
        elif role == "losing" and f.field in _NAMES and not _names_the_customer(f):
            f.field, f.confidence = LoaField.CARRIER, max(f.confidence, 0.85)
            f.note(f"under '{heading}'")
        elif role == "losing" and f.field in _THEIRS_UNDER_LOSING and not (
                f.field == LoaField.AUTHORIZED_NAME and _ACCOUNT_USER.search(normalise(f.evidence))
        ) and not _holders_email(f, founds):
            f.field = NOT_OURS
            f.note(f"the current provider's, under '{heading}'")


def _reads_as_the_signer(heading: str) -> bool:
    """The heading reads, in the form's own languages, as the authorised person ("Personi i
    autorizuar", "Volitatud isik"): the signer's block, as SIGNER_SECTION's words say it in the
    languages it lists."""
    read = classify(heading)
    return read is not None and read.field == LoaField.AUTHORIZED_NAME


def _bare_word(label: str) -> bool:
    """A label of one word naming no party ("Emri", "Nimi", "Onoma": a language's bare "Name",
    read whole and so as sure as a customer's label): under the signer's heading it asks the
    signer's name, as a bare "Name" does. A party's word ("Titulaire", "Kunde") keeps its
    party."""
    words = normalise(label).split()
    return len(words) == 1 and not CUSTOMER_SECTION.search(words[0]) and \
        _PARTY_WORD.search(words[0]) is None


_PARTY_WORD = re.compile(rf"^{_PARTY}$|^(abonent\w*|klient\w*|kund\w*|asiakas\w*)$")


# the account's own identifiers at its current provider: the holder's, not the provider's
_ACCOUNT_KEYS = frozenset({LoaField.BTN, LoaField.ACCOUNT_NUMBER, LoaField.PIN})


def _holders_email(f: Found, founds: Sequence[Found]) -> bool:
    """An e-mail on the row of the account's main number, account number or PIN under the
    current provider's heading ("Päänumero [__]  Sähköposti [__]") is asked with the account's
    details, the holder's: a provider's own e-mail would come with its name and address."""
    if f.field != LoaField.CONTACT_EMAIL:
        return False
    mid = (f.blank.rect[1] + f.blank.rect[3]) / 2
    return any(o.field in _ACCOUNT_KEYS and o.blank.page == f.blank.page
               and o.blank.rect[1] <= mid <= o.blank.rect[3] for o in founds)


def _theirs(heading: str) -> bool:
    """The office's panel, or a third party's block drawn like the customer's ("LE REVENDEUR
    AGRÉÉ", "INSTALLER"): nothing of the case's goes under it."""
    said = normalise(heading)
    return bool(OFFICE_USE.search(said)) or (
        heading_role(heading) is None and bool(THIRD_PARTY.search(said))
        and not customers_heading(heading))


def _another_person(f: Found, texts: dict[int, PageText],
                    labels: set[tuple[int, str]], signs: Sequence[str | None] = ()) -> bool:
    """A person's blank under a heading asked only "if different": not ours, left empty."""
    said = normalise(f.evidence)
    if f.field == LoaField.ACCOUNT_NUMBER and f.source == "column header" and \
            IF_DIFFERENT.search(said):
        # a numbers table's "Account at the donor (if different)" column: a number's own
        # account, asked when it is not the one above; the case's numbers share one account
        f.field = NOT_OURS
        f.note("a number's own account, asked only if different")
        return True
    if f.field in _ASKED_ONCE and not IF_DIFFERENT.search(said):
        said = f"{said} {_aside_after(f, texts[f.blank.page])}"  # "[____] (only if different)"
    if f.field in _ASKED_ONCE and IF_DIFFERENT.search(said) and \
            not (f.field == LoaField.AUTHORIZED_NAME and UNLESS_HOLDER.search(said)):
        # "Account holder's name at the LSP, if different from A": the case has one name,
        # given above ("Authorised person (if other than the customer)" is the signer's,
        # written when the signer is not the holder: plan.py)
        f.field = NOT_OURS
        f.note("asked only if different")
        return True
    bare_name = f.field == LoaField.ACCOUNT_NAME and f.confidence < _STRONG
    if f.field not in _PERSON_FIELDS and f.field != LoaField.SIGNATURE and not bare_name and \
            not (f.field is None and bare_phone(f.evidence)):
        return False
    heading = section_heading(f, texts[f.blank.page], labels)
    if heading is not None and _names_another_signer(heading) and \
            any(h != heading for h in signs):  # the customer signs elsewhere on the form
        f.field = NOT_OURS  # "Second authorised signatory (if no sole authority)": its name,
        f.note(f"another person's, under '{heading}'")  # title and signature are not the case's
        return True
    if f.field == LoaField.SIGNATURE:
        return False
    if heading is None or not IF_DIFFERENT.search(normalise(heading)):
        heading = side_heading(f, texts[f.blank.page])  # "Technical contact (if different)"
        if not IF_DIFFERENT.search(normalise(heading)):  # at the left of the person's row
            return False
    f.field = NOT_OURS
    f.note(f"another person's, asked only if different: under '{heading}'")
    return True


_TITLE_OVER = 16.0  # points above a heading's aside line its title may be printed


# a person acting for the holder, in the languages PortDesk reads: with "if not the holder"
# (UNLESS_HOLDER) the block is the case's signer's
_ACTING_FOR = re.compile(r"\b(mandataire|procurador|apoderado|representante|representant|"
                         r"bevollmachtigt\w*|gemachtigde|pelnomocnik|zastupce|zastupca|"
                         r"zastupnik|ovlasten\w* osob\w*|pooblascen\w*|opravnen\w* osob\w*|"
                         r"upowaznion\w*|imputernicit\w*|delegato|rappresentante)\b")
_A_NAME = re.compile(r"\b(name|nom|naam|nombre|nome|ime|jmeno|meno|imie|nume)\b")
_SIGNERS_OWN = frozenset({LoaField.ACCOUNT_NAME, *_PERSON_FIELDS})


def _signers_block(f: Found, text: PageText, labels: set[tuple[int, str]]) -> bool:
    """"AUTHORISED PERSON (if different from the account holder)", "LE MANDATAIRE (si
    différent du titulaire)", "OVLAŠTENA OSOBA (ako nije pretplatnik)": a person acting for
    the holder, asked when the holder does not sign: the case's signer. Its name, title,
    phone and e-mail are ours, written only when the signer is not the holder (plan.py);
    "Technical contact (if different)" names another person: not this block."""
    if f.field not in _SIGNERS_OWN and not (f.field is None and f.evidence):
        return False
    found = section_heading_at(f, text, labels)
    if found is None or not UNLESS_HOLDER.search(normalise(found[0])):
        return False
    heading = f"{_title_over(text, found)} {found[0]}"
    whole = normalise(heading)
    if not (SIGNER_SECTION.search(whole) or _ACTING_FOR.search(whole)) or \
            THIRD_PARTY.search(whole) or CONTACT_SECTION.search(whole):
        return False
    said = normalise(f.evidence)
    if f.field == LoaField.ACCOUNT_NAME or (f.field is None and _A_NAME.search(said)):
        f.field, f.confidence = LoaField.AUTHORIZED_NAME, _STRONG  # a bare "Name": the signer's
    elif f.field is None and bare_phone(f.evidence):
        f.field, f.confidence = LoaField.CONTACT_PHONE, _STRONG
    elif f.field is None:
        return False
    asked = UNLESS_HOLDER.search(whole)
    f.note(f"the signer's, asked only {asked.group(0) if asked else 'if not the holder'}")
    return True


_TITLE_OVER = 16.0  # points above a heading's aside line its title may be printed


def _title_over(text: PageText, found: tuple[str, float]) -> str:
    """The title printed just over a heading that is only its aside ("AUTHORISED PERSON" over
    "(if different from the account holder)"): the run of words starting where it starts."""
    said, y = found
    first = normalise(said).split()[0] if normalise(said) else ""
    at = next((w for w in text.words if abs(w.y0 - y) < 3 and first
               and normalise(w.text).startswith(first)), None)
    if at is None:
        return ""
    over = sorted((w for w in text.words if 4 < w.y0 - at.y0 <= _TITLE_OVER
                   and w.x0 >= at.x0 - 60), key=lambda w: w.x0)
    phrase = [w for w in over[:1] if w.x0 <= at.x0 + 2]
    for w in over[1:]:  # the title's run of words, up to the next column's
        if phrase and w.x0 - phrase[-1].x1 <= 14:
            phrase.append(w)
    return " ".join(w.text for w in phrase)


def _names_another_signer(heading: str) -> bool:
    """A heading that reads, in the form's languages, as a person the case does not hold (a
    second signatory, a witness) and names no blank of ours: the people under it are its."""
    read = classify(heading)
    return read is not None and read.field == NOT_OURS and _OFFICE.search(
        normalise(heading)) is None and _another_signer_words(heading)


def _another_signer_words(heading: str) -> bool:
    """The heading's own words, read alone, say a signer or a person (not a register: a VAT
    heading over a company's name is no person's block)."""
    reads = (classify(word) for word in normalise(heading).split())
    return any(read is not None and read.field in _A_PERSON for read in reads)


_A_PERSON = frozenset({LoaField.AUTHORIZED_NAME, LoaField.SIGNATURE})


_OFFICE = re.compile(r"\b(office|use only|reserved)\b")  # the office block has its own rule


_ASIDE_REACH = 160.0  # points right of a blank its own note may be printed


def _aside_after(f: Found, text: PageText) -> str:
    """A note printed right after the blank on its line, in brackets ("(only if different from
    section 1)"), and what the widget's own name or tooltip says: both qualify the blank."""
    note = " ".join(w.text for w in text.right(f.blank.rect, reach=_ASIDE_REACH))
    hints = (f.blank.widget.tooltip, f.blank.widget.field_name) if f.blank.widget else ()
    return normalise(" ".join([note if note.lstrip().startswith("(") else "", *hints]))


def _names_the_customer(f: Found) -> bool:
    """"Account holder name:" under "Your current phone provider account" is the customer's:
    its own label names the customer, and a heading only says which account it is."""
    return f.field == LoaField.ACCOUNT_NAME and f.confidence >= _STRONG and \
        bool(CUSTOMER_SECTION.search(normalise(f.evidence))) and provider_role(f.evidence) is None


def heading_role(heading: str) -> str | None:
    """Whose section a heading names. "Anschlussinhaber (wie beim bisherigen Anbieter
    hinterlegt)" is the account holder's, as recorded by the current provider: a heading that
    names the customer before its aside is the customer's, whatever provider the aside names
    (a heading naming only a provider in its aside, "From: (current provider)", is that one's)."""
    if customers_heading(heading) or _JOINT.search(normalise(_ASIDE.sub(" ", heading))):
        return None  # "1. CURRENT OPERATOR AND ACCOUNT": both parties' blanks, by their labels
    return provider_role(heading)


def customers_heading(heading: str) -> bool:
    """The heading names the customer, before any aside, and no provider there; or names the
    customer's account or address held with a provider ("Account with your current carrier":
    its "Business name" is the customer's; "Billing address on file with your current
    carrier": the customer's billing address, not the carrier's own)."""
    said = _ASIDE.sub(" ", heading)
    if _ACCOUNT_WITH.search(normalise(said)):
        return True
    return bool(CUSTOMER_SECTION.search(normalise(said))) and provider_role(said) is None


def _hinted_phone(f: Found) -> bool:
    """A widget with no printed label, read only by its tooltip or name as a number to port
    (that reading knows no owner). Not the main number: a 'Billing telephone number' tooltip
    names the account's own number wherever its box sits, so it keeps its field."""
    return f.source in ("tooltip", "name") and f.field == LoaField.NUMBER \
        and f.blank.widget is not None
