"""Run a service off the UI thread with progress and cancel (one small wrapper for all jobs).

A job is a plain function ``fn(progress, cancel) -> result``: ``progress(percent, text)``
reports, ``cancel()`` tells whether the user pressed Avbryt. It runs on a QThreadPool thread
and must open its own session (sessions never cross threads); it raises
``boligreg.errors.CancelledError`` when it stops on cancel. Results and errors come back
as signals, delivered on the UI thread. ``Job.INLINE = True`` runs jobs synchronously
(deterministic tests, as picard does).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ..errors import CancelledError
from ..i18n import translate
from .messages import show_error

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]
JobFn = Callable[[ProgressFn, CancelFn], Any]


class _Signals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job._execute()


class Job(QObject):
    """One background job. Keep a reference until ``done`` fires (the shell keeps its own)."""

    INLINE = False

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()

    def __init__(self, fn: JobFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> Job:
        self.running = True
        if self.INLINE:
            self._execute()
        else:
            QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def _execute(self) -> None:
        try:
            try:
                result = self.fn(self._progress, self._cancel.is_set)
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread as a message
                self._signals.failed.emit(exc, traceback.format_exc())
            else:
                self._signals.finished.emit(result)
        except RuntimeError:
            # The app quit while the job ran: its Qt objects are gone and nobody waits for it.
            pass

    def _progress(self, percent: int, text: str) -> None:
        try:
            self._signals.progress.emit(percent, text)
        except RuntimeError:  # the app is shutting down; let the job run out quietly
            self._cancel.set()

    def _on_finished(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)
        self.done.emit()

    def _on_failed(self, exc: object, tb: str) -> None:
        self.running = False
        self.traceback = tb
        self.failed.emit(exc)
        self.done.emit()


_live_jobs: set[Job] = set()


def shutdown_jobs(timeout_ms: int = 3000) -> None:
    """Ask every running job to stop and wait for the pool (the app is quitting)."""
    for job in list(_live_jobs):
        job.cancel()
    QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_job(
    parent: QWidget,
    title: str,
    fn: JobFn,
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    show_dialog: bool = True,
) -> Job:
    """Start ``fn`` in the background with a progress dialog (Avbryt cancels it)."""
    job = Job(fn)
    _live_jobs.add(job)
    dialog: QProgressDialog | None = None
    if show_dialog:
        dialog = QProgressDialog(title, translate("Workers", "Avbryt"), 0, 100, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        def _progress(percent: int, text: str) -> None:
            dialog.setValue(max(0, min(100, percent)))
            if text:
                dialog.setLabelText(text)

        job.progress.connect(_progress)

    # A job outlives its widget when the window closes first (or, in tests, the next test has
    # begun): its answer then goes nowhere instead of into deleted widgets.
    def _ok(result: object) -> None:
        if isValid(parent):
            on_success(result)

    def _err(exc: object) -> None:
        if isinstance(exc, CancelledError) or not isValid(parent):
            return
        if on_error is not None:
            on_error(exc)  # type: ignore[arg-type]
        else:
            show_error(parent, title, exc)

    def _done() -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        _live_jobs.discard(job)

    job.succeeded.connect(_ok)
    job.failed.connect(_err)
    job.done.connect(_done)
    return job.start()
