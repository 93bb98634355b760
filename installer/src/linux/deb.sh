#!/usr/bin/env bash
# Makes the .deb from the app-image: jpackage builds the package (the control file, with the
# system libraries the runtime links against as its dependencies); then the files a desktop
# and a shell look for are added where they look, so that dpkg owns them and removes them:
#   /usr/bin/f3console                            the command on the PATH
#   /usr/share/applications/f3console.desktop     the menu entry
#   /usr/share/icons/hicolor/*/apps/f3console.*   the icon, in every size and as SVG
# (Debian's icon and desktop caches are refreshed by their own triggers on those folders.)
#   deb.sh --jdk DIR --image DIR --icons DIR --version V --stamp TIME --out DIR
set -euo pipefail
jdk="" image="" icons="" version="" out="" stamp=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jdk) jdk="$2"; shift 2 ;;
    --image) image="$2"; shift 2 ;;
    --icons) icons="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --stamp) stamp="$2"; shift 2 ;;
    *) echo "deb.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { echo "package: $*" >&2; }
command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
  || { say "a .deb needs dpkg-deb and fakeroot (Debian and Ubuntu: apt-get install fakeroot)"; exit 1; }

work="$out/deb-work"
rm -rf "$work"
say "jpackage: the .deb"
"$jdk/bin/jpackage" --type deb --app-image "$image" --dest "$work/jpackage" --temp "$work/temp" \
  --name f3console --app-version "${version%%-*}" --vendor "F3 Console" \
  --description "Operator console and headless tools for Filecoin F3 bootstrap" \
  --linux-package-name f3console --linux-app-category devel \
  --linux-deb-maintainer noreply@f3console.invalid
# jpackage's working tree of the package: temp/images (JDK 17) or temp/image (JDK 25).
control="$(find "$work/temp" -maxdepth 3 -path '*/DEBIAN/control' | head -n 1)"
[ -n "$control" ] || { say "jpackage left no package tree in $work/temp"; exit 1; }
tree="$(dirname "$(dirname "$control")")"

install -d "$tree/usr/bin" "$tree/usr/share/applications"
ln -s ../../opt/f3console/bin/f3console "$tree/usr/bin/f3console"
install -m 644 "$here/f3console.desktop" "$tree/usr/share/applications/f3console.desktop"
for png in "$icons"/f3console-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 644 "$png" "$tree/usr/share/icons/hicolor/${size}x${size}/apps/f3console.png"
done
install -D -m 644 "$icons/f3console.svg" "$tree/usr/share/icons/hicolor/scalable/apps/f3console.svg"
# jpackage's copy of the image has new modification times; the start-up cache wants the ones it
# was trained with (see package.sh).
find "$tree" -path "$tree/DEBIAN" -prune -o -exec touch -h -d "$stamp" {} +
size_kb="$(du -sk --exclude=DEBIAN "$tree" | cut -f1)"
sed -i "s/^Installed-Size: .*/Installed-Size: $size_kb/" "$tree/DEBIAN/control"

deb="$out/$(basename "$(ls "$work/jpackage"/*.deb)")"
say "dpkg-deb: $(basename "$deb") with the desktop entry, the icons and the command"
fakeroot dpkg-deb -Zxz --threads-max=2 --build "$tree" "$deb" >/dev/null
dpkg-deb --info "$deb" | sed -n "s/^ *\(Package\|Version\|Installed-Size\):/package:   &/p" >&2
