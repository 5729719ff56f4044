#!/usr/bin/env bash
# Times the import of a county-sized 一对一包联分配方案: 10,000 rows (500 new cadres, 10,000 new
# enterprises, 10,500 accounts with their SMS notices) into a fresh demo database, first with
# `qinqing import` (dry run, then the import), then through the API the web screen uses (upload,
# long-poll the job to its end) on a server with its own fresh database.
# Usage: bash scripts/bench_import.sh [ROWS]   (needs build/bin/qinqing: bash scripts/build.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="$here/build/bin/qinqing"
rows=${1:-10000}
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; [ -n "$pid" ] && wait $pid 2>/dev/null; rm -rf "$work"' EXIT

# The plan: every row a 茅箭区 enterprise with a valid USCC, 20 enterprises per cadre, the cadres
# spread over two county units and one city unit (city departments serve every county).
python3 - "$rows" "$work/plan.csv" <<'EOF'
import sys
rows, out = int(sys.argv[1]), sys.argv[2]
charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc(n):
    first17 = "91420302MA9" + "%06d" % n
    total = sum(charset.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + charset[(31 - total % 31) % 31]
units = ["茅箭区经信局", "茅箭区商务局", "十堰市经信局"]
groups = ["经信", "住建", "商务", "交通", "农业", "文旅"]
with open(out, "w", encoding="utf-8-sig", newline="") as f:
    f.write("区域,单位,包联干部,职务,干部手机,企业名称,统一社会信用代码,行业组,联络员,联络员手机\r\n")
    for i in range(rows):
        cadre = i // 20
        f.write("茅箭区,%s,压测干部%04d,科员,138%08d,十堰市压测企业%05d有限公司,%s,%s,联络员%05d,139%08d\r\n"
                % (units[cadre % 3], cadre, cadre, i, uscc(i), groups[i % 6], i, i))
EOF
echo "方案文件 / plan file: $rows 行, $(du -k "$work/plan.csv" | cut -f1) KB"

seconds() { python3 -c 'import time; print(time.monotonic())'; }
elapsed() { python3 -c "print('%.2f' % ($2 - $1))"; }

"$bin" seed-demo --data "$work/cli" >/dev/null
t0=$(seconds); "$bin" import --dry-run "$work/plan.csv" --data "$work/cli" >/dev/null; t1=$(seconds)
"$bin" import "$work/plan.csv" --data "$work/cli" >/dev/null; t2=$(seconds)
echo "qinqing import --dry-run: $(elapsed "$t0" "$t1") s"
echo "qinqing import:           $(elapsed "$t1" "$t2") s"
echo "写入后 / written: $(sqlite3 "$work/cli/qinqing.db" "SELECT (SELECT count(*) FROM enterprises) || ' enterprises, ' || (SELECT count(*) FROM accounts WHERE password_hash = '') || ' accounts waiting for activation, ' || (SELECT count(*) FROM sms_outbox) || ' SMS queued'" 2>/dev/null || echo '(sqlite3 not installed)')"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --listen "127.0.0.1:$port" --data "$work/api" --demo >/dev/null 2>&1 &
pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.1; done
python3 - "http://127.0.0.1:$port" "$work/plan.csv" <<'EOF'
import json, sys, time, urllib.request
base, path = sys.argv[1], sys.argv[2]
def call(method, url, body=None, token=None, content_type="application/json"):
    req = urllib.request.Request(base + url, data=body, method=method)
    req.add_header("Content-Type", content_type)
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r: return json.loads(r.read())
token = call("POST", "/api/session", json.dumps({"role": "system_admin", "login_name": "sysadmin",
                                                 "password": "Qinqing@2026"}).encode())["token"]
data = open(path, "rb").read()
for mode in ("check", "apply"):
    start = time.monotonic()
    job = call("POST", "/api/import/jobs?mode=%s&file_name=plan.csv" % mode, data, token, "application/octet-stream")
    polls = 0
    while job["phase"] not in ("done", "failed"):
        job = call("GET", "/api/import/jobs/%d?after_version=%d" % (job["id"], job["version"]), token=token)
        polls += 1
    took = time.monotonic() - start
    label = "API 检查 / check" if mode == "check" else "API 导入 / apply"
    print("%-18s %.2f s (%d progress polls, %s, problems %d)" % (label + ":", took, polls, job["phase"],
                                                               job["summary"]["problems"]))
EOF
