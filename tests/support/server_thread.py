"""What the test servers running on a thread of their own share: ``with`` closes them."""

from __future__ import annotations

from types import TracebackType
from typing import Self


class ServerThread:
    """A test server on a background thread; ``close()`` stops it and joins the thread."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
