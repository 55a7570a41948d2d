"""What the desk and the command line say about a case's change that did not reach the platform.

Two kinds, as the platform's description tells them apart. An answer it lists as "unexpected
error" (5xx), a timeout, a rate limit or no answer at all is not about the case: the change stays
queued and every sync round sends it again by itself (F5 or `portdesk sync` now). A refusal, an
"unprocessable entity" (422: "check the 'detail' field") or "resource not found" (404), is about
what was sent: the same request is refused again, so the case holds its later changes for a
person. The fix is the way out (saving it, or attaching the missing document, sends the refused
changes again after it: store/sync_repo `_requeue_behind`); "send again as it is" is for a cause
fixed outside PortDesk (on the platform, by its support), and is said to be so. Pure: the command
line's quick reader uses it without the Store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from portdesk.domain.case import PortCase
from portdesk.domain.sync_outcome import OutcomeKind, SyncOutcome

# "the platform refused POST /porting_orders/ef9c.../actions/confirm: " says again what the title
# says, with an order id no specialist reads (walked on the desk): the platform's reason stays
_REQUEST = re.compile(r"^the platform refused [A-Z]+ /\S+: ")
WHAT = {"create": "the new order", "update": "the case's details", "confirm": "the submit",
        "cancel": "the cancellation", "comment": "a comment", "upload": "a document",
        "portout": "the port-out answer", "additional": "an additional document",
        "additional_remove": "the removal of an additional document"}
REFUSED_ADVICE = ("The platform refuses the same request again: fix what it names and save "
                  "(the refused change goes again after the fix). Send again as it is only when "
                  "the cause was fixed outside PortDesk.")
GONE_ADVICE = ("The platform no longer has that record: check the order on the platform, or "
               "cancel the case and submit it again.")
WAITING_ADVICE = ("Not about the case: it is sent again at every sync round (F5, or "
                  "`portdesk sync`).")
UNKNOWN_ADVICE = ("Held by an earlier PortDesk, which did not record whether the platform refused "
                  "it or gave no answer: fix what the words name and save, or send it again as "
                  "it is.")
NO_WORDS = "no words were kept"
# what the title says the change met, by how it ended (a held change whose cause is unknown is
# not called refused: it may have been no answer at all)
_HELD_TITLES = {OutcomeKind.NOT_SENDABLE: "Not sent: PortDesk could not send {what}",
                OutcomeKind.UNKNOWN: "Not sent: {what}, held (cause not recorded)"}
_WAITING = {OutcomeKind.TIMED_OUT: "the platform did not answer in time",
            OutcomeKind.NOT_ANSWERED: "no answer from the platform",
            OutcomeKind.SERVER_ERROR: "the platform failed to answer",
            OutcomeKind.RATE_LIMITED: "the platform is limiting requests",
            OutcomeKind.UNREADABLE: "the platform's answer could not be read",
            OutcomeKind.KEY_REFUSED: "the platform refused the API key"}


_NOUNS = {"comment": ("comment", "comments"), "upload": ("document", "documents"),
          "additional": ("additional document", "additional documents"),
          "additional_remove": ("removal of an additional document",
                                "removals of additional documents")}
_SAID_PLURAL = frozenset({"update"})  # "the case's details wait"


def waiting_behind(intents: list[str] | tuple[str, ...]) -> str:
    """'1 comment waits behind the refusal' for changes held behind one (a comment added to a
    refused case sends nothing again: it goes once the refused change is settled)."""
    return _waiting(intents, "behind the refusal")


def waiting_on_conflict(intents: list[str] | tuple[str, ...]) -> str:
    """"the case's details wait for the conflict to be settled": a case whose fields changed here
    and on the platform sends nothing until a person keeps one side (services.sync_conflicts)."""
    return _waiting(intents, "for the conflict to be settled")


def _waiting(intents: list[str] | tuple[str, ...], what_for: str) -> str:
    parts = []
    for intent in dict.fromkeys(intents):
        count = list(intents).count(intent)
        if intent in _NOUNS:
            parts.append(f"{count} {_NOUNS[intent][count != 1]}")
        else:
            parts.append(WHAT.get(intent, intent))
    if not parts:
        return ""
    verb = "waits" if len(intents) == 1 and intents[0] not in _SAID_PLURAL else "wait"
    return f"{' and '.join(parts)} {verb} {what_for}"


def not_yet_sent(cases: int, changes: int) -> str:
    """What waits for the next sync round, in the specialist's words: the cases, then how many
    changes they hold. One submit queues the order, its LOA, the submit itself... and the status
    bar said "4 pending changes" for one thing the specialist did."""
    if not changes:
        return "Nothing to send"
    return (f"{cases} case{'s' if cases != 1 else ''} with changes not yet sent "
            f"({changes} change{'s' if changes != 1 else ''})")


@dataclass(frozen=True, slots=True)
class PendingChanges:
    """What waits in the outbox: `sendable` changes of `cases` cases go at the next sync round;
    `held` (intents) waits behind a change the platform refused, `conflicted` (intents) for a
    conflict to be settled, both for a person (the status bar counted a comment held behind a
    refusal as "1 pending change", and `portdesk sync` a conflicted case's changes as
    "pending 1", as if the next round would send them)."""

    sendable: int
    held: tuple[str, ...] = ()
    conflicted: tuple[str, ...] = ()
    cases: int = 0  # the cases the sendable changes belong to

    def waiting(self) -> list[str]:
        """What waits for a person, said by what it is."""
        return [said for said in (waiting_behind(self.held), waiting_on_conflict(self.conflicted))
                if said]

    def not_yet_sent(self) -> str:
        return not_yet_sent(self.cases, self.sendable)

    def said(self) -> str:
        waiting = self.waiting()
        if not waiting:
            return self.not_yet_sent()
        return " · ".join(waiting if not self.sendable else [self.not_yet_sent(), *waiting])


@dataclass(frozen=True, slots=True)
class SyncTrouble:
    """A change of the case that did not reach the platform."""

    refused: bool  # held for a person (the outbox's `failed`); else it is sent again by itself
    what: str  # what did not go ("the case's details and the submit")
    why: str  # the platform's (or PortDesk's) own words, the PIN masked
    advice: str
    outcome: SyncOutcome | None = None  # how it ended, as stored
    waiting: tuple[str, ...] = ()  # intents held behind the refusal ("comment")

    @property
    def title(self) -> str:
        kind = self.outcome.kind if self.outcome else OutcomeKind.REFUSED
        if self.refused:
            if kind in _HELD_TITLES:
                return _HELD_TITLES[kind].format(what=self.what)
            return f"Not sent: the platform refused {self.what}"
        met = f" ({_WAITING[kind]})" if kind in _WAITING else ""
        return f"Not sent yet: {self.what} will go at the next sync{met}"

    @property
    def behind(self) -> str:
        """'1 comment waits behind the refusal: it goes once the refused change is settled'."""
        said = waiting_behind(self.waiting)
        return f"{said}: it goes once the refused change is settled" if said else ""

    def line(self) -> str:
        """One line for the command line and the status bar."""
        behind = f" {self.behind[0].upper()}{self.behind[1:]}." if self.behind else ""
        return f"{self.title}: {self.why}. {self.advice}{behind}"


def masked(text: str, case: PortCase) -> str:
    """The platform may quote what it was sent: the PIN never reaches a screen or a log."""
    if case.pin and len(case.pin) >= 3:
        text = text.replace(case.pin, "•" * len(case.pin))
    return text


def platform_reason(text: str) -> str:
    """The platform's reason without the request it was refused on."""
    return _REQUEST.sub("", text).rstrip(". ")


def conflict_line(case: PortCase, held: list[str] | tuple[str, ...]) -> str:
    """What `case show` says of a case held for a conflict: the fields, what waits, the way out
    (the conflict's values are on the desk's banner; the PIN never here)."""
    said = masked(case.sync_error, case) or "changed here and on the platform"
    waiting = waiting_on_conflict(held) or "nothing is sent for it"
    return (f"conflict, {said}; {waiting} (`portdesk case resolve {case.reference} "
            "--keep mine|theirs`)")


def trouble(case: PortCase, refused_intents: list[str] | None = None,
            waiting: list[str] | None = None) -> SyncTrouble | None:
    """What the desk and `case show` say about a change that did not reach the platform.

    Decided from data: the case's sync state (held for a person or not) and the stored outcome
    (domain/sync_outcome), never from the words, which are only shown. No outcome: nothing
    failed (a note the sync kept on a done change is not a failure)."""
    outcome = case.sync_outcome
    if outcome is None or case.sync_state not in ("failed", "pending"):
        return None
    names = [WHAT.get(i, i) for i in dict.fromkeys(refused_intents or [])]
    what = " and ".join(names) if names else "a change"
    why = platform_reason(masked(case.sync_error, case)) or NO_WORDS
    if case.sync_state == "pending":
        return SyncTrouble(False, what if names else "the case's changes", why,
                           WAITING_ADVICE, outcome)
    held = tuple(waiting or ())
    if outcome.kind == OutcomeKind.UNKNOWN:
        return SyncTrouble(True, what, why, UNKNOWN_ADVICE, outcome, held)
    return SyncTrouble(True, what, why, GONE_ADVICE if outcome.gone else REFUSED_ADVICE,
                       outcome, held)


class SyncStop(StrEnum):
    """Why a whole sync round stopped (not one case's change): each is fixed in its own place, so
    the status bar names each apart. A wrong platform address read "Offline" like a network
    down, though no network fix helps it (trust 12 knew it as WrongAddress)."""

    UNREACHABLE = "unreachable"  # no answer: the network or the platform is down
    WRONG_ADDRESS = "wrong_address"  # the address does not serve the platform's API
    KEY_REFUSED = "key_refused"  # the platform answered and refused the API key
    OTHER = "other"  # rate limited, away for a while, answers not readable


# the status bar's connection label, by kind of stop
STOP_LABELS = {SyncStop.UNREACHABLE: "● Offline", SyncStop.WRONG_ADDRESS: "● Wrong address",
               SyncStop.KEY_REFUSED: "● Key refused", SyncStop.OTHER: "● Sync stopped"}
SETTINGS_PLACE = "File > Settings"
# what the specialist does, by kind of stop: the standing line is this, then the reason. Short
# imperatives: the connection label beside it already says the state ("● Wrong address")
STOP_ACTIONS = {
    SyncStop.UNREACHABLE: "Check the network; PortDesk retries by itself",
    SyncStop.WRONG_ADDRESS: f"Fix the platform address in {SETTINGS_PLACE}",
    SyncStop.KEY_REFUSED: f"Enter the right API key in {SETTINGS_PLACE}",
}


def stopped_line(stop: SyncStop, reason: str) -> str:
    """The standing status-bar line: what to do first, then the reason in the platform client's
    words. The rule is the order, not a width: a 1024 px window left the line ~350 px and cut
    "Sync stopped: the address http://... does not serve ..." long before its action (session
    16's screenshot); the whole line is on hover."""
    action = STOP_ACTIONS.get(stop)
    return f"{action} · {reason}" if action else f"Sync stopped: {reason}"
