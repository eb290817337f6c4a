"""The DeprecationWarning of an operation the document marks deprecated, pointed at the caller's code."""

from __future__ import annotations

import os
import sys
import warnings

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def warn_deprecated(message: str) -> None:
    """Warn with the location of the first frame outside this package (the user's call, whether it went
    through the resource client or straight to the endpoint function), so Python's default filter, which
    shows DeprecationWarning for code in __main__, shows it."""
    frame, level = sys._getframe(1), 2
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)
