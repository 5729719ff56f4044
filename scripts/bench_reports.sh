#!/usr/bin/env bash
# The report benchmark of issue 12: with PETITIONS petitions over three years (default 200,000),
#  - the startup catch-up that computes every petition's report facts (a bulk load bypasses them),
#  - 诉求办理统计表 for the whole city for the last year, by unit and by county (median and p95 of
#    20 requests on loopback, i.e. server time), next to a plain SELECT COUNT(*) over petitions (the
#    floor the issue names) and a naive GROUP BY over the source tables,
#  - the inspector's 驾驶舱 (goal <= 50 ms) and the petitions behind one of its bars,
#  - 单位考核 (every unit's six parts, score and rank) for one year and three, and its .xlsx export,
#  - the same table's .xlsx export, and 诉求办理明细 of all three years as an export job (.xlsx and
#    CSV; goal <= 10 s with flat memory),
#  - a list page's p99 at 16 connections alone and while a report runs in a loop beside it (wrk).
# Goal: the city's year in <= 25 ms (whole months from petition_report_months, the ends from
# petition_report_days, overdue from the covering index of open petitions). Usage: bash scripts/bench_reports.sh [PETITIONS] [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="$here/build/bin/qinqing"
petitions=${1:-200000}
seconds=${2:-10}
work=$(mktemp -d)
pid=""
loop=""
trap '[ -n "$loop" ] && kill $loop 2>/dev/null; [ -n "$pid" ] && kill $pid 2>/dev/null; [ -n "$pid" ] && wait $pid 2>/dev/null; rm -rf "$work"' EXIT

"$bin" seed-demo --data "$work" >/dev/null
python3 "$here/scripts/bench_petitions_seed.py" "$work/qinqing.db" "$petitions" 10000 1095
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
t0=$(date +%s.%N)
"$bin" serve --listen "127.0.0.1:$port" --data "$work" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 3000); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.05; done
echo "数据量 / data: $(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM petitions').fetchone()[0])" "$work/qinqing.db") 件诉求（三年）"
echo "启动时补算统计事实 / startup catch-up of report facts: $(python3 -c "print('%.1f' % ($(date +%s.%N) - $t0))") s"
base="http://127.0.0.1:$port"
token=$(curl -sf -X POST "$base/api/session" -H 'Content-Type: application/json' \
  -d '{"role":"inspector","login_name":"巡查员01","password":"Qinqing@2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
dispatcher=$(curl -sf -X POST "$base/api/session" -H 'Content-Type: application/json' \
  -d '{"role":"city_dispatcher","login_name":"双千分办员","password":"Qinqing@2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
to=$(date +%F)
from=$(date -d "-1 year +1 day" +%F)

timed() {  # label url: median and p95 of 20 requests (ms)
  python3 - "$1" "$2" "$token" <<'PY'
import sys, time, urllib.request
label, url, token = sys.argv[1:4]
times = []
for i in range(21):
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r: body = r.read()
    if i: times.append((time.perf_counter() - t) * 1000)
times.sort()
print("%-40s median %7.1f ms   p95 %7.1f ms   (%d bytes)" % (label, times[len(times) // 2], times[int(len(times) * 0.95) - 1], len(body)))
PY
}
timed "统计表 全市一年 按单位" "$base/api/reports/petition-stats?group_by=unit&from=$from&to=$to"
timed "统计表 全市一年 按县市区" "$base/api/reports/petition-stats?group_by=region&from=$from&to=$to"
timed "统计表 全市三年 按干部" "$base/api/reports/petition-stats?group_by=cadre&from=$(date -d '-3 years' +%F)&to=$to"
timed "驾驶舱 全市（目标 ≤ 50 ms）" "$base/api/reports/overview"
timed "驾驶舱 某环节的诉求（超期，第1页）" "$base/api/reports/overview/petitions?stage=handling&standing=overdue"
timed "单位考核 全市一年（六项得分与排名）" "$base/api/reports/unit-assessment?from=$from&to=$to"
timed "单位考核 全市三年" "$base/api/reports/unit-assessment?from=$(date -d '-3 years' +%F)&to=$to"
timed "单位考核 导出 .xlsx 全市一年" "$base/api/reports/unit-assessment/export?format=xlsx&from=$from&to=$to"
timed "导出 .xlsx 全市一年 按单位" "$base/api/reports/petition-stats/export?format=xlsx&group_by=unit&from=$from&to=$to"
# 诉求办理明细 of all three years as an export job (.xlsx), with the server's resident memory
# sampled while it runs: the rows stream to the file, so memory stays flat.
python3 - "$base" "$token" "$pid" "$(date -d '-3 years +1 day' +%F)" "$to" <<'PY'
import json, sys, time, urllib.request
base, token, pid, first, last = sys.argv[1:6]
def call(path, method="GET"):
    req = urllib.request.Request(base + path, method=method, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(req) as r: return r.read()
def rss():
    for line in open("/proc/%s/status" % pid):
        if line.startswith("VmRSS:"): return int(line.split()[1]) // 1024
for fmt in ("xlsx", "csv"):
    before = rss(); peak = before
    t = time.perf_counter()
    job = json.loads(call("/api/reports/petition-details/exports?from=%s&to=%s&format=%s" % (first, last, fmt), "POST"))
    while job["phase"] not in ("done", "failed"):
        job = json.loads(call("/api/export-jobs/%d?after_version=%d" % (job["id"], job["version"])))
        peak = max(peak, rss())
    seconds = time.perf_counter() - t
    size = len(call("/api/export-jobs/%d/file" % job["id"]))
    print("%-40s %7.1f s   %d 行   %.1f MB   内存 %d MB -> 峰值 %d MB" % ("明细导出 三年 ." + fmt + "（任务）", seconds,
          job["rows_total"], size / 1e6, before, peak))
PY
python3 - "$work/qinqing.db" "$from" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
def best(sql, *args):
    t = []
    for _ in range(5):
        s = time.perf_counter(); db.execute(sql, args).fetchall(); t.append((time.perf_counter() - s) * 1000)
    return min(t)
print("%-40s %7.1f ms" % ("下限 SELECT COUNT(*) FROM petitions", best("SELECT count(*) FROM petitions")))
since = int(time.mktime(time.strptime(sys.argv[2], "%Y-%m-%d")))
print("%-40s %7.1f ms" % ("朴素 GROUP BY（源表，一年）", best(
    "SELECT p.handler_unit_id, count(*), sum(k.on_time = 1), sum(k.on_time = 0) FROM petitions p "
    "LEFT JOIN petition_clocks k ON k.petition_id = p.id AND k.kind = 'sign' WHERE p.submitted_at >= ? "
    "GROUP BY p.handler_unit_id", since)))
PY

list="$base/api/petitions?box=petitions.dispatched&page=3&page_size=20"
p99() { wrk -t2 -c16 -d"${seconds}s" --latency -H "Authorization: Bearer $dispatcher" "$list" | awk '/ 99%/ {print $2}'; }
wrk -t2 -c16 -d2s -H "Authorization: Bearer $dispatcher" "$list" >/dev/null  # warm the caches first
echo "列表 p99（16 连接）单独 / list p99 alone: $(p99)"
( while true; do curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/reports/petition-stats?group_by=unit&from=$from&to=$to"; done ) &
loop=$!
echo "列表 p99（16 连接）同时统计 / list p99 while a report loops: $(p99)"
