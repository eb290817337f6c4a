"""Objects that hold connections or locks and may be inherited by a child made with `os.fork()`.

A child must not use its parent's pooled sockets (the two processes would read each other's answers) nor a
lock another parent thread held at the fork (it would never be released). Such an object records the
process `generation` it was made in; the child's generation differs, so on first use there the object
drops what it holds (`_after_fork`): the parent's sockets are left to the parent, never closed or written
from the child. Checking costs one comparison per use; the fork hook holds no reference to any object.
"""

from __future__ import annotations

import os
import threading

generation = 0
"""This process's generation: one more than its parent's, in a child made with os.fork()."""
_adopting = threading.Lock()  # made anew in each child: held by no one there


def _forked() -> None:
    global generation, _adopting
    generation += 1
    _adopting = threading.Lock()


if hasattr(os, "register_at_fork"):  # absent where there is no fork (Windows)
    os.register_at_fork(after_in_child=_forked)


class Inheritable:
    """Base of an object that drops what its parent process made (`_after_fork`) when used in a child: it
    sets `_generation` when made, and calls `_drop_if_inherited()` before using what it holds."""

    __slots__ = ("_generation",)
    _generation: int

    def _drop_if_inherited(self) -> None:
        """In a forked child, drop what the parent made: once, whichever of the child's threads comes first."""
        if self._generation != generation:
            with _adopting:
                if self._generation != generation:
                    self._after_fork()
                    self._generation = generation

    def _after_fork(self) -> None:
        """Drop what the parent process made: its connections, and the locks its other threads may have held."""
