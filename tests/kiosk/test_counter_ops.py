"""Counter work on the shared queue, on SQLite and on PostgreSQL.

Calling order (priority share), recall, serving, absence, transfers, pausing,
flagged tickets, the views counters and displays draw, and wait estimates
from measured service times.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import Engine, text

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, default_config
from kiosk.i18n import identity_translate
from kiosk.queue.counter import (
    CounterBusyError,
    CounterError,
    CounterOps,
    CounterPausedError,
    NoCurrentTicketError,
    UnknownCounterError,
)
from kiosk.queue.store import Queue
from kiosk.queue.tickets import TicketState
from tests.support.server_clock import let_time_pass
from tests.support.side_by_side import side_by_side


def _with(config: KioskConfig, **counters: object) -> KioskConfig:
    return config.model_copy(update={"counters": config.counters.model_copy(update=counters)})


class Center:
    """A queue, counter operations and a clock on one database."""

    def __init__(self, engine: Engine, clock: FakeClock, config: KioskConfig | None = None) -> None:
        self.config = config or default_config()
        self.clock = clock
        self.engine = engine
        self.queue = Queue(engine, self.config, clock)
        self.ops = CounterOps(engine, self.config, clock)

    def take(
        self, service: str = "general", *, priority: bool = False, printed: bool = True
    ) -> str:
        issued = self.queue.issue(service, priority=priority).ticket
        if printed:
            self.queue.record_print(issued.id, ok=True)
        self.clock.advance(10)
        return issued.display_code

    def let_time_pass(self, seconds: float) -> None:
        """``seconds`` go by on every clock, the database server's included."""
        let_time_pass(self.engine, self.clock, seconds)

    def serve_all(self, counter: int) -> list[str]:
        codes = []
        while (ticket := self.ops.call_next(counter)) is not None:
            codes.append(ticket.display_code)
            self.ops.start(counter)
            self.ops.finish(counter)
        return codes


@pytest.fixture
def center(db: Engine, clock: FakeClock) -> Center:
    return Center(db, clock)


def test_calls_in_issue_order_and_none_when_empty(center: Center) -> None:
    codes = [center.take() for _ in range(3)]
    assert center.serve_all(1) == codes
    assert center.ops.call_next(1) is None


def test_calls_in_issue_order_when_the_kiosk_clock_steps_back(center: Center) -> None:
    first = center.take()
    # An NTP correction (or a second kiosk whose clock runs behind) stamps the
    # next ticket five minutes before the first; it was still issued second.
    center.clock.set_wall(center.clock.now() - timedelta(minutes=5))
    second = center.take()
    third = center.take()
    assert center.serve_all(1) == [first, second, third]


def test_a_priority_ticket_stamped_early_by_a_slow_clock_still_counts_as_a_jump(
    center: Center,
) -> None:
    normal = [center.take() for _ in range(2)]
    center.clock.set_wall(center.clock.now() - timedelta(minutes=5))
    priority = [center.take(priority=True) for _ in range(2)]
    # The first priority ticket jumps the two normal ones and spends the
    # credit, so the second waits its turn behind them.
    assert center.serve_all(1) == [priority[0], normal[0], normal[1], priority[1]]


def test_priority_goes_first_at_most_one_call_in_three(center: Center) -> None:
    normal = [center.take() for _ in range(6)]
    priority = [center.take(priority=True) for _ in range(3)]
    order = center.serve_all(1)
    assert order[0] == priority[0]
    # With others waiting, a priority ticket jumps ahead at most once in three calls.
    jumps = [i for i, code in enumerate(order) if code in priority]
    assert jumps == [0, 3, 6]
    assert [c for c in order if c in normal] == normal


def test_priority_share_zero_keeps_issue_order(db: Engine, clock: FakeClock) -> None:
    center = Center(db, clock, _with(default_config(), priority_share=0.0))
    codes = [center.take(), center.take(priority=True), center.take()]
    assert center.serve_all(1) == codes


def test_priority_share_one_always_first(db: Engine, clock: FakeClock) -> None:
    center = Center(db, clock, _with(default_config(), priority_share=1.0))
    normal = [center.take() for _ in range(2)]
    priority = [center.take(priority=True) for _ in range(2)]
    assert center.serve_all(1) == priority + normal


def test_an_earlier_priority_ticket_is_not_a_jump(center: Center) -> None:
    first = center.take(priority=True)
    second = center.take(priority=True)
    normal = center.take()
    third = center.take(priority=True)
    # The first two are simply next in line (no jump, no credit spent), so the
    # third may still jump ahead of the earlier normal ticket.
    assert center.serve_all(1) == [first, second, third, normal]


def test_recall_start_finish_and_service_time(center: Center) -> None:
    code = center.take()
    called = center.ops.call_next(1)
    assert called is not None and called.display_code == code
    assert called.state is TicketState.CALLED and called.counter == 1
    center.clock.advance(30)
    recalled = center.ops.recall(1)
    assert recalled.last_called_at is not None and recalled.called_at is not None
    assert recalled.last_called_at > recalled.called_at
    center.ops.start(1)
    center.clock.advance(240)
    done = center.ops.finish(1)
    assert done.state is TicketState.DONE
    with center.queue._engine.connect() as conn:
        row = conn.execute(text("SELECT seconds, outcome, service_id FROM service_log")).one()
    assert (row.seconds, row.outcome, row.service_id) == (240.0, "done", "general")
    snapshot = center.ops.display_snapshot(0)
    assert [c.recall for c in snapshot.new_calls] == [False, True]


def test_current_ticket_rules(center: Center) -> None:
    with pytest.raises(NoCurrentTicketError):
        center.ops.recall(1)
    center.take()
    center.take()
    center.ops.call_next(1)
    with pytest.raises(CounterBusyError):
        center.ops.call_next(1)
    with pytest.raises(CounterError):
        center.ops.finish(1)  # not started
    center.ops.start(1)
    with pytest.raises(CounterError):
        center.ops.recall(1)  # being served
    with pytest.raises(CounterError):
        center.ops.no_show(1)
    center.ops.finish(1)
    absent = center.ops.call_next(1)
    assert absent is not None
    assert center.ops.no_show(1).state is TicketState.NO_SHOW


def test_unknown_counter(center: Center) -> None:
    with pytest.raises(UnknownCounterError):
        center.ops.call_next(42)


def test_paused_counter_calls_nobody_and_leaves_the_estimate(center: Center) -> None:
    for _ in range(4):
        center.take()
    # 민원 일반: 5 minutes per person (seed), counters 1 and 2.
    assert center.queue.estimate_wait_minutes("general", 4) == 10
    center.ops.pause(2)
    with pytest.raises(CounterPausedError):
        center.ops.call_next(2)
    center.clock.advance(60)  # the estimate model refreshes after its time to live
    assert center.queue.estimate_wait_minutes("general", 4) == 20
    center.ops.resume(2)
    assert center.ops.call_next(2) is not None


def test_estimate_follows_measured_service_times(center: Center) -> None:
    # 복지 상담 (counter 4): seed 15 minutes per person.
    assert center.queue.estimate_wait_minutes("welfare", 2) == 30
    for minutes in (4, 4, 4):
        center.take("welfare")
        center.ops.call_next(4)
        center.ops.start(4)
        center.clock.advance(minutes * 60)
        center.ops.finish(4)
    center.clock.advance(60)
    assert center.queue.estimate_wait_minutes("welfare", 2) == 8
    # One slow service moves the average by the configured weight (0.2): 4 + 0.2 x 20.
    center.take("welfare")
    center.ops.call_next(4)
    center.ops.start(4)
    center.clock.advance(24 * 60)
    center.ops.finish(4)
    center.clock.advance(60)
    assert center.queue.estimate_wait_minutes("welfare", 1) == 8
    assert center.queue.estimate_wait_minutes("welfare", 10) == 80


def test_transfer_keeps_number_and_issue_time(center: Center) -> None:
    first = center.take("general")
    for _ in range(2):
        center.take("certificates")  # D-001, D-002 issued after A-001
    center.ops.call_next(1)
    center.ops.start(1)
    center.clock.advance(120)
    moved = center.ops.transfer(1, "welfare")
    assert moved.display_code == first
    assert moved.queue_service_id == "welfare" and moved.service_id == "general"
    assert moved.state is TicketState.PRINTED and moved.transferred
    assert center.queue.waiting_counts()["welfare"] == 1
    assert center.queue.waiting_counts()["general"] == 0
    # Counter 4 serves welfare: it calls the transferred ticket.
    again = center.ops.call_next(4)
    assert again is not None and again.display_code == first
    # The stretch served at counter 1 was recorded, as the general service.
    with center.queue._engine.connect() as conn:
        rows = conn.execute(text("SELECT service_id, outcome FROM service_log")).all()
    assert [tuple(r) for r in rows] == [("general", "transferred")]


def test_transfer_goes_ahead_of_later_tickets(center: Center) -> None:
    early = center.take("general")
    later = [center.take("welfare") for _ in range(2)]
    center.ops.call_next(1)
    center.ops.transfer(1, "welfare")
    assert center.serve_all(4) == [early, *later]


def test_a_ticket_is_told_the_people_its_counters_call_before_it(center: Center) -> None:
    """Counters 1 and 2 call 민원 일반 and 증명서 in one line, first come, first served."""
    before = [center.take("general") for _ in range(3)]
    issued = center.queue.issue("certificates")
    center.queue.record_print(issued.ticket.id, ok=True)
    # What the ticket says: three people ahead, 3 x 3 min (증명서) over counters 1 and 2.
    assert (issued.people_ahead, issued.wait_minutes) == (3, 5)
    ahead = center.queue.ahead_of_new(center.queue.waiting_counts())
    assert (ahead["certificates"], ahead["general"], ahead["welfare"]) == (4, 4, 0)
    assert center.serve_all(1) == [*before, issued.ticket.display_code]


def test_a_transferred_ticket_is_told_the_queue_it_waits_in(center: Center) -> None:
    waiting = [center.take("move-in") for _ in range(3)]
    moved = center.take("general")
    center.ops.call_next(1)
    center.ops.transfer(1, "move-in")
    ticket = next(t for t in center.queue.tickets_today() if t.display_code == moved)
    assert center.queue.people_ahead(ticket) == 3
    assert center.serve_all(3) == [*waiting, moved]


def test_transfer_of_an_unprinted_ticket_stays_flagged(center: Center) -> None:
    issued = center.queue.issue("general").ticket
    center.queue.record_print(issued.id, ok=False, detail="paper out")
    center.ops.call_next(1)
    moved = center.ops.transfer(1, "move-in")
    assert moved.state is TicketState.PRINT_FAILED and moved.print_failed
    with pytest.raises(CounterError):
        center.ops.call_next(3)  # counter 3 is free again: fine
        center.ops.transfer(3, "move-in")  # already there


def test_print_failed_tickets_are_callable_and_flagged(center: Center) -> None:
    issued = center.queue.issue("general").ticket
    center.queue.record_print(issued.id, ok=False, detail="paper out")
    snap = center.ops.counter_snapshot(1)
    assert [t.print_failed for t in snap.waiting] == [True]
    assert snap.next_ticket_id == issued.id
    called = center.ops.call_next(1)
    assert called is not None and called.id == issued.id


def test_a_ticket_left_unprinted_by_a_dead_kiosk_is_called_flagged(center: Center) -> None:
    stuck = center.queue.issue("general").ticket  # the kiosk died before printing
    later = center.take("general")
    center.clock.advance(10)
    first = center.ops.call_next(1)
    assert first is not None and first.display_code == later  # still printing: not yet
    center.ops.start(1)
    center.ops.finish(1)
    center.let_time_pass(center.config.counters.unprinted_after_s)
    snap = center.ops.counter_snapshot(1)
    assert [t.unprinted for t in snap.waiting] == [True]
    called = center.ops.call_next(1)
    assert called is not None and called.display_code == stuck.display_code
    events = center.queue.events(["print_failed"])
    assert [e["ticket_id"] for e in events] == [stuck.id]


def test_call_a_particular_ticket(center: Center) -> None:
    codes = [center.take() for _ in range(3)]
    snap = center.ops.counter_snapshot(1)
    third = snap.waiting[2]
    called = center.ops.call_ticket(1, third.id)
    assert called.display_code == codes[2]
    center.ops.start(1)
    center.ops.finish(1)
    with pytest.raises(CounterError):
        center.ops.call_ticket(1, third.id)  # no longer waiting
    with pytest.raises(CounterError):
        center.ops.call_ticket(3, snap.waiting[0].id)  # another service's counter


def test_counter_snapshot(center: Center) -> None:
    center.take()
    center.take("certificates", priority=False)
    center.take("welfare")
    center.queue.record_event("staff_call", "screen=home")
    snap = center.ops.counter_snapshot(1)
    assert snap.service_ids == ("general", "certificates")
    assert [t.display_code for t in snap.waiting] == ["A-001", "D-001"]
    assert snap.waiting_counts["welfare"] == 1
    assert [c.detail for c in snap.staff_calls] == ["screen=home"]
    center.let_time_pass(timedelta(minutes=center.config.counters.staff_call_minutes + 1).seconds)
    assert center.ops.counter_snapshot(1).staff_calls == []


def test_display_snapshot(center: Center) -> None:
    a = center.take()
    b = center.take()
    center.take("welfare")
    start = center.ops.display_snapshot()
    assert start.current == {} and start.new_calls == [] and start.last_call_id == 0
    center.ops.call_next(1)
    center.ops.call_next(2)
    snap = center.ops.display_snapshot(start.last_call_id)
    assert {n: c.display_code for n, c in snap.current.items()} == {1: a, 2: b}
    assert [c.display_code for c in snap.new_calls] == [a, b]
    assert snap.recent == []  # both are on the counters' tiles
    assert snap.waiting_counts["general"] == 0 and snap.waiting_counts["welfare"] == 1
    center.ops.recall(1)
    again = center.ops.display_snapshot(snap.last_call_id)
    assert [(c.display_code, c.recall) for c in again.new_calls] == [(a, True)]
    assert again.recent == []
    center.ops.no_show(1)
    center.ops.pause(1)
    after = center.ops.display_snapshot(again.last_call_id)
    assert set(after.current) == {2} and after.paused == frozenset({1})
    # Off its tile, the number is listed for a resident who missed it (once,
    # though it was called twice).
    assert [c.display_code for c in after.recent] == [a]


def test_two_counters_at_once_never_get_the_same_ticket(db: Engine, clock: FakeClock) -> None:
    center = Center(db, clock)
    for i in range(40):
        center.take("general", priority=i % 5 == 0)
    got: dict[int, list[int]] = {1: [], 2: []}
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def work(counter: int) -> None:
        ops = CounterOps(db, center.config, clock)
        try:
            for _ in range(20):
                barrier.wait(30)  # both counters press "call next" at the same moment
                ticket = ops.call_next(counter)
                assert ticket is not None
                got[counter].append(ticket.id)
                ops.start(counter)
                ops.finish(counter)
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()

    side_by_side(work, [(1,), (2,)], timeout_s=60)
    assert not errors
    everything = got[1] + got[2]
    assert len(everything) == 40 and len(set(everything)) == 40
    assert len(got[1]) == len(got[2]) == 20


def test_refusals_carry_staff_words_with_the_number_and_english_for_logs(center: Center) -> None:
    """A Korean counter read "ticket 1 is not waiting": English, and a row id for a number."""
    first = center.take()
    second = center.take()
    taken = center.ops.call_next(2)
    assert taken is not None and taken.display_code == first
    # Counter 1 double-clicks the number counter 2 has just called.
    with pytest.raises(CounterError) as late:
        center.ops.call_ticket(1, taken.id)
    assert late.value.text.context == "counter"  # translated where it is shown
    assert late.value.text.render(identity_translate) == f"{first} was just called to counter 2"
    assert str(late.value) == f"{first} was just called to counter 2"  # logs: English
    # A ticket still printing is listed ("printing") but cannot be called yet.
    printing = center.take(printed=False)
    [row] = [t for t in center.ops.counter_snapshot(1).waiting if t.display_code == printing]
    with pytest.raises(CounterError) as early:
        center.ops.call_ticket(1, row.id)
    assert str(early.value) == (
        f"{printing} is still printing; it can be called once its ticket is out"
    )
    center.ops.call_next(1)
    with pytest.raises(CounterBusyError) as busy:
        center.ops.call_next(1)  # F1 pressed twice
    assert str(busy.value) == (
        f"{second} is still called here: start serving it or mark it absent first"
    )
    center.ops.start(1)
    with pytest.raises(CounterBusyError) as serving:
        center.ops.call_next(1)
    assert str(serving.value) == f"{second} is still being served here: finish it first"
