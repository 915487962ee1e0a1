"""The Qt widgets: main window, panels, undo adapters. The only package importing QtWidgets."""
