import sys

from kiosk.storage.migrations import main

sys.exit(main())
