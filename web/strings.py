"""The status page's own words (the ticket's status lines are in ``kiosk.queue.follow``)."""

from __future__ import annotations

from kiosk.i18n import N_

TITLE = N_("follow", "Queue ticket status")
YOUR_NUMBER = N_("follow", "Your number")
UPDATES = N_("follow", "This page updates by itself.")
LANGUAGE = N_("follow", "Language")
#: Shown in place of the ticket's service when this PC's config does not list it.
SERVICE_FALLBACK = N_("follow", "Civil service")
PHONE_OFFER = N_("follow", "Text me when {n} people are ahead of me and when my number is called.")
PHONE_LABEL = N_("follow", "Mobile number")
PHONE_SUBMIT = N_("follow", "Send me texts")
PHONE_SAVED = N_(
    "follow",
    "We will text you when {n} people are ahead of you and when your number is called.",
)
#: Under PHONE_SAVED: the saved number, masked (010-****-5678), so a typo can be seen.
PHONE_TO = N_("follow", "Texts go to {number}.")
#: The label of the field that replaces the saved number, while it may still change.
PHONE_CHANGE_LABEL = N_("follow", "Wrong number? Enter the right one")
PHONE_CHANGE_SUBMIT = N_("follow", "Change number")
PHONE_PRIVACY = N_(
    "follow",
    "Your number is used for this ticket only and deleted when your visit ends or the day is over.",
)
#: The answer to a number sent for a ticket no longer waiting or called (the form was
#: still open on the phone when the visit ended).
PHONE_TOO_LATE = N_(
    "follow", "Your number was not saved: this ticket is no longer waiting, so no texts will come."
)
#: The answer to a number beyond ``kiosk.queue.follow.MAX_PHONE_SETS`` for one ticket.
PHONE_LIMIT = N_(
    "follow",
    "The mobile number of this ticket cannot be changed again. "
    "Texts go to the number already saved.",
)
UNKNOWN_TITLE = N_("follow", "Ticket not found")
UNKNOWN = N_(
    "follow",
    "This link is not valid or has expired. Please take a new number at the kiosk.",
)
UNAVAILABLE = N_(
    "follow", "The queue cannot be reached right now. This page will try again by itself."
)
