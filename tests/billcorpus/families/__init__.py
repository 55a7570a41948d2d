"""Every layout family, split by where it lives: tuned/, blind/ to blind22/, tune10/ to tune17/.

blind/ was set aside before the reader was rewritten, blind2/ after its first blind score,
blind3/ before round 4 and blind4/ before round 5; each has been scored blind at the end of a round
(blind4 at the start and the end of session 6's round) and all four are now open for tuning, like
tuned/ (their directory names are kept, so earlier figures stay reproducible). blind5/ was written
before session 7's round by an engineer who does not tune the reader, scored blind by the lead at
the round's start and end, and opened after that. blind6/ was written the
same way before session 8's round, scored blind at its start and end, and opened after that.
blind7/ was written the same way before session 9's round, scored blind at its start and end, and
opened after that. blind8/ was written the same way before session 10's round, scored blind at its
start and end, and opened after that. blind9/ was written the same way before session 11's round,
scored blind at its start and end, and opened after that. tune10/ was written for session 12's
round as open tuning material (never a blind measure): open from the start, tuned on like the
others. blind10/ was written before session 12's round, after blind9 had been opened, scored blind
at its start and end, and opened after that. tune11/ was written for session 13's round as open
tuning material like tune10/ (never a blind measure). blind11/ was written before session 13's
round, after blind10 had been opened, scored blind at its start and end, and opened after that.
tune12/ was written for session 14's round as open tuning material like tune10/ and tune11/
(never a blind measure). blind12/ was written before session 14's round, after blind11 had been
opened, the same way as blind5/ to blind11/, scored blind at its start and end, and opened after
that. tune13/ was written for session 15's round as open tuning material like tune10/ to tune12/
(never a blind measure). blind13/ was written before session 15's round, after blind12 had been
opened, the same way as blind5/ to blind12/, scored blind at its start and end, and opened after
that. tune14/ was written for session 16's round as open tuning material like tune10/ to tune13/
(never a blind measure). blind14/ was written before session 16's round, after blind13 had been
opened, the same way as blind5/ to blind13/, scored blind at its start and end, and opened after
that. tune15/ was written for session 17's round as open tuning material like tune10/ to tune14/
(never a blind measure). blind15/ was written before session 17's round, after blind14 had been
opened, the same way as blind5/ to blind14/, scored blind at its start and end, and opened after
that. tune16/ was written for session 18's round as open tuning material like tune10/ to tune15/
(never a blind measure). blind16/ was written before session 18's round, after blind15 had been
opened, the same way as blind5/ to blind15/, scored blind at its start and end, and opened after
that. tune17/ was written for session 19's round as open tuning material like tune10/ to tune16/
(never a blind measure).
that. blind17/ was written before session 19's round, after blind16 had been opened, the same
way as blind5/ to blind16/, by an engineer who does not tune the reader, scored blind at its start and end, and opened after
that. blind18/ was written before session 20's round, after blind17 had been opened, the same
way as blind5/ to blind17/, by an engineer who does not tune the reader, scored blind by the lead at the round's start
and end, and opened after that. blind19/ was written before session 21's round, after blind18 had
been opened, the same way as blind5/ to blind18/, by an engineer who does not tune the reader,
scored blind by the lead at session 21's round's start and end, and opened in session 22.
blind20/ was written before session 22's round, the same way as blind5/ to blind19/, by an
engineer who does not tune the reader, scored blind by the lead at session 22's round's start and
end, and opened in session 23. blind21/ was written before session 23's round (blind20 being
opened in the same session), the same way as blind5/ to blind20/, by an engineer who does not
tune the reader, scored blind by the lead at session 23's round's start and end, and opened in
session 24. blind22/ was written before session 24's round (blind21 being opened in the same
session), the same way as blind5/ to blind21/, by an engineer who does not tune the reader; it is
held out (BLIND) until the lead has scored it at the round's start and end.
Importing this package registers all families; code that only needs names asks `names()`.
"""

from __future__ import annotations

from tests.billcorpus.families import (  # noqa: F401  (registration)
    blind,
    blind2,
    blind3,
    blind4,
    blind5,
    blind6,
    blind7,
    blind8,
    blind9,
    blind10,
    blind11,
    blind12,
    blind13,
    blind14,
    blind15,
    blind16,
    blind17,
    blind18,
    blind19,
    blind20,
    blind21,
    blind22,
    tune10,
    tune11,
    tune12,
    tune13,
    tune14,
    tune15,
    tune16,
    tune17,
    tuned,
)
from tests.billcorpus.families.registry import FAMILIES, Family

SPLITS = ("tuned", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
          "blind8", "blind9", "tune10", "blind10", "tune11", "blind11",
          "tune12", "blind12", "tune13", "blind13", "tune14", "blind14", "tune15", "blind15",
          "tune16", "blind16", "tune17", "blind17", "blind18", "blind19", "blind20",
          "blind21", "blind22")
OPEN = ("tuned", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
        "blind8", "blind9", "tune10", "blind10", "tune11", "blind11",
        "tune12", "blind12", "tune13", "blind13", "tune14", "blind14", "tune15", "blind15",
        "tune16", "blind16", "tune17", "blind17", "blind18", "blind19", "blind20",
        "blind21")  # tunable
BLIND: tuple[str, ...] = ("blind22",)  # held out: scored by the lead only, figures only


def names(split: str | None = None) -> list[str]:
    return sorted(n for n, f in FAMILIES.items() if split is None or f.split == split)


def get(name: str) -> Family:
    return FAMILIES[name]


__all__ = ["BLIND", "FAMILIES", "OPEN", "SPLITS", "Family", "get", "names"]
