"""kiosk/queue."""
