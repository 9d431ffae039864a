"""A download's progress in the window's language: "3,2 Mo sur 12 Mo · 450 Ko/s · 20 secondes restantes"
(``ProgressMeter.describe`` is the command line's English)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from . import local_format

if TYPE_CHECKING:
    from ..sync.progress import ProgressMeter


class ProgressWords(QObject):
    """A QObject for ``self.tr``: the time left has plural forms."""

    def describe(self, meter: ProgressMeter) -> str:
        done, total = local_format.size(meter.done), local_format.size(meter.total)
        speed = meter.speed
        if not speed:
            return self.tr("{done} of {total}").format(done=done, total=total)
        left = max(int((meter.total - meter.done) / speed + 0.5), 1)
        minutes = (left + 59) // 60
        remaining = (self.tr("%Ln second(s) left", "", left) if left < 60 else
                     self.tr("%Ln minute(s) left", "", minutes))
        return self.tr("{done} of {total} · {speed}/s · {remaining}").format(
            done=done, total=total, speed=local_format.size(int(speed)), remaining=remaining)
