#!/usr/bin/env bash
# End-to-end speed and memory of the `outline` CLI on generated corpora (scripts/gen-corpus.py):
# one 100 MB file and one 10 MB file (linearity), a 100 MB directory of articles on one and
# on two cores (batch scaling), peak memory (/usr/bin/time -v), and side by side on the same
# content: `wc -m` (coreutils' character count) and `pandoc -f markdown -t opml`.
# Usage: scripts/bench.sh [MB]   (default 100). Needs python3, GNU time; pandoc if present.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
bin=target/release/outline
cargo build --release --quiet

gen() { [ -e "$2" ] || python3 scripts/gen-corpus.py "$2" "$1" ${3:-} 2>/dev/null; }
gen "$mb" "$work/big.txt" --one-file
gen "$((mb / 10))" "$work/small.txt" --one-file
gen "$mb" "$work/dir"
gen 2 "$work/pandoc.txt" --one-file
gen 2 "$work/pandoc.md" "--one-file --markdown"

# Runs a command under GNU time; prints "seconds peak_kb".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  cat "$work/time"
}
size_mb() { python3 -c "import os,sys; p=sys.argv[1]; print((sum(os.path.getsize(os.path.join(r,f)) for r,_,fs in os.walk(p) for f in fs) if os.path.isdir(p) else os.path.getsize(p))/1e6)" "$1"; }
rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / max(float(sys.argv[2]), 1e-9):.1f}')" "$1" "$2"; }

big=$(size_mb "$work/big.txt"); small=$(size_mb "$work/small.txt"); dir=$(size_mb "$work/dir")
read -r t_big m_big < <(measure $bin parse "$work/big.txt" -q -o "$work/big.json")
read -r t_small _ < <(measure $bin parse "$work/small.txt" -q -o "$work/small.json")
read -r t_j1 _ < <(measure $bin parse "$work/dir" -q -j 1 -o "$work/out1/")
read -r t_j2 _ < <(measure $bin parse "$work/dir" -q -j 2 -o "$work/out2/")
read -r t_wc _ < <(measure wc -m "$work/big.txt")

echo "CLI, one file of ${big} MB to JSON:   ${t_big} s = $(rate "$big" "$t_big") MB/s, peak memory $((m_big / 1024)) MB ($(rate "$((m_big / 1024))" "$big")x the input)"
echo "CLI, one file of ${small} MB to JSON:  ${t_small} s = $(rate "$small" "$t_small") MB/s"
echo "time per MB, ${big} MB vs ${small} MB:  $(rate "$t_big" "$big") s vs $(rate "$t_small" "$small") s (ratio $(python3 -c "print(f'{($t_big/$big)/($t_small/$small):.2f}')"))"
echo "batch of ${dir} MB, 1 core:           ${t_j1} s = $(rate "$dir" "$t_j1") MB/s"
echo "batch of ${dir} MB, 2 cores:          ${t_j2} s = $(rate "$dir" "$t_j2") MB/s (speed-up $(rate "$t_j1" "$t_j2")x)"
echo "wc -m on the ${big} MB file:          ${t_wc} s (outline is $(rate "$t_wc" "$t_big")x the speed of wc -m)"
if command -v pandoc >/dev/null; then
  p=$(size_mb "$work/pandoc.md")
  read -r t_pandoc _ < <(measure pandoc -f markdown -t opml "$work/pandoc.md" -o "$work/pandoc.opml")
  read -r t_ours _ < <(measure $bin parse "$work/pandoc.txt" -q -f opml -o "$work/ours.opml")
  echo "pandoc -f markdown -t opml, ${p} MB:   ${t_pandoc} s; outline on the same articles as text: ${t_ours} s ($(rate "$t_pandoc" "$t_ours")x faster)"
fi
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
