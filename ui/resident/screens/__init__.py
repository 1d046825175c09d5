"""ui/resident/screens."""
