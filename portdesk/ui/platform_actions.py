"""The platform's screens in the Case menu: answer a port-out request, see a port-in's platform
steps. The client is built on the background lane (network), the screens on the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from portdesk.domain.case import CaseKind
from portdesk.services import lookup
from portdesk.ui.taskman import Op, describe


class PlatformActions:
    def __init__(self, window: Any) -> None:
        self.window = window
        # each screen reads the case as stored: restored edits waiting are asked about first
        stored = window.case_panel.use_stored
        window.actions_.add("portout_answer", "&Case", "Answer port-out request…", None, "",
                            slot=lambda: stored("Answer port-out request", self.open_portout),
                            needs_case=True)
        window.actions_.add("platform_steps", "&Case", "Platform steps…", None, "",
                            slot=lambda: stored("Platform steps", self.open_steps),
                            needs_case=True)
        window.actions_.add("additional_documents", "&Case", "Additional documents…", None, "",
                            slot=lambda: stored("Additional documents", self.open_additional),
                            needs_case=True)

    def _case(self) -> Any:
        store, case_id = self.window.store, self.window.case_panel.case_id
        if store is None or case_id is None:
            self.window.status.flash("Open a case first")
            return None
        return lookup.case(store, case_id)

    def _client(self) -> Any:
        from portdesk.services.platform_access import connect

        return connect(self.window.settings.platform_url)

    def _failed(self, exc: BaseException) -> None:
        self.window.status.flash(describe(exc))

    def open_portout(self) -> None:
        from portdesk.services import intents
        from portdesk.services.sync_portout_review import eligible_codes, review
        from portdesk.ui.portout_screen import PortoutScreen

        case = self._case()
        if case is None:
            return
        if case.kind != CaseKind.PORT_OUT:
            self.window.status.flash(f"{case.reference} is not a port-out request")
            return
        if not case.platform_order_id:
            self.window.status.flash(f"{case.reference} was entered here, not received from the "
                                     "platform: there is no request to answer there")
            return
        store, actor = self.window.store, self.window.actor

        def load() -> Any:
            from portdesk.services.portout_documents import gaining_documents

            with self._client() as client:
                codes = eligible_codes(client, store, case.id)
                try:
                    documents, unread = gaining_documents(client, store, case.id), ""
                except Exception as exc:  # noqa: BLE001 - the screen still opens, said why
                    documents, unread = None, describe(exc)
                return review(store, case.id), codes, documents, unread

        def fetch(document: Any) -> Any:  # the background lane: network only
            from portdesk.services.portout_documents import fetch_document

            with self._client() as client:
                return fetch_document(client, document)

        def file(fetched: Any) -> Any:  # the database lane, with the desk's other writes
            from portdesk.services.portout_documents import file_document

            return file_document(store, case.id, fetched, actor)

        def show(loaded: Any) -> None:
            from portdesk.ui.portout_documents_box import GainingDocumentsBox

            seen, codes, documents, unread = loaded
            box = GainingDocumentsBox(documents, unread, fetch, file, self.window.tasks)

            def decide(authorize: bool, reason: str, code: int | None,
                       host_messaging: bool) -> None:
                chosen = next((c for c in codes if c.code == code), None)
                intents.decide_portout(store, case.id, authorize, reason, actor, chosen,
                                       host_messaging=host_messaging)

            screen = PortoutScreen(seen, codes, decide, self.window.tasks, parent=self.window,
                                   tz=self.window.settings.porting_zone(), documents=box)
            # the answer waits in the outbox: the queue, counts and pending changes follow at
            # once (also with the sync not set up), then the sync sends it
            screen.answered.connect(lambda _ok: self.window.after_change())
            screen.answered.connect(lambda _ok: self.window.sync_requested.emit())
            screen.finished.connect(lambda _result: box.remove_copies())
            screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its box, timer, copies
            screen.open()

        Op(self.window.tasks, load, "background").success(show).failure(self._failed).run()

    def open_steps(self) -> None:
        from portdesk.services.sync_platform_view import activate, platform_view
        from portdesk.ui.platform_steps_view import PlatformStepsView

        case = self._case()
        if case is None:
            return
        store = self.window.store

        def load() -> Any:
            with self._client() as client:
                return platform_view(client, store, case.id)

        def start() -> Any:
            with self._client() as client:
                return activate(client, store, case.id)

        PlatformStepsView(self.window.tasks, case.reference, load, start, self.window,
                          open_codes=lambda: self.open_codes(case),
                          open_additional=self.open_additional).open()

    def open_codes(self, case: Any) -> None:
        """The order is read on the database lane, the platform on the background lane, and
        what the desk keeps of its answers written on the database lane again."""
        from portdesk.services import verification_codes as vc
        from portdesk.ui.verification_codes_dialog import VerificationCodesDialog

        store, actor = self.window.store, self.window.actor

        def opened(order: Any) -> None:
            load, send, verify, record = codes_calls(store, order, actor, self._client)
            dialog = VerificationCodesDialog(self.window.tasks, case.reference, load, send,
                                             verify, record, self.window)
            dialog.answer_recorded.connect(self.window.after_change)
            dialog.open()

        Op(self.window.tasks, lambda: vc.codes_order(store, case.id), "db").success(
            opened).failure(self._failed).run()

    def open_additional(self) -> None:
        """Works offline: attach and remove wait in the outbox; the list says what it could
        not read."""
        from portdesk.ui.additional_documents_dialog import AdditionalDocumentsDialog

        case = self._case()
        if case is None:
            return
        if case.kind == CaseKind.PORT_OUT:
            self.window.status.flash(f"{case.reference} is a port-out request: its documents "
                                     "come from the gaining carrier (Answer port-out request…)")
            return
        store, actor = self.window.store, self.window.actor
        load, attach, attach_new, remove = additional_calls(store, case.id, actor, self._client)
        AdditionalDocumentsDialog(self.window.tasks, case.reference, load, attach, attach_new,
                                  remove, self.window).open()


def additional_calls(store: Any, case_id: int, actor: str, connect: Any) -> tuple[Any, ...]:
    """The dialog's four calls over the store and a client made per call (background lane)."""
    from portdesk.services import additional_documents as ad
    from portdesk.ui.additional_documents_dialog import CaseFile, Loaded

    def load() -> Loaded:
        files = [CaseFile(d.id, d.filename, d.kind) for d in lookup.documents(store, case_id)]
        return Loaded(ad.listing_via(connect, store, case_id), files)

    def attach(document_id: int, document_type: str) -> str:
        return ad.attach(store, case_id, document_id, document_type, actor)

    def attach_new(path: Any, document_type: str) -> str:
        return ad.attach_new(store, case_id, path.name, path.read_bytes(), document_type, actor)

    def remove(platform_id: str) -> str:
        return ad.remove(store, case_id, platform_id, actor)

    return load, attach, attach_new, remove


def codes_calls(store: Any, order: Any, actor: str, connect: Any) -> tuple[Any, ...]:
    """The codes dialog's calls: load, send and verify talk to the platform over a client made
    per call (background lane); record writes what the desk keeps of an answer (database
    lane)."""
    from portdesk.services import verification_codes as vc

    def load() -> Any:
        with connect() as client:
            return vc.read_codes(client, order)

    def send(methods: dict[str, str]) -> Any:
        with connect() as client:
            return vc.send(client, order, methods)

    def verify(typed: dict[str, str]) -> Any:
        with connect() as client:
            return vc.verify(client, order, typed)

    def record(answer: Any) -> Any:
        return vc.record(store, order, answer, actor)

    return load, send, verify, record
