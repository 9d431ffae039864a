"""The values of Qt's namespace that the window's first frame uses, as the numbers Qt defines them to be.

Naming any value of PySide's ``Qt`` namespace (``Qt.AlignmentFlag.AlignLeft``), or calling a method that returns
one, makes PySide build all of the namespace's ~90 enum types at once: ~15 ms, a tenth of the window's start-up.
So what is built and painted before the first frame sets these numbers where Qt takes a number (item data
roles, check states) or through a widget's Qt property (``setProperty("alignment", ...)``);
code that runs later uses ``Qt`` itself (the namespace is built while the window waits for its first key, see
``first_paint.py``). ``tests/ui/test_qt_values.py`` checks every number against Qt's own.
"""

from __future__ import annotations

# Item data roles (Qt.ItemDataRole)
DISPLAY_ROLE = 0
EDIT_ROLE = 2
TOOLTIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
CHECK_STATE_ROLE = 10
ACCESSIBLE_TEXT_ROLE = 11
ACCESSIBLE_DESCRIPTION_ROLE = 12
USER_ROLE = 256

# Check states (Qt.CheckState)
UNCHECKED = 0
CHECKED = 2

# Alignment (Qt.AlignmentFlag)
ALIGN_RIGHT = 0x2
ALIGN_VCENTER = 0x80
ALIGN_CENTER = 0x84

# Text formats (Qt.TextFormat)
PLAIN_TEXT = 0
RICH_TEXT = 1

# Orientation (Qt.Orientation)
VERTICAL = 2

# Scroll bar policy (Qt.ScrollBarPolicy)
SCROLL_BAR_ALWAYS_OFF = 1

# Text interaction (Qt.TextInteractionFlag)
LINKS_BY_MOUSE = 0x4
LINKS_BY_KEYBOARD = 0x8

# Focus policy (Qt.FocusPolicy)
NO_FOCUS = 0

# Layout direction (Qt.LayoutDirection)
LEFT_TO_RIGHT = 0
RIGHT_TO_LEFT = 1
