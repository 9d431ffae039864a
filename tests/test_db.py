"""Read-only connections shared between threads: closing them while another thread is inside a statement."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

SCRIPT = """
import sqlite3, sys, threading
from tvet_desktop.db import ThreadConnections
connections = ThreadConnections(sys.argv[1], lambda: RuntimeError("closed"))
started, outcome = threading.Event(), []

def long_statement():
    conn = connections.conn
    conn.create_function("running", 1, lambda i: started.set() or 1)  # tells the main thread, from inside
    try:
        conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 3000000) "
                     "SELECT count(*) FROM n WHERE running(i)").fetchall()
        outcome.append("finished")
    except sqlite3.Error as error:
        outcome.append(str(error))

for _ in range(10):
    connections = ThreadConnections(sys.argv[1], lambda: RuntimeError("closed"))
    started.clear()
    thread = threading.Thread(target=long_statement)
    thread.start()
    started.wait()
    connections.close()
    thread.join()
print(sorted(set(outcome)))
"""


def test_closing_while_another_thread_runs_a_statement_interrupts_it(tmp_path: Path) -> None:
    """The window closes its catalogue or documents only once its searches are done; a caller that does not
    wait gets the statement interrupted at once: before, close() either waited for the statement or, closing
    the connection under it, crashed the process (a segfault seen in a full test run)."""
    database = tmp_path / "one.sqlite"
    sqlite3_file = __import__("sqlite3").connect(database)
    sqlite3_file.execute("CREATE TABLE t (x)")
    sqlite3_file.close()
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(database)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['interrupted']"
