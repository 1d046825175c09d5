"""ui/resident."""
