#!/usr/bin/env bash
# Peak memory of the `outline` CLI on the hostile shapes of issue 13 (item 8), in every
# output format, against the target: peak resident memory at most 10 × the decoded input
# + 50 MB.
#
# Inputs (generated, never committed):
#   lines.txt     1 000 000 lines of `a` (2 MB)
#   sections.txt  10 MB of `一、甲` lines (a million sibling sections)
#   stars.md      8 MB of Markdown `*a` lines
#   paras.html    6 MB of `<p>`
#   bomb.docx     a .docx whose document.xml inflates to DOCX_MB megabytes (default 500) of
#                 one-letter paragraphs; its decoded input is the inflated size
#
# Usage: scripts/memory.sh [DOCX_MB] [FORMAT…]   (defaults 500 and every format; DOCX_MB 0
# leaves the Word file out). Prints one row per run (input, format, peak RSS, the limit,
# seconds, exit code) and exits 1 when any run is over its limit or fails.
# MEMORY_DIR=DIR keeps the generated inputs between runs; OUTLINE=PATH measures another build.
# MEMORY_SCALE=N makes the text inputs N times smaller (the rule stays 10 × + 50 MB): CI runs
# `MEMORY_SCALE=5 scripts/memory.sh 20`, every format in about a minute on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
docx_mb=${1:-500}
shift || true
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(json jsonl yaml opml markdown mermaid freemind xmind svg html text)
scale=${MEMORY_SCALE:-1}
work=${MEMORY_DIR:-$(mktemp -d)}
# Inputs of another scale are files of their own.
[ "$scale" = 1 ] || work=$work/scale-$scale
mkdir -p "$work"
bin=${OUTLINE:-$PWD/target/release/outline}
[ -n "${OUTLINE:-}" ] || cargo build --release --quiet

# Each generator writes its file once and prints `NAME DECODED_BYTES`.
python3 - "$work" "$docx_mb" "$scale" >"$work/manifest" <<'EOF'
import os, sys, zipfile
work, docx_mb, scale = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def text(name, body, times):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        with open(path, 'wb') as f:
            chunk = body.encode() * 10_000
            for _ in range(times // scale // 10_000):
                f.write(chunk)
    print(name, os.path.getsize(path))

text('lines.txt', 'a\n', 1_000_000)
text('sections.txt', '一、甲\n', 1_000_000)
text('stars.md', '*a\n', 2_800_000)
text('paras.html', '<p>', 2_000_000)
if docx_mb:
    name = f'bomb-{docx_mb}.docx'
    path = os.path.join(work, name)
    if not os.path.exists(path):
        ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
        para = '<w:p><w:r><w:t>a</w:t></w:r></w:p>'
        head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>'
        tail = '</w:body></w:document>'
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml',
                       '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       '<Default Extension="xml" ContentType="application/xml"/>'
                       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            with z.open('word/document.xml', 'w', force_zip64=True) as f:
                f.write(head.encode())
                block = (para * 10_000).encode()
                for _ in range(docx_mb * 1_000_000 // len(block)):
                    f.write(block)
                f.write(tail.encode())
    with zipfile.ZipFile(path) as z:
        print(name, sum(i.file_size for i in z.infolist()))
EOF

printf '%-16s %-9s %10s %10s %8s %5s  %s\n' input format 'peak MB' 'limit MB' seconds exit verdict
over=0
while read -r name decoded; do
  limit=$((decoded * 10 / 1000000 + 50))
  for f in "${formats[@]}"; do
    stats=$work/time.txt
    set +e
    /usr/bin/time -v -o "$stats" "$bin" parse "$work/$name" -q -f "$f" -o /dev/null 2>"$work/stderr.txt"
    code=$?
    set -e
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$stats")
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s}' "$stats")
    verdict=ok
    if [ "$code" -ne 0 ]; then
      verdict="FAILED: $(head -c 120 "$work/stderr.txt" | head -n 1)"
      over=1
    elif [ "$rss" -gt "$limit" ]; then
      verdict=OVER
      over=1
    fi
    printf '%-16s %-9s %10s %10s %8s %5s  %s\n' "$name" "$f" "$rss" "$limit" "$secs" "$code" "$verdict"
  done
done <"$work/manifest"
exit "$over"
