"""kiosk/certificates."""
