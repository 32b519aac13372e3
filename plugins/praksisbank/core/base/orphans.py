"""Worker processes end with the process that started them.

A worker started with ``spawn`` (the site gate's, the PDF renderer's, the live preview's search
index) waits on its task queue; it holds both ends of that pipe itself, so should its parent
end without shutting the pool down (killed, or a test runner's worker leaving with
``os._exit``), the queue never closes and the worker waits for ever (left running for 38
minutes after a test run, stop 26). ``end_with_parent``, the pool's initializer or called
from it, ends the worker once its parent is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time

EVERY = 1.0
"""Seconds between two looks at the parent."""


def end_with_parent(every: float = EVERY) -> None:
    """In a worker process: a daemon thread ends the process when its parent is gone. The
    parent is the process that started this one (``multiprocessing.parent_process``, known
    from the start: a parent gone before this runs is seen too, where ``os.getppid`` would
    already name the process the worker was handed to); waited on by its sentinel, else its
    process id looked at every ``every`` seconds."""
    parent = multiprocessing.parent_process()
    expected = parent.pid if parent is not None and parent.pid else os.getppid()

    def watch() -> None:
        if parent is not None:
            parent.join()  # returns once the parent is gone
        else:
            while os.getppid() == expected:
                time.sleep(every)
        os._exit(0)

    if os.getppid() != expected:
        os._exit(0)  # gone already
    threading.Thread(target=watch, name="praksisbank-parent", daemon=True).start()
