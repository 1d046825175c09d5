"""kiosk/ports."""
