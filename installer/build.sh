#!/usr/bin/env bash
# Builds FuYuan Desk for Linux under target/installer/:
#   installer/build.sh app-image   target/installer/fuyuan-desk/ (jlinked runtime, launchers
#                                  bin/fuyuan-desk (window) and bin/fuyuan-desk-cli (command line),
#                                  AppCDS class list + archive)
#   installer/build.sh deb         the app-image, then target/installer/fuyuan-desk_<version>_<arch>.deb
#   installer/build.sh deb --reuse-image
#                                  the .deb from the app-image an earlier run left (its class lists recorded)
# The AppCDS training run opens the window once: it uses $DISPLAY, or starts Xvfb if there is none
# (without either it records the command line's classes only and says so).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-app-image}"
case "$what" in app-image|deb) ;; *) echo "usage: installer/build.sh app-image|deb [--reuse-image]" >&2; exit 1 ;; esac
reuse=false
if [ "${2:-}" = --reuse-image ]; then
    [ "$what" = deb ] && [ -f target/installer/fuyuan-desk/lib/app/fuyuan-desk-cli.classlist ] \
        || { echo "installer/build.sh: --reuse-image needs 'deb' and an app-image built before" >&2; exit 1; }
    reuse=true
fi

OUT=target/installer
IMAGE=$OUT/fuyuan-desk
say() { printf '\n== %s\n' "$*"; }

# --- what the build needs -------------------------------------------------------------------
missing=()
for tool in jlink jpackage jdeps; do command -v "$tool" >/dev/null || missing+=("$tool (JDK 17+)"); done
if [ "$what" = deb ]; then
    command -v python3 >/dev/null || missing+=("python3 (rewrites the jars stored for the .deb)")
    for pair in fakeroot:fakeroot dpkg-deb:dpkg; do
        tool=${pair%%:*}; pkg=${pair##*:}
        if ! command -v "$tool" >/dev/null; then
            if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
                say "installing $pkg (for $tool)"
                apt-get install -y "$pkg" >/dev/null || missing+=("$tool (apt-get install $pkg)")
            else
                missing+=("$tool (sudo apt-get install $pkg)")
            fi
        fi
    done
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "installer/build.sh: missing: ${missing[*]}" >&2
    exit 1
fi

if ! $reuse; then # (the app-image, up to its .deb part: not indented, to keep the history readable)
# --- jar, jlink runtime, app-image (the Maven profile; the same on every OS) ----------------
say "mvn -Ppackage: jar, jlink runtime, jpackage app-image"
./mvnw -B -q -Ppackage verify

# --- native symbols: Debian's libjvm keeps its symbol table (4 MB) after jlink's debug strip --------
if command -v strip >/dev/null; then
    find "$IMAGE/lib/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi

# --- AppCDS: record the classes of a start, then dump the archives where the image is ----------
# Two class lists, one per launcher: the window's first frame (fuyuan-desk.classlist) and a cold
# command line (fuyuan-desk-cli.classlist: `report bulletin`, which opens the database as `check` does).
# The image as shipped carries only the lists (a few hundred KB): an archive is ~70 MB, and Java 17
# checks its class path literally, so it is dumped on the machine at the image's final place: here for
# target/installer/fuyuan-desk, and by the .deb's postinst for /opt.
APP=$(cd "$IMAGE/lib/app" && pwd)
JAVA=$IMAGE/lib/runtime/bin/java
TRAIN=$OUT/cds-training-data
# the launcher's class path exactly as it will be: its .cfg lines with $APPDIR resolved
classpath=$(sed -n "s|^app.classpath=\$APPDIR|$APP|p" "$APP/fuyuan-desk.cfg" | paste -sd:)
rm -rf "$TRAIN" "$APP"/*.jsa "$APP"/*.classlist
say "AppCDS training runs (demo --scale 10; report bulletin; the window to its first frame)"
"$IMAGE/bin/fuyuan-desk-cli" --data "$TRAIN" demo --scale 10 >/dev/null
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$APP/fuyuan-desk-cli.classlist" \
    "$IMAGE/bin/fuyuan-desk-cli" --data "$TRAIN" report bulletin --period 2025Q3 --out "$TRAIN/bulletin.pdf" >/dev/null 2>&1
xvfb_pid=""
display="${DISPLAY:-}"
if [ -z "$display" ] && command -v Xvfb >/dev/null; then
    n=80
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
    display=":$n"
    Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
fi
if [ -n "$display" ]; then
    if ! DISPLAY="$display" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$APP/fuyuan-desk.classlist" \
        "$IMAGE/bin/fuyuan-desk" --data "$TRAIN" --startup-benchmark 2>/dev/null; then
        # typically GTK 3 missing (apt-get install libgtk-3-0): the archive then covers the command line only
        echo "the window did not open for the training run: the class list covers the command line only" >&2
        cp "$APP/fuyuan-desk-cli.classlist" "$APP/fuyuan-desk.classlist"
    fi
else
    echo "no display and no Xvfb: the class list covers the command line only (the window starts slower)" >&2
    cp "$APP/fuyuan-desk-cli.classlist" "$APP/fuyuan-desk.classlist"
fi
if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
rm -rf "$TRAIN"
shipped=$(du -sm "$IMAGE" | cut -f1)
for launcher in fuyuan-desk fuyuan-desk-cli; do
    "$JAVA" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedClassListFile="$APP/$launcher.classlist" \
        -XX:SharedArchiveFile="$APP/$launcher.jsa" -cp "$classpath" >/dev/null
    echo "$launcher: classes recorded $(grep -vc '^#' "$APP/$launcher.classlist"), archive $(du -h "$APP/$launcher.jsa" | cut -f1)"
done
echo "app-image: $IMAGE (window: $IMAGE/bin/fuyuan-desk, command line: $IMAGE/bin/fuyuan-desk-cli)"
echo "size as shipped (without the archives): ${shipped} MB; here with both archives: $(du -sm "$IMAGE" | cut -f1) MB"
[ "$what" = app-image ] && exit 0
fi # the app-image

# --- .deb from an uncompressed variant of the app-image ----------------------------------------
# The archive made above names target/installer paths and would not be used under /opt: it is left
# out, and the postinst script dumps one from the class list at the installed place.
# The .deb's data.tar.xz gains little over jars that are already deflated and a jimage that jlink
# zip-compressed (86 MB). The same files stored uncompressed give xz the whole redundancy: the .deb is
# staged from a copy whose jimage is jlinked with --compress=0 (same modules and options otherwise)
# and whose jars are rewritten with every entry stored (same entries, same order). Installed, it takes
# more disk (~230 MB) than the app-image; the app-image itself stays compressed.
say "staging the .deb: jimage --compress=0, jars stored"
STAGE=$OUT/deb-stage/fuyuan-desk
rm -rf "$OUT/deb-stage" "$OUT"/*.deb
mkdir -p "$OUT/deb-stage"
cp -a "$IMAGE" "$STAGE"
rm -f "$STAGE"/lib/app/*.jsa
modules=$(sed -n 's|.*<installer.modules>\(.*\)</installer.modules>.*|\1|p' pom.xml)
jlink --add-modules "$modules" --include-locales=zh,en --strip-debug --no-header-files --no-man-pages \
    --compress=0 --output "$OUT/deb-stage/runtime-stored"
cp "$OUT/deb-stage/runtime-stored/lib/modules" "$STAGE/lib/runtime/lib/modules"
rm -rf "$OUT/deb-stage/runtime-stored"
python3 - "$STAGE"/lib/app/*.jar "$STAGE"/lib/app/lib/*.jar <<'PY'
import os, sys, zipfile
for jar in sys.argv[1:]:
    stored = jar + '.stored'
    with zipfile.ZipFile(jar) as src, zipfile.ZipFile(stored, 'w', zipfile.ZIP_STORED) as dst:
        for entry in src.infolist():
            data = src.read(entry)
            entry.compress_type = zipfile.ZIP_STORED
            dst.writestr(entry, data)
    os.replace(stored, jar)
PY
echo "staged: $(du -sm "$STAGE" | cut -f1) MB unpacked"
version=$(sed -n 's|.*<installer.version>\(.*\)</installer.version>.*|\1|p' pom.xml)
jpackage --type deb --dest "$OUT" --app-image "$STAGE" --name fuyuan-desk --app-version "$version" \
    --vendor FuYuan --description "FuYuan Desk (府院联动工作台): court–government coordination office workbench" \
    --copyright Apache-2.0 --license-file LICENSE --about-url https://example.invalid/fuyuan-desk \
    --resource-dir installer/linux --icon assets/icon/fuyuan-desk-256.png \
    --linux-package-name fuyuan-desk --linux-deb-maintainer "fuyuan-desk@example.invalid" \
    --linux-menu-group Office --linux-app-category misc --linux-shortcut \
    --linux-package-deps "libgtk-3-0"
rm -rf "$OUT/deb-stage"
ls -la "$OUT"/*.deb
echo ".deb: $(du -m "$OUT"/*.deb | cut -f1) MB ($(dpkg-deb --ctrl-tarfile "$OUT"/*.deb >/dev/null && ar t "$OUT"/*.deb | grep data.tar))"
