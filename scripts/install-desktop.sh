#!/usr/bin/env bash
# Make styrapp the program for .styrplan files on this Linux desktop, for the current user (no root):
# the menu entry (styrapp.desktop), the file type application/x-styrplan (*.styrplan) and the icons go
# into ~/.local/share (or $XDG_DATA_HOME). A double-click on a plan then opens it
# in styrapp, and in the styrapp already running if there is one.
#   bash scripts/install-desktop.sh [PROGRAM]    PROGRAM: the styrapp to start (default: dist/styrapp/styrapp
#                                                if built, else `styrapp` on PATH)
#   bash scripts/install-desktop.sh --remove     takes all of it away again
set -euo pipefail
cd "$(dirname "$0")/.."
share=${XDG_DATA_HOME:-$HOME/.local/share}
sizes="16 24 32 48 64 128 256 512"
refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$share/mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$share/applications" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$share/icons/hicolor" >/dev/null 2>&1 || true; fi
}
if [ "${1:-}" = "--remove" ]; then
  rm -f "$share/applications/styrapp.desktop" "$share/mime/packages/styrapp.xml"
  for size in $sizes; do
    rm -f "$share/icons/hicolor/${size}x${size}/apps/styrapp.png" \
          "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-styrplan.png"
  done
  refresh
  echo "install-desktop: styrapp's menu entry, file type and icons removed from $share"
  exit 0
fi
program=${1:-}
if [ -z "$program" ]; then
  if [ -x dist/styrapp/styrapp ]; then program="$PWD/dist/styrapp/styrapp"; else program=styrapp; fi
fi
case "$program" in
  */*) [ -f "$program" ] && [ -x "$program" ] || { echo "install-desktop: $program is not a program" >&2; exit 1; }
       program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program") ;;
  *) command -v "$program" >/dev/null 2>&1 || echo "install-desktop: note: $program is not on PATH yet" >&2 ;;
esac
mkdir -p "$share/applications" "$share/mime/packages"
# Exec as the desktop entry specification quotes it: the whole path in double quotes, then the file.
quoted=$program
for character in '\' '"' '`' '$'; do quoted=${quoted//"$character"/\\$character}; done
while IFS= read -r line; do
  case "$line" in Exec=*) printf 'Exec="%s" %%f\n' "$quoted" ;; *) printf '%s\n' "$line" ;; esac
done < resources/linux/styrapp.desktop > "$share/applications/styrapp.desktop"
cp resources/linux/styrapp-mime.xml "$share/mime/packages/styrapp.xml"
for size in $sizes; do
  for kind in apps mimetypes; do mkdir -p "$share/icons/hicolor/${size}x${size}/$kind"; done
  cp "resources/icons/styrapp-$size.png" "$share/icons/hicolor/${size}x${size}/apps/styrapp.png"
  cp "resources/icons/styrapp-$size.png" "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-styrplan.png"
done
refresh
if command -v xdg-mime >/dev/null 2>&1; then xdg-mime default styrapp.desktop application/x-styrplan || true; fi
echo "install-desktop: .styrplan files open in $program (menu entry, file type and icons in $share)"
