#!/usr/bin/env bash
# End-to-end speed and memory of the `outline` CLI on generated corpora (scripts/gen-corpus.py):
#   - a directory of MB megabytes of articles (paragraphs as long as in the dev corpus), as a
#     batch to JSON Lines on one core (pinned with taskset) and on two;
#   - the same articles as one file to JSON, and a tenth of it (time per MB: linearity);
#   - the dense variant (short paragraphs, 2.4 times the lines per MB) on one core;
#   - three shapes that would show a quadratic path: a 5 MB paragraph, 100 000 inline points
#     in one section, 100 000 sections;
#   - side by side on the same content: `wc -m` (coreutils' character count) on the one
#     file, and `pandoc -f markdown -t opml` on 10 MB written as Markdown.
# Every figure is the median of RUNS runs (the best in brackets); wall time from bash's
# $EPOCHREALTIME (no process of its own to time), peak memory from `/usr/bin/time -v`.
# pandoc is run PANDOC_RUNS times (default 3; a run takes seconds). Every input is read
# just before it is timed, so that the page cache holds it.
# Usage: scripts/bench.sh [MB] [RUNS]   (defaults 100 and 5). Needs python3, GNU time,
# taskset; pandoc if present. BENCH_DIR=DIR keeps the generated corpora between runs.
set -euo pipefail
export LC_NUMERIC=C # a decimal point in $EPOCHREALTIME
cd "$(dirname "$0")/.."
mb=${1:-100}
runs=${2:-5}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
bin=$PWD/target/release/outline
cargo build --release --quiet

# Corpora are named by generator version, so that an older one is never reused.
gen() { [ -e "$work/$1" ] || python3 scripts/gen-corpus.py "$work/$1" "${@:2}" 2>/dev/null; }
gen v2-dir "$mb"
gen v2-dense "$mb" --dense
gen v2-big.txt "$mb" --one-file
gen v2-small.txt "$((mb / 10))" --one-file
gen v2-pandoc.md 10 --one-file --markdown
gen v2-pandoc.txt 10 --one-file
python3 - "$work" <<'EOF'
import os, sys
w = sys.argv[1]
def write(name, text):
    p = os.path.join(w, name)
    if not os.path.exists(p):
        open(p, 'w', encoding='utf-8').write(text)
s = '坚持党的领导，推动高质量发展，深化改革开放。'
write('v2-paragraph.txt', '一段话\n\n' + s * (5_000_000 // len(s.encode())) + '\n')
def cn(n):
    d = '零一二三四五六七八九'
    return d[n] if n < 10 else '十' + (d[n % 10] if n % 10 else '') if n < 20 else d[n // 10] + '十' + (d[n % 10] if n % 10 else '')
# 100 000 points: the series 第一 … 第二十, five thousand times over, in one section.
points = '一、总体要求\n\n' + ''.join(f'第{cn(k)}，加强学习。' for _ in range(5000) for k in range(1, 21)) + '\n'
write('v2-points.txt', points)
write('v2-sections.txt', ''.join(f'{k}. 标题\n\n正文。\n\n' for k in range(1, 100_001)))
EOF
# Inputs are read once just before they are timed: the page cache holds them (this VM's
# memory reclaim drops files left unread for a minute).
warm() { find "$@" -type f -print0 | xargs -0 cat >/dev/null; }

size_mb() { du -sb "$1" | awk '{printf "%.1f", $1 / 1e6}'; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / max(float(sys.argv[2]), 1e-9):.2f}')" "$1" "$2"; }

# The script pins itself, and so every command it starts, to one core or lets it use all:
# no `taskset` process inside a timed span.
cores=$(nproc) # asked before pinning: nproc counts the cores a process may use
one_core() { taskset -cp 0 $$ >/dev/null; }
all_cores() { taskset -cp "0-$((cores - 1))" $$ >/dev/null; }

# Runs a command RUNS times; sets $med and $best (seconds), then once more under GNU time
# (kept out of the timed runs) for $peak (MB). With fresh=FILE, the command's output file
# is removed before each run, so that every run writes a new file, as the first did (and
# none pays for destroying the last run's output: 9 ms of a 60 ms run for 11 MB here).
measure() {
  local times=() t0 t1 kb
  for _ in $(seq "$runs"); do
    [ -z "${fresh:-}" ] || rm -f "$fresh"
    t0=$EPOCHREALTIME
    "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    t1=$EPOCHREALTIME
    times+=("$(python3 -c "print($t1 - $t0)")")
  done
  read -r med best < <(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.3f %.3f\n", a[int((NR+1)/2)], a[1]}')
  [ -z "${fresh:-}" ] || rm -f "$fresh"
  /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" "$work/time"; exit 1; }
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  peak=$((kb / 1024))
}
report() { # label, MB, then uses $med $best $peak (0: not measured)
  printf '%-46s %7.3f s [%.3f]  %6.1f MB/s [%.1f]' "$1" "$med" "$best" \
    "$(ratio "$2" "$med")" "$(ratio "$2" "$best")"
  if [ "$peak" -gt 0 ]; then printf '  peak %d MB' "$peak"; fi
  echo
}

dir=$(size_mb "$work/v2-dir"); dense=$(size_mb "$work/v2-dense"); big=$(size_mb "$work/v2-big.txt")
small=$(size_mb "$work/v2-small.txt")
echo "outline $("$bin" --version | awk '{print $2}'), $cores cores, median of $runs runs [best]"

# Output goes to standard output, thrown away (the processing itself); the lines marked
# "to a file" write it to $work, where the disk's own pace shows.
# One core and two in turns, round after round, so that the machine's ups and downs fall
# on both alike.
warm "$work/v2-dir"
ones=(); twos=()
for _ in $(seq "$runs"); do
  one_core; t0=$EPOCHREALTIME; "$bin" parse "$work/v2-dir" -q -j 1 >/dev/null; t1=$EPOCHREALTIME
  all_cores; "$bin" parse "$work/v2-dir" -q -j 2 >/dev/null; t2=$EPOCHREALTIME
  ones+=("$(python3 -c "print($t1 - $t0)")"); twos+=("$(python3 -c "print($t2 - $t1)")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }
least() { printf '%s\n' "$@" | sort -g | head -1; }
one=$(median "${ones[@]}"); two=$(median "${twos[@]}")
med=$one; best=$(least "${ones[@]}"); peak=0
report "batch, $dir MB of articles, 1 core" "$dir"
med=$two; best=$(least "${twos[@]}")
report "batch, the same, 2 cores" "$dir"
echo "  2 cores against 1: $(ratio "$one" "$two")x"
one_core; fresh="$work/out1.jsonl" measure "$bin" parse "$work/v2-dir" -q -j 1 -o "$work/out1.jsonl"
report "batch, 1 core, to a file" "$dir"
all_cores; fresh="$work/out2.jsonl" measure "$bin" parse "$work/v2-dir" -q -j 2 -o "$work/out2.jsonl"
report "batch, 2 cores, to a file" "$dir"
warm "$work/v2-dense"
one_core; measure "$bin" parse "$work/v2-dense" -q -j 1
report "batch, $dense MB dense articles, 1 core" "$dense"

warm "$work/v2-big.txt"
measure "$bin" parse "$work/v2-big.txt" -q; t_big=$med
report "one file of $big MB to JSON, 1 core" "$big"
echo "  peak memory $(ratio "$peak" "$big")x the input"
fresh="$work/big.json" measure "$bin" parse "$work/v2-big.txt" -q -o "$work/big.json"
report "the same, to a file" "$big"
warm "$work/v2-small.txt"
measure "$bin" parse "$work/v2-small.txt" -q; t_small=$med
report "one file of $small MB to JSON, 1 core" "$small"
echo "  time per MB, $big MB against $small MB: $(python3 -c "print(f'{($t_big / $big) / ($t_small / $small):.2f}')")"

warm "$work/v2-big.txt"
measure wc -m "$work/v2-big.txt"; t_wc=$med
report "wc -m on the $big MB file" "$big"
echo "  outline is $(ratio "$t_wc" "$t_big")x the speed of wc -m on the same file"

for shape in paragraph points sections; do
  warm "$work/v2-$shape.txt"
  measure "$bin" parse "$work/v2-$shape.txt" -q
  report "one file: $shape ($(size_mb "$work/v2-$shape.txt") MB)" "$(size_mb "$work/v2-$shape.txt")"
done

if command -v pandoc >/dev/null; then
  p=$(size_mb "$work/v2-pandoc.md")
  saved=$runs; runs=${PANDOC_RUNS:-3}
  warm "$work/v2-pandoc.md"
  fresh="$work/pandoc.opml" measure pandoc -f markdown -t opml "$work/v2-pandoc.md" -o "$work/pandoc.opml"; t_pandoc=$med
  runs=$saved
  report "pandoc -f markdown -t opml, $p MB" "$p"
  warm "$work/v2-pandoc.txt"
  fresh="$work/ours.opml" measure "$bin" parse "$work/v2-pandoc.txt" -q -f opml -o "$work/ours.opml"
  report "outline to OPML, the same articles as text" "$p"
  echo "  outline is $(ratio "$t_pandoc" "$med")x faster than pandoc"
fi
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
