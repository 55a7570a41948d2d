"""What a specialist typed, and the verdict each field must get: the comparison cases of a bill.

Every case is an entry in the README's entries shape plus, per field, the verdicts that are right.
`value_ok` says whether the typed value is truly the customer's; `provable` whether the bill shows
it in full. A match (exact/equivalent) is a false match unless both hold; a mismatch is a false
alarm when the value is truly the customer's. Each bill gets the value typed exactly, typed in an
equivalent form, and a few altered cases (one field wrong each), sometimes another customer's.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from typing import Any

from portdesk.domain.case import Address
from tests.billcorpus.carriers import CARRIERS
from tests.billcorpus.carriertruth import carrier_truth
from tests.billcorpus.formats import phone
from tests.billcorpus.people import new_customer
from tests.billcorpus.truth import BillTruth, address_key, in_range
from tests.billcorpus.variants import (
    account_variant,
    address_altered,
    address_variant,
    name_altered,
    name_variant,
    off_by_one_digit,
)

MATCH = frozenset({"exact", "equivalent"})
# brands of one company: typing the other brand is not the kind of wrong carrier a case means
COMPANY = {"att_mobility": "att", "verizon_fios": "verizon_wireless", "lumen": "centurylink",
           "bell_qc": "bell", "cricket": "att", "koodo": "telus", "fido": "rogers",
           "xfinity_mobile": "comcast", "telus_qc": "telus", "telebec": "bell"}


# splits written after the case maker's draws were fixed: their carriers are never typed as another
# bill's wrong carrier once opened either, so every earlier split's cases stay as they were scored
LATE_SPLITS = ("blind8", "blind9", "tune10", "blind10", "tune11", "blind11", "tune12",
               "blind12", "tune13", "blind13", "tune14", "blind14", "tune15",
               "blind15", "tune16", "blind16", "tune17", "blind17", "blind18",
               "blind19", "blind20", "blind21", "blind22")


def _held_out_carriers() -> frozenset[str]:
    """The held-out split's carriers are never typed as another bill's wrong carrier: their names
    would show in the open splits' cases (a tuner would see them), and the open splits' cases
    stay what they were before the held-out split was written (LATE_SPLITS: after it opens too)."""
    from tests.billcorpus.families import BLIND, FAMILIES

    return frozenset(f.carrier for f in FAMILIES.values()
                     if f.split in BLIND or f.split in LATE_SPLITS)


@dataclass(frozen=True, slots=True)
class Expect:
    verdicts: frozenset[str]
    primary: str  # the row of the confusion matrix
    value_ok: bool = True
    provable: bool = True


@dataclass
class Case:
    kind: str
    entry: dict[str, Any]
    fields: dict[str, Expect] = field(default_factory=dict)
    numbers: dict[str, Expect] = field(default_factory=dict)  # per typed number, E.164


def _ok(primary: str = "exact", *also: str) -> Expect:
    return Expect(frozenset({primary, *also}), primary)


def _wrong(*verdicts: str) -> Expect:
    return Expect(frozenset(verdicts), verdicts[0], value_ok=False)


_HIDDEN = Expect(frozenset({"unverifiable", "not_found"}), "unverifiable", provable=False)
_ABSENT = Expect(frozenset({"not_found", "unverifiable"}), "not_found", provable=False)
# printed only between a slash pair's two ends with no count: two lines or a block, a question
_BETWEEN = Expect(frozenset({"unverifiable"}), "unverifiable", provable=False)
# a site's own number ('Pilot') typed as the BTN where the page labels one billing number for
# the whole account: the page does not prove it is the BTN, a question with both as evidence
_SITE_NUMBER = Expect(frozenset({"unverifiable"}), "unverifiable", provable=False)
# on the pages held only as a call-detail heading: the customer's line, but not listed as one
_WEAK = Expect(frozenset({"exact", "equivalent", "not_found", "unverifiable"}), "exact")


def _name_key(name: str) -> str:
    """A name without case, spaces or punctuation: "Sunrise Print Shop Inc" is "...Inc."."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _address(a: Address) -> dict[str, str]:
    return {"line1": a.line1, "line2": a.line2, "city": a.city, "state": a.state,
            "postal_code": a.postal_code}


class CaseMaker:
    """Builds the cases of one bill; `text` is the bill's text layer (to tell exact from equiv)."""

    def __init__(self, truth: BillTruth, text: str, rng: random.Random) -> None:
        self.t, self.text, self.rng = truth, " ".join(text.split()), rng
        # as laid out: a carrier's name is judged on its line (carriertruth); the words of a raster
        # logo on the pages held are on the page too, though in no text layer
        logos = sorted(k.removeprefix("logo:") for k in truth.seen if k.startswith("logo:"))
        self.lines = "\n".join([text, *(w for w in logos if truth.shown("logo", w))])
        sub = rng.choice(truth.sub_accounts) if truth.sub_accounts else None
        self.account = sub.account_number if sub else truth.real_account_number
        self.btn = sub.btn if sub else truth.real_btn
        self.service = sub.service if sub else truth.real_service_address
        self.numbers = list(sub.numbers) if sub else [
            *truth.numbers, *truth.weak_numbers, *truth.unseen_numbers, *truth.masked_numbers,
            *truth.between_numbers]
        self.style = rng.choice(("paren", "dash", "dot", "plain", "intl"))
        self.type_btn = ((truth.btn is not None and not truth.btn_from_own_number)
                         or rng.random() < 0.5)
        # what the document shows of the values typed (a scan may hold page 1 only)
        self.name_shown = truth.shown("name", truth.account_name)
        self.account_shown = not truth.account_masked and truth.shown("account", self.account)
        self.btn_shown = truth.btn is not None and truth.shown("btn", self.btn)
        # the lead's rule (session 18): a site of the same account whose own number is not the
        # one billing number the page labels, nor listed as a BTN of its own (alternatives)
        self.btn_site_only = (sub is not None and truth.btn is not None
                              and sub.account_number == truth.account_number
                              and sub.btn != truth.btn
                              and sub.btn not in truth.alternatives.get("btn", ()))
        self.service_shown = (truth.service_address is not None and self.service is not None
                              and truth.shown("service", address_key(self.service)))

    def carrier(self, typed: str, *, ours: bool = True) -> Expect:
        """The carrier verdict the page proves (carriertruth.py): a name of the bill's carrier
        that the page prints nowhere, and PortDesk's list does not tie to a printed one, is a
        question, and a wrong carrier's name the list does not know may be an old name."""
        said = carrier_truth(typed, self.t, self.lines, ours=ours)
        if not ours or said == "mismatch":
            # a name of the carrier's that PortDesk's list gives to another carrier ('HTC' is
            # Horry Telephone Cooperative there) names that other carrier as typed
            return _wrong(said)
        if said in MATCH:
            return _ok(said, "exact", "equivalent")
        return Expect(frozenset({said}), said, provable=False)

    def printed(self, value: str) -> bool:
        return " ".join(value.split()) in self.text

    # the value typed exactly -----------------------------------------------------------------
    def exact(self) -> Case:
        t = self.t
        case = Case("exact", {"account_name": t.account_name, "carrier": t.carrier_printed})
        case.fields["account_name"] = _ok() if self.name_shown else _ABSENT
        case.fields["carrier"] = self.carrier(t.carrier_printed)
        case.entry["account_number"] = self.account
        case.fields["account_number"] = _ok() if self.account_shown else _HIDDEN
        if self.type_btn:
            case.entry["btn"] = phone(self.btn, self.style)
            case.fields["btn"] = _ok("exact", "equivalent") if self.btn_shown else _ABSENT
            if self.btn_shown and self.btn_site_only:
                case.fields["btn"] = _SITE_NUMBER
        assert self.service is not None
        case.entry["service_address"] = _address(self.service)
        case.fields["service_address"] = _ABSENT
        if self.service_shown:  # a province printed by name, '(Québec)', is the same place
            verbatim = all(self.printed(part) for part in _address(self.service).values() if part)
            case.fields["service_address"] = _ok() if verbatim else _ok("exact", "equivalent")
        self._numbers(case, self.numbers)
        return case

    def _numbers(self, case: Case, typed: list[str], extra: dict[str, Expect] | None = None) -> None:
        case.entry["numbers"] = [phone(n, self.style) for n in typed]
        masked, unseen = set(self.t.masked_numbers), set(self.t.unseen_numbers)
        weak, between = set(self.t.weak_numbers), set(self.t.between_numbers)
        for n in typed:
            case.numbers[n] = (extra or {}).get(n) or (
                _HIDDEN if n in masked else _ABSENT if n in unseen else _WEAK if n in weak
                else _BETWEEN if n in between else _ok("exact", "equivalent"))
        items = list(case.numbers.values())
        if any(not e.value_ok for e in items):
            hidden = all(e.primary == "unverifiable" for e in items if not e.value_ok)
            case.fields["numbers"] = _wrong("unverifiable" if hidden else "not_found",
                                            "not_found")
        elif any(not e.provable for e in items):
            case.fields["numbers"] = Expect(frozenset({"unverifiable", "not_found"}),
                                            "unverifiable", provable=False)
        elif any(e is _WEAK for e in items):
            case.fields["numbers"] = _WEAK
        else:
            case.fields["numbers"] = _ok("exact", "equivalent")

    # the same values, written differently ------------------------------------------------------
    def equivalent(self) -> Case:
        case = self.exact()
        case.kind = "equivalent"
        r, t = self.rng, self.t
        name = name_variant(t.account_name, r)
        case.entry["account_name"] = name
        case.fields["account_name"] = self._equiv(name) if self.name_shown else _ABSENT
        if self.account_shown:
            number = account_variant(self.account, r)
            case.entry["account_number"] = number
            case.fields["account_number"] = self._equiv(number)
        names = [n for n in t.carrier.all_names if n != t.carrier_printed]
        if names:
            case.entry["carrier"] = carrier = r.choice(names)
            case.fields["carrier"] = self.carrier(carrier)
        if self.service_shown:
            assert self.service is not None
            variant = address_variant(self.service, r)
            case.entry["service_address"] = _address(variant)
            case.fields["service_address"] = _ok("equivalent")
        self.style = r.choice([s for s in ("paren", "dash", "dot", "plain", "intl")
                               if s != self.style])
        if "btn" in case.entry:
            case.entry["btn"] = phone(self.btn, self.style)
        case.entry["numbers"] = [phone(n, self.style) for n in self.numbers]
        return case

    def _equiv(self, typed: str) -> Expect:
        return _ok("exact", "equivalent") if self.printed(typed) else _ok("equivalent")

    # one field wrong -------------------------------------------------------------------------
    def altered(self, kind: str) -> Case | None:
        """The exact case with one field made wrong; None when `kind` does not apply here."""
        case = self.exact()
        case.kind = kind
        r, t = self.rng, self.t
        absent = _wrong("not_found", "unverifiable")
        if kind == "name":
            case.entry["account_name"] = name_altered(t.account_name, r)
            case.fields["account_name"] = _wrong("mismatch") if self.name_shown else absent
        elif kind == "account_digit":
            case.entry["account_number"] = typed = off_by_one_digit(self.account, r)
            visible = [i for i, c in enumerate(t.account_number) if c.isdigit()]
            shown = typed[visible[0]:] != self.account[visible[0]:] if t.account_masked else True
            case.fields["account_number"] = _wrong("mismatch") if shown else _wrong(
                "unverifiable", "mismatch")
            if not t.account_masked and not self.account_shown:
                case.fields["account_number"] = absent
        elif kind == "account_is_invoice":
            if not t.invoice_id or t.invoice_id not in self.text:
                return None
            case.entry["account_number"] = t.invoice_id
            case.fields["account_number"] = _wrong("mismatch") if self.account_shown else absent
            tail = re.sub(r"\W", "", t.account_number).lstrip("*Xx•")
            if t.account_masked and tail and not t.invoice_id.endswith(tail):
                # the bill shows the account's last digits and the typed number ends otherwise:
                # a carrier rejects it, so "mismatch" is as right as "not found"
                case.fields["account_number"] = _wrong("not_found", "unverifiable", "mismatch")
        elif kind.startswith("btn_"):
            return self._btn(case, kind)
        elif kind == "carrier":
            mine = COMPANY.get(t.carrier.key, t.carrier.key)
            held_out = _held_out_carriers()  # once, not once per carrier
            others = [c for k, c in CARRIERS.items()
                      if COMPANY.get(k, k) != mine and k not in held_out]
            case.entry["carrier"] = wrong = r.choice(others).brand
            case.fields["carrier"] = self.carrier(wrong, ours=False)
        elif kind.startswith("address"):
            return self._address_case(case, kind)
        else:
            return self._numbers_case(case, kind)
        return case

    def _btn(self, case: Case, kind: str) -> Case | None:
        t, r = self.t, self.rng
        if not self.btn_shown or "btn" not in case.entry:
            return None
        others = [n for n in self.numbers if n != self.btn and n not in t.masked_numbers]
        if kind == "btn_digit":
            typed = "+1" + off_by_one_digit(self.btn[2:], r, list(range(6, 10)))
        elif kind == "btn_other_line" and others:
            typed = r.choice(others)
        elif kind == "btn_help_line" and t.help_numbers:
            typed = r.choice(t.help_numbers)
        else:
            return None
        case.entry["btn"] = phone(typed, self.style)
        case.fields["btn"] = _wrong("mismatch")
        return case

    def _address_case(self, case: Case, kind: str) -> Case | None:
        t = self.t
        if not self.service_shown or self.service is None:
            return None
        if kind == "address_billing":
            billing = t.billing_address
            if billing is None or billing.line1 == self.service.line1 or t.sub_accounts:
                return None
            case.entry["service_address"] = _address(billing)
        else:
            what, wrong = address_altered(self.service, self.rng)
            case.kind = f"address_{what}"
            case.entry["service_address"] = _address(wrong)
        case.fields["service_address"] = _wrong("mismatch")
        return case

    def _numbers_case(self, case: Case, kind: str) -> Case | None:
        t, r = self.t, self.rng
        known = set(t.numbers) | set(t.masked_numbers) | t.traps
        if kind == "numbers_extra":
            base = r.choice(self.numbers)
            extra = "+1" + off_by_one_digit(base[2:], r, list(range(6, 10)))
            if extra in known or any(in_range(extra, f, c) for f, c in t.ranges):
                return None
        elif kind == "numbers_dialed" and t.dialed_numbers:
            extra = r.choice(t.dialed_numbers)
        elif kind == "numbers_help" and t.help_numbers:
            extra = r.choice(t.help_numbers)
        elif kind == "numbers_range_edge" and t.ranges and not t.sub_accounts:
            first, count = t.ranges[0]
            extra = first[:-4] + f"{int(first[-4:]) + count:04d}"
            if extra in known:
                return None
        else:
            return None
        tails = {n[-4:] for n in t.masked_numbers}
        expect = _wrong("unverifiable", "not_found") if extra[-4:] in tails else _wrong(
            "not_found")
        self._numbers(case, [*self.numbers, extra], {extra: expect})
        return case

    # the billing agent typed as the carrier ---------------------------------------------------
    def agent(self) -> Case | None:
        """The exact case with the carrier typed as the billing agent the page names (session
        16, decided): the LOA goes to the provider, so the agent's name is a mismatch."""
        if not self.t.billing_agent:
            return None
        case = self.exact()
        case.kind = "carrier_agent"
        case.entry["carrier"] = self.t.billing_agent
        case.fields["carrier"] = self.carrier(self.t.billing_agent, ours=False)
        return case

    # another customer's bill entirely ------------------------------------------------------
    def other_customer(self) -> Case:
        """The values of another customer of the same carrier, checked against this bill."""
        t, r = self.t, self.rng
        other = new_customer(r, t.carrier.country, "fr" if "fr" in t.family else "en", 0.2)
        while _name_key(other.name) == _name_key(t.account_name):  # the same name drawn twice
            other = new_customer(r, t.carrier.country, "fr" if "fr" in t.family else "en", 0.2)
        known = set(t.numbers) | set(t.masked_numbers) | t.traps
        npa = self.btn[2:5]
        pool = [f"+1{npa}555{i:04d}" for i in range(100, 200)]
        numbers = [n for n in pool if n not in known and not any(
            in_range(n, f, c) for f, c in t.ranges)]
        typed = r.sample(numbers, min(2, len(numbers)))
        account = "".join(str(r.randint(0, 9)) if c.isdigit() else c for c in self.account)
        case = Case("other_customer", {
            "account_name": other.name, "carrier": t.carrier_printed, "account_number": account,
            "btn": phone(typed[0], self.style), "service_address": _address(other.service),
            "numbers": [phone(n, self.style) for n in typed]})
        not_theirs = _wrong("mismatch", "not_found", "unverifiable")
        for name in ("account_name", "account_number", "btn", "service_address"):
            case.fields[name] = not_theirs
        if t.service_address is None:
            case.fields["service_address"] = _wrong("not_found", "unverifiable")
        case.fields["carrier"] = self.carrier(t.carrier_printed)
        for n in typed:
            case.numbers[n] = _wrong("not_found", "unverifiable")
        case.fields["numbers"] = _wrong("not_found", "unverifiable")
        return case


ALTERED = ("name", "account_digit", "account_is_invoice", "btn_digit", "btn_other_line",
           "btn_help_line", "carrier", "address", "address_billing", "numbers_extra",
           "numbers_dialed", "numbers_help", "numbers_range_edge")


def cases_for(truth: BillTruth, text: str, rng: random.Random, altered: int = 3,
              other_share: float = 0.2, scan: bool = False) -> list[Case]:
    """Exact, equivalent, `altered` one-field mistakes and sometimes another customer's values
    (`scan`: the bill is a scan or a photo, see `_scanned`)."""
    maker = CaseMaker(truth, text, rng)
    out = [maker.exact(), maker.equivalent()]
    kinds = list(ALTERED)
    rng.shuffle(kinds)
    for kind in kinds:
        if len(out) >= 2 + altered:
            break
        if (case := maker.altered(kind)) is not None:
            out.append(case)
    if rng.random() < other_share:
        out.append(maker.other_customer())
    if (agent := maker.agent()) is not None:  # drawn last and without the rng: no draw moves
        out.append(agent)
    return [_scanned(c) for c in out] if scan else out


def _scanned(case: Case) -> Case:
    """A line typed one digit off a listed one ('numbers_extra'): on a scan OCR may have read the
    listed line unsurely, and then the pixels cannot say which of the two is printed: "compare
    it by eye" is as right as "not found" (and a match is as wrong as ever)."""
    if case.kind == "numbers_extra":
        for name, e in [("numbers", case.fields["numbers"]), *case.numbers.items()]:
            if not e.value_ok:
                wider = replace(e, verdicts=e.verdicts | {"unverifiable"})
                if name == "numbers":
                    case.fields[name] = wider
                else:
                    case.numbers[name] = wider
    return case
