"""AIGC Studio: an offline studio for short-video creators."""

__version__ = "0.1.0"
