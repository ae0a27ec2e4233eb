#!/usr/bin/python3
"""Runs one command as a child process (its stdout thrown away, as a pipe to a file would be
written) and prints {"seconds": wall time, "peakMB": the child's peak resident memory,
"status": exit code} — the same measurement for the talkmap CLI and python-igraph."""
import json, resource, subprocess, sys, time

start = time.perf_counter()
run = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({'seconds': seconds, 'peakMB': round(peak_kb / 1024), 'status': run.returncode, 'stderr': run.stderr.decode('utf-8', 'replace')[-2000:]}))
