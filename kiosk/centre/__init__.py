"""Centre services' domain and storage (Qt-free): one module per service.

A centre service (``kiosk.journeys.centre``) keeps its rules and its tables
here: ``programmes`` (자치회관 강좌 registration). ``keys`` holds the centre's
key for personal data at rest, which every service storing a resident's
name or phone number uses.
"""
