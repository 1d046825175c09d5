"""ui/demo."""
