"""Worker processes end with the process that started them.

A worker started with ``spawn`` (the site gate's, the PDF renderer's, the live preview's search
index) waits on its task queue; it holds both ends of that pipe itself, so should its parent
end without shutting the pool down (killed, or a test runner's worker leaving with
``os._exit``), the queue never closes and the worker waits for ever (left running for 38
minutes after a test run, stop 26). ``end_with_parent``, the pool's initializer or called
from it, ends the worker once its parent is gone.
"""

from __future__ import annotations

import os
import threading
import time

EVERY = 1.0
"""Seconds between two looks at the parent."""


def end_with_parent(every: float = EVERY) -> None:
    """In a worker process: a daemon thread ends the process when its parent is gone (the
    parent's process id changes: the worker was handed to another)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="praksisbank-parent", daemon=True).start()
