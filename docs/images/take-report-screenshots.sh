#!/usr/bin/env bash
# Takes the README's screenshots of seed 003's HTML report with headless Chromium (the Debian package
# chromium). Build first: mvn -B -q -DskipTests package. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./budget validate examples/seed-003.txt --format html -o "$work/report.html" || true  # exit 1: it has ERRORs
shot() { # shot PAGE OUT HEIGHT
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$work/profile" --virtual-time-budget=4000 --window-size=1280,"$3" \
    --screenshot="$2" "$1" 2>/dev/null
}
shot "file://$work/report.html" docs/images/report-seed-003-summary.png 1000
# the narrative's 绩效管理 paragraphs: the report scrolled to source line 469 inside a frame (the
# screenshot is of the window, which a fragment alone does not scroll)
cat > "$work/frame.html" <<'HTML'
<!DOCTYPE html><html><body style="margin:0"><iframe src="report.html#i468" style="border:0;width:1280px;height:1100px"></iframe></body></html>
HTML
shot "file://$work/frame.html" docs/images/report-seed-003.png 1100
ls -l docs/images/report-seed-003*.png
