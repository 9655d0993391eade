"""Load what the event finder needs once, in a worker thread, while the window opens.

The gazetteer (countries and cities, about a second and 30 MB) and the
language classifier's model (about a second) are built on first use; built
on the GUI thread they would freeze the window the first time an article is
selected. A daemon thread builds them at start-up instead: both are cached
for the process, and a finder that needs one before the thread is done
simply builds it itself.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


def _warm() -> None:
    try:
        from temporal import gazetteer
        from temporal.expressions.languages import detection

        gazetteer.warm()
        detection.classify("warm up")
    except Exception:  # a broken data file shows later, where it is used
        log.exception("warming the event finder failed")


def warm_in_background() -> threading.Thread:
    thread = threading.Thread(target=_warm, name="warm-event-finder", daemon=True)
    thread.start()
    return thread
