"""ui/app."""
