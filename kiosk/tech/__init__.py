"""kiosk/tech."""
