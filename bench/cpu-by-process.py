#!/usr/bin/env python3
"""CPU by process kind for one command, e.g. a catalog run (docs/benchmarks.md, catalog section):

    python3 bench/cpu-by-process.py ./rotor run --db embedded --strategy single-user --parallel 1

Samples /proc every 0.2 s for the command's descendants (the harness JVM, function JVMs, mysqld) and the harness JVM's
threads, and prints CPU seconds per process kind and per thread-name group (names cut to Linux's 15 characters) on
stderr at the end. A process that exits between two samples loses at most its last 0.2 s."""
import os, sys, time, subprocess, collections, re
HZ = os.sysconf('SC_CLK_TCK')
def stat(path):
    try:
        s = open(path).read()
    except OSError:
        return None
    r = s.rfind(')')
    comm = s[s.find('(')+1:r]
    f = s[r+2:].split()
    return comm, int(f[1]), (int(f[11]) + int(f[12])) / HZ  # ppid, utime+stime
def cmdline(pid):
    try:
        return open(f'/proc/{pid}/cmdline').read().replace('\0', ' ')
    except OSError:
        return ''
def kind(pid, comm):
    c = cmdline(pid)
    if 'mysqld' in c or 'mariadbd' in c: return 'mysqld'
    if 'AWSLambda' in c or 'aws.lambda' in c or 'lambda.runtime' in c or 'lambda' in c.lower() and 'java' in c: return 'function-jvm'
    if 'python' in c: return 'python'
    if 'java' in c: return 'main-jvm:' + pid
    return comm
p = subprocess.Popen(sys.argv[1:])
root = str(p.pid)
procs = {}   # pid -> (kind, cpu)
threads = {} # (pid,tid) -> (name, cpu)
while p.poll() is None:
    parents = {}
    for pid in os.listdir('/proc'):
        if pid.isdigit():
            st = stat(f'/proc/{pid}/stat')
            if st: parents[pid] = st
    desc = {root}
    changed = True
    while changed:
        changed = False
        for pid, (comm, ppid, cpu) in parents.items():
            if pid not in desc and str(ppid) in desc:
                desc.add(pid); changed = True
    for pid in desc:
        if pid in parents:
            comm, ppid, cpu = parents[pid]
            k = procs.get(pid, ('bash',))[0]
            if k == 'bash' or k == 'java': k = kind(pid, comm)
            procs[pid] = (k, cpu)
            if k.startswith('main-jvm'):
                try:
                    for tid in os.listdir(f'/proc/{pid}/task'):
                        t = stat(f'/proc/{pid}/task/{tid}/stat')
                        if t: threads[(pid, tid)] = (t[0], t[2])
                except OSError:
                    pass
    time.sleep(0.2)
agg = collections.Counter(); cnt = collections.Counter()
for k, cpu in procs.values():
    kk = 'main-jvm' if k.startswith('main-jvm') else k
    agg[kk] += cpu; cnt[kk] += 1
print('\n== CPU s by process kind (count)', file=sys.stderr)
for k, v in agg.most_common(): print(f'{v:8.1f}  {k} ({cnt[k]})', file=sys.stderr)
tg = collections.Counter()
for name, cpu in threads.values():
    g = re.sub(r'[-#]?\d+$', '', name).strip()
    g = re.sub(r'\d+', 'N', g)
    tg[g] += cpu
print('== main JVM threads, CPU s by name group', file=sys.stderr)
for k, v in tg.most_common(25): print(f'{v:8.1f}  {k}', file=sys.stderr)
sys.exit(p.returncode)
