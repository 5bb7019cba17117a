"""`python -m desktop` starts the program."""

import sys

from desktop.app import main

sys.exit(main())
