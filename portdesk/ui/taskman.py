"""The desk's one task runner, modelled on Anki's qt/aqt/taskman.py.

Every background job of the desk runs here: the window's saves and loads, the LOA and bill screens'
work, the sync rounds. Lanes are shared by the whole process: `db` for the store (one job at a time,
in order, whichever screen asked: a save never races a reload or a bill being attached), `query`
for queue reads (typing in the quick filter never waits behind a save), `journal` for the recovery
file (in edit order, off the GUI thread because of fsync), `sync` for sync rounds (one at a time;
the engine it builds stays on that one thread), and `background` for PDF, OCR and network work.

A job may take a `Job` to report progress and see the Cancel button. Its result or its error comes
back on the GUI thread, never by touching a widget from the worker. One error rule for all of them:
a PortDeskError's own sentence, anything else `UNEXPECTED` (the traceback goes to the log only).
Stale work is dropped with a `Latest` token: only the newest request's result is shown.

Nothing a caller hands over is let go on a worker thread. A task and its callbacks are closures
over screens and bound methods of widgets; a worker dropping the last reference to a widget's
wrapper deletes the widget there, off the GUI thread: a segmentation fault, sooner or later (the
executor drops its work item right after running it, while the screen that asked may already be
closed). So the task, its callbacks and its outcome travel in one list, an errand's `box`, that
only the GUI thread empties; the worker keeps nothing but the emptied list.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from portdesk.domain.errors import PortDeskError

log = logging.getLogger(__name__)
UNEXPECTED = "Something unexpected went wrong; the details are in the log."

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
Progress = Callable[[int, int, str], None]

_THREADS = {"db": 1, "query": 1, "journal": 1, "sync": 1, "background": 2}
_shared: dict[str, ThreadPoolExecutor] = {}
_shared_lock = threading.Lock()


def describe(exc: BaseException) -> str:
    """One sentence for the specialist; tracebacks go to the log only."""
    if isinstance(exc, PortDeskError):
        return str(exc) or type(exc).__name__
    return UNEXPECTED


def lane(name: str) -> ThreadPoolExecutor:
    """The process's one executor for `name` (made on first use)."""
    with _shared_lock:
        if name not in _shared:
            _shared[name] = ThreadPoolExecutor(_THREADS[name],
                                               thread_name_prefix=f"portdesk-{name}")
        return _shared[name]


class Cancelled(PortDeskError):
    """Raised inside a job when the specialist pressed Cancel: reported to `on_cancelled`, or as a
    failure saying so when the caller gave none."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)


class Job:
    """What a running job may use: progress reports (shown on the GUI thread) and the cancel flag."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._report is not None and not self._cancel.is_set():
            self._report(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """The same flag as a call, for readers that take a `cancel` function."""
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Errand:
    """What a lane runs: the task from `box`, its outcome put back in `box`, and `box` handed to
    the GUI thread (`post`), which empties it. The worker never holds the only reference to the
    task, its callbacks or its result."""

    __slots__ = ("_box", "_post")

    def __init__(self, box: list[Any], post: Callable[[list[Any]], None]) -> None:
        self._box, self._post = box, post

    def __call__(self) -> None:
        box = self._box
        try:
            outcome: tuple[Any, BaseException | None] = (box[0](), None)
        except BaseException as exc:  # noqa: BLE001  (reported on the GUI thread)
            outcome = (None, exc)
        box.append(outcome)
        del outcome
        self._post(box)


class TaskManager(QObject):
    """One screen's (or the window's) handle on the shared lanes: it knows its own jobs, so it can
    say whether it is busy, cancel them and wait for them when its screen closes."""

    _closures_pending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes = {name: lane(name) for name in _THREADS}
        self._closures: list[Callable[[], None]] = []
        self._settling: list[list[Any]] = []  # errands' boxes back from their lanes
        self._lock = threading.Lock()
        self._inflight = 0
        self._futures: dict[Future[Any], list[Any]] = {}
        # the recovery journal's writes run even when the screen closes: cancelled, they left
        # a journal a few keystrokes behind the save that closing made (case_panel, journal)
        self._kept: set[Future[Any]] = set()
        self._jobs: set[Job] = set()
        self._closed = False
        # Queued even when emitted on the GUI thread: a task that finishes before run() has added
        # its done-callback would otherwise run its callback inside run(), re-entrantly.
        self._closures_pending.connect(self._on_closures_pending,
                                       Qt.ConnectionType.QueuedConnection)

    def run_on_main(self, closure: Callable[[], None]) -> None:
        with self._lock:
            if self._closed:
                return
            self._closures.append(closure)
        try:
            self._closures_pending.emit()  # queued: the receiver lives on the GUI thread
        except RuntimeError:  # the screen is gone: nobody reads this result
            log.debug("result for a closed screen dropped")

    def run(self, task: Callable[[], Any], on_success: Success | None = None,
            on_failure: Failure | None = None, lane: str = "db",
            on_cancelled: Callable[[], None] | None = None,
            keep: bool = False) -> Future[Any]:
        """Run `task` on `lane`; the callbacks run on the GUI thread. A kept task (every journal
        write, and a write the specialist made, such as a save: `keep=True`) still runs when the
        window closes while it waits for its lane; other waiting work is dropped then."""
        if self._closed:  # the window is closing: late timers must not start new work
            dead: Future[Any] = Future()
            dead.cancel()
            return dead
        box: list[Any] = [task, on_success, on_failure, on_cancelled]
        with self._lock:
            self._inflight += 1
        future = self._lanes[lane].submit(_Errand(box, self._returned))
        with self._lock:
            self._futures[future] = box
            if lane == "journal" or keep:
                self._kept.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, fut: Future[Any]) -> None:
        """A lane is done with `fut`; a cancelled one (cancel() runs on the GUI thread, and so does
        this then) never ran, and its box is emptied here."""
        with self._lock:
            box = self._futures.pop(fut, None)
            self._kept.discard(fut)
            if fut.cancelled():
                self._inflight -= 1
        if fut.cancelled() and box is not None:
            box.clear()

    def _returned(self, box: list[Any]) -> None:
        """On the worker: hand the errand's box to the GUI thread (even when closed: it is
        emptied there)."""
        with self._lock:
            self._settling.append(box)
        try:
            self._closures_pending.emit()
        except RuntimeError:  # the handle's QObject is gone, and with it its screen
            log.debug("result for a closed screen dropped")

    def start(self, fn: Callable[..., Any], *args: Any, on_success: Success | None = None,
              on_failure: Failure | None = None, on_progress: Progress | None = None,
              on_cancelled: Callable[[], None] | None = None, lane: str = "db",
              wants_job: bool = False) -> Job:
        """Run fn(*args[, job]) on `lane`: a job with progress and Cancel."""
        report = None
        if on_progress is not None:
            def report(done: int, total: int, text: str) -> None:
                self.run_on_main(lambda: on_progress(done, total, text))
        job = Job(report)

        def task() -> Any:
            job.check()  # cancelled while it waited for its lane
            return fn(*args, job) if wants_job else fn(*args)

        with self._lock:
            self._jobs.add(job)

        def settle(callback: Callable[..., None] | None) -> Callable[..., None]:
            def call(*outcome: Any) -> None:
                with self._lock:
                    self._jobs.discard(job)
                if callback is not None:
                    callback(*outcome)
            return call

        self.run(task, settle(on_success), settle(on_failure), lane, settle(on_cancelled))
        return job

    def _finish(self, box: list[Any]) -> None:
        """On the GUI thread: the outcome to its callback, then the box emptied here."""
        _task, on_success, on_failure, on_cancelled, (result, exc) = box
        box.clear()
        with self._lock:
            self._inflight -= 1
        if self._closed:
            return
        if exc is None:
            if on_success is not None:
                on_success(result)
        elif isinstance(exc, Cancelled) and on_cancelled is not None:
            on_cancelled()
        else:
            if not isinstance(exc, PortDeskError):
                log.error("background task failed", exc_info=exc)
            if on_failure is not None:
                on_failure(exc)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._inflight > 0

    def _on_closures_pending(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()
        self._drain()

    def _drain(self) -> None:
        """Empty the boxes already back from their lanes, here on the GUI thread."""
        with self._lock:
            boxes, self._settling = self._settling, []
        for box in boxes:
            self._finish(box)

    def cancel_all(self) -> None:
        """Press Cancel on every job of this handle; those still waiting for their lane never run."""
        with self._lock:
            jobs, futures = list(self._jobs), list(self._futures)
        for job in jobs:
            job.cancel()
        for future in futures:
            future.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until this handle's jobs are done (closing a screen); True when they are."""
        with self._lock:
            futures = list(self._futures)
        timeout = None if msecs < 0 else msecs / 1000
        _done, pending = concurrent.futures.wait(futures, timeout)
        return not pending

    def shutdown(self) -> None:
        """Wait for running work (a save must finish) and drop results nobody will read."""
        with self._lock:
            self._closed = True
            waiting, kept = list(self._futures), set(self._kept)
        for future in waiting:
            if future not in kept:
                future.cancel()  # not started yet: never starts
        concurrent.futures.wait(waiting)
        self._drain()  # the finished errands' boxes, emptied here (closed: no callback runs)


class Latest:
    """Generation counter: a result is shown only if no newer request was made meanwhile."""

    def __init__(self) -> None:
        self._gen = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            self._gen += 1
            return self._gen

    def current(self, token: int) -> bool:
        with self._lock:
            return token == self._gen


class Op:
    """Builder in the manner of Anki's QueryOp: Op(tm, fn).success(cb).failure(cb).run()."""

    def __init__(self, tm: TaskManager, task: Callable[[], Any], lane: str = "db") -> None:
        self._tm, self._task, self._lane = tm, task, lane
        self._ok: Success | None = None
        self._err: Failure | None = None

    def success(self, cb: Success) -> Op:
        self._ok = cb
        return self

    def failure(self, cb: Failure) -> Op:
        self._err = cb
        return self

    def run(self) -> Future[Any]:
        return self._tm.run(self._task, self._ok, self._err, self._lane)
