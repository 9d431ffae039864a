"""The update service's sentences keep the command line's English, whatever the window makes of them."""

from __future__ import annotations

from tvet_desktop.sync.sentences import Sentence


def test_the_command_line_s_english_is_unchanged() -> None:
    assert str(Sentence("download-failed-kept", address="http://x/catalog.xz",
                        reason=Sentence("nothing-useful", reason=Sentence("stalled", rate="12"), seconds="90"),
                        count=5, kept=4096)) == (
        "Could not fetch http://x/catalog.xz: the link stalled (12 bytes/s); nothing useful arrived for 90 s, after 5 "
        "tries. 4096 bytes are kept and the next update resumes from there.")
    assert str(Sentence("retrying", reason=Sentence("no-answer"), seconds="4", attempt=2, attempts=7)) == (
        "Nothing answers at that address; trying again in 4 s (2 of 7)")
    assert str(Sentence("channel", source="usb", channel="beta", followed="stable")) == (
        "The catalogue on this USB stick is for the 'beta' channel; this app follows 'stable'. Nothing was installed.")
