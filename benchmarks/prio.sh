#!/bin/bash
# Run a benchmark at the top CPU and I/O priority, in a session (scheduler autogroup) of
# its own, so that on a shared machine the other users' processes take the leftovers:
# nice alone does not help against processes of other sessions, because Linux shares
# the CPU fairly between autogroups first. Needs root (or CAP_SYS_NICE).
#
#     benchmarks/prio.sh .venv/bin/python benchmarks/perf.py --sections bound
exec setsid bash -c 'echo -20 > /proc/self/autogroup 2>/dev/null; exec ionice -c 2 -n 0 nice -n -20 "$@"' _ "$@"
