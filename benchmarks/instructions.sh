#!/bin/bash
# Instructions (callgrind) of extracting the first N .txt files of DIR, start-up
# subtracted: repeatable to a fraction of a percent whatever else the machine runs,
# where wall times on a shared 2-core VM spread over +-30%. Compare two checkouts by
# running this in each.
#
#     benchmarks/instructions.sh DIR [N=150]
set -euo pipefail
dir=${1:?usage: benchmarks/instructions.sh DIR [N]}
n=${2:-150}
cd "$(dirname "$0")/.."
code='
import os, pathlib, sys
sys.path.insert(0, ".")
try:
    from quotedb.extraction import extract
except ImportError:  # releases before the extraction package (1.1.0)
    from quotedb.extract import extract
extract("Ann Lee runs the port. \u201cWe are ready,\u201d she said.")  # tables loaded on first use
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.txt"))[:int(sys.argv[2])]
for p in files:
    extract(p.read_text(encoding="utf-8", errors="replace"))
'
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python -c "$code" "$dir" "$1" 2>&1 \
        | awk '/refs:/ {gsub(",", "", $NF); print $NF}'
}
total=$(count "$n")
startup=$(count 0)
echo "$n documents of $dir: $(( (total - startup) / 1000000 ))M instructions (start-up $(( startup / 1000000 ))M)"
