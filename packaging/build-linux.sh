#!/bin/sh
# `make dist`: the frozen Linux app (one folder), its .tar.gz, a .deb and an AppDir, each checked, with
# the compressed size held to the budget. Everything lands in dist/; build/ holds the build environment.
set -eu
cd "$(dirname "$0")/.."
BUDGET_MB=80  # the .tar.gz, the size a trainer downloads or copies (issue 15)
ID=org.tvetdesktop.TVETDesktop
VENV=build/venv
ARCH=$(dpkg --print-architecture)
started=$(date +%s)

# A separate environment with the app installed as a user gets it (not -e, without the test tools), so
# PyInstaller finds the snapshot inside the package and nothing else.
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet '.[dist]'
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps .
VERSION=$("$VENV/bin/python" -c 'import tvet_desktop; print(tvet_desktop.__version__)')

rm -rf dist/tvet-desktop
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/tvet-desktop.spec
APP=dist/tvet-desktop

# The frozen app must work before it is packed: in a fresh data folder, without the build environment.
check() {
    data=$(mktemp -d)
    env -u PYTHONPATH -u VIRTUAL_ENV PATH=/usr/bin:/bin TVET_DESKTOP_DATA_DIR="$data" "$@"
    rm -rf "$data"
}
check "$APP/tvet-desktop" --self-test
check "$APP/tvet-desktop" info --json >/dev/null
check "$APP/tvet-desktop" search teacher --json --limit 1 >/dev/null

# Portable mode: a copy with a "portable" file beside the program keeps its data in data/ there and
# writes nothing to the home or temporary folders.
PORTABLE=build/portable-check
rm -rf "$PORTABLE" && cp -a "$APP" "$PORTABLE" && touch "$PORTABLE/portable"
host=$(mktemp -d)
mkdir "$host/home" "$host/tmp"
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$host/home" TMPDIR="$host/tmp" QT_QPA_PLATFORM=offscreen \
    sh -c "$PORTABLE/tvet-desktop notes new Plan 'Week 3' && $PORTABLE/tvet-desktop --self-test" >/dev/null
if [ ! -f "$PORTABLE/data/user.sqlite" ] || [ -n "$(find "$host" -mindepth 1 -not -type d)" ]; then
    echo "build-linux.sh: the portable copy did not keep its data beside itself" >&2
    exit 1
fi
rm -rf "$host" "$PORTABLE"

# Desktop files, the same for the .deb (under /usr) and the AppDir (under usr/).
desktop_files() {
    root=$1
    install -Dm644 "packaging/linux/$ID.desktop" "$root/share/applications/$ID.desktop"
    install -Dm644 "packaging/linux/$ID.metainfo.xml" "$root/share/metainfo/$ID.metainfo.xml"
    install -Dm644 "packaging/linux/$ID.mime.xml" "$root/share/mime/packages/$ID.xml"
    install -Dm644 tvet_desktop/icons/tvet-desktop.svg "$root/share/icons/hicolor/scalable/apps/$ID.svg"
    for png in tvet_desktop/icons/tvet-desktop-*.png; do
        size=$(basename "$png" .png | sed 's/.*-//')
        install -Dm644 "$png" "$root/share/icons/hicolor/${size}x${size}/apps/$ID.png"
    done
}

# .tar.gz: the folder as it is (add an empty file named "portable" beside the program for a USB stick).
TARBALL=dist/tvet-desktop-$VERSION-linux-$ARCH.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@"${SOURCE_DATE_EPOCH:-0}" -C dist -cf - tvet-desktop \
    | gzip -9n > "$TARBALL"

# .deb: the folder in /opt/tvet-desktop, the command in /usr/bin, the menu entry, icons and MIME type. The
# desktop, icon and MIME caches are refreshed by those packages' dpkg triggers; no maintainer scripts.
DEB_ROOT=build/deb-root
rm -rf "$DEB_ROOT"
mkdir -p "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" "$DEB_ROOT/DEBIAN"
cp -a "$APP" "$DEB_ROOT/opt/tvet-desktop"
ln -s /opt/tvet-desktop/tvet-desktop "$DEB_ROOT/usr/bin/tvet-desktop"
desktop_files "$DEB_ROOT/usr"
# The newest glibc symbol version the bundled binaries use: the oldest C library the app runs on.
GLIBC=$(find "$APP" -type f \( -name '*.so*' -o -name tvet-desktop \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1 | cut -d_ -f2)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@GLIBC@/$GLIBC/" \
    -e "s/@SIZE@/$(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)/" packaging/linux/control.in > "$DEB_ROOT/DEBIAN/control"
DEB=dist/tvet-desktop_${VERSION}_$ARCH.deb
dpkg-deb --root-owner-group -Zxz --build "$DEB_ROOT" "$DEB" >/dev/null

# AppDir for appimagetool (see packaging/README.md for the last step).
APPDIR=dist/TVETDesktop.AppDir
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib"
cp -a "$APP" "$APPDIR/usr/lib/tvet-desktop"
desktop_files "$APPDIR/usr"
cp "packaging/linux/$ID.desktop" "$APPDIR/$ID.desktop"
cp tvet_desktop/icons/tvet-desktop-256.png "$APPDIR/$ID.png"
ln -s "$ID.png" "$APPDIR/.DirIcon"
install -m755 packaging/linux/AppRun "$APPDIR/AppRun"

size_of() { du -sb "$1" | cut -f1; }
mb() { echo "$1" | awk '{printf "%.1f MB", $1 / 1e6}'; }
folder=$(size_of "$APP"); tarball=$(size_of "$TARBALL"); deb=$(size_of "$DEB")
echo "Built in $(( $(date +%s) - started )) s:"
echo "  $APP/  $(mb "$folder")"
echo "  $TARBALL  $(mb "$tarball") (budget $BUDGET_MB MB)"
echo "  $DEB  $(mb "$deb")"
echo "  $APPDIR/  (appimagetool $APPDIR)"
if [ "$tarball" -gt $((BUDGET_MB * 1000000)) ]; then
    echo "build-linux.sh: $TARBALL is $(mb "$tarball"), over the budget of $BUDGET_MB MB" >&2
    exit 1
fi
