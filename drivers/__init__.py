"""Hardware drivers: printers, card readers, speech. Qt-free; never imports ui/.

Each device kind implements a Protocol from ``kiosk.ports.printer`` (or a sibling
core module) with several backends, the mock included, listed in a
``Registry`` that the composition root builds and passes in.
"""
