#!/usr/bin/env bash
# Hand-run check of the Linux installers (too slow for .ci/run: see installer/README.md).
#   installer/check.sh [--no-build]
# Builds the app-image and the .deb (installer/build.sh deb), then:
#   1. starts the image's window under Xvfb on a demo database, waits for it, screenshots it;
#   2. runs `check` and `report agencies` through the image's command-line launcher;
#   3. installs the .deb (dpkg -i, needs root), checks the menu entry, the launchers and the AppCDS
#      archive its postinst made, runs the installed `check`, removes it (dpkg -r) and checks that
#      the menu entry and /opt/fuyuan-desk are gone and the data folder is untouched.
# Needs: Xvfb, xdotool, ImageMagick (import), and for step 3 root and dpkg.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=target/installer/check
IMAGE=target/installer/fuyuan-desk
failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
skip() { printf 'SKIP  %s\n' "$*"; }

missing=()
for t in Xvfb xdotool import; do command -v "$t" >/dev/null || missing+=("$t"); done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installer/check.sh: missing ${missing[*]} (apt-get install xvfb xdotool imagemagick)" >&2
    exit 2
fi

if [ "${1:-}" != "--no-build" ]; then
    installer/build.sh deb || { echo "build failed" >&2; exit 1; }
fi
rm -rf "$OUT" && mkdir -p "$OUT"
DATA=$(cd "$OUT" && pwd)/data

# --- a display of our own ---------------------------------------------------------------------
n=80
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
export DISPLAY=":$n"
Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null; fi
    kill "$xvfb" 2>/dev/null
}
trap cleanup EXIT
sleep 1

# --- the image: command line ------------------------------------------------------------------
if "$IMAGE/bin/fuyuan-desk-cli" --data "$DATA" demo --scale 1 >"$OUT/demo.txt" 2>&1; then
    pass "image CLI: demo --scale 1 ($(tail -1 "$OUT/demo.txt"))"
else
    fail "image CLI: demo"; cat "$OUT/demo.txt"
fi
if "$IMAGE/bin/fuyuan-desk-cli" --data "$DATA" check >"$OUT/check.txt" 2>&1 && grep -q "integrity_check: ok" "$OUT/check.txt"; then
    pass "image CLI: check ($(tr '\n' ' ' <"$OUT/check.txt"))"
else
    fail "image CLI: check"; cat "$OUT/check.txt"
fi
if "$IMAGE/bin/fuyuan-desk-cli" --data "$DATA" report agencies --out "$OUT/agencies.pdf" >"$OUT/report.txt" 2>&1 \
        && head -c 5 "$OUT/agencies.pdf" | grep -q '%PDF-'; then
    pass "image CLI: report agencies ($(tail -1 "$OUT/report.txt"))"
else
    fail "image CLI: report agencies"; cat "$OUT/report.txt"
fi
if "$IMAGE/bin/fuyuan-desk" --data "$DATA" check >/dev/null 2>&1; then
    pass "image window launcher also runs commands (fuyuan-desk check)"
else
    fail "fuyuan-desk check through the window launcher"
fi

# --- the image: the window ----------------------------------------------------------------------
"$IMAGE/bin/fuyuan-desk" --data "$DATA" >"$OUT/window.log" 2>&1 &
app=$!
title=""
for _ in $(seq 1 60); do
    # the first frame says 正在打开…; the title names the database once the shell is built
    title=$(xdotool search --onlyvisible --name "fuyuan.db" getwindowname %@ 2>/dev/null | head -1)
    [ -n "$title" ] && break
    sleep 1
done
if [ -n "$title" ]; then
    sleep 2
    import -window root "$OUT/window.png"
    pass "image window: shown with the database open, title '$title' (screenshot $OUT/window.png)"
else
    import -window root "$OUT/window.png"
    fail "image window: no window naming the database within 60 s (screenshot $OUT/window.png)"; cat "$OUT/window.log"
fi
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; app=""

# --- the .deb -----------------------------------------------------------------------------------
deb=$(ls target/installer/*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then
    fail ".deb: none built"
elif [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null; then
    skip ".deb install/remove (needs root and dpkg): $deb"
else
    menu=/usr/share/applications/fuyuan-desk-fuyuan-desk.desktop
    before=$(sha256sum "$DATA/fuyuan.db" | cut -d' ' -f1)
    if dpkg -i "$deb" >"$OUT/dpkg-i.txt" 2>&1; then
        pass ".deb: dpkg -i $(basename "$deb")"
        [ -f "$menu" ] && grep -q '^Exec=/opt/fuyuan-desk/bin/fuyuan-desk' "$menu" \
            && pass ".deb: menu entry $menu ($(grep '^Name\[zh_CN\]' "$menu"))" || fail ".deb: menu entry $menu"
        [ -x /opt/fuyuan-desk/bin/fuyuan-desk ] && [ -x /opt/fuyuan-desk/bin/fuyuan-desk-cli ] \
            && pass ".deb: launchers in /opt/fuyuan-desk/bin" || fail ".deb: launchers"
        [ -s /opt/fuyuan-desk/lib/app/fuyuan-desk.jsa ] \
            && pass ".deb: postinst made the AppCDS archive ($(du -h /opt/fuyuan-desk/lib/app/fuyuan-desk.jsa | cut -f1))" \
            || fail ".deb: no AppCDS archive"
        if /opt/fuyuan-desk/bin/fuyuan-desk-cli --data "$DATA" check >"$OUT/installed-check.txt" 2>&1; then
            pass ".deb: installed fuyuan-desk-cli check"
        else
            fail ".deb: installed check"; cat "$OUT/installed-check.txt"
        fi
        if shared=$(JAVA_TOOL_OPTIONS=-Xlog:class+load /opt/fuyuan-desk/bin/fuyuan-desk --data "$DATA" --startup-benchmark 2>/dev/null \
                | tee "$OUT/installed-start.txt" | grep -c 'shared objects file') && [ "$shared" -gt 1000 ]; then
            pass ".deb: installed window starts ($(grep -E '^(first-frame|ready)-ms' "$OUT/installed-start.txt" | tr '\n' ' ')), $shared classes from the archive"
        else
            fail ".deb: installed window start / archive not used"
        fi
    else
        fail ".deb: dpkg -i"; cat "$OUT/dpkg-i.txt"
    fi
    if dpkg -r fuyuan-desk >"$OUT/dpkg-r.txt" 2>&1; then
        pass ".deb: dpkg -r fuyuan-desk"
    else
        fail ".deb: dpkg -r"; cat "$OUT/dpkg-r.txt"
    fi
    [ ! -e "$menu" ] && [ ! -e /opt/fuyuan-desk ] && pass ".deb: menu entry and /opt/fuyuan-desk gone" \
        || fail ".deb: left behind: $(ls -d "$menu" /opt/fuyuan-desk 2>/dev/null)"
    after=$(sha256sum "$DATA/fuyuan.db" | cut -d' ' -f1)
    [ "$before" = "$after" ] && pass "data folder untouched by install and removal" || fail "data folder changed"
fi

echo
if [ "$failures" -eq 0 ]; then echo "installer/check.sh: all passed"; else echo "installer/check.sh: $failures failed"; fi
exit $((failures > 0))
