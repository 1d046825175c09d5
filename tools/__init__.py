"""Developer tools that drive the product from outside: the fault matrix.

Not installed with the kiosk; they run from a checkout (``make faults``)
and may use the test doubles under ``tests/support``.
"""
