"""Candidates for a field, the evidence behind each, and choosing among them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from portdesk.bills.addrparse import (
    CSZ_RE,
    STREET_START,
    UNIT_FIRST,
    is_city_state_zip,
    parse_address_lines,
)
from portdesk.bills.layout import Segment
from portdesk.domain.case import Address

CONFLICT_PENALTY = 0.6


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where the value is: page (1-based), box in PDF points from the top-left, the printed line."""

    page: int
    bbox: tuple[float, float, float, float]
    text: str

    @classmethod
    def of(cls, *segments: Segment) -> Evidence:
        """Box around the value segments; the text reads label first when one is given last."""
        values, label = list(segments), None
        # a label on the value's line may sit a little lower on a scan (OCR's boxes jitter)
        slack = 0.4 * min(values[0].height, values[-1].height) if len(values) > 1 else 0.0
        if len(values) > 1 and values[-1].top <= values[0].top + slack and (
                values[-1].x0 <= values[0].x0):
            label = values.pop()
        x0 = min(s.x0 for s in values)
        top = min(s.top for s in values)
        x1 = max(s.x1 for s in values)
        bottom = max(s.bottom for s in values)
        text = " / ".join(s.text for s in values)
        if label is not None and text in label.text:
            text = label.text  # "Service Location: 1200 Harbor Blvd": the label holds the value
        elif label is not None and label.text not in text:
            text = f"{label.text} {text}"
        return cls(values[0].page, (round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)),
                   text)

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "bbox": list(self.bbox), "text": self.text}


@dataclass(frozen=True, slots=True)
class Candidate:
    value: Any
    evidence: Evidence
    score: float


def key_of(value: Any) -> str:
    if isinstance(value, Address):
        return "|".join(re.sub(r"[^a-z0-9]", "", p.lower()) for p in
                        (value.line1, value.line2, value.city, value.state, value.postal_code[:5]))
    if isinstance(value, date):
        return value.isoformat()
    return re.sub(r"[^a-z0-9*]", "", str(value).lower())


def choose(cands: list[Candidate]) -> Candidate | None:
    """The best-supported value; a close competitor with another value means doubt."""
    if not cands:
        return None
    groups: dict[str, list[Candidate]] = {}
    for cand in cands:
        groups.setdefault(key_of(cand.value), []).append(cand)
    ranked = sorted(groups.values(), key=lambda g: (max(c.score for c in g), len(g)), reverse=True)
    best_group = ranked[0]
    best = max(best_group, key=lambda c: (c.score, -c.evidence.page, -c.evidence.bbox[1]))
    # the first occurrence on the page is the one the specialist looks at
    first = min((c for c in best_group if c.score >= best.score - 0.05),
                key=lambda c: (c.evidence.page, c.evidence.bbox[1]))
    score = min(1.0, best.score + 0.03 * (len(best_group) - 1))
    if len(ranked) > 1 and max(c.score for c in ranked[1]) >= best.score * 0.9:
        score *= CONFLICT_PENALTY
    return Candidate(first.value, first.evidence, round(score, 3))


def address_from(segments: list[Segment]) -> tuple[Address, list[Segment]] | None:
    """The address in the first lines of a block: one line, or up to the City, ST ZIP line.

    A name line first ("OAKMONT VETERINARY CLINIC" under "Service Address:") is skipped."""
    if len(segments) > 1 and not STREET_START.match(segments[0].text) and not CSZ_RE.search(
            segments[0].text) and STREET_START.match(segments[1].text) and not UNIT_FIRST.match(
            segments[0].text.strip(" ,")):  # "Unit 4" over the street is the address's own
        segments = segments[1:]
    if not segments:
        return None
    one = parse_address_lines([segments[0].text])
    if one is not None and CSZ_RE.search(segments[0].text.split(",")[-1].strip()) is None:
        return one, segments[:1]
    if one is not None:
        return one, segments[:1]
    for end in range(2, len(segments) + 1):
        if is_city_state_zip(segments[end - 1].text):
            found = parse_address_lines([s.text for s in segments[:end]])
            return (found, segments[:end]) if found is not None else None
    return None
