"""Frames, captions, audio and video encoding for exports. No Qt, no torch."""
