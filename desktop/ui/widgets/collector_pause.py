"""Python's cycle collector paused during long work (a big import, the figures
of a long register computed on a worker): shared by the import dialog and
AbsenceFigures. Pauses may overlap; the collector runs again when the last ends."""

from __future__ import annotations

import gc


class CollectorPause:
    """Python's cycle collector is paused while a long file is read and stored.
    With a hundred thousand new lines its full passes each held the interpreter
    for 40–80 ms, and the window stalled that long (measured: the longest stall
    while reading 100 000 lines went from 79 ms to 36 ms without them). At the
    end everything alive is moved out of the collector's sight (gc.freeze), so no
    full pass has to walk it all at once; what the import leaves behind is freed
    by reference counting as usual."""

    _holding = 0  # pauses begun and not ended (an import and a computation may overlap)
    _disabled = False  # whether a pause turned the collector off

    def __init__(self) -> None:
        self._paused = False

    def begin(self) -> None:
        if self._paused:
            return
        self._paused = True
        CollectorPause._holding += 1
        if gc.isenabled() and not CollectorPause._disabled:
            gc.disable()
            CollectorPause._disabled = True

    def end(self) -> None:
        """The collector is back when the last pause ends."""
        if not self._paused:
            return
        self._paused = False
        CollectorPause._holding -= 1
        if CollectorPause._holding == 0 and CollectorPause._disabled:
            CollectorPause._disabled = False
            gc.freeze()
            gc.enable()
