import sys

from kiosk.migrations import main

sys.exit(main())
