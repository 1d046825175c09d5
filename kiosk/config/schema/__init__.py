"""The typed configuration schema: one module per section of the config file.

Each field has a type, a default, bounds, and a translatable title and
description, the docstring under the field (the technician screens and
``docs/configuration.md`` are generated from them). ``root.KioskConfig`` is
the whole file; the section modules are named after the table they describe
(``center``, ``screen``, ``services``, ``devices``, ``documents``, ...);
``common`` holds the base model and the pieces several sections share,
``entries`` the rules of lists of tables.

Import the models from ``kiosk.config``; the module a model lives in is
an implementation detail.
"""
