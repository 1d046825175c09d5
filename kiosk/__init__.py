"""Domain core of the community-center kiosk: config, queue, documents, flow.

Qt-free and device-free by contract (see pyproject's import-linter section),
so everything here runs and tests without a display or hardware.
"""

__version__ = "0.1.0"
