#!/bin/bash
# Package test (label "package"): builds the .deb from the build tree with
# CPack, checks its Depends, desktop file and AppStream metainfo, unpacks it
# into a scratch root and runs the INSTALLED binary there: --version without
# any display, and a headless `uplift-capture sandbox` round trip with curl
# (reserve, S3-style POST upload, read the capture back). Also lets CPack
# generate the NSIS script and compile it with makensis.
#
#   package_test.sh <build-dir> <expected-version>
set -euo pipefail

build=$1
version=$2
work=$(mktemp -d "${UPLIFT_TEST_TMP:-${TMPDIR:-/tmp}}/package.XXXXXX")
sandbox_pid=""
cleanup() {
    if [ -n "$sandbox_pid" ]; then kill -TERM "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli makensis apt-get curl jq ffmpeg; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup-deps installs it)"
done

step "cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack-deb.log" 2>&1 \
    || { cat "$work/cpack-deb.log" >&2; fail "cpack -G DEB"; }
deb=$(ls "$work"/deb/*.deb)
[ "$(basename "$deb")" = "uplift-capture_${version}_$(dpkg --print-architecture).deb" ] \
    || fail "unexpected package name $(basename "$deb")"

step "Depends"
info=$(dpkg-deb -I "$deb")
depends=$(printf '%s\n' "$info" | sed -n 's/^ Depends: //p')
echo "Depends: $depends"
[ "$(printf '%s\n' "$info" | sed -n 's/^ Version: //p')" = "$version" ] || fail "control Version is not $version"
# The plugins Qt loads at run time, which dpkg-shlibdeps cannot see ...
for p in gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav libqt6svg6 libqt6sql6-sqlite; do
    [[ ", $depends," == *", $p,"* || ", $depends," == *", $p "* ]] || fail "Depends lacks $p"
done
# ... and what dpkg-shlibdeps computed from the executable's NEEDED entries, with versions.
for p in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6multimedia6 libqt6sql6 libqt6httpserver6 libstdc++6; do
    [[ "$depends" =~ (^|, )"$p"\ \(\>=\ [^\)]+\) ]] || fail "Depends lacks a versioned $p from dpkg-shlibdeps"
done

step "contents"
dpkg -x "$deb" "$work/root"
root=$work/root
for f in usr/bin/uplift-capture usr/share/applications/ai.uplift.Capture.desktop \
         usr/share/metainfo/ai.uplift.Capture.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/ai.uplift.Capture.svg; do
    [ -f "$root/$f" ] || fail "the package does not install /$f"
done

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/ai.uplift.Capture.desktop" || fail "desktop-file-validate"
grep -qx 'Exec=uplift-capture %F' "$root/usr/share/applications/ai.uplift.Capture.desktop" || fail "Exec line"
grep -qx 'MimeType=video/quicktime;' "$root/usr/share/applications/ai.uplift.Capture.desktop" || fail "MimeType line"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/ai.uplift.Capture.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/ai.uplift.Capture.metainfo.xml" \
    || fail "metainfo release is not $version"

step "installed --version without a display"
app=$root/usr/bin/uplift-capture
out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$app" --version) || fail "--version exited non-zero"
[ "$out" = "uplift-capture $version" ] || fail "--version printed '$out'"

step "apt-get install --simulate"
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get cannot resolve the Depends"; }
grep -Eq "^(Inst uplift-capture|Conf uplift-capture)" "$work/apt.log" || { cat "$work/apt.log" >&2; fail "apt-get would not install the package"; }

step "installed sandbox round trip"
env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$app" sandbox --data "$work/sandbox-data" --processing-ms 200 \
    >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q '^UPLIFT_ADMIN_URL=' "$work/sandbox.out" 2>/dev/null && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.err" >&2; fail "the sandbox exited"; }
    sleep 0.1
done
api=$(sed -n 's/^UPLIFT_API_URL=//p' "$work/sandbox.out")
key=$(sed -n 's/^UPLIFT_API_KEY=//p' "$work/sandbox.out")
[[ "$api" == http://127.0.0.1:*/v1 ]] || fail "sandbox API URL '$api'"
[ -n "$key" ] || fail "the sandbox printed no API key"
auth=(-H "Authorization: Bearer $key")

[ "$(curl -s -o /dev/null -w '%{http_code}' "$api/captures")" = 401 ] || fail "the sandbox accepts requests without the key"
athlete=$(curl -sf "${auth[@]}" "$api/athletes?sport=golf" | jq -r '.athletes[0].id')
[ -n "$athlete" ] && [ "$athlete" != null ] || fail "no athlete in the sandbox"

ffmpeg -v error -f lavfi -i testsrc=size=160x120:rate=30 -t 1 -c:v mpeg4 "$work/swing.mov" || fail "ffmpeg"
group=$(cat /proc/sys/kernel/random/uuid)
body=$(jq -n --arg a "$athlete" --arg g "$group" '{athlete_id:$a, session_group_id:$g, file_name:"swing.mov",
    camera_configuration:{camera_setup_selection:"single.down_the_line", camera_orientation:"landscape"},
    movement_attributes:{activity:"golf", movement:"full_swing", handedness:"right"}}')
reservation=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d "$body" "$api/captures") \
    || fail "POST /captures failed"
id=$(jq -r .session_id <<<"$reservation")
upload_url=$(jq -r .upload_url <<<"$reservation")
[[ "$upload_url" == http://127.0.0.1:* ]] || fail "upload_url '$upload_url'"
[ "$(curl -sf "${auth[@]}" "$api/captures/$id" | jq -r .status)" != processing ] || fail "processing before the upload"

# FFmpeg is in a plugin the program loads when it first reads a video: the installed
# program must find the installed plugin (not the build tree's) and upload with it.
step "the installed program reads and uploads a video with its installed plugin"
plugin=$(find "$root/usr/lib" -name 'uplift-capture-media.so' | head -n 1)
[ -n "$plugin" ] || fail "the package does not install the video reader plugin"
! ldd "$app" | grep -q libavformat || fail "the program itself links FFmpeg (it should load it with the plugin)"
ffmpeg -v error -f lavfi -i testsrc=size=160x120:rate=30 -t 1 -c:v libx264 -pix_fmt yuv420p "$work/h264.mp4" \
    || fail "ffmpeg (H.264)"
LD_DEBUG=files UPLIFT_API_KEY="$key" UPLIFT_API_URL="$api" timeout 60 "$app" upload "$work/h264.mp4" \
    --athlete "$athlete" --setup down_the_line --activity golf --movement full_swing \
    >"$work/cli-upload.out" 2>"$work/cli-upload.err" \
    || { grep -v '^ *[0-9]*:' "$work/cli-upload.err" >&2; fail "the installed program could not upload an .mp4"; }
grep -q "file=$plugin " "$work/cli-upload.err" || fail "the installed program did not load $plugin"

form=()
while IFS= read -r -d '' field; do form+=(--form-string "$field"); done \
    < <(jq -j '.upload_fields | to_entries[] | "\(.key)=\(.value)\u0000"' <<<"$reservation")
[ ${#form[@]} -gt 0 ] || fail "no upload_fields"
code=$(curl -s -o "$work/upload.out" -w '%{http_code}' "${form[@]}" -F "file=@$work/swing.mov;type=video/quicktime" "$upload_url")
[[ "$code" == 20? || "$code" == 303 ]] || { cat "$work/upload.out" >&2; fail "upload answered $code"; }

status=""
for _ in $(seq 100); do
    status=$(curl -sf "${auth[@]}" "$api/captures/$id" | jq -r .status)
    [ "$status" = completed ] && break
    sleep 0.1
done
[ "$status" = completed ] || fail "capture $id is '$status' after the upload, not completed"
kill -TERM "$sandbox_pid"
wait "$sandbox_pid" || fail "the sandbox did not stop cleanly"
sandbox_pid=""

step "cpack -G NSIS (makensis compiles the generated script)"
cpack -G NSIS --config "$build/CPackConfig.cmake" -B "$work/nsis" >"$work/cpack-nsis.log" 2>&1 \
    || { cat "$work/cpack-nsis.log" >&2; fail "cpack -G NSIS / makensis"; }
exe=$(ls "$work"/nsis/*.exe)
[ "$(basename "$exe")" = "uplift-capture-${version}-Linux.exe" ] || [ -s "$exe" ] || fail "no installer .exe"
nsi=$(find "$work/nsis/_CPack_Packages" -name project.nsi | head -1)
grep -q "Add to Uplift Capture" "$nsi" || fail "the NSIS script lacks the .mov verb"
grep -q 'SystemFileAssociations\\.mov\\shell\\UpliftCapture.Add' "$nsi" || fail "the .mov verb's registry path is mangled"
grep -q 'IDNO uplift_skip_mov_verb' "$nsi" && grep -qx ' *uplift_skip_mov_verb:' "$nsi" \
    || fail "the .mov verb is not optional (no question before it)"
grep -q 'CreateShortCut "$SMPROGRAMS\\$STARTMENU_FOLDER\\Uplift Capture.lnk"' "$nsi" || fail "no Start-menu shortcut"
grep -q 'WriteUninstaller' "$nsi" || fail "no uninstaller"

echo "package test passed"
