#!/usr/bin/env bash
# Writes the LibreOffice-converted fixtures (issue 19): devset documents 01, 07 and 28 as PDF (into
# parsers/pdf) and .docx (into parsers/office), and a tab-separated name list as .xlsx, with soffice's own
# text import and export. Needs: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui
# (and fonts-wqy-microhei for the CJK glyphs). Run from the repository root; the outputs are committed.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
devset=parsers/src/test/resources/devset/docs
pdf=parsers/pdf/src/test/resources/dev/laurel/parsers/pdf/libreoffice
office=parsers/office/src/test/resources/dev/laurel/parsers/office/libreoffice
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$pdf" "$office"
for id in 01 07 28; do cp "$devset/$id.txt" "$tmp/devset-$id.txt"; done
text='Text (encoded):UTF8,LF,,,'
soffice -env:UserInstallation=file://$tmp/profile --headless --infilter="$text" --convert-to pdf --outdir "$pdf" "$tmp"/devset-*.txt
soffice -env:UserInstallation=file://$tmp/profile --headless --infilter="$text" --convert-to 'docx:MS Word 2007 XML' --outdir "$office" "$tmp"/devset-*.txt
printf '%s\n' '全国双拥模范城（县）名单' '' $'序号\t省份\t名称\t命名次数' $'1\t江苏\t南京市\t3' $'2\t江苏\t苏州市\t5' \
    $'3\t浙江\t杭州市\t6' $'4\t浙江\t宁波市\t4' $'5\t浙江\t温州市\t2' > "$tmp/roster.csv"
# CSV import: tab-separated (9), quote " (34), UTF-8 (76), from line 1
soffice -env:UserInstallation=file://$tmp/profile --headless --infilter='CSV:9,34,76,1' --convert-to xlsx --outdir "$office" "$tmp/roster.csv"
