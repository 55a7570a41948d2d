"""A database server that went away is a message a person can act on, not an unexpected error.

A team's PostgreSQL can stop mid-round (a restart, the network). Every statement that then fails
for want of a connection raises DatabaseUnavailable naming the server, so the desk and the CLI
say "cannot reach the database ..." in one line while the desk keeps the specialist's edits in
its recovery journal and saves them once the server answers again (ui/team_live). Pre-ping
checks are left alone: the pool reconnects quietly when it can.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import OperationalError

from portdesk.store.engine import DatabaseUnavailable

log = logging.getLogger(__name__)


def say_when_unreachable(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        return  # a file on this machine: its errors say what they are already
    where = f"{engine.url.host or 'localhost'}:{engine.url.port or 5432}"

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        if context.is_pre_ping:
            return
        lost = context.is_disconnect or (
            context.connection is None and isinstance(context.sqlalchemy_exception,
                                                      OperationalError))
        if lost:
            reason = str(context.original_exception).strip().splitlines()
            log.info("database %s unreachable: %s", where, reason[0] if reason else "")
            raise DatabaseUnavailable(f"cannot reach the database server {where}; your work "
                                      "is kept and saved once it answers again") from None
