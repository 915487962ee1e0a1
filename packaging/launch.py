"""The frozen app's entry point: the same `aigc-studio` command line as a pip install."""

import multiprocessing
import sys

from aigc_studio.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app must not re-run itself in workers
    sys.exit(main())
