#!/usr/bin/env bash
# `make package`: the PyInstaller one-folder bundle (dist/portdesk/), a .deb that installs it under
# /opt/portdesk with a `portdesk` launcher, menu entry, AppStream metadata and icons, then the
# bundle's smoke test. Linux only; packaging/README.md says what Windows and macOS builds take.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export QT_QPA_PLATFORM=offscreen

say() { echo "package: $*"; }
die() { echo "package: $*" >&2; exit 1; }

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  say "installing PyInstaller into .venv"
  .venv/bin/pip install -q 'pyinstaller>=6.10,<7' >/dev/null
fi
VERSION=$("$PY" -c "import portdesk; print(portdesk.__version__)")
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
say "PortDesk $VERSION ($ARCH)"

# 1. Icons in every size, drawn from the master SVG.
"$PY" packaging/make_icons.py resources/icons/portdesk.svg build/icons >/dev/null

# 2. The bundle.
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/portdesk.spec > build/pyinstaller.log 2>&1 \
  || { tail -n 40 build/pyinstaller.log >&2; die "PyInstaller failed; whole log in build/pyinstaller.log"; }
say "bundle built in $(( $(date +%s) - start )) s: dist/portdesk ($(du -sh dist/portdesk | cut -f1))"

# 3. What must not be in it, and what it needs from the system.
bad=$(find dist/portdesk -iname '*gtk-3*' -o -iname '*gdk-3*' -o -iname '*qgtk3*' \
  -o -iname '*gnome-keyring*' -o -iname '*WebEngine*' -o -path '*/gi/*' | head -5)
[ -z "$bad" ] || die "forbidden parts in the bundle: $bad"
needed=$(find dist/portdesk -type f -name '*.so*' -exec readelf -d {} + 2>/dev/null \
  | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u)
have=$(find dist/portdesk -name '*.so*' -printf '%f\n' | sort -u)
system_libs=$(comm -23 <(echo "$needed") <(echo "$have"))
depends="" missing=""
for lib in $system_libs; do
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|x86_64|64bit/ {print $NF; exit}')
  [ -n "$path" ] || path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
  if [ -z "$path" ]; then missing="$missing $lib"; continue; fi
  pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1) \
    || pkg=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) || true
  [ -n "$pkg" ] && depends="$depends $pkg"
done
[ -z "$missing" ] || say "note: not on this machine, so not in Depends:$missing"
depends=$(echo "$depends" | tr ' ' '\n' | sed '/^$/d' | sort -u | paste -sd, | sed 's/,/, /g')

# 4. The .deb.
root=build/deb/portdesk_${VERSION}_${ARCH}
rm -rf "$root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
  "$root/usr/share/doc/portdesk" "$root/DEBIAN"
cp -a dist/portdesk "$root/opt/portdesk"
cat > "$root/usr/bin/portdesk" <<'EOF'
#!/bin/sh
# PortDesk launcher: the bundle lives in /opt/portdesk.
exec /opt/portdesk/portdesk "$@"
EOF
chmod 755 "$root/usr/bin/portdesk"
cp packaging/linux/com.portdesk.PortDesk.desktop "$root/usr/share/applications/"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
  packaging/linux/com.portdesk.PortDesk.metainfo.xml \
  > "$root/usr/share/metainfo/com.portdesk.PortDesk.metainfo.xml"
mkdir -p "$root/usr/share/icons"
cp -r build/icons/hicolor "$root/usr/share/icons/"
cp resources/fonts/LICENSE-DejaVu.txt "$root/usr/share/doc/portdesk/LICENSE-DejaVu.txt"
cat > "$root/usr/share/doc/portdesk/copyright" <<EOF
PortDesk $VERSION. Proprietary.
Bundled libraries and their licences: Help > About in the app, or /opt/portdesk/_internal/*.dist-info.
Qt and PySide6 are used under the LGPL-3.0; DejaVu fonts under their own licence (LICENSE-DejaVu.txt).
EOF
cat > "$root/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
fi
EOF
cp "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
sed -i 's/if \[ "$1" = configure \]/if [ "$1" = remove ] || [ "$1" = purge ]/' "$root/DEBIAN/postrm"
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
cat > "$root/DEBIAN/control" <<EOF
Package: portdesk
Version: $VERSION
Architecture: $ARCH
Maintainer: PortDesk team <portdesk@example.invalid>
Section: misc
Priority: optional
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: ${depends}
Recommends: tesseract-ocr, tesseract-ocr-eng
Description: workbench for number porting specialists
 PortDesk keeps a phone platform's queue of number porting cases, fills and
 signs Letters of Authorization, checks entries against the customer's bill
 and syncs cases with the platform's porting API. Self-contained bundle in
 /opt/portdesk; Tesseract (recommended) reads scanned bills.
EOF
deb=dist/portdesk_${VERSION}_${ARCH}.deb
# zstd -9 packs in seconds (dpkg >= 1.21.18: Debian 12, Ubuntu 21.10); DEB_COMPRESSION="-Zxz -z6"
# makes a ~20% smaller file for older dpkg, in minutes.
# shellcheck disable=SC2086
dpkg-deb --build --root-owner-group ${DEB_COMPRESSION:--Zzstd -z9} "$root" "$deb" >/dev/null
say "$deb ($(du -h "$deb" | cut -f1)); Depends: $depends"

# 5. Desktop metadata checks (optional tools).
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$root/usr/share/metainfo/com.portdesk.PortDesk.metainfo.xml" \
    >build/appstream.log 2>&1 || { cat build/appstream.log >&2; die "AppStream metadata invalid"; }
  say "AppStream metadata valid"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/com.portdesk.PortDesk.desktop"
fi

# 6. The bundle's smoke test (tests/bundle), which must not skip here.
say "smoke test of the bundle"
PORTDESK_BUNDLE_REQUIRED=1 .venv/bin/pytest tests/bundle -m bundle -rs
say "done: dist/portdesk/ ($(du -sh dist/portdesk | cut -f1)) and $deb"
