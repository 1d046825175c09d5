"""kiosk/storage."""
