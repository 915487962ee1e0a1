"""One-step shorts: a topic in, a finished, editable short out (``aigc-studio quick`` and
the "New short from idea" wizard)."""

from aigc_studio.quick.pipeline import (
    QuickRequest,
    QuickResult,
    build_quick_project,
    make_quick_short,
)

__all__ = ["QuickRequest", "QuickResult", "build_quick_project", "make_quick_short"]
