"""tools/a11y."""
