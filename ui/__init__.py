"""Qt user interface and the ``kiosk`` console script (the composition root)."""
