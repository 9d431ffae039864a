#!/bin/sh
# Debian packages the project needs, by group (default: run):
#   run    libraries PySide6 (Qt 6) needs to open a window, off-screen or on X11/Wayland, plus a font:
#          DejaVu Sans (fonts-dejavu-core) also draws the Arabic script, for the Arabic window
#   test   the desktop-metadata checkers the packaging tests use; poppler-utils (pdftotext) to read handouts back;
#          faketime, with which the sync tests run
#          the real command under shifted clocks (a lab PC at 2010); xvfb, dbus, at-spi2-core and
#          python3-pyatspi to read the window through the Linux accessibility bus (tests/ui/test_atspi.py)
#   dist   what `make dist` needs besides Python (PyInstaller strips binaries with binutils' strip)
#   icons  what `make icons` needs (rsvg-convert)
# Installs what is missing when run as root; otherwise prints the exact command to run.
set -eu
run="libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
test="desktop-file-utils appstream shared-mime-info libglib2.0-bin faketime poppler-utils xvfb dbus at-spi2-core
python3-pyatspi"
dist="binutils"
icons="librsvg2-bin"
PACKAGES=""
for group in "${@:-run}"; do
    case "$group" in
        run) PACKAGES="$PACKAGES $run" ;;
        test) PACKAGES="$PACKAGES $test" ;;
        dist) PACKAGES="$PACKAGES $dist" ;;
        icons) PACKAGES="$PACKAGES $icons" ;;
        *) echo "system-deps.sh: unknown group $group (run, test, dist or icons)" >&2; exit 2 ;;
    esac
done
missing=""
for package in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "TVET Desktop needs these system packages:$missing (install them with your package manager)" >&2
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "TVET Desktop needs system packages. Run:  sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "Installing system packages:$missing"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
