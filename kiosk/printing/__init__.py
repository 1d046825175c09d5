"""kiosk/printing."""
