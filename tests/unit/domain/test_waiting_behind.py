"""What waits behind a refusal is said by what it is, counted (domain/sync_trouble)."""

from __future__ import annotations

from portdesk.domain.sync_trouble import PendingChanges, waiting_behind, waiting_on_conflict


def test_held_changes_are_named_and_counted() -> None:
    assert waiting_behind(["comment"]) == "1 comment waits behind the refusal"
    assert waiting_behind(["comment", "comment"]) == "2 comments wait behind the refusal"
    assert waiting_behind(["confirm", "comment"]) == \
        "the submit and 1 comment wait behind the refusal"
    assert waiting_behind([]) == ""


def test_pending_changes_say_sendable_and_held_apart() -> None:
    assert PendingChanges(0).said() == "Nothing to send"
    assert PendingChanges(1, cases=1).said() == "1 case with changes not yet sent (1 change)"
    assert PendingChanges(0, ("comment",)).said() == "1 comment waits behind the refusal"
    assert PendingChanges(2, ("comment",), cases=1).said() == \
        "1 case with changes not yet sent (2 changes) · 1 comment waits behind the refusal"


def test_what_waits_is_said_by_case_then_changes_not_by_outbox_items() -> None:
    """One submit queues the order, its details, its LOA and the submit: the status bar said
    "4 pending changes" for one thing the specialist did (walked at 1024x700)."""
    assert PendingChanges(4, cases=1).said() == "1 case with changes not yet sent (4 changes)"
    assert PendingChanges(5, cases=2).said() == "2 cases with changes not yet sent (5 changes)"


def test_changes_of_a_conflicted_case_are_said_waiting_for_it_not_pending() -> None:
    assert waiting_on_conflict(["update"]) == \
        "the case's details wait for the conflict to be settled"
    assert PendingChanges(0, (), ("update", "comment")).said() == \
        "the case's details and 1 comment wait for the conflict to be settled"
    assert PendingChanges(1, ("comment",), ("update",), 1).said() == (
        "1 case with changes not yet sent (1 change) · 1 comment waits behind the refusal · the case's details wait for "
        "the conflict to be settled")
