#!/bin/bash
# Machine instructions of a cold index's work in one fresh V8 isolate, counted by valgrind: the
# figure to compare before and after a change to the analysis or the linking. Wall and CPU time on
# this machine move by up to 2x within an hour; this count repeats to ~0.3%.
#   bench/instructions.sh analyse [N=1000] [FOLDER]   N articles analysed (a worker's share of the BBC)
#   bench/instructions.sh link [FOLDER]               the folder's analyses linked once
# Prints millions of instructions, less those of the same process doing everything but the work.
# Needs valgrind (apt-get install valgrind) and a build (npm run build). ~1.5 min per count.
set -euo pipefail
cd "$(dirname "$0")/.."
BBC=../shared/corpus/bbc; [ -d "$BBC" ] || BBC=/work/shared/corpus/bbc
mode=${1:-analyse}
count() {
  valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file --cachegrind-out-file=/dev/null \
    node --single-threaded dist/instructions.js "$@" 2>&1 >/dev/null | sed -nE 's/.*I\s+refs:\s+([0-9,]+).*/\1/p' | tr -d ,
}
case $mode in
  analyse)
    n=${2:-1000}; folder=${3:-$BBC}
    work=$(count analyse "$folder" "$n"); base=$(count analyse "$folder" 0)
    echo "analyse $n articles of $folder: $(( (work - base) / 1000000 )) M instructions" ;;
  link)
    folder=${2:-$BBC}; json=$(mktemp --suffix=.json); trap 'rm -f "$json"' EXIT
    node dist/instructions.js save-analyses "$folder" "$json"
    work=$(count link "$json"); base=$(count link "$json" load-only)
    echo "link the analyses of $folder: $(( (work - base) / 1000000 )) M instructions" ;;
  *) echo "usage: bench/instructions.sh analyse [N] [FOLDER] | link [FOLDER]" >&2; exit 2 ;;
esac
