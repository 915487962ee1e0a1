"""Projects: the timeline model, edit commands with inverses, and the project folder.

No Qt and no torch here.
"""
