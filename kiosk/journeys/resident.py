"""The flow the resident kiosk runs: the ticket and certificate journeys and the centre services.

``kiosk.journeys.flow`` is the machine (states, navigation, time limits, the
session, dispatch) and each journey module adds its own steps to it. This is
the one place they are put together, so the flow imports neither journey and
neither journey imports the other.
"""

from __future__ import annotations

from kiosk.journeys.centre import CentreMenuJourney, CentreServiceJourney
from kiosk.journeys.certificates import CertificateJourney
from kiosk.journeys.flow import Flow
from kiosk.journeys.lending import LendingJourney
from kiosk.journeys.participation import ParticipationJourney
from kiosk.journeys.programmes import ProgrammesJourney
from kiosk.journeys.tickets import TicketJourney
from kiosk.journeys.welfare import WelfareJourney

#: The centre services (``kiosk.journeys.centre``), in the order the menu lists them.
CENTRE_SERVICES: tuple[type[CentreServiceJourney], ...] = (
    ProgrammesJourney,
    WelfareJourney,
    LendingJourney,
    ParticipationJourney,
)


class ResidentFlow(Flow):
    """A queue number, a certificate or a centre service, from the home screen."""

    journey_types = (TicketJourney, CertificateJourney, CentreMenuJourney, *CENTRE_SERVICES)
