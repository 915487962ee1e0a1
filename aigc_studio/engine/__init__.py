"""The QThread engine: the one place that creates threads. QtCore only, never QtWidgets.

Workers run plain functions from gan/, media/ and project/ and talk to the UI only through
``sig_*`` signals. ``torch`` is imported inside worker threads, never by these modules at
import time, so the GUI thread stays light.
"""
