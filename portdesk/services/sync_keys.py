"""The sync engine's own keys in the `sync_state` table, in a module of their own: `team status`
reads them, and importing them from the engine (services/sync.py, sync_pull.py) pulled in the
whole sync engine, the platform client and httpx for three strings (0.7 s of a 0.8 s answer)."""

from __future__ import annotations

LAST_SYNC = "sync.last_success"
CURSOR_TIME, CURSOR_IDS = "events.cursor_time", "events.cursor_ids"  # the port-in log's cursor
CURSOR_FLOOR = "events.cursor_floor"  # sync_pull.Cursor.floor of the port-in log
PORTOUT_CURSOR = "events.portout_cursor"
NOT_BEFORE = "sync.not_before"  # the moment a Retry-After asked for: no round sends before it
LAST_WALK = "sync.last_walk"  # when a desk of the queue last walked every order (sync_walk)


def document_review_key(platform_document_id: str) -> str:
    """What the platform last said of an upload's review (services.sync_documents)."""
    return f"document_review.{platform_document_id}"
