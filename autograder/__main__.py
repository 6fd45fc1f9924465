"""``python -m autograder`` is the ``readiness`` command."""

import sys

from .cli import main

sys.exit(main())
