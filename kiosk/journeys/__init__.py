"""kiosk/journeys."""
