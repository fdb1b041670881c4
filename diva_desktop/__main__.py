"""``python -m diva_desktop``: the same as the ``diva`` command."""

import sys

from .cli import main

sys.exit(main())
