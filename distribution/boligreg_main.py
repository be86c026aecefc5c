"""Entry point of the frozen app (PyInstaller): the same ``main`` as the ``boligreg`` command."""

import multiprocessing
import sys

from boligreg.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows app must say so before any child
    sys.exit(main())
