"""ui/counter."""
