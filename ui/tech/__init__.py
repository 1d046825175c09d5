"""Technician mode: entry (corner long press or technician card, then the PIN), dashboard,
device discovery and tests, schema-generated settings, services, logs and diagnostics.

Nothing here is reachable by residents: ``ui.tech.entry.install_technician_entry``
adds the only way in to the resident window.
"""
