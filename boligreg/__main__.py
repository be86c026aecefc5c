"""``python -m boligreg``: same as the ``boligreg`` command."""

import sys

from .cli import main

sys.exit(main())
