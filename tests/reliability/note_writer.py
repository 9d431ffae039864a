"""A process that saves notes as fast as it can and acknowledges each save that returned.

Run by the kill -9 campaign: ``python note_writer.py DATA_DIR FIRST_SEQUENCE``. Each line on stdout
``ack KIND KEY SEQUENCE`` is printed only after the save call returned (the promise users get); a save
refused (the disk is full) prints ``refused KIND KEY SEQUENCE`` and the writer goes on.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tvet_desktop.library.store import SaveFailed, open_notes

ITEMS = 20


def text_for(sequence: int) -> str:
    return f"save {sequence}: " + "مرحبا 🙂 note text " * (1 + sequence % 40)


def main() -> None:
    store = open_notes(Path(sys.argv[1]))
    sequence = int(sys.argv[2])
    print("ready", flush=True)
    while True:
        item_id = f"item-{sequence % ITEMS}"
        try:
            store.save_item_note(item_id, text_for(sequence), item_id, None)
            print(f"ack item {item_id} {sequence}", flush=True)
        except SaveFailed:  # a full disk: refused, so never acknowledged (the window would keep the text)
            print(f"refused item {item_id} {sequence}", flush=True)
        sequence += 1
        try:
            note = store.create_note(f"plan {sequence}", text_for(sequence), note_id=f"plan-{sequence}")
            print(f"ack plan {note.id} {sequence}", flush=True)
        except SaveFailed:
            print(f"refused plan plan-{sequence} {sequence}", flush=True)
        sequence += 1


if __name__ == "__main__":
    main()
