"""Queue statistics per business day and service, and measured service times.

``compute_stats`` answers, for a range of business days and each service:
tickets issued, served, no-shows and cancelled, and the mean and 90th
percentile of the wait (issued -> first called) and of the service time
(serving -> done). ``kiosk stats`` prints it (or CSV); ``ui/common/stats_view.py``
shows it with a tickets-per-hour chart.

Where the numbers come from:

* issued, no-shows, cancelled and waits: the ``tickets`` rows of each day,
  under the service the ticket was issued for;
* served and service times: ``service_log``, one row per stretch of serving
  at a counter, under the service that was given (a ticket served at one
  service and transferred to another counts once for each).

``measured_service_minutes`` is the exponentially weighted average of recent
service times that ``Queue.estimate_wait_minutes`` uses instead of the
configured seed once a service has measurements.

Percentiles interpolate linearly between the two nearest values (numpy's
default), so the 90th percentile of 1..10 is 9.1. Qt-free; any thread.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk.config import KioskConfig
from kiosk.storage.database import counters, service_log, tickets

#: Longest service stretch taken into account (longer ones are a counter left open).
MAX_SERVICE_SECONDS = 4 * 3600.0

#: How many recent service times the running average looks at per service.
EWMA_SAMPLES = 40


class StatsUnavailableError(Exception):
    """The database did not answer."""


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) with linear interpolation; ``values`` non-empty."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ewma(values: Iterable[float], alpha: float) -> float | None:
    """Exponentially weighted mean, oldest first; ``None`` when there are no values.

    Starts at the first value; each later one moves it by ``alpha`` of the difference.
    """
    if not 0 < alpha <= 1:
        raise ValueError(f"alpha must be within (0, 1], got {alpha}")
    average: float | None = None
    for value in values:
        average = value if average is None else average + alpha * (value - average)
    return average


# -- wait estimates --------------------------------------------------------------


def measured_service_minutes(
    conn: Connection, service_ids: Iterable[str], alpha: float, samples: int = EWMA_SAMPLES
) -> dict[str, float]:
    """Running average of recent service times, in minutes, for services that have any."""
    out: dict[str, float] = {}
    for service_id in service_ids:
        rows = conn.execute(
            select(service_log.c.seconds)
            .where(service_log.c.service_id == service_id)
            .order_by(service_log.c.finished_at.desc(), service_log.c.id.desc())
            .limit(samples)
        ).all()
        seconds = [min(max(float(r.seconds), 0.0), MAX_SERVICE_SECONDS) for r in reversed(rows)]
        average = ewma(seconds, alpha)
        if average is not None:
            out[service_id] = average / 60.0
    return out


def paused_counters(conn: Connection) -> frozenset[int]:
    rows = conn.execute(select(counters.c.counter).where(counters.c.paused.is_(True))).all()
    return frozenset(int(r.counter) for r in rows)


# -- daily statistics ----------------------------------------------------------------


@dataclass(frozen=True)
class ServiceDay:
    """One business day of one service. Times are minutes; ``None`` without data."""

    day: date
    service_id: str
    issued: int
    served: int
    no_shows: int
    cancelled: int
    wait_mean_min: float | None
    wait_p90_min: float | None
    service_mean_min: float | None
    service_p90_min: float | None


@dataclass(frozen=True)
class StatsReport:
    start: date
    end: date
    rows: list[ServiceDay]
    #: Tickets issued per hour of the day (center time), 24 entries, all services.
    per_hour: list[int] = field(default_factory=lambda: [0] * 24)

    @property
    def total_issued(self) -> int:
        return sum(r.issued for r in self.rows)


@dataclass
class _Acc:
    issued: int = 0
    no_shows: int = 0
    cancelled: int = 0
    waits: list[float] = field(default_factory=list)
    services: list[float] = field(default_factory=list)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _p90(values: list[float]) -> float | None:
    return percentile(values, 90) if values else None


def compute_stats(engine: Engine, config: KioskConfig, start: date, end: date) -> StatsReport:
    """Statistics for business days ``start`` to ``end`` (both included)."""
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    zone = ZoneInfo(config.center.timezone)
    acc: dict[tuple[date, str], _Acc] = defaultdict(_Acc)
    per_hour = [0] * 24
    try:
        with engine.connect() as conn:
            ticket_rows = conn.execute(
                select(
                    tickets.c.business_day,
                    tickets.c.service_id,
                    tickets.c.state,
                    tickets.c.issued_at,
                    tickets.c.called_at,
                ).where(tickets.c.business_day >= start, tickets.c.business_day <= end)
            ).all()
            served_rows = conn.execute(
                select(
                    service_log.c.business_day,
                    service_log.c.service_id,
                    service_log.c.seconds,
                ).where(service_log.c.business_day >= start, service_log.c.business_day <= end)
            ).all()
    except (DBAPIError, SQLAlchemyError) as exc:
        raise StatsUnavailableError(str(getattr(exc, "orig", exc))) from None
    for row in ticket_rows:
        a = acc[(row.business_day, row.service_id)]
        a.issued += 1
        if row.state == "no_show":
            a.no_shows += 1
        elif row.state == "cancelled":
            a.cancelled += 1
        issued_at = row.issued_at
        per_hour[issued_at.astimezone(zone).hour] += 1
        if row.called_at is not None:
            waited = (row.called_at - issued_at).total_seconds() / 60.0
            a.waits.append(max(waited, 0.0))
    for served in served_rows:
        seconds = min(max(float(served.seconds), 0.0), MAX_SERVICE_SECONDS)
        acc[(served.business_day, served.service_id)].services.append(seconds / 60.0)
    order = {s.id: i for i, s in enumerate(config.services)}
    rows = [
        ServiceDay(
            day=day,
            service_id=service_id,
            issued=a.issued,
            served=len(a.services),
            no_shows=a.no_shows,
            cancelled=a.cancelled,
            wait_mean_min=_mean(a.waits),
            wait_p90_min=_p90(a.waits),
            service_mean_min=_mean(a.services),
            service_p90_min=_p90(a.services),
        )
        for (day, service_id), a in acc.items()
    ]
    rows.sort(key=lambda r: (r.day, order.get(r.service_id, len(order)), r.service_id))
    return StatsReport(start, end, rows, per_hour)


# -- output ----------------------------------------------------------------------------

COLUMNS = (
    "day",
    "service",
    "issued",
    "served",
    "no_shows",
    "cancelled",
    "wait_mean_min",
    "wait_p90_min",
    "service_mean_min",
    "service_p90_min",
)


def row_cells(
    row: ServiceDay, *, service_name: Callable[[str], str] = str, missing: str = ""
) -> list[str]:
    """One row's cells as text, in ``COLUMNS`` order; ``missing`` for a figure with no data."""

    def minutes(value: float | None) -> str:
        return missing if value is None else f"{value:.1f}"

    return [
        row.day.isoformat(),
        service_name(row.service_id),
        str(row.issued),
        str(row.served),
        str(row.no_shows),
        str(row.cancelled),
        minutes(row.wait_mean_min),
        minutes(row.wait_p90_min),
        minutes(row.service_mean_min),
        minutes(row.service_p90_min),
    ]


def to_csv(report: StatsReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in report.rows:
        writer.writerow(row_cells(row))
    return out.getvalue()


def format_table(report: StatsReport) -> str:
    """A plain-text table (minutes with one decimal; "-" without data)."""
    header = [
        "day",
        "service",
        "issued",
        "served",
        "no-show",
        "cancel",
        "wait avg",
        "wait p90",
        "svc avg",
        "svc p90",
    ]
    body = [[c or "-" for c in row_cells(r)] for r in report.rows]
    widths = [
        max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(header)
    ]
    lines = [
        "  ".join(
            h.ljust(w) if i < 2 else h.rjust(w)
            for i, (h, w) in enumerate(zip(header, widths, strict=True))
        )
    ]
    for b in body:
        lines.append(
            "  ".join(
                c.ljust(w) if i < 2 else c.rjust(w)
                for i, (c, w) in enumerate(zip(b, widths, strict=True))
            )
        )
    if not body:
        lines.append(f"(no tickets from {report.start} to {report.end})")
    else:
        lines.append(f"{report.total_issued} tickets issued from {report.start} to {report.end}")
    return "\n".join(lines)


def as_dicts(report: StatsReport) -> list[dict[str, Any]]:
    return [dict(zip(COLUMNS, row_cells(r), strict=True)) for r in report.rows]
