"""The flow the resident kiosk runs: the ticket and the certificate journeys together.

``kiosk.journeys.flow`` is the machine (states, navigation, time limits, the
session, dispatch) and each journey module adds its own steps to it. This is
the one place they are put together, so the flow imports neither journey and
neither journey imports the other.
"""

from __future__ import annotations

from kiosk.journeys.certificates import CertificateJourney
from kiosk.journeys.flow import Flow
from kiosk.journeys.tickets import TicketJourney


class ResidentFlow(Flow):
    """A queue number or a certificate, from the home screen."""

    journey_types = (TicketJourney, CertificateJourney)
