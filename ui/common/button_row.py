"""A row of buttons that continues on a new line when their labels do not fit side by side.

Navigation and accessibility buttons share a row along the bottom edge. At
200 % text three labels rarely fit on one line; stacking every button on a
line of its own (what a box layout can do) left the bottom half of the
screen to six buttons and pushed the services out of sight.

This layout tries every way of splitting its buttons into lines, in order,
and keeps the one that needs the least height. A label may wrap inside its
button but no word may break, and a wrapped label costs a little extra, so
the row prefers labels on one line when the height is about the same.
Buttons on a line share its width: equally when every label fits in an
equal share (the usual case, which looks like a plain row), otherwise in
proportion to their labels.

The row keeps QLayout's default expanding directions (both): every place
it sits in has a stretching sibling (a screen's scrolling body, the screen
stack, home's stretch), which takes the spare height.
"""

from __future__ import annotations

from itertools import combinations, pairwise

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

#: A wrapped label costs this share of a line of its text: wrap only to save real height.
WRAP_PENALTY = 0.35


def natural_width(item: QLayoutItem) -> int:
    """The width ``item`` needs to show its label on one line."""
    measure = getattr(item.widget(), "natural_width", None)
    return int(measure()) if callable(measure) else item.sizeHint().width()


def least_width(item: QLayoutItem) -> int:
    """The narrowest ``item`` may be without breaking a word (its label wraps between words)."""
    measure = getattr(item.widget(), "least_width", None)
    return int(measure()) if callable(measure) else natural_width(item)


def _line_height(item: QLayoutItem) -> int:
    widget = item.widget()
    return widget.fontMetrics().height() if widget is not None else 0


class ButtonRow(QLayout):
    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        #: The split in use per width, until something in the row changes.
        self._current: dict[int, list[list[tuple[QLayoutItem, int]]]] = {}
        #: Height per width, until something in the row changes: Qt asks the
        #: same question dozens of times while it lays out one screen.
        self._heights: dict[int, int] = {}
        #: Best split into lines, by width and the labels' widths.
        self._plans: dict[
            tuple[int, tuple[int, ...], tuple[int, ...], tuple[int, ...]],
            list[list[tuple[QLayoutItem, int]]],
        ] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout ------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        # Qt makes the item (addWidget calls addItem) and so owns it, as it
        # owns every other item: removeWidget deletes items in C++, and an
        # item made here in Python would be deleted a second time when its
        # wrapper went, corrupting the heap (a crash at some later layout).
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            m = self.contentsMargins()
            inner = QRect(0, 0, max(1, width - m.left() - m.right()), 0)
            height = self._heights[width] = self._arrange(inner, apply=False) + m.top() + m.bottom()
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(self.contentsRect(), apply=True)

    def sizeHint(self) -> QSize:
        visible = self._visible()
        m = self.contentsMargins()
        width = sum(natural_width(i) for i in visible) + self.spacing() * max(0, len(visible) - 1)
        width += m.left() + m.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        # Narrow is fine: lines break, and a label still too long wraps inside its button.
        # The height is one line's: the layouts around a row ask ``heightForWidth``
        # for its height at the width it gets. The height at the narrowest width
        # (every button on a line of its own, every label wrapped) made a screen
        # claim more height than the window has, and squeezed the time warning.
        visible = self._visible()
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in visible), default=0) + m.left() + m.right()
        height = max((i.minimumSize().height() for i in visible), default=0)
        return QSize(width, height + m.top() + m.bottom())

    # -- arrangement -------------------------------------------------------------------
    def lines(self, width: int) -> list[list[QLayoutItem]]:
        """The visible items, line by line, for a row ``width`` pixels wide."""
        return [[item for item, _w in line] for line in self._plan(width)]

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _widths(self, naturals: list[int], width: int) -> list[int]:
        room = max(1, width - self.spacing() * (len(naturals) - 1))
        equal = room // len(naturals)
        total = sum(naturals)
        if all(n <= equal for n in naturals):
            widths = [equal] * len(naturals)
        elif total <= room:
            extra = (room - total) // len(naturals)
            widths = [n + extra for n in naturals]
        else:
            widths = [max(1, room * n // max(1, total)) for n in naturals]
        # Rounding leaves a few pixels: the last button takes them, so lines end flush.
        widths[-1] += max(0, room - sum(widths))
        return widths

    def _height(self, item: QLayoutItem, width: int) -> int:
        natural = item.heightForWidth(width) if item.hasHeightForWidth() else -1
        return max(
            natural, item.sizeHint().height() if natural < 0 else 0, item.minimumSize().height()
        )

    def invalidate(self) -> None:
        self._current.clear()
        self._heights.clear()
        super().invalidate()

    def _plan(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        if width in self._current:
            return self._current[width]
        items = self._visible()
        naturals = [natural_width(i) for i in items]
        leasts = [least_width(i) for i in items]
        # Keyed by what decides the split (labels' widths), not cleared on every
        # invalidation: restyling the window invalidates each row many times.
        key = (width, tuple(id(i) for i in items), tuple(naturals), tuple(leasts))
        if key in self._plans:
            self._current[width] = self._plans[key]
            return self._plans[key]
        best: tuple[float, list[list[tuple[QLayoutItem, int]]]] | None = None
        gap = self.spacing()
        for count in range(len(items)):
            for breaks in combinations(range(1, len(items)), count):
                bounds = (0, *breaks, len(items))
                plan: list[list[tuple[QLayoutItem, int]]] = []
                cost = float(gap * (len(bounds) - 2))
                for start, stop in pairwise(bounds):
                    line = items[start:stop]
                    widths = self._widths(naturals[start:stop], width)
                    if len(line) > 1 and any(
                        w < least for w, least in zip(widths, leasts[start:stop], strict=True)
                    ):
                        break  # a word would break: not an option
                    cost += max(self._height(i, w) for i, w in zip(line, widths, strict=True))
                    cost += sum(
                        WRAP_PENALTY * _line_height(i)
                        for i, w, n in zip(line, widths, naturals[start:stop], strict=True)
                        if w < n
                    )
                    plan.append(list(zip(line, widths, strict=True)))
                else:
                    if best is None or cost < best[0]:
                        best = (cost, plan)
            if (
                count == 0
                and best is not None
                and all(w >= n for (_i, w), n in zip(best[1][0], naturals, strict=True))
            ):
                # Every label fits on one line: nothing is shorter (any other
                # split adds a line at least), so the other splits are not measured.
                break
        chosen = best[1] if best is not None else []
        if len(self._plans) > 32:
            self._plans.clear()
        self._plans[key] = self._current[width] = chosen
        return chosen

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        gap = self.spacing()
        y = rect.y()
        plan = self._plan(rect.width())
        for number, line in enumerate(plan):
            height = max(self._height(item, w) for item, w in line)
            if apply:
                x = rect.x()
                for item, w in line:
                    item.setGeometry(QRect(x, y, w, height))
                    x += w + gap
            y += height + (gap if number < len(plan) - 1 else 0)
        return y - rect.y()


class ButtonGrid(ButtonRow):
    """Buttons in ``columns`` equal columns while every label fits its column on one
    line; otherwise one button a line, as wide as the row.

    A day picker kept two columns whatever the text: at 200 % text
    "11月24日（周二）" broke into three lines in half the width. The row's own
    plan (fewest lines) would put all five days on one line, each label
    wrapped to a stack, so the grid decides by whether the labels fit.
    """

    def __init__(self, spacing: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(spacing, parent)
        self.columns = columns

    def _plan(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        items = self._visible()
        share = (width - self.spacing() * (self.columns - 1)) // self.columns
        if all(natural_width(item) <= share for item in items):
            columns, cell = self.columns, share
        else:
            columns, cell = 1, width
        return [
            [(item, cell) for item in items[start : start + columns]]
            for start in range(0, len(items), columns)
        ]
