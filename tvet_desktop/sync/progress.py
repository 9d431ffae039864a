"""Download progress as people read it: bytes, speed and time left, smoothed over the last seconds."""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

WINDOW_S = 5.0


class ProgressMeter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.samples: deque[tuple[float, int]] = deque()
        self.done = self.total = 0

    def update(self, done: int, total: int) -> None:
        now = self.clock()
        if done < self.done:
            self.samples.clear()  # a new file, or a restart from the beginning
        self.done, self.total = done, total
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > WINDOW_S:
            self.samples.popleft()

    @property
    def speed(self) -> float | None:
        """Bytes per second over the last few seconds, or None before there is enough to say."""
        if len(self.samples) < 2:
            return None
        (start, first), (end, last) = self.samples[0], self.samples[-1]
        return (last - first) / (end - start) if end > start else None

    def describe(self) -> str:
        parts = [f"{size_text(self.done)} of {size_text(self.total)}"]
        speed = self.speed
        if speed:
            parts.append(f"{size_text(int(speed))}/s")
            parts.append(duration_text((self.total - self.done) / speed) + " left")
        return " · ".join(parts)


def size_text(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def duration_text(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
