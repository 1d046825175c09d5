"""ui/display."""
