#!/bin/sh
# macOS: the .app from packaging/tvet-desktop.spec, then a compressed .dmg with a link to /Applications.
# Untried here (needs a Mac): run by .github/workflows/release.yml on a macOS runner, from the repository
# root, in an environment with `pip install '.[dist]' pillow`. Unsigned: Gatekeeper asks the user to
# confirm the first start (right-click → Open) until a Developer ID signature and notarisation are added.
set -eu
VERSION=$(python -c 'import tvet_desktop; print(tvet_desktop.__version__)')
pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/tvet-desktop.spec
APP="dist/TVET Desktop.app"
"$APP/Contents/MacOS/tvet-desktop" --self-test
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "TVET Desktop" -srcfolder "$STAGE" -ov -format UDZO "dist/tvet-desktop-$VERSION-macos.dmg"
