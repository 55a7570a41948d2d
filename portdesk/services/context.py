"""The composition root's one factory: settings, who is acting, the store and the platform.

The command line and the desktop app both start from a Context (cli.main builds it, app.py takes
it), so every command and every window gets its settings, store and platform client the same way.
The store opens on first use (commands that never touch the database, such as bill extract, loa
sign and sandbox, never open it); the platform client is built by `platform()` with the one retry
policy and the key read in one place (services.platform_access).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from portdesk.config import Settings, load_settings
from portdesk.loa.ocrcmd import configure as configure_form_ocr

if TYPE_CHECKING:
    from portdesk.platform.port import PortingPlatform
    from portdesk.services.sync import SyncEngine
    from portdesk.store.store import Store


@dataclass
class Context:
    settings: Settings
    db_url: str
    _store: Store | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, db_url: str | None) -> Context:
        settings = load_settings()
        configure_form_ocr(settings.tesseract_cmd)  # a form that is one picture is read by OCR
        return cls(settings=settings, db_url=db_url or settings.resolved_db_url())

    @property
    def actor(self) -> str:
        return self.settings.actor

    @property
    def store(self) -> Store:
        if self._store is None:
            from portdesk.store.store import Store

            self._store = Store.open(self.db_url)
            from portdesk import loading

            loading.resume(freeze=True)  # the code is loaded: collect again (portdesk.loading)
            for notice in self._store.notices:  # once: the next open finds the files private
                print(f"portdesk: note: {notice}", file=sys.stderr)
        return self._store

    def platform(self) -> PortingPlatform:
        """A client for the platform in the settings (the caller closes it)."""
        from portdesk.services.platform_access import connect

        return connect(self.settings.platform_url)

    def sync_engine(self) -> SyncEngine:
        """The sync engine over this context's store and a new platform client."""
        from portdesk.services.platform_access import sync_engine
        from portdesk.store.desks import DeskIdentity

        return sync_engine(lambda: self.store, self.settings.platform_url,
                           DeskIdentity.here(self.actor, self.settings.desk_name))

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
